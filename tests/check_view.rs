//! The translators' view (`/_translation/`) as a translator uses it: every
//! `view:` link that `stele check` prints opens a page and a row (articles
//! only the source locale has included), stale cells are marked stale for
//! the "stale" filter, each cell links to its file and line (through the
//! configured editor URL) and each column to the published page; then, in
//! headless Chromium, the filters per status and per visible locale
//! column, and axe-core on the page in light and dark mode.

#[path = "support/chrome.rs"]
mod chrome;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stele(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(args)
        .output()
        .expect("run stele")
}

/// The demo, copied with an editor URL in its stele.toml, and built.
fn built_demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = dir.path().join("site");
    for d in ["content", "locales"] {
        let from = repo().join(d);
        if !from.is_dir() {
            continue;
        }
        for e in walkdir::WalkDir::new(&from).into_iter().flatten() {
            let rel = e.path().strip_prefix(repo()).expect("in repo");
            let to = site.join(rel);
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(e.path(), &to).expect("copy");
            }
        }
    }
    let toml = std::fs::read_to_string(repo().join("stele.toml")).unwrap_or_default();
    let toml = if toml.contains("[check]") {
        toml.replacen(
            "[check]",
            "[check]\neditor_url = \"vscode://file/{path}:{line}:{col}\"",
            1,
        )
    } else {
        format!("{toml}\n[check]\neditor_url = \"vscode://file/{{path}}:{{line}}:{{col}}\"\n")
    };
    std::fs::write(site.join("stele.toml"), toml).expect("toml");
    let out = site.join("public");
    let o = stele(&[
        "build",
        "--quiet",
        "--root",
        &site.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (dir, site)
}

#[test]
fn every_view_link_of_check_opens_its_page_and_row() {
    let (_dir, site) = built_demo();
    let o = stele(&[
        "check",
        "--format",
        "json",
        "--deny",
        "never",
        "--root",
        &site.to_string_lossy(),
    ]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.iter().any(|f| f["check"] == "missing-article"));
    for f in findings {
        let Some(view) = f["view"].as_str() else {
            continue;
        };
        let (page, frag) = view.split_once('#').unwrap_or((view, ""));
        let file = site.join("public").join(page).join("index.html");
        let html = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("{view} ({}) is not written", f["check"]));
        if !frag.is_empty() {
            assert!(html.contains(&format!("id=\"{frag}\"")), "{view}: no row");
        }
    }
}

