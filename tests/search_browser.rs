//! End to end in headless Chromium, from `file://`: the built demo's header
//! search box finds Japanese and German pages as you type (the runtime's
//! wasm ranks them), the results page shows a count and keyboard
//! navigation opens a result. Then over http, where the wasm and the
//! index files are fetched: a Chinese phrase is found and highlighted
//! whole. And a snippet from a fragment chunk whose text starts one
//! position on (`o`) marks the right character.
//!
//! Skipped (loudly) when Chromium is missing, unless `CI` or
//! `STELE_REQUIRE_BROWSER` is set.

#[path = "support/chrome.rs"]
mod chrome;

use chrome::{open_file as open, type_into, wait_for};
use headless_chrome::Tab;
use std::path::Path;

mod common;
use common::cli::{build_site as build, search_json};

#[test]
fn search_from_file_url_in_japanese_and_german() {
    let Some(chrome) = chrome::required_chromium("tests/search_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    build(repo, &out);
    let profile = tmp.path().join("profile");
    std::fs::create_dir_all(&profile).expect("profile");
    let browser = chrome::launch(&chrome, &profile, "en");
    let tab = browser.new_tab().expect("tab");

    // Japanese, as you type in the header box of the Japanese home page.
    open(&tab, &out.join("ja/index.html"));
    type_into(&tab, "form.site-search input[name=q]", "ドメイン");
    let titles = wait_for(
        &tab,
        "Array.from(document.querySelectorAll('form.site-search .search-title')).map(a=>a.textContent).join('\\n')",
        "Japanese suggestions",
    );
    assert!(titles.contains("ドメイン"), "{titles}");
    let mark = wait_for(
        &tab,
        "(document.querySelector('form.site-search mark')||{}).textContent||''",
        "a highlight",
    );
    assert_eq!(mark, "ドメイン");

    // German on the results page: count, highlights, keyboard, open.
    open(&tab, &out.join("de/search/index.html"));
    type_into(
        &tab,
        "#search-page input[type=search]",
        "Domänen registrieren",
    );
    let count = wait_for(
        &tab,
        "document.querySelector('.search-count').textContent",
        "the count",
    );
    assert!(count.chars().any(|c| c.is_ascii_digit()), "{count}");
    let first = wait_for(
        &tab,
        "(document.querySelector('.search-results .search-title')||{}).textContent||''",
        "German results",
    );
    assert!(first.contains("Domänen"), "{first}");
    // The language switcher leads to the same search in another locale.
    let ja = wait_for(
        &tab,
        "document.querySelector('.lang-switch a[hreflang=ja]').href",
        "the ja switcher link",
    );
    assert!(ja.contains("/ja/search/index.html?q=Dom%C3%A4nen"), "{ja}");
    tab.press_key("ArrowDown").expect("down");
    tab.press_key("Enter").expect("enter");
    let url = wait_for(
        &tab,
        "location.href.includes('/search/') ? '' : location.href",
        "the opened result",
    );
    assert!(url.contains("/de/") && url.ends_with("index.html"), "{url}");

    // Over http the reader's wasm is fetched as binary, not as the base64
    // script, and compiled while it streams in; same results. A probe
    // counts streaming compilations that succeed and that fail.
    tab.call_method(
        headless_chrome::protocol::cdp::Page::AddScriptToEvaluateOnNewDocument {
            source: STREAM_PROBE.to_string(),
            world_name: None,
            include_command_line_api: None,
            run_immediately: None,
        },
    )
    .expect("install the streaming probe");
    let server = chrome::StaticServer::start(&out);
    tab.navigate_to(&format!("http://127.0.0.1:{}/zh/", server.port))
        .expect("navigate");
    // Not the load event, which headless Chromium sometimes reports late
    // over http (see tests/browser.rs): the page is ready once search.js ran.
    let start = std::time::Instant::now();
    loop {
        let probe = "JSON.stringify([location.href, document.readyState, typeof window.steleSearch, performance.getEntriesByType('resource').map(e=>e.name.split('/').pop()+':'+Math.round(e.duration))])";
        let v = tab
            .evaluate(probe, false)
            .ok()
            .and_then(|r| r.value)
            .unwrap_or_default();
        let s = v.as_str().unwrap_or("").to_string();
        if s.contains("\"function\"") && s.contains("http:") && !s.contains("\"loading\"") {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 30,
            "the zh home over http never got ready: {s}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let how = search_chinese(&tab, "a Chinese highlight over http");
    let fetched = |how: &str, name: &str| how.split(' ').filter(|n| *n == name).count();
    assert_eq!(fetched(&how, "search-zh.wasm"), 1, "{how}");
    assert_eq!(fetched(&how, "search-zh-wasm.js"), 0, "{how}");
    // The index files too are fetched, not added as script elements.
    assert_eq!(index_loads(&tab), r#"{"fetch":true,"tags":0}"#);
    let streams = |tab: &Tab| {
        tab.evaluate("JSON.stringify(window.__steleStreams)", false)
            .ok()
            .and_then(|r| r.value)
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    };
    assert_eq!(streams(&tab), r#"{"ok":1,"failed":0}"#);

    // A host that labels the module application/octet-stream: streaming
    // compilation refuses it, and the reader falls back to the bytes.
    drop(server);
    let server = chrome::StaticServer::start_with_wasm_type(&out, "application/octet-stream");
    tab.navigate_to(&format!("http://127.0.0.1:{}/zh/", server.port))
        .expect("navigate");
    wait_for(
        &tab,
        "(typeof window.steleSearch === 'function' && document.readyState !== 'loading') ? 'ready' : ''",
        "the zh home on a host without the wasm type",
    );
    let how = search_chinese(&tab, "a Chinese highlight without the wasm type");
    assert!(fetched(&how, "search-zh.wasm") >= 1, "{how}");
    assert_eq!(fetched(&how, "search-zh-wasm.js"), 0, "{how}");
    assert_eq!(streams(&tab), r#"{"ok":0,"failed":1}"#);

    // A page whose fetches of the index fail (as under a CSP that blocks
    // connect-src) loads the same files as scripts.
    tab.call_method(
        headless_chrome::protocol::cdp::Page::AddScriptToEvaluateOnNewDocument {
            source: FETCH_BLOCK.to_string(),
            world_name: None,
            include_command_line_api: None,
            run_immediately: None,
        },
    )
    .expect("install the fetch block");
    tab.navigate_to(&format!("http://127.0.0.1:{}/zh/?nofetch", server.port))
        .expect("navigate");
    wait_for(
        &tab,
        "(typeof window.steleSearch === 'function' && document.readyState !== 'loading') ? 'ready' : ''",
        "the zh home with fetch blocked",
    );
    search_chinese(&tab, "a Chinese highlight with the index fetch blocked");
    let loads = index_loads(&tab);
    assert!(
        loads.contains(r#""tags":"#) && !loads.contains(r#""tags":0"#),
        "{loads}"
    );
}

/// How the page loaded its index files: whether the entry came by
/// `fetch`, and how many index script elements it added.
fn index_loads(tab: &Tab) -> String {
    let js = "JSON.stringify({fetch: performance.getEntriesByType('resource').some(e => e.name.endsWith('/entry.js') && e.initiatorType === 'fetch'), tags: document.querySelectorAll('script[src*=\"_stele/search/\"]').length})";
    tab.evaluate(js, false)
        .ok()
        .and_then(|r| r.value)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// Makes `fetch` of the search index fail on pages opened with
/// `?nofetch`, as a Content-Security-Policy without connect-src would.
const FETCH_BLOCK: &str = r#"(function () {
  if (location.search.indexOf("nofetch") < 0) return;
  var real = window.fetch;
  window.fetch = function (url, init) {
    if (String(url).indexOf("_stele/search/") >= 0) return Promise.reject(new TypeError("blocked"));
    return real.call(window, url, init);
  };
})();"#;

/// Types a Chinese query into the header box, waits for its highlight
/// (`what` names the wait) and returns the names of the search files the
/// page fetched, space-separated.
fn search_chinese(tab: &Tab, what: &str) -> String {
    type_into(tab, "form.site-search input[name=q]", "未注册的域");
    let mark = wait_for(
        tab,
        "(document.querySelector('form.site-search mark')||{}).textContent||''",
        what,
    );
    assert_eq!(mark, "未注册的域");
    wait_for(
        tab,
        "performance.getEntriesByType('resource').map(e=>e.name.split('/').pop()).filter(n=>n.startsWith('search')).join(' ')",
        "resource timing",
    )
}

/// Wraps `WebAssembly.instantiateStreaming` to count, in
/// `window.__steleStreams`, the compilations that succeed and fail.
const STREAM_PROBE: &str = r#"(function () {
  var real = WebAssembly.instantiateStreaming;
  var n = window.__steleStreams = { ok: 0, failed: 0 };
  if (!real) return;
  WebAssembly.instantiateStreaming = function (src, imports) {
    return real.call(WebAssembly, src, imports).then(
      function (r) { n.ok++; return r; },
      function (e) { n.failed++; throw e; });
  };
})();"#;

/// A result whose snippet comes from a chunk that does not start at its
/// first position (the fragment's `o`): `search.js` hands the offset to
/// the wasm, and the highlight lands on the matched character. The
/// Japanese body is one run of 1281 characters: its bigrams take
/// positions 0–1279, 1280 is the run's unused position (the first of
/// chunk 1) and the last character, リ, sits at 1281.
#[test]
fn a_chunk_that_starts_past_its_first_position_is_highlighted_right() {
    let Some(chrome) = chrome::required_chromium("tests/search_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("site");
    std::fs::create_dir_all(root.join("content/en")).expect("mkdir");
    std::fs::create_dir_all(root.join("content/ja")).expect("mkdir");
    std::fs::write(
        root.join("stele.toml"),
        "title = \"T\"\nsource_locale = \"en\"\nlocales = [\"en\", \"ja\"]\n",
    )
    .expect("stele.toml");
    let page = |title: &str, body: &str| format!("---\ntitle: {title}\n---\n\n{body}\n");
    std::fs::write(root.join("content/en/long.md"), page("Long", "Text.")).expect("en");
    let body = "ア".repeat(1280) + "リ";
    std::fs::write(root.join("content/ja/long.md"), page("長", &body)).expect("ja");
    let out = tmp.path().join("public");
    build(&root, &out);
    let frag = std::fs::read_to_string(out.join("_stele/search/ja/p0-1.js")).expect("chunk 1");
    assert!(
        frag.contains("\"o\":1") && frag.contains("\"b\":\"リ\""),
        "{frag}"
    );

    let profile = tmp.path().join("profile");
    std::fs::create_dir_all(&profile).expect("profile");
    let browser = chrome::launch(&chrome, &profile, "ja");
    let tab = browser.new_tab().expect("tab");
    open(&tab, &out.join("ja/index.html"));
    wait_for(
        &tab,
        "typeof window.steleSearch === 'function' ? 'ready' : ''",
        "search.js",
    );
    let marked = tab
        .evaluate(
            "window.steleSearch('ja', 'リ', true, 5).then(r => JSON.stringify(r.items.map(i => \
             i.snippet[2].map(m => i.text.slice(m[0], m[1])))))",
            true,
        )
        .expect("search")
        .value
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    assert_eq!(marked, r#"[["リ"]]"#);
}

/// The page the tab went to shows the heading `href` names as its
/// `:target`: an h2 or h3, in view and not covered by anything.
fn assert_lands_on_heading(tab: &Tab, href: &str) {
    let landed = wait_for(
        tab,
        "(function(){var t=document.querySelector(':target');if(!t||!location.hash)return '';\
         var r=t.getBoundingClientRect(),e=document.elementFromPoint(r.left+2,(r.top+r.bottom)/2);\
         return JSON.stringify({tag:t.tagName,id:t.id,top:r.top,bottom:r.bottom,h:innerHeight,\
         seen:!!e&&(e===t||t.contains(e)),hash:decodeURIComponent(location.hash.slice(1))});})()",
        "the section's heading as :target",
    );
    let landed: serde_json::Value = serde_json::from_str(&landed).expect("json");
    assert!(
        matches!(landed["tag"].as_str(), Some("H2" | "H3")),
        "{landed}"
    );
    assert_eq!(landed["id"], landed["hash"], "{landed}");
    assert!(
        href.ends_with(&format!("#{}", landed["id"].as_str().unwrap_or("?"))),
        "{href} vs {landed}"
    );
    let (top, bottom, h) = (
        landed["top"].as_f64().unwrap_or(-1.0),
        landed["bottom"].as_f64().unwrap_or(-1.0),
        landed["h"].as_f64().unwrap_or(0.0),
    );
    // In view (within a pixel: the browser scrolls to fractions) and not
    // covered by anything.
    assert!(
        top >= -1.0 && bottom <= h + 1.0 && landed["seen"] == true,
        "the heading is not in view: {landed}"
    );
}

/// Each result's URL on the results page with its sections' links, in
/// order, as site paths (`/de/x/`, `/de/x/#anchor`).
type WithSections = std::collections::BTreeMap<String, Vec<String>>;

fn results_with_sections(tab: &Tab, prefix: &str) -> WithSections {
    let got = wait_for(
        tab,
        "document.querySelector('.search-results').hasAttribute('data-total') ? JSON.stringify(Array.from(document.querySelectorAll('.search-results > li:not(.search-lookup)')).map(li => [li.querySelector('a.search-title').href, Array.from(li.querySelectorAll('a.search-sub')).map(a => a.href)])) : ''",
        "the results page",
    );
    let got: Vec<(String, Vec<String>)> = serde_json::from_str(&got).expect("hrefs");
    let local = |h: &str| {
        h.strip_prefix(prefix)
            .unwrap_or(h)
            .replace("index.html#", "#")
            .trim_end_matches("index.html")
            .to_string()
    };
    got.iter()
        .map(|(h, subs)| (local(h), subs.iter().map(|s| local(s)).collect()))
        .collect()
}

/// The same from `stele search --format json`: each hit's `url` and its
/// `sub_results[].url`.
fn cli_results_with_sections(root: &Path, q: &str, lang: &str) -> WithSections {
    let (_, v) = search_json(root, q, lang);
    v["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| {
            let subs = h["sub_results"].as_array().into_iter().flatten();
            let subs = subs.filter_map(|s| s["url"].as_str().map(String::from));
            (h["url"].as_str().unwrap_or("").to_string(), subs.collect())
        })
        .collect()
}

/// The results page lists what `stele search` lists, for every locale of
/// the recall fixture (full words, no prefix: `Domane` does not list
/// pages that only have longer words starting with it), with the count in
/// the right plural form; the header dropdown ends with a link to all
/// results, also when nothing matched, and closes on Escape and on a click
/// elsewhere; a pasted bounce message shows the lookup's answer first in
/// both boxes.
#[test]
fn results_page_equals_the_cli_and_answers_codes_first() {
    let Some(chrome) = chrome::required_chromium("tests/search_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = tmp.path().join("recall");
    for e in walkdir::WalkDir::new(repo.join("tests/fixtures/recall"))
        .into_iter()
        .flatten()
    {
        let rel = e
            .path()
            .strip_prefix(repo.join("tests/fixtures/recall"))
            .expect("under");
        if e.file_type().is_dir() {
            std::fs::create_dir_all(site.join(rel)).expect("mkdir");
        } else {
            std::fs::copy(e.path(), site.join(rel)).expect("copy");
        }
    }
    let out = site.join("public");
    build(&site, &out);
    let profile = tmp.path().join("profile");
    std::fs::create_dir_all(&profile).expect("profile");
    let browser = chrome::launch(&chrome, &profile, "en");
    let tab = browser.new_tab().expect("tab");
    let prefix = format!("file://{}", out.display());
    for (lang, q) in [
        ("de", "Domane"),
        ("de", "5.7.750"),
        ("fr", "boite"),
        ("fr", "utilisateur"),
        ("es", "buzon"),
        ("it", "new-migrationbatch"),
        ("ja", "メールボックス"),
        ("ko", "사서함"),
        ("zh", "邮箱"),
    ] {
        let url = format!(
            "{prefix}/{lang}/search/index.html?q={}",
            q.bytes().map(|b| format!("%{b:02X}")).collect::<String>()
        );
        tab.navigate_to(&url)
            .expect("navigate")
            .wait_until_navigated()
            .expect("navigated");
        let got = results_with_sections(&tab, &prefix);
        let cli = cli_results_with_sections(&site, q, lang);
        assert!(!cli.is_empty(), "{lang}: {q}");
        assert_eq!(got, cli, "results page vs stele search, {lang}: {q}");
        let count = wait_for(
            &tab,
            "document.querySelector('.search-count').textContent",
            "the count",
        );
        if lang == "de" && cli.len() == 1 {
            assert_eq!(count, "1 Ergebnis", "{q}");
        }
    }

    // The demo, which has the lookup's policies.
    let demo = tmp.path().join("demo");
    build(repo, &demo);
    let bounce = "Remote Server returned '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'";
    open(&tab, &demo.join("en/index.html"));
    type_into(&tab, "form.site-search input[name=q]", bounce);
    let first = wait_for(
        &tab,
        "(document.querySelector('form.site-search .search-suggest li:first-child.search-lookup .search-title')||{}).textContent||''",
        "the lookup's answer in the header box",
    );
    assert!(first.contains("5.7.750"), "{first}");
    let all = wait_for(
        &tab,
        "(document.querySelector('form.site-search .search-all')||{getAttribute(){return ''}}).getAttribute('data-href')||''",
        "the link to all results",
    );
    assert!(all.contains("search/index.html?q="), "{all}");
    // Escape closes the dropdown; so does a click elsewhere.
    tab.press_key("Escape").expect("escape");
    let hidden =
        "document.querySelector('form.site-search .search-suggest').hidden ? 'hidden' : ''";
    wait_for(&tab, hidden, "the dropdown closed by Escape");
    tab.press_key("ArrowDown").expect("down");
    wait_for(
        &tab,
        "document.querySelector('form.site-search .search-suggest').hidden ? '' : 'open'",
        "the dropdown open again",
    );
    tab.wait_for_element("footer p")
        .expect("footer")
        .click()
        .expect("click");
    wait_for(&tab, hidden, "the dropdown closed by a click elsewhere");

    // Nothing matches: the dropdown still says so and links to the page.
    open(&tab, &demo.join("de/index.html"));
    type_into(&tab, "form.site-search input[name=q]", "qqqxyz");
    let empty = wait_for(
        &tab,
        "(document.querySelector('form.site-search .search-all.search-empty .search-title')||{}).textContent||''",
        "the empty state",
    );
    assert!(empty.starts_with("0 Ergebnisse"), "{empty}");

    // On the demo, whose articles have sections, the results page lists
    // each hit's sections as `stele search` does, and a section's link
    // lands on its heading.
    open(&tab, &demo.join("de/search/index.html"));
    type_into(&tab, "#search-page input[type=search]", "Domäne");
    let got = results_with_sections(&tab, &format!("file://{}", demo.display()));
    let cli = cli_results_with_sections(repo, "Domäne", "de");
    assert_eq!(got, cli, "results page vs stele search on the demo");
    assert!(cli.values().any(|s| s.len() > 1), "no sections: {cli:?}");
    let href = wait_for(
        &tab,
        "(document.querySelector('.search-results a.search-sub')||{}).href||''",
        "a section link on the results page",
    );
    assert!(href.contains("index.html#"), "{href}");
    tab.evaluate(
        "document.querySelector('.search-results a.search-sub').click()",
        false,
    )
    .expect("click the section");
    assert_lands_on_heading(&tab, &href);

    // The header dropdown lists each result's best section as an option
    // of its own, right under it; choosing it lands on the heading too.
    open(&tab, &demo.join("de/index.html"));
    type_into(&tab, "form.site-search input[name=q]", "Domäne");
    let href = wait_for(
        &tab,
        "(function(){var o=document.querySelectorAll('form.site-search .search-suggest [role=option]');\
         return o.length>1&&o[1].classList.contains('search-sub-option')?o[1].getAttribute('data-href'):''})()",
        "a section option under the first result",
    );
    assert!(href.contains("index.html#"), "{href}");
    tab.press_key("ArrowDown").expect("down");
    tab.press_key("ArrowDown").expect("down");
    tab.press_key("Enter").expect("enter");
    assert_lands_on_heading(&tab, &href);

    // The results page shows the answer first too.
    open(&tab, &demo.join("de/search/index.html"));
    type_into(&tab, "#search-page input[type=search]", "550 5.7.750");
    let first = wait_for(
        &tab,
        "(document.querySelector('.search-results li:first-child.search-lookup a')||{}).textContent||''",
        "the lookup's answer on the results page",
    );
    assert!(first.contains("5.7.750"), "{first}");
}
