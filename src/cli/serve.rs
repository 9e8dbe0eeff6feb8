//! `stele serve`: live preview. Builds the site into a temporary folder,
//! serves it on localhost, watches the site with notify and rebuilds on
//! change. Saving one article re-renders only that article (in every locale)
//! and the pages that list it; anything else (templates, strings, config,
//! added or removed files) rebuilds the whole site.

use super::print_diagnostics;
use crate::build::Session;
use crate::content::{role_of, FileRole};
use crate::diag::Diagnostic;
use crate::http;
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
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
            Err(e) => errln!("error: search index {tag}: {e}"),
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
        let v = crate::util::percent_decode(&v.replace('+', " "));
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
        // What was searched: a long query is cut (see `MAX_QUERY_BYTES`).
        query: stele_runtime::search::bounded_query(&q).to_string(),
        total,
        hits,
    };
    (
        200,
        serde_json::to_string(&answer).unwrap_or_else(|_| "{}".into()),
    )
}

/// What a full build of the preview gave.
enum Full {
    /// The site rendered into a new folder, with its diagnostics (sorted;
    /// errors among them mean the render must not replace good pages, see
    /// [`crate::diag::publishable`]).
    Rendered(Box<Session>, tempfile::TempDir, Vec<Diagnostic>),
    /// The site could not even be loaded (configuration, templates...).
    Unloadable(Vec<Diagnostic>),
}

/// Renders the whole site into a new temporary folder, through the same
/// `Session` steps as `stele build`, and prints the diagnostics.
fn full_build(root: &Path) -> Result<Full, String> {
    let (mut session, mut diags) = match Session::open(root) {
        Ok(s) => s,
        Err(mut d) => {
            crate::diag::normalize(&mut d);
            print_diagnostics(root, &d);
            return Ok(Full::Unloadable(d));
        }
    };
    let dir = tempfile::Builder::new()
        .prefix("stele-serve-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    // Removed at exit even when a signal ends the process.
    crate::output::temp::track(dir.path());
    session.renderer.live_reload = true;
    let (_, mut d) = session.render_all(dir.path()).map_err(|e| e.to_string())?;
    diags.append(&mut d);
    crate::diag::normalize(&mut diags);
    print_diagnostics(root, &diags);
    Ok(Full::Rendered(Box::new(session), dir, diags))
}

/// What open pages poll (`/_stele/status`): the build counter, which
/// moves when new pages are served, and the errors that keep the last
/// save from being served, which the page shows in an overlay.
#[derive(Default)]
struct Status {
    version: u64,
    errors: Vec<Diagnostic>,
}

type Shared = Arc<RwLock<Status>>;

/// The errors that currently hold back the preview: those of the last
/// full build when it failed (then every save rebuilds everything until
/// one succeeds), else those of each article whose last save failed.
#[derive(Default)]
struct Pending {
    site: Option<Vec<Diagnostic>>,
    articles: BTreeMap<String, Vec<Diagnostic>>,
}

impl Pending {
    fn errors(&self) -> Vec<Diagnostic> {
        let all: Vec<Diagnostic> = match &self.site {
            Some(d) => d.clone(),
            None => self.articles.values().flatten().cloned().collect(),
        };
        all.into_iter().filter(Diagnostic::is_error).collect()
    }
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

pub(super) fn serve(root: &Path, port: u16) -> Result<(), String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", root.display()))?;
    // The port first: a busy port should fail at once, before a build.
    let server = http::Server::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let started = Instant::now();
    // The first build is served even with errors (there are no good pages
    // yet): the overlay lists them, and the first save that builds
    // replaces it.
    let (session, dir, diags) = match full_build(&root)? {
        Full::Rendered(session, dir, diags) => (*session, dir, diags),
        Full::Unloadable(_) => {
            return Err("the site cannot be loaded; fix the errors above and start again".into())
        }
    };
    outln!("built in {} ms", started.elapsed().as_millis());
    let mut pending = Pending::default();
    if !crate::diag::publishable(&diags) {
        pending.site = Some(diags);
    }
    let indexes: Indexes = Arc::new(RwLock::new(ram_indexes(&session, &[])));
    let served: Served = Arc::new(RwLock::new(dir));
    let status: Shared = Arc::new(RwLock::new(Status {
        version: 1,
        errors: pending.errors(),
    }));

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
        let status = status.clone();
        let root = root.clone();
        let indexes = indexes.clone();
        std::thread::spawn(move || {
            rebuild_loop(&root, session, pending, rx, served, status, indexes)
        });
    }

    outln!(
        "serving {} at http://127.0.0.1:{port}/ (Ctrl+C to stop)",
        root.display()
    );
    server.run(move |request: &http::Request| {
        if request.path() == "/api/search" {
            let (status, body) = api_search(request.query(), &indexes);
            return http::Response::new(status, "application/json", body);
        }
        respond(request.path(), &served, &status)
    });
    drop(watcher);
    Ok(())
}

