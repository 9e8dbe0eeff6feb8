//! Search latency in headless Chromium, Stele next to Pagefind on the same
//! pages (`cargo bench --bench search_latency`; bench/search-vs-pagefind.sh
//! runs it with both indexes and adds the rows to its table).
//!
//! - **cold**: a freshly loaded page runs its first query: the engine's
//!   code and wasm, the index entry, the term shards and the fragments of
//!   the five results shown, all fetched over http from a local server;
//!   median and slowest of five fresh loads.
//! - **warm**: the same query again on that page (median of 15): ranking
//!   and snippets with everything cached.
//! - **bytes**: what the page load and the cold query fetched of each
//!   engine (its JS, its wasm and the index files, as the server logged
//!   them), gzipped file by file: the real files of that query, where the
//!   table of bench/search-vs-pagefind.sh gives an upper bound for a
//!   two-word one.
//!
//! Inputs (environment): `STELE_BENCH_PUBLIC`, a built site (default: the
//! enterprise corpus, built here, when `../shared/corpus/enterprise` is
//! there, else the demo); `PAGEFIND_DIR`, Pagefind's bundle for the same
//! pages (measured when set, served at `/pagefind/`). Prints markdown rows.

#[path = "../tests/support/chrome.rs"]
mod chrome;

use headless_chrome::Tab;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Queries per locale; the katakana word is the one Pagefind took 445 ms on.
const QUERIES: &[(&str, &[&str])] = &[
    ("de", &["Domänen", "Postfach Migration", "Exchange Online"]),
    ("ja", &["サブスクリプション", "ドメイン", "メール"]),
    ("zh", &["电子邮件", "域"]),
];

fn site() -> (Option<tempfile::TempDir>, PathBuf) {
    if let Some(p) = std::env::var_os("STELE_BENCH_PUBLIC") {
        return (None, PathBuf::from(p));
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let corpus = repo.join("../shared/corpus/enterprise");
    let root = if corpus.is_dir() {
        std::fs::create_dir_all(tmp.path().join("site")).expect("mkdir");
        std::os::unix::fs::symlink(
            corpus.canonicalize().expect("corpus"),
            tmp.path().join("site/content"),
        )
        .expect("symlink");
        tmp.path().join("site")
    } else {
        repo.to_path_buf()
    };
    let out = tmp.path().join("public");
    let st = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["build", "--quiet", "--root"])
        .arg(&root)
        .arg("--out")
        .arg(&out)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run stele build");
    assert!(st.success(), "stele build failed");
    (Some(tmp), out)
}

/// Runs an async JavaScript body (it must `return` a number of ms).
fn ms(tab: &Tab, body: &str) -> Option<f64> {
    let expr = format!("(async () => {{ {body} }})()");
    let r = tab.evaluate(&expr, true).ok()?;
    r.value.and_then(|v| v.as_f64())
}

fn open(tab: &Tab, url: &str, ready: &str) {
    tab.navigate_to(url).expect("navigate");
    chrome::wait_for(tab, &format!("({ready}) ? 'ok' : ''"), url);
}

/// The paths the bench server was asked for, in order (the page's own
/// requests and its workers' alike: Pagefind fetches from a worker, whose
/// requests the page's resource timing does not list).
type Log = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

/// Gzipped bytes of the files requested since `log` was last cleared
/// whose path starts with `prefix`, read from `base`, the folder served at
/// the URL path `mount`.
fn fetched_gz(log: &Log, prefix: &str, mount: &str, base: &Path) -> Option<usize> {
    use std::io::Write;
    let paths = log.lock().ok()?.clone();
    let mut total = 0;
    for p in paths.iter().filter(|p| p.starts_with(prefix)) {
        let rel = stele::util::percent_decode(p.strip_prefix(mount)?);
        let bytes = std::fs::read(base.join(rel)).ok()?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).ok()?;
        total += gz.finish().ok()?.len();
    }
    Some(total)
}

