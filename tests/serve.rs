//! `stele serve` end to end: it builds the demo, serves it over http (with
//! the folder redirect pages need), answers `/api/search`, and after an
//! article is saved re-renders it and bumps the version the pages poll; a
//! save that does not build keeps the last good pages and shows its errors
//! in an overlay (checked in headless Chromium when it is installed).

#[path = "support/chrome.rs"]
mod chrome;

mod common;

use common::cli::demo_site;
use common::serve::Serve;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

/// Kills the server when the test ends, even on a failed assertion.
/// A GET over a fresh connection: (status, headers, body).
fn get(port: u16, target: &str) -> Option<(u16, String, String)> {
    get_as(port, &format!("127.0.0.1:{port}"), target)
}

/// A GET naming `host` in its Host header.
fn get_as(port: u16, host: &str, target: &str) -> Option<(u16, String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some((status, head.to_string(), body.to_string()))
}

fn wait_for<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A copy of the demo site and `stele serve` running on it: (site, port,
/// server).
fn start_demo() -> (tempfile::TempDir, u16, Serve) {
    let dir = demo_site();
    let (server, port) = common::serve::spawn(dir.path());
    (dir, port, server)
}

#[test]
fn serve_previews_searches_and_rebuilds_on_save() {
    let (dir, port, _server) = start_demo();
    let (status, _, home) = wait_for("the server", || get(port, "/de/"));
    assert_eq!(status, 200);
    assert!(home.contains("<html lang=\"de\""), "{home}");
    assert!(home.contains("_stele/live.js"), "live reload is injected");

    // A folder without its slash is redirected: pages link relative to it.
    let (status, head, _) = get(port, "/de").expect("GET /de");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /de/"), "{head}");
    let (status, _, _) = get(port, "/de/no-such-page/").expect("GET missing");
    assert_eq!(status, 404);
    let (status, _, _) = get(port, "/../stele.toml").expect("GET outside");
    assert_eq!(status, 400);
    // Another host name pointed at 127.0.0.1 (DNS rebinding) gets nothing.
    for host in [
        format!("attacker.example:{port}"),
        "attacker.example".into(),
    ] {
        let (status, _, body) = get_as(port, &host, "/de/").expect("GET as another host");
        assert_eq!(status, 403, "{host}");
        assert!(!body.contains("<html"), "{body}");
    }
    let (status, _, _) = get_as(port, &format!("localhost:{port}"), "/de/").expect("localhost");
    assert_eq!(status, 200);

    // /api/search answers like `stele search --format json`.
    let (status, head, body) = get(port, "/api/search?q=5.7.750&lang=de").expect("api");
    assert_eq!(status, 200);
    assert!(head.contains("application/json"));
    let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert!(v["total"].as_u64().unwrap_or(0) >= 1, "{v}");
    assert!(
        v["hits"][0]["url"]
            .as_str()
            .unwrap_or("")
            .starts_with("/de/"),
        "{v}"
    );
    // With the sections that match, each a link to its heading.
    let sub = &v["hits"][0]["sub_results"][0];
    let url = sub["url"].as_str().unwrap_or("");
    let anchor = sub["anchor"].as_str().unwrap_or("?");
    assert!(url.ends_with(&format!("/#{anchor}")), "{v}");
    assert!(
        sub["snippet"]
            .as_str()
            .unwrap_or("")
            .contains("<mark>5.7.750</mark>"),
        "{v}"
    );

    // Save an article: it is re-rendered and the version moves on.
    let (_, _, v1) = get(port, "/_stele/version").expect("version");
    let entry = |tag: &str| get(port, &format!("/_stele/search/{tag}/entry.js")).map(|r| r.2);
    let (de_entry, en_entry) = (
        entry("de").expect("de entry"),
        entry("en").expect("en entry"),
    );
    let article = dir.path().join("content/de/unregistered-domain-email.md");
    let text = std::fs::read_to_string(&article).expect("article");
    let marker = "Vorschau-Markierung-4711";
    std::fs::write(&article, format!("{text}\n\n{marker}\n")).expect("save");
    let (_, _, page) = wait_for("the re-rendered article", || {
        let r = get(port, "/de/unregistered-domain-email/")?;
        r.2.contains(marker).then_some(r)
    });
    assert!(page.contains("<html lang=\"de\""));
    // The counter moves once the pages that list the article are written
    // too, a moment after the article's own page.
    wait_for("the version the pages poll to change", || {
        get(port, "/_stele/version").filter(|(_, _, v2)| v1.trim() != v2.trim())
    });
    // The browser index of the edited locale follows (its page is longer);
    // the other locales' are left alone.
    wait_for("the new de browser index", || {
        entry("de").filter(|e| *e != de_entry)
    });
    assert_eq!(entry("en").expect("en entry"), en_entry);
    // The search index follows the edit too.
    let (_, _, body) = wait_for("the edit in /api/search", || {
        let r = get(port, &format!("/api/search?q={marker}&lang=de"))?;
        r.2.contains("unregistered-domain-email").then_some(r)
    });
    assert!(body.contains("\"total\":1"), "{body}");
}

/// `/_stele/status` as JSON.
fn status(port: u16) -> Option<serde_json::Value> {
    let (code, _, body) = get(port, "/_stele/status")?;
    (code == 200).then(|| serde_json::from_str(&body).ok())?
}

/// `file:line:col` of a diagnostic in the status JSON, as `stele build`
/// prints it.
fn location(d: &serde_json::Value) -> String {
    let mut s = d["file"].as_str().unwrap_or("").to_string();
    let (line, col) = (
        d["line"].as_u64().unwrap_or(0),
        d["col"].as_u64().unwrap_or(0),
    );
    if line > 0 {
        s += &format!(":{line}");
        if col > 0 {
            s += &format!(":{col}");
        }
    }
    s
}

#[test]
fn a_save_that_does_not_build_shows_an_overlay_until_fixed() {
    let (dir, port, _server) = start_demo();
    let first = wait_for("the server", || status(port));
    assert_eq!(first["errors"], serde_json::json!([]), "{first}");
    let page = "/de/unregistered-domain-email/";
    let (_, _, good) = get(port, page).expect("the article");

    // The same page in headless Chromium, when it is installed.
    let chromium = chrome::required_chromium("tests/serve.rs");
    let profile = tempfile::tempdir().expect("profile");
    let browser = chromium.map(|c| chrome::launch(&c, profile.path(), "de"));
    let tab = browser.as_ref().map(|b| {
        let tab = b.new_tab().expect("tab");
        tab.navigate_to(&format!("http://127.0.0.1:{port}{page}"))
            .expect("navigate")
            .wait_until_navigated()
            .expect("loaded");
        tab
    });

    let article = dir.path().join("content/de/unregistered-domain-email.md");
    let text = std::fs::read_to_string(&article).expect("article");
    let file = "content/de/unregistered-domain-email.md";
    let broken = [
        (
            "unbalanced-span",
            format!("{text}\n\n<span data-ttu-id=\"zz-999\">Nie geschlossen Never closed\n"),
        ),
        (
            "invalid-yaml",
            text.replacen("---\n", "---\nbroken: [unclosed\n", 1),
        ),
    ];
    for (code, bad) in broken {
        let version = status(port).expect("status")["version"].clone();
        std::fs::write(&article, &bad).expect("save the broken file");
        let st = wait_for(code, || {
            status(port).filter(|s| s["errors"].as_array().is_some_and(|e| !e.is_empty()))
        });
        let errors = st["errors"].as_array().expect("errors").clone();
        let ours: Vec<&serde_json::Value> = errors.iter().filter(|e| e["code"] == code).collect();
        assert!(!ours.is_empty(), "no {code} in {st}");
        for e in &errors {
            assert_eq!(e["severity"], "error", "{e}");
            assert_eq!(e["file"], file, "{e}");
            assert!(e["line"].as_u64().unwrap_or(0) > 0, "no line: {e}");
            assert!(!e["message"].as_str().unwrap_or("").is_empty(), "{e}");
            assert!(!e["hint"].as_str().unwrap_or("").is_empty(), "{e}");
        }
        // The last good page is still served, and open pages do not reload.
        assert_eq!(st["version"], version, "{st}");
        assert_eq!(get(port, page).expect("the article").2, good, "{code}");

        // `stele build` rejects the same file with the same diagnostics.
        let out = tempfile::tempdir().expect("out");
        let build = Command::new(env!("CARGO_BIN_EXE_stele"))
            .args(["build", "--quiet", "--root"])
            .arg(dir.path())
            .arg("--out")
            .arg(out.path().join("site"))
            .output()
            .expect("stele build");
        assert_eq!(build.status.code(), Some(1), "{code}");
        let stderr = String::from_utf8_lossy(&build.stderr);
        let built = stderr.lines().filter(|l| l.starts_with("error[")).count();
        assert_eq!(built, errors.len(), "{stderr}\n{st}");
        for e in &errors {
            let head = format!(
                "error[{}]: {}",
                e["code"].as_str().unwrap_or(""),
                e["message"].as_str().unwrap_or("")
            );
            assert!(
                stderr.contains(&head),
                "stele build did not report {head}:\n{stderr}"
            );
            assert!(
                stderr.contains(&location(e)),
                "no {} in:\n{stderr}",
                location(e)
            );
            assert!(
                stderr.contains(e["hint"].as_str().unwrap_or("")),
                "{stderr}"
            );
        }

        if let Some(tab) = &tab {
            // Set on this page; gone once it reloads.
            tab.evaluate("window.steleTestMark = 'old page'", false)
                .expect("mark the page");
            let shown = chrome::wait_for(
                tab,
                "(function(){var o=document.querySelector('#stele-errors[role=alert]');\
                 return o && getComputedStyle(o).position==='fixed' ? o.textContent : ''})()",
                "the error overlay",
            );
            for e in &errors {
                assert!(shown.contains(&location(e)), "{shown}");
                assert!(
                    shown.contains(e["message"].as_str().unwrap_or("")),
                    "{shown}"
                );
                assert!(shown.contains(e["hint"].as_str().unwrap_or("")), "{shown}");
            }
            if code == "invalid-yaml" {
                // The reader can dismiss it, with the button or Escape.
                let gone = tab
                    .evaluate(
                        "document.querySelector('#stele-errors button').click(); \
                         document.getElementById('stele-errors') ? 'still there' : 'gone'",
                        false,
                    )
                    .expect("dismiss")
                    .value;
                assert_eq!(gone, Some(serde_json::json!("gone")));
            }
        }

        // Fixing the file removes the errors and reloads the pages.
        std::fs::write(&article, &text).expect("save the fixed file");
        let st = wait_for("the fix", || {
            status(port).filter(|s| s["errors"] == serde_json::json!([]))
        });
        assert_ne!(st["version"], version, "{st}");
        if let Some(tab) = &tab {
            chrome::wait_for(
                tab,
                "document.readyState==='complete' && document.querySelector('.seg') \
                 && !window.steleTestMark && !document.getElementById('stele-errors') \
                 ? 'gone' : ''",
                "the page to reload without the overlay",
            );
        }
    }
}
