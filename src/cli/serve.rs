//! `stele serve`: live preview. Builds the site into a temporary folder,
//! serves it on localhost, watches the site with notify and rebuilds on
//! change. Saving one article re-renders only that article (in every locale)
//! and the pages that list it; anything else (templates, strings, config,
//! added or removed files) rebuilds the whole site.

use super::print_diagnostics;
use crate::build::Session;
use crate::content::{role_of, FileRole};
use crate::http;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The folder currently served, swapped after a full rebuild.
type Served = Arc<RwLock<tempfile::TempDir>>;

/// In-memory tantivy indexes per locale tag for `/api/search`, rebuilt
/// after every rebuild (a preview must not write into the site folder).
type Indexes = Arc<RwLock<Vec<LocaleIndex>>>;

/// One locale's in-memory index and the fingerprint of what it holds.
#[derive(Clone)]
struct LocaleIndex {
    tag: String,
    fingerprint: String,
    index: tantivy::Index,
}

/// The indexes for the session's pages; a locale whose pages did not
/// change keeps its index from `previous` (an edit changes one locale or
/// a few, and rebuilding all five would hold up the next save).
fn ram_indexes(session: &Session, previous: &[LocaleIndex]) -> Vec<LocaleIndex> {
    let mut out = Vec::new();
    for (l, docs) in session.search_docs().iter().enumerate() {
        let tag = session.site().locales[l].tag.clone();
        let fingerprint = crate::search::engine::fingerprint(&tag, docs);
        if let Some(old) = previous
            .iter()
            .find(|p| p.tag == tag && p.fingerprint == fingerprint)
        {
            out.push(old.clone());
            continue;
        }
        match crate::search::engine::ram_index(&tag, docs) {
            Ok(index) => out.push(LocaleIndex {
                tag,
                fingerprint,
                index,
            }),
            Err(e) => eprintln!("error: search index {tag}: {e}"),
        }
    }
    out
}