fn rebuild_loop(
    root: &Path,
    mut session: Session,
    mut pending: Pending,
    rx: mpsc::Receiver<notify::Result<notify::Event>>,
    served: Served,
    status: Shared,
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
        // by now and is ignored. Anything else rebuilds everything, and so
        // does any save while the last full build failed (the session is
        // then older than the files).
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
        if pending.site.is_some() {
            keys = None;
        }
        let started = Instant::now();
        let published = match keys {
            Some(mut keys) => {
                keys.sort();
                keys.dedup();
                let out = match served.read() {
                    Ok(d) => d.path().to_path_buf(),
                    Err(_) => return,
                };
                let mut published = false;
                for key in &keys {
                    match session.render_article(key, &out) {
                        Ok(d) => {
                            print_diagnostics(root, &d);
                            if crate::diag::publishable(&d) {
                                pending.articles.remove(key);
                                published = true;
                            } else {
                                pending.articles.insert(key.clone(), d);
                            }
                        }
                        Err(e) => errln!("error: cannot write {key}: {e}"),
                    }
                }
                outln!(
                    "rebuilt {} in {:.1} ms",
                    keys.join(", "),
                    started.elapsed().as_secs_f64() * 1000.0
                );
                published
            }
            None => match full_build(root) {
                Ok(Full::Rendered(s, dir, diags)) if crate::diag::publishable(&diags) => {
                    session = *s;
                    if let Ok(mut w) = served.write() {
                        *w = dir;
                    }
                    pending = Pending::default();
                    outln!("rebuilt the site in {} ms", started.elapsed().as_millis());
                    true
                }
                Ok(Full::Rendered(_, _, diags) | Full::Unloadable(diags)) => {
                    pending.site = Some(diags);
                    false
                }
                Err(e) => {
                    errln!("error: {e}");
                    false
                }
            },
        };
        let errors = pending.errors();
        if !errors.is_empty() {
            outln!(
                "{} error{}: still serving the last pages that built; the open pages show the errors",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
        }
        // The pages are written: let open pages reload now (or show the
        // errors), then bring `/api/search` up to date (built outside the
        // lock, so searches keep being answered meanwhile).
        if let Ok(mut st) = status.write() {
            if published {
                st.version += 1;
            }
            st.errors = errors;
        }
        if !published {
            continue;
        }
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

/// The JSON of `/_stele/status`: `version` (the build counter) and
/// `errors`, each with `severity`, `code`, `file`, `line`, `col`,
/// `message` and `hint`, as `stele build` reports them.
fn status_json(status: &Status) -> String {
    serde_json::json!({ "version": status.version, "errors": status.errors }).to_string()
}

fn respond(path: &str, served: &Served, status: &Shared) -> http::Response {
    if path == "/_stele/version" || path.ends_with("/_stele/version") {
        let v = status.read().map(|s| s.version).unwrap_or(0).to_string();
        return http::Response::new(200, "text/plain", v);
    }
    if path == "/_stele/status" || path.ends_with("/_stele/status") {
        return match status.read() {
            Ok(s) => http::Response::new(200, "application/json", status_json(&s)),
            Err(_) => http::Response::new(503, "text/plain", "busy"),
        };
    }
    let decoded = crate::util::percent_decode(path);
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
