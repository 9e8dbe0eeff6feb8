//! Lighthouse (npm `lighthouse`, pinned in `tests/tools/package.json`; 12.x,
//! the last line that runs on Node 20) on a German and a Japanese article of
//! the demo, as a phone sees them (Lighthouse's default mobile emulation),
//! served over http by Stele's own static server: accessibility, best
//! practices and SEO must score 100; the performance score is printed, not
//! asserted (speed is a benchmark figure, never a test verdict).
//!
//! One Chromium run per page (the Debian `chromium`, through
//! `CHROME_PATH`: Lighthouse downloads no browser), only the four
//! categories. Skipped (loudly) without Chromium, node or
//! `tests/tools/node_modules/lighthouse`, unless `CI` or
//! `STELE_REQUIRE_BROWSER` is set.

#[path = "support/chrome.rs"]
mod chrome;

use chrome::StaticServer;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::cli::{build_site, repo};

/// The articles Lighthouse judges.
const PAGES: &[&str] = &["de/error-code-5-7-7xx/", "ja/unregistered-domain-email/"];

/// The categories that must score 100.
const ASSERTED: &[&str] = &["accessibility", "best-practices", "seo"];

/// Lighthouse's command-line entry point, or `None` after saying why the
/// test is skipped (or failing when browser tests are required).
fn lighthouse() -> Option<PathBuf> {
    let cli = repo().join("tests/tools/node_modules/lighthouse/cli/index.js");
    let node = Command::new("node").arg("--version").output().is_ok();
    if cli.is_file() && node {
        return Some(cli);
    }
    assert!(
        !chrome::browser_tests_required(),
        "Lighthouse is missing: install node and run `npm ci --ignore-scripts` in tests/tools"
    );
    let _ = writeln!(
        std::io::stderr().lock(),
        "\n!! tests/lighthouse.rs SKIPPED: no node or no tests/tools/node_modules/lighthouse \
         (npm ci --ignore-scripts in tests/tools)\n"
    );
    None
}

/// Runs Lighthouse on `url` and returns its JSON report.
fn run(cli: &Path, chromium: &Path, url: &str, tmp: &Path) -> serde_json::Value {
    let profile = tempfile::tempdir_in(tmp).expect("profile");
    let report = tmp.join("report.json");
    let flags = format!(
        "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
         --disable-background-networking --disable-component-update --disable-sync \
         --disable-dev-shm-usage --user-data-dir={}",
        profile.path().display()
    );
    let o = Command::new("node")
        .arg(cli)
        .arg(url)
        .arg("--only-categories=performance,accessibility,best-practices,seo")
        .arg("--output=json")
        .arg(format!("--output-path={}", report.display()))
        .arg("--quiet")
        .arg("--disable-full-page-screenshot")
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", chromium)
        .output()
        .expect("run node");
    assert!(
        o.status.success(),
        "lighthouse {url} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = std::fs::read_to_string(&report).expect("the Lighthouse report");
    serde_json::from_str(&text).expect("the Lighthouse report is JSON")
}

/// What keeps category `cat` of `report` below 100: each weighted audit
/// that did not pass, with its first items.
fn failing_audits(report: &serde_json::Value, cat: &str) -> Vec<String> {
    let refs = report["categories"][cat]["auditRefs"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    refs.iter()
        .filter(|r| r["weight"].as_f64().unwrap_or(0.0) > 0.0)
        .filter_map(|r| {
            let id = r["id"].as_str()?;
            let a = &report["audits"][id];
            let score = a["score"].as_f64()?;
            (score < 1.0).then(|| {
                let items = a["details"]["items"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let first: Vec<String> = items.iter().take(3).map(|i| i.to_string()).collect();
                format!("{id} ({}): {}", a["title"], first.join("; "))
            })
        })
        .collect()
}

#[test]
fn articles_score_100_in_accessibility_best_practices_and_seo() {
    let Some(chromium) = chrome::required_chromium("tests/lighthouse.rs") else {
        return;
    };
    let Some(cli) = lighthouse() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    build_site(&repo(), &out);
    let server = StaticServer::start(&out);
    let mut failures = Vec::new();
    for page in PAGES {
        let url = format!("http://127.0.0.1:{}/{page}", server.port);
        let report = run(&cli, &chromium, &url, tmp.path());
        let score = |cat: &str| report["categories"][cat]["score"].as_f64();
        let _ = writeln!(
            std::io::stderr().lock(),
            "lighthouse {page} (mobile): performance {:?}, accessibility {:?}, \
             best practices {:?}, SEO {:?}",
            score("performance").map(|s| s * 100.0),
            score("accessibility").map(|s| s * 100.0),
            score("best-practices").map(|s| s * 100.0),
            score("seo").map(|s| s * 100.0),
        );
        for cat in ASSERTED {
            if score(cat) != Some(1.0) {
                failures.push(format!(
                    "{page}: {cat} {:?}: {}",
                    score(cat),
                    failing_audits(&report, cat).join(" | ")
                ));
            }
        }
    }
    drop(server);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
