//! The keyboard walk of a long marked article in headless Chromium: Tab
//! from the top of the page to the end. Sentences are not tab stops one by
//! one (one roving stop for all of them), so the walk takes about as many
//! stops as the page has links and controls, not one per sentence; every
//! stop is visible when focused, with a focus indicator.
//!
//! Skipped (loudly) when Chromium is missing, unless `CI` or
//! `STELE_REQUIRE_BROWSER` is set.

#[path = "support/chrome.rs"]
mod chrome;

use chrome::{wait_for, StaticServer};
use std::process::Command;

/// What the focused element is, whether it can be seen, and whether it
/// shows focus (an outline, or a box shadow).
const FOCUSED: &str = "(function(){var e=document.activeElement;if(!e||e===document.body)return JSON.stringify(null);\
    var r=e.getBoundingClientRect(),s=getComputedStyle(e),vw=document.documentElement.clientWidth,vh=innerHeight;\
    var op=1;for(var n=e;n&&n.nodeType===1;n=n.parentElement){op*=parseFloat(getComputedStyle(n).opacity)}\
    return JSON.stringify({tag:e.tagName,cls:String(e.className||''),id:e.id,text:(e.textContent||'').trim().slice(0,40),\
    seg:e.classList.contains('seg'),\
    visible:r.width>0&&r.height>0&&r.bottom>0&&r.right>0&&r.top<vh&&r.left<vw&&op>0.5&&s.visibility!=='hidden',\
    ring:(s.outlineStyle!=='none'&&parseFloat(s.outlineWidth)>0)||s.boxShadow!=='none'})})()";

#[test]
fn a_long_article_is_a_short_keyboard_walk_with_visible_focus() {
    let Some(chromium) = chrome::required_chromium("tests/keyboard_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    // A real enterprise article: 169 translated sentences, 14 links.
    let o = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["build", "--quiet", "--root"])
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/long"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run stele build");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let server = StaticServer::start(&out);
    let profile = tempfile::tempdir().expect("profile");
    let browser = chrome::launch(&chromium, profile.path(), "de-DE,de");
    let tab = browser.new_tab().expect("tab");
    let mut failures = Vec::new();
    {
        let page = "de/external-domain-name-system-records/";
        tab.navigate_to(&format!("http://127.0.0.1:{}/{page}", server.port))
            .expect("navigate")
            .wait_until_navigated()
            .expect("navigated");
        // stele.js has made the source view work (the toggle is shown).
        wait_for(
            &tab,
            "document.querySelector('.toggle-en:not([data-pending])')?'y':''",
            "stele.js",
        );
        let count = |sel: &str| -> usize {
            tab.evaluate(&format!("document.querySelectorAll({sel:?}).length"), false)
                .ok()
                .and_then(|r| r.value)
                .and_then(|v| v.as_u64())
                .unwrap_or(0) as usize
        };
        let segments = count("article .seg");
        let links = count("main a[href], header a[href], footer a[href]");
        assert!(segments > 150, "{page}: only {segments} segments");
        let mut stops = Vec::new();
        for _ in 0..(segments + links + 40) {
            tab.press_key("Tab").expect("Tab");
            let f: serde_json::Value = tab
                .evaluate(FOCUSED, false)
                .ok()
                .and_then(|r| r.value)
                .and_then(|v| v.as_str().and_then(|s| serde_json::from_str(s).ok()))
                .unwrap_or(serde_json::Value::Null);
            if f.is_null() {
                break; // Past the last stop, focus leaves the page.
            }
            if stops.first() == Some(&f) && stops.len() > 1 {
                break; // Around again.
            }
            if f["visible"] != true || f["ring"] != true {
                failures.push(format!("{page}: a tab stop is not visibly focused: {f}"));
            }
            stops.push(f);
        }
        let seg_stops = stops.iter().filter(|f| f["seg"] == true).count();
        // Links (with the heading links), the header's boxes, the toggle,
        // the one sentence stop and a few more; never one per sentence.
        let bound = links + 12;
        eprintln!(
            "{page}: {} tab stops ({seg_stops} on sentences) for {segments} sentences and {links} links",
            stops.len()
        );
        if seg_stops > 1 || stops.len() > bound || stops.len() < 5 {
            failures.push(format!(
                "{page}: {} tab stops ({seg_stops} on sentences; bound {bound}): {}",
                stops.len(),
                stops
                    .iter()
                    .map(|f| format!("{}.{} {}", f["tag"], f["cls"], f["text"]))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
        // The source toggle and the sentences are reachable.
        for what in ["toggle-en", "seg"] {
            if !stops.iter().any(|f| {
                f["cls"]
                    .as_str()
                    .is_some_and(|c| c.split(' ').any(|x| x == what))
            }) {
                failures.push(format!("{page}: no tab stop reaches .{what}"));
            }
        }
    }
    drop(server);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
