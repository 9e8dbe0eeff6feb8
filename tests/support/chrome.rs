//! Helpers shared by the headless-Chromium tests: finding Chromium,
//! waiting on the page, and a static file server for the http runs.

#![allow(dead_code)]

use headless_chrome::Tab;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

/// The Chromium binary (`STELE_CHROMIUM`, else a system one), if any.
pub fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("STELE_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Whether `CI` or `STELE_REQUIRE_BROWSER` is set (to anything but empty,
/// `0` or `false`): then a browser test whose tools are missing fails
/// instead of skipping.
pub fn browser_tests_required() -> bool {
    ["CI", "STELE_REQUIRE_BROWSER"]
        .iter()
        .any(|v| std::env::var(v).is_ok_and(|s| !matches!(s.as_str(), "" | "0" | "false")))
}

/// Chromium for the browser test `test`, or `None` after saying loudly
/// that the test is skipped. With `CI` or `STELE_REQUIRE_BROWSER` set (to
/// anything but empty, `0` or `false`) a missing Chromium fails instead.
pub fn required_chromium(test: &str) -> Option<PathBuf> {
    if let Some(p) = chromium() {
        return Some(p);
    }
    if browser_tests_required() {
        panic!(
            "Chromium not found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, \
             /usr/bin/google-chrome) and CI or STELE_REQUIRE_BROWSER is set: install it \
             (apt-get install chromium) or set STELE_CHROMIUM so {test} can run"
        );
    }
    // Straight to stderr: the test harness would swallow eprintln! output.
    let bang = "!".repeat(76);
    let _ = writeln!(
        std::io::stderr().lock(),
        "\n{bang}\n!! {test} SKIPPED: install chromium (apt-get install chromium)\n\
         !! or set STELE_CHROMIUM=/path/to/chrome to run the browser end-to-end test.\n{bang}\n"
    );
    None
}

/// Starts headless Chromium with the flags this machine needs (no
/// sandbox as root, no network services, a fresh profile).
pub fn launch(chromium: &Path, profile: &Path, accept_lang: &str) -> headless_chrome::Browser {
    let lang = format!("--accept-lang={accept_lang}");
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--disable-default-apps",
        lang.as_str(),
    ];
    let args: Vec<&OsStr> = flags.iter().map(OsStr::new).collect();
    let options = headless_chrome::LaunchOptions {
        path: Some(chromium.to_path_buf()),
        headless: true,
        sandbox: false,
        enable_gpu: false,
        user_data_dir: Some(profile.to_path_buf()),
        disable_default_args: true,
        args,
        idle_browser_timeout: Duration::from_secs(120),
        ..headless_chrome::LaunchOptions::default()
    };
    headless_chrome::Browser::new(options)
        .unwrap_or_else(|e| panic!("launch {}: {e}", chromium.display()))
}

/// Opens a file of a built site (`file://`) in the tab and waits for it.
pub fn open_file(tab: &Tab, page: &Path) {
    tab.navigate_to(&format!("file://{}", page.display()))
        .expect("navigate")
        .wait_until_navigated()
        .expect("navigated");
}

/// Clicks the element `selector` (once it exists) and types `text` into
/// it in one go, as a paste does.
pub fn type_into(tab: &Tab, selector: &str, text: &str) {
    tab.wait_for_element(selector)
        .expect("input")
        .click()
        .expect("focus");
    tab.call_method(headless_chrome::protocol::cdp::Input::InsertText {
        text: text.to_string(),
    })
    .expect("type");
}

/// Clicks the element `selector` once it exists.
pub fn click(tab: &Tab, selector: &str) {
    tab.wait_for_element(selector)
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .click()
        .unwrap_or_else(|e| panic!("click {selector}: {e}"));
}

/// Waits until the first element matching `selector` has a non-empty
/// property `prop` (`textContent`, `href`, `value`...) and returns it.
pub fn wait_prop(tab: &Tab, selector: &str, prop: &str, what: &str) -> String {
    let expr = format!(
        "String((document.querySelector({})||{{}})[{}]||'')",
        serde_json::Value::from(selector),
        serde_json::Value::from(prop)
    );
    wait_for(tab, &expr, what)
}

/// Waits until `selector` matches elements with text, and returns their
/// texts, one per line.
pub fn wait_texts(tab: &Tab, selector: &str, what: &str) -> String {
    let expr = format!(
        "Array.from(document.querySelectorAll({})).map(e=>e.textContent).join('\\n')",
        serde_json::Value::from(selector)
    );
    wait_for(tab, &expr, what)
}

/// Polls a JavaScript expression until it yields a non-empty string.
pub fn wait_for(tab: &Tab, expr: &str, what: &str) -> String {
    let start = Instant::now();
    loop {
        if let Ok(r) = tab.evaluate(expr, false) {
            if let Some(serde_json::Value::String(s)) = r.value {
                if !s.is_empty() {
                    return s;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A static file server for `public/` on 127.0.0.1 (Stele's own, the one
/// `stele serve` runs), stopped on drop.
pub struct StaticServer {
    stop: stele::http::Stopper,
    thread: Option<std::thread::JoinHandle<()>>,
    pub port: u16,
}

impl StaticServer {
    pub fn start(root: &Path) -> StaticServer {
        StaticServer::start_with_wasm_type(root, "application/wasm")
    }

    /// A server that labels `.wasm` files `wasm_type` (some static hosts
    /// send `application/octet-stream`, which streaming compilation
    /// refuses).
    #[allow(dead_code)] // not every test binary that includes this uses it
    pub fn start_with_wasm_type(root: &Path, wasm_type: &'static str) -> StaticServer {
        let server = stele::http::Server::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = server.addr().expect("address").port();
        let stop = server.stopper().expect("stopper");
        let root = root.to_path_buf();
        let thread = std::thread::spawn(move || server.run(move |r| serve(&root, r, wasm_type)));
        StaticServer {
            stop,
            thread: Some(thread),
            port,
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.stop();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(root: &Path, request: &stele::http::Request, wasm_type: &str) -> stele::http::Response {
    use stele::http::Response;
    let url = request.path();
    let decoded = stele::util::percent_decode(url);
    let rel = Path::new(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Response::new(400, "text/plain", "bad path");
    }
    let mut path = root.join(rel);
    if path.is_dir() {
        if !url.ends_with('/') {
            return Response::redirect(&format!("{url}/"));
        }
        path.push("index.html");
    }
    match std::fs::read(&path) {
        Ok(body) => {
            let mime = match path.extension().and_then(OsStr::to_str).unwrap_or("") {
                "html" => "text/html; charset=utf-8",
                "css" => "text/css; charset=utf-8",
                "js" => "text/javascript; charset=utf-8",
                "xml" => "application/xml",
                "json" => "application/json",
                "svg" => "image/svg+xml",
                "png" => "image/png",
                "wasm" => wasm_type,
                "woff2" => "font/woff2",
                _ => "application/octet-stream",
            };
            Response::new(200, mime, body)
        }
        Err(_) => Response::new(404, "text/plain", "not found"),
    }
}