/// Forgets the requests logged so far.
fn clear(log: &Log) {
    if let Ok(mut l) = log.lock() {
        l.clear();
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Fresh page loads per query for the cold figure: one cold query on a
/// machine that Chromium shares with the server varies by several ms, so
/// the table gives the median and the slowest of these.
const COLD_RUNS: usize = 5;

/// Cold query times over [`COLD_RUNS`] fresh loads of `url`.
struct Cold {
    median: f64,
    max: f64,
}

/// Loads `url` afresh [`COLD_RUNS`] times and runs `query` once on each;
/// `None` when a run finds nothing (or fails). The request log holds the
/// last run's requests afterwards.
fn cold_runs(tab: &Tab, url: &str, ready: &str, query: &str, log: &Log) -> Option<Cold> {
    let mut times = Vec::new();
    for _ in 0..COLD_RUNS {
        clear(log);
        open(tab, url, ready);
        times.push(ms(tab, query).filter(|&t| t >= 0.0)?);
    }
    let max = times.iter().copied().fold(0.0, f64::max);
    Some(Cold {
        median: median(times),
        max,
    })
}

/// The median of 15 runs of `query` on the page the cold runs left open.
fn warm(tab: &Tab, cold: &Option<Cold>, query: &str) -> Option<f64> {
    cold.as_ref()?;
    Some(median((0..15).filter_map(|_| ms(tab, query)).collect()))
}

fn stele_query(lang: &str, q: &str) -> String {
    format!(
        "const t = performance.now(); const r = await window.steleSearch({}, {}, false, 5); \
         if (!r || r.items.length === 0) return -1; return performance.now() - t;",
        serde_json::Value::from(lang),
        serde_json::Value::from(q)
    )
}

fn pagefind_query(q: &str) -> String {
    format!(
        "const t = performance.now(); \
         const pf = window.__pf || (window.__pf = await import('/pagefind/pagefind.js')); \
         const r = await pf.search({}); \
         if (!r || r.results.length === 0) return -1; \
         await Promise.all(r.results.slice(0, 5).map(x => x.data())); \
         return performance.now() - t;",
        serde_json::Value::from(q)
    )
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is accepted.
    let Some(chromium) = chrome::chromium() else {
        eprintln!("skipped: Chromium not found (apt-get install chromium)");
        return;
    };
    let (_tmp, public) = site();
    let pagefind = std::env::var_os("PAGEFIND_DIR").map(PathBuf::from);
    let server = stele::http::Server::bind("127.0.0.1:0").expect("bind");
    let port = server.addr().expect("addr").port();
    let stop = server.stopper().expect("stopper");
    let (pub_dir, pf_dir) = (public.clone(), pagefind.clone());
    let log: Log = Log::default();
    let requests = log.clone();
    let thread = std::thread::spawn(move || {
        server.run(move |r| {
            let path = r.path();
            if let Ok(mut l) = requests.lock() {
                l.push(path.to_string());
            }
            let (base, rel) = match (path.strip_prefix("/pagefind/"), &pf_dir) {
                (Some(rest), Some(pf)) => (pf.clone(), rest.to_string()),
                _ => (pub_dir.clone(), path.trim_start_matches('/').to_string()),
            };
            let rel = stele::util::percent_decode(&rel);
            if rel.split('/').any(|c| c == "..") {
                return stele::http::Response::new(400, "text/plain", "bad path");
            }
            let mut file = base.join(&rel);
            if file.is_dir() {
                file = file.join("index.html");
            }
            let mime = match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
                "html" => "text/html; charset=utf-8",
                "js" => "text/javascript",
                "css" => "text/css",
                "json" => "application/json",
                "wasm" => "application/wasm",
                _ => "application/octet-stream",
            };
            match std::fs::read(&file) {
                Ok(b) => stele::http::Response::new(200, mime, b),
                Err(_) => stele::http::Response::new(404, "text/plain", "not found"),
            }
        })
    });
    let profile = tempfile::tempdir().expect("profile");
    let browser = chrome::launch(&chromium, profile.path(), "en");
    let tab = browser.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(60));
    println!(
        "| query | locale | Stele cold | Stele warm | Stele bytes | Pagefind cold | Pagefind warm | Pagefind bytes |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (lang, queries) in QUERIES {
        if !public.join(lang).is_dir() {
            continue;
        }
        for q in *queries {
            let url = format!("http://127.0.0.1:{port}/{lang}/");
            let cell = |v: Option<f64>| match v {
                Some(x) if x >= 0.0 => format!("{x:.1} ms"),
                Some(_) => "no hits".into(),
                None => "n/a".into(),
            };
            let cold_cell = |v: &Option<Cold>| match v {
                Some(c) => format!("{:.1} ms (max {:.1})", c.median, c.max),
                None => "no hits".into(),
            };
            // Stele: fresh pages (the browser cache is off for the first
            // query: a new profile and no-store responses), then warm runs
            // on the last one.
            let s_cold = cold_runs(
                &tab,
                &url,
                "window.steleSearch",
                &stele_query(lang, q),
                &log,
            );
            let s_bytes = fetched_gz(&log, "/_stele/search", "/", &public);
            let s_warm = warm(&tab, &s_cold, &stele_query(lang, q));
            let (p_cold, p_warm, p_bytes) = if let Some(pf) = &pagefind {
                let ready = "document.readyState === 'complete'";
                let c = cold_runs(&tab, &url, ready, &pagefind_query(q), &log);
                let bytes = fetched_gz(&log, "/pagefind/", "/pagefind/", pf);
                let w = warm(&tab, &c, &pagefind_query(q));
                (c, w, bytes)
            } else {
                (None, None, None)
            };
            let kb = |b: Option<usize>| {
                b.map_or_else(|| "n/a".into(), |b| format!("{:.1} KB", b as f64 / 1000.0))
            };
            println!(
                "| {q} | {lang} | {} | {} | {} | {} | {} | {} |",
                cold_cell(&s_cold),
                cell(s_warm),
                kb(s_bytes),
                if pagefind.is_some() {
                    cold_cell(&p_cold)
                } else {
                    "n/a".into()
                },
                cell(p_warm),
                kb(p_bytes)
            );
        }
    }
    drop(tab);
    drop(browser);
    stop.stop();
    let _ = thread.join();
}