#[test]
fn stale_cells_file_links_and_page_links() {
    let (_dir, site) = built_demo();
    let page = site.join("public/_translation/unregistered-domain-email/index.html");
    let html = std::fs::read_to_string(&page).expect("view");
    // The Italian stale segments are stale cells (they were "issue" and
    // the stale filter found none).
    for id in ["p102", "p103", "124"] {
        let row = html
            .split(&format!("<tr id=\"u-{id}\""))
            .nth(1)
            .and_then(|r| r.split("</tr>").next())
            .unwrap_or_else(|| panic!("row {id}"));
        assert!(
            row.contains("data-col=\"it\" data-status=\"stale"),
            "{id}: {row}"
        );
    }
    // File and line through the editor URL, absolute path.
    let abs = site.join("content/de/unregistered-domain-email.md");
    assert!(
        html.contains(&format!("href=\"vscode://file/{}:", abs.to_string_lossy())),
        "no editor link"
    );
    // Each column links to the published page, which exists.
    for tag in ["en", "de", "zh", "it", "ja"] {
        let href = format!("../../{tag}/unregistered-domain-email/");
        assert!(html.contains(&format!("href=\"{href}\"")), "{tag}");
        let target = page.parent().expect("dir").join(&href).join("index.html");
        assert!(target.is_file(), "{}", target.display());
    }
    // The legend names every colour.
    for st in [
        "ok",
        "structural",
        "stale",
        "untranslated",
        "warning",
        "error",
        "missing",
    ] {
        assert!(html.contains(&format!("<li class=\"st-{st}\">")), "{st}");
    }
    // An article only the source has is listed and has its page.
    let index =
        std::fs::read_to_string(site.join("public/_translation/index.html")).expect("index");
    assert!(
        index.contains(">error-code-5-7-1</a>"),
        "source-only article not listed"
    );
    // Warnings are not green on the index: zh has only warnings there
    // (ASCII punctuation), de an error, it stale segments, ja nothing.
    let row = index
        .split(">unregistered-domain-email</a>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("row");
    let classes: Vec<&str> = row
        .split("<td class=\"")
        .skip(1)
        .filter_map(|c| c.split('"').next())
        .collect();
    assert_eq!(
        classes,
        ["st-error", "st-warning", "st-stale", "st-ok"],
        "{row}"
    );
}

fn count_shown(tab: &headless_chrome::Tab) -> u64 {
    tab.evaluate(
        "document.querySelectorAll('table.sxs tbody tr:not(.sxs-hidden)').length",
        false,
    )
    .expect("count")
    .value
    .and_then(|v| v.as_u64())
    .unwrap_or(u64::MAX)
}

fn set(tab: &headless_chrome::Tab, js: &str) {
    tab.evaluate(
        &format!("(function(){{var f=document.querySelector('.sxs-filter');{js};f.dispatchEvent(new Event('change'));return 'y'}})()"),
        false,
    )
    .expect("set filter");
}

#[test]
fn filters_per_status_and_visible_locale_in_chromium() {
    let Some(chromium) =
        chrome::required_chromium("filters_per_status_and_visible_locale_in_chromium")
    else {
        return;
    };
    let (_dir, site) = built_demo();
    let profile = tempfile::tempdir().expect("profile");
    let browser = chrome::launch(&chromium, profile.path(), "en");
    let tab = browser.new_tab().expect("tab");
    let url = format!(
        "file://{}",
        site.join("public/_translation/unregistered-domain-email/index.html")
            .to_string_lossy()
    );
    tab.navigate_to(&url)
        .expect("navigate")
        .wait_until_navigated()
        .expect("navigated");
    chrome::wait_for(
        &tab,
        "document.querySelector('.sxs-filter output').value ? 'y' : ''",
        "the filter script",
    );
    let all = count_shown(&tab);
    assert!(all >= 19, "{all}");
    // Stale: the three Italian rows.
    set(&tab, "f.elements.status.value='stale'");
    assert_eq!(count_shown(&tab), 3);
    // Hide the Italian column: no stale cell is visible any more.
    set(
        &tab,
        "f.querySelector('input[name=col][value=it]').checked=false",
    );
    assert_eq!(count_shown(&tab), 0);
    // Errors: the German broken error code, not hidden by the it column.
    set(&tab, "f.elements.status.value='error'");
    assert!(count_shown(&tab) >= 1);
    set(
        &tab,
        "f.querySelector('input[name=col][value=de]').checked=false",
    );
    assert_eq!(count_shown(&tab), 0);
    // The file link of a cell opens the editor URL; the page link a page.
    let hrefs = tab
        .evaluate(
            "JSON.stringify([document.querySelector('td[data-col=de] a.sxs-loc').getAttribute('href'),\
              document.querySelector('th[data-col=de] a.sxs-page-link').href])",
            false,
        )
        .expect("hrefs")
        .value
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let hrefs: Vec<String> = serde_json::from_str(&hrefs).expect("hrefs json");
    assert!(hrefs[0].starts_with("vscode://file/"), "{hrefs:?}");
    // From file:// stele.js appends index.html to folder links.
    let page = hrefs[1].trim_start_matches("file://");
    let page = page.strip_suffix("index.html").unwrap_or(page);
    assert!(Path::new(page).join("index.html").is_file(), "{}", hrefs[1]);
    // axe-core: no WCAG A/AA or best-practice violation, filters reset.
    set(
        &tab,
        "f.elements.status.value='';f.querySelectorAll('input[name=col]').forEach(function(c){c.checked=true})",
    );
    let axe = std::fs::read_to_string(repo().join("tests/tools/node_modules/axe-core/axe.min.js"))
        .expect("axe-core is missing: run `npm ci --ignore-scripts` in tests/tools");
    for dark in [false, true] {
        tab.call_method(
            headless_chrome::protocol::cdp::Emulation::SetEmulatedMedia {
                media: None,
                features: Some(vec![
                    headless_chrome::protocol::cdp::Emulation::MediaFeature {
                        name: "prefers-color-scheme".into(),
                        value: if dark { "dark" } else { "light" }.into(),
                    },
                ]),
            },
        )
        .expect("color scheme");
        tab.evaluate(&axe, false).expect("inject axe");
        let r = tab
            .evaluate(
                "axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})\
                 .then(function(r){return JSON.stringify(r.violations.map(function(v){return v.id+': '+v.nodes.slice(0,3).map(function(n){return n.target.join(' ')}).join(', ')}))})",
                true,
            )
            .expect("axe.run")
            .value
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        assert_eq!(r, "[]", "axe ({})", if dark { "dark" } else { "light" });
    }
}
