//! `stele serve` end to end: it builds the demo, serves it over http (with
//! the folder redirect pages need), answers `/api/search`, and after an
//! article is saved re-renders it and bumps the version the pages poll.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn copy_tree(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let dest = to.join(e.path().strip_prefix(from).expect("under from"));
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// Kills the server when the test ends, even on a failed assertion.
struct Serve(Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A GET over a fresh connection: (status, headers, body).
fn get(port: u16, target: &str) -> Option<(u16, String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
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

#[test]
fn serve_previews_searches_and_rebuilds_on_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["content", "locales"] {
        copy_tree(&here.join(sub), &dir.path().join(sub));
    }
    std::fs::copy(here.join("stele.toml"), dir.path().join("stele.toml")).expect("toml");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let _server = Serve(
        Command::new(env!("CARGO_BIN_EXE_stele"))
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start stele serve"),
    );
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
    let (_, _, v2) = get(port, "/_stele/version").expect("version");
    assert_ne!(
        v1.trim(),
        v2.trim(),
        "the version the pages poll did not change"
    );
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