/// Answers `/api/search?q=...&lang=...&limit=...` with the JSON of
/// `stele search --format json`.
fn api_search(query: &str, indexes: &Indexes) -> (u16, String) {
    let mut q = String::new();
    let mut lang: Option<String> = None;
    let mut limit = 10usize;
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = crate::render::markdown::percent_decode(&v.replace('+', " "));
        match k {
            "q" => q = v,
            "lang" if !v.is_empty() => lang = Some(v),
            "limit" => limit = v.parse().unwrap_or(10).clamp(1, 100),
            _ => {}
        }
    }
    let Ok(idx) = indexes.read() else {
        return (503, "{\"error\":\"busy\"}".into());
    };
    let mut total = 0;
    let mut hits = Vec::new();
    for LocaleIndex { tag, index, .. } in idx.iter() {
        if lang.as_ref().is_some_and(|l| l != tag) {
            continue;
        }
        match crate::search::engine::search(index, tag, &q, limit) {
            Ok((n, mut h)) => {
                total += n;
                hits.append(&mut h);
            }
            Err(e) => {
                return (
                    500,
                    serde_json::json!({ "error": e.to_string() }).to_string(),
                )
            }
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    hits.truncate(limit);
    let answer = super::search::Answer {
        query: q,
        total,
        hits,
    };
    (
        200,
        serde_json::to_string(&answer).unwrap_or_else(|_| "{}".into()),
    )
}

fn full_build(root: &Path) -> Result<(Session, tempfile::TempDir), String> {
    let dir = tempfile::Builder::new()
        .prefix("stele-serve-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let (mut session, mut diags) = match Session::open(root) {
        Ok(s) => s,
        Err(d) => {
            print_diagnostics(root, &d);
            return Err("the site cannot be loaded; fix the errors above and save again".into());
        }
    };
    session.renderer.live_reload = true;
    let (_, mut d) = session.render_all(dir.path()).map_err(|e| e.to_string())?;
    diags.append(&mut d);
    print_diagnostics(root, &diags);
    Ok((session, dir))
}

/// What a changed path asks for: one article, or everything.
fn classify(root: &Path, session: &Session, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let mut comps = rel.components();
    if comps.next()?.as_os_str() != "content" {
        return None;
    }
    let locale = comps.next()?.as_os_str().to_string_lossy().to_string();
    session.site().locale_index(&locale)?;
    let rest: Vec<String> = comps
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect();
    let rel = rest.join("/");
    if role_of(&rel) != Some(FileRole::Article) {
        return None;
    }
    let key = rel.trim_end_matches(".md").to_string();
    // Only files the inventory already knows; new files need a full load.
    session
        .site()
        .articles
        .get(&key)?
        .get(&session.site().locale_index(&locale)?)?;
    Some(key)
}

pub fn serve(root: &Path, port: u16) -> Result<(), String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", root.display()))?;
    let started = Instant::now();
    let (session, dir) = full_build(&root)?;
    println!("built in {} ms", started.elapsed().as_millis());
    let indexes: Indexes = Arc::new(RwLock::new(ram_indexes(&session, &[])));
    let served: Served = Arc::new(RwLock::new(dir));
    let version = Arc::new(AtomicU64::new(1));

    let (tx, rx) = mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
    for sub in ["content", "templates", "locales", "static", "stele.toml"] {
        let p = root.join(sub);
        if p.exists() {
            watcher
                .watch(&p, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", p.display()))?;
        }
    }
    {
        let served = served.clone();
        let version = version.clone();
        let root = root.clone();
        let indexes = indexes.clone();
        std::thread::spawn(move || rebuild_loop(&root, session, rx, served, version, indexes));
    }

    let server = http::Server::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!(
        "serving {} at http://127.0.0.1:{port}/ (Ctrl+C to stop)",
        root.display()
    );
    server.run(move |request: &http::Request| {
        if request.path() == "/api/search" {
            let (status, body) = api_search(request.query(), &indexes);
            return http::Response::new(status, "application/json", body);
        }
        respond(request.path(), &served, &version)
    });
    drop(watcher);
    Ok(())
}

fn rebuild_loop(
    root: &Path,
    mut session: Session,
    rx: mpsc::Receiver<notify::Result<notify::Event>>,
    served: Served,
    version: Arc<AtomicU64>,
    indexes: Indexes,
) {
    while let Ok(first) = rx.recv() {
        // Editors save in several steps; gather what arrives within 30 ms.
        let mut events = vec![first];
        while let Ok(e) = rx.recv_timeout(Duration::from_millis(30)) {
            events.push(e);
        }
        let mut paths: Vec<PathBuf> = Vec::new();
        for e in events.into_iter().flatten() {
            if !matches!(e.kind, EventKind::Access(_)) {
                paths.extend(e.paths);
            }
        }
        paths.sort();
        paths.dedup();
        // A saved article re-renders alone. Editors and tools often save by
        // writing a temporary file and renaming it: the temporary file is gone
        // by now and is ignored. Anything else rebuilds everything.
        let mut keys = Some(Vec::new());
        for p in &paths {
            match (classify(root, &session, p), p.exists()) {
                (Some(key), true) => {
                    if let Some(k) = keys.as_mut() {
                        k.push(key);
                    }
                }
                (None, false) => {}
                _ => keys = None,
            }
        }
        if keys.as_ref().is_some_and(Vec::is_empty) {
            continue;
        }
        let started = Instant::now();
        match keys {
            Some(mut keys) => {
                keys.sort();
                keys.dedup();
                let out = match served.read() {
                    Ok(d) => d.path().to_path_buf(),
                    Err(_) => return,
                };
                for key in &keys {
                    match session.render_article(key, &out) {
                        Ok(d) => print_diagnostics(root, &d),
                        Err(e) => eprintln!("error: cannot write {key}: {e}"),
                    }
                }
                println!(
                    "rebuilt {} in {:.1} ms",
                    keys.join(", "),
                    started.elapsed().as_secs_f64() * 1000.0
                );
            }
            None => match full_build(root) {
                Ok((s, dir)) => {
                    session = s;
                    if let Ok(mut w) = served.write() {
                        *w = dir;
                    }
                    println!("rebuilt the site in {} ms", started.elapsed().as_millis());
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    continue;
                }
            },
        }
        // The pages are written: let open pages reload now, then bring
        // `/api/search` up to date (built outside the lock, so searches
        // keep being answered meanwhile).
        version.fetch_add(1, Ordering::SeqCst);
        let previous = match indexes.read() {
            Ok(r) => r.clone(),
            Err(_) => Vec::new(),
        };
        let fresh = ram_indexes(&session, &previous);
        if let Ok(mut w) = indexes.write() {
            *w = fresh;
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        _ => "application/octet-stream",
    }
}

fn respond(path: &str, served: &Served, version: &AtomicU64) -> http::Response {
    if path == "/_stele/version" || path.ends_with("/_stele/version") {
        let v = version.load(Ordering::SeqCst).to_string();
        return http::Response::new(200, "text/plain", v);
    }
    let decoded = crate::render::markdown::percent_decode(path);
    let rel = PathBuf::from(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return http::Response::new(400, "text/plain", "bad path");
    }
    let Ok(dir) = served.read() else {
        return http::Response::new(503, "text/plain", "busy");
    };
    let mut file = dir.path().join(&rel);
    if file.is_dir() {
        // Pages link relative to their folder: `/de` must become `/de/`.
        if !path.ends_with('/') {
            return http::Response::redirect(&format!("{path}/"));
        }
        file = file.join("index.html");
    }
    let (file, status) = if file.is_file() {
        (file, 200)
    } else {
        (dir.path().join("404.html"), 404)
    };
    let body = std::fs::read(&file).unwrap_or_default();
    http::Response::new(status, content_type(&file), body)
}
