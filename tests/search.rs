//! Search end to end without a browser: `stele build` writes both indexes,
//! `stele search` answers like grep (exit codes, JSON), the tantivy CLI and
//! the browser reader (run natively on the files the page loads) agree on
//! a query table, and CJK queries find every page containing the string.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use stele::search_reader::Reader;

fn stele() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stele"))
}

fn copy_tree(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let rel = e.path().strip_prefix(from).expect("under from");
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// Builds the bundled demo into a temporary site folder.
fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The demo site is the repository root: content, strings, configuration.
    copy_tree(&here.join("content"), &dir.path().join("content"));
    copy_tree(&here.join("locales"), &dir.path().join("locales"));
    std::fs::copy(here.join("stele.toml"), dir.path().join("stele.toml")).expect("stele.toml");
    let st = stele()
        .args(["build", "--quiet", "--root"])
        .arg(dir.path())
        .status()
        .expect("run stele build");
    assert!(st.success());
    let root = dir.path().to_path_buf();
    (dir, root)
}

fn b64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::new();
    for ch in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in ch.iter().enumerate() {
            n |= (val(c) as u32) << (18 - 6 * i);
        }
        for i in 0..ch.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// The payload of an index script: `__steleSearch("k","de",0,PAYLOAD);`.
fn payload(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("index script");
    let start = text.match_indices(',').nth(2).expect("three commas").0 + 1;
    let end = text.rfind(");").expect("call end");
    text[start..end].to_string()
}

/// The browser index of one locale, every shard loaded, plus each page's
/// URL and text, read from the files the page would load.
fn browser_reader(public: &Path, locale: &str) -> (Reader, Vec<(String, String)>) {
    let dir = public.join("_stele/search").join(locale);
    let entry = b64(payload(&dir.join("entry.js")).trim_matches('"'));
    let mut r = Reader::open(&entry, locale).expect("entry decodes");
    let mut i = 0;
    while dir.join(format!("s{i}.js")).exists() {
        let s = b64(payload(&dir.join(format!("s{i}.js"))).trim_matches('"'));
        assert!(r.add_shard(i, &s));
        i += 1;
    }
    let pages = (0..r.pages())
        .map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&payload(&dir.join(format!("p{p}.js")))).expect("fragment");
            let text = format!(
                "{}\n{}",
                v["t"].as_str().unwrap_or(""),
                v["b"].as_str().unwrap_or("")
            );
            (v["u"].as_str().unwrap_or("").to_string(), text)
        })
        .collect();
    (r, pages)
}

fn reader_urls(r: &Reader, pages: &[(String, String)], q: &str) -> BTreeSet<String> {
    let (_, hits) = r.search(&r.clauses(q, false), 10_000);
    hits.iter()
        .map(|h| format!("/{}", pages[h.page as usize].0))
        .collect()
}

fn cli_json(root: &Path, q: &str, lang: &str) -> (i32, serde_json::Value) {
    let out = stele()
        .args([
            "search", q, "--lang", lang, "--limit", "1000", "--format", "json", "--root",
        ])
        .arg(root)
        .output()
        .expect("run stele search");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), v)
}

const QUERIES: &[(&str, &str)] = &[
    ("en", "unregistered domain"),
    ("en", "5.7.750"),
    ("en", "email"),
    ("de", "Domänen registrieren"),
    ("de", "5.7.750"),
    ("de", "E-Mail"),
    ("de", "Nicht registrierte"),
    ("it", "dominio"),
    ("zh", "未注册的域"),
    ("zh", "域"),
    ("ja", "サブスクリプション"),
    ("ja", "ドメイン"),
    ("ja", "の"),
];

#[test]
fn cli_json_schema_and_exit_codes() {
    let (_d, root) = demo();
    let (code, v) = cli_json(&root, "5.7.750", "de");
    assert_eq!(code, 0, "{v}");
    let hits = v["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    for h in hits {
        assert!(h["url"].as_str().is_some_and(|u| u.starts_with("/de/")));
        assert!(h["title"].is_string());
        assert!(h["snippet"].as_str().is_some_and(|s| s.contains("<mark>")));
        assert!(h["score"].is_number());
    }
    let (code, v) = cli_json(&root, "zzzqqqxxy", "en");
    assert_eq!(code, 1);
    assert_eq!(v["hits"].as_array().map(Vec::len), Some(0));
    // Usage errors: no query, unknown locale, unbuilt site.
    let st = stele().arg("search").status().expect("run");
    assert_eq!(st.code(), Some(2));
    let (code, _) = cli_json(&root, "domain", "xx");
    assert_eq!(code, 2);
    let empty = tempfile::tempdir().expect("tempdir");
    let (code, _) = cli_json(empty.path(), "domain", "en");
    assert_eq!(code, 2);
    // Text output, all locales.
    let out = stele()
        .args(["search", "domain", "--root"])
        .arg(&root)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("/en/"));
}

#[test]
fn tantivy_and_browser_reader_agree() {
    let (_d, root) = demo();
    for (lang, q) in QUERIES {
        let (r, pages) = browser_reader(&root.join("public"), lang);
        let native = reader_urls(&r, &pages, q);
        let (_, v) = cli_json(&root, q, lang);
        let cli: BTreeSet<String> = v["hits"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|h| h["url"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(cli, native, "{lang}: {q}");
    }
}

#[test]
fn cjk_recall_equals_grep() {
    let (_d, root) = demo();
    for (lang, qs) in [
        (
            "ja",
            &[
                "サブスクリプション",
                "ドメイン",
                "メール",
                "の",
                "登録",
                "Exchange",
            ][..],
        ),
        ("zh", &["未注册的域", "域", "电子邮件", "注册"][..]),
    ] {
        let (r, pages) = browser_reader(&root.join("public"), lang);
        for q in qs {
            let grep: BTreeSet<String> = pages
                .iter()
                .filter(|(_, t)| t.to_lowercase().contains(&q.to_lowercase()))
                .map(|(u, _)| format!("/{u}"))
                .collect();
            assert_eq!(reader_urls(&r, &pages, q), grep, "{lang}: {q}");
        }
    }
}

#[test]
fn every_locale_has_a_search_page_and_box() {
    let (_d, root) = demo();
    for l in ["en", "de", "zh", "it", "ja"] {
        let page = std::fs::read_to_string(root.join(format!("public/{l}/search/index.html")))
            .expect("search page");
        assert!(page.contains("id=\"search-page\""));
        assert!(page.contains("_stele/search.js"));
        let home =
            std::fs::read_to_string(root.join(format!("public/{l}/index.html"))).expect("home");
        assert!(home.contains("class=\"site-search\""));
        assert!(root
            .join(format!("public/_stele/search/{l}/entry.js"))
            .is_file());
        assert!(root.join(format!(".stele/index/{l}")).is_dir());
    }
}
