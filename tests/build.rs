//! Integration tests: run the `stele` binary on the demo and on fixtures, and
//! read the HTML it writes.

use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Output;

#[allow(dead_code)]
mod common;

use common::cli::{repo, stele_output as stele};

fn build(root: &Path, out: &Path) -> Output {
    stele(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn select<'a>(doc: &'a Html, sel: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(sel).unwrap()).collect()
}

fn demo() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo(), &out);
    assert!(
        o.status.success(),
        "demo build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (tmp, out)
}

#[test]
fn demo_builds_all_five_locales_with_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo(), &out);
    assert!(o.status.success());
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("(en 6, de 6, zh 6, it 6, ja 6)"),
        "{stdout}"
    );
    assert!(stdout.contains("0 warnings"), "{stdout}");
    for l in ["en", "de", "zh", "it", "ja"] {
        let page = read(&out.join(l).join("unregistered-domain-email/index.html"));
        let doc = Html::parse_document(&page);
        assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some(l));
        assert!(out.join(l).join("index.html").exists());
    }
    assert!(
        out.join("index.html").exists()
            && out.join("404.html").exists()
            && out.join("sitemap.xml").exists()
    );
}

#[test]
fn german_page_has_switcher_hreflang_and_english_source() {
    let (_tmp, out) = demo();
    let doc = Html::parse_document(&read(&out.join("de/unregistered-domain-email/index.html")));
    let alts: Vec<(String, String)> = select(&doc, "link[rel=alternate]")
        .iter()
        .map(|e| {
            (
                e.value().attr("hreflang").unwrap().to_string(),
                e.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    // The demo sets base_url: hreflang links are absolute, with x-default
    // (the source page), and so is the canonical link.
    let mut expected: Vec<(String, String)> = ["en", "de", "zh", "it", "ja"]
        .iter()
        .map(|l| {
            (
                l.to_string(),
                format!("https://stele.example/{l}/unregistered-domain-email/"),
            )
        })
        .collect();
    expected.push((
        "x-default".into(),
        "https://stele.example/en/unregistered-domain-email/".into(),
    ));
    assert_eq!(alts, expected);
    let meta = |sel: &str, attr: &str| -> Vec<String> {
        select(&doc, sel)
            .iter()
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    };
    assert_eq!(
        meta("link[rel=canonical]", "href"),
        ["https://stele.example/de/unregistered-domain-email/"]
    );
    assert_eq!(
        meta("meta[property='og:url']", "content"),
        ["https://stele.example/de/unregistered-domain-email/"]
    );
    assert_eq!(
        meta("meta[property='og:title']", "content"),
        ["Nicht registrierte Domänen-e-Mails"]
    );
    assert_eq!(meta("meta[name=description]", "content").len(), 1);
    let switch: Vec<String> = select(&doc, ".lang-switch a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(switch.len(), 5);
    for href in &switch {
        let target = out
            .join("de/unregistered-domain-email")
            .join(href)
            .join("index.html");
        assert!(target.exists(), "switcher link {href} is broken");
    }
    let current = select(&doc, ".lang-switch a[aria-current]");
    assert_eq!(current[0].text().collect::<String>(), "Deutsch");
    // The heading's translated text carries its English source.
    let h1 = select(&doc, "h1 .seg")[0];
    assert_eq!(
        h1.text().collect::<String>(),
        "Nicht registrierte Domänen-e-Mails: was Sie wissen müssen"
    );
    assert_eq!(
        h1.value().attr("data-en"),
        Some("Unregistered Domain Email: What you need to know")
    );
    assert_eq!(
        select(&doc, "h1")[0].value().attr("id"),
        Some("unregistered-domain-email-what-you-need-to-know")
    );
    // No raw span markup survives.
    let html = read(&out.join("de/unregistered-domain-email/index.html"));
    assert!(!html.contains("data-ttu-id") && !html.contains("sxs-lookup"));
    // The German alert gets a German title.
    assert_eq!(
        select(&doc, ".alert-tip .alert-title")[0]
            .text()
            .collect::<String>(),
        "Tipp"
    );
    assert!(html.contains("content=\"default-src"));
    // ms.date becomes "last updated"; ms.translationtype: MT a banner that
    // links to the English article; the h2 headings an outline.
    assert_eq!(
        select(&doc, ".updated time")[0].value().attr("datetime"),
        Some("2018-10-17")
    );
    let mt = select(&doc, ".mt-notice a");
    assert_eq!(
        mt[0].value().attr("href"),
        Some("../../en/unregistered-domain-email/")
    );
    let crumbs: Vec<&str> = select(&doc, ".breadcrumbs a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(crumbs, ["../../de/", "#main"]);
    let outline: Vec<&str> = select(&doc, ".on-this-page a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(outline.len() > 1, "{outline:?}");
    for href in outline {
        let id = &href[1..];
        assert_eq!(select(&doc, &format!("h2[id='{id}']")).len(), 1, "{href}");
    }
}

#[test]
fn unmarked_japanese_page_renders_and_switches() {
    let (_tmp, out) = demo();
    let doc = Html::parse_document(&read(&out.join("ja/unregistered-domain-email/index.html")));
    assert_eq!(
        select(&doc, "h1")[0].text().collect::<String>(),
        "登録されていないドメインのメール: に必要なものを知る"
    );
    // No segments from markup; its sentences' sources come from the
    // alignment (tests/reader_nav.rs).
    assert!(select(&doc, ".seg[data-seg]").is_empty());
    assert_eq!(
        select(&doc, ".seg").len(),
        select(&doc, ".seg[data-align]").len()
    );
    assert_eq!(select(&doc, ".lang-switch a").len(), 5);
    assert_eq!(select(&doc, "article")[0].value().attr("lang"), Some("ja"));
}

#[test]
fn missing_translation_gets_a_marked_fallback_page() {
    let (_tmp, out) = demo();
    let doc = Html::parse_document(&read(&out.join("it/error-code-5-7-7xx/index.html")));
    assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("it"));
    assert_eq!(select(&doc, "article")[0].value().attr("lang"), Some("en"));
    // Both languages are named in Italian (CLDR's names), so nothing in
    // the notice is in another language.
    assert_eq!(
        select(&doc, ".notice")[0].text().collect::<String>(),
        "Questo articolo non è ancora disponibile in italiano, quindi viene mostrato \
         in un'altra lingua: inglese."
    );
    assert!(select(&doc, ".notice [lang]").is_empty());
    // Only real translations are announced as alternates.
    let langs: Vec<&str> = select(&doc, "link[rel=alternate]")
        .iter()
        .map(|e| e.value().attr("hreflang").unwrap())
        .collect();
    assert_eq!(langs, ["en", "de", "x-default"]);
}

#[test]
fn sitemap_root_and_404() {
    let (_tmp, out) = demo();
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://stele.example/de/unregistered-domain-email/</loc>"));
    assert!(sitemap
        .contains("hreflang=\"ja\" href=\"https://stele.example/ja/unregistered-domain-email/\""));
    assert!(
        !sitemap.contains("https://stele.example/it/error-code-5-7-7xx/"),
        "fallback pages are not in the sitemap"
    );
    let root = Html::parse_document(&read(&out.join("index.html")));
    assert_eq!(
        select(&root, "html")[0].value().attr("data-locales"),
        Some("en de zh it ja")
    );
    assert_eq!(select(&root, ".locale-list a").len(), 5);
    let nf = read(&out.join("404.html"));
    assert!(
        nf.contains("href=\"&#x2F;de&#x2F;\"") || nf.contains("href=\"/de/\""),
        "{nf}"
    );
}

#[test]
fn locale_home_lists_articles_by_title() {
    let (_tmp, out) = demo();
    let doc = Html::parse_document(&read(&out.join("de/index.html")));
    let titles: Vec<String> = select(&doc, ".articles a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert!(
        titles.contains(&"Nicht registrierte Domänen-e-Mails".to_string()),
        "{titles:?}"
    );
    let zh = Html::parse_document(&read(&out.join("zh/index.html")));
    let badges = select(&zh, ".articles .badge");
    assert_eq!(
        badges.len(),
        3,
        "the 5.7.7xx article and the two English-only NDR articles are not translated to Chinese"
    );
}

#[test]
fn fixture_links_includes_toc_code_and_sanitizing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let root = repo().join("tests/fixtures/site");
    let o = build(&root, &out);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    // Broken links are warnings with file and line, in both locales' own files.
    assert!(stderr.contains("content/en/guide.md:7:54"), "{stderr}");
    // Printed once (as soon as final, not again with the summary).
    assert_eq!(
        stderr.matches("content/en/guide.md:7:54").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("content/de/guide.md:6:88"), "{stderr}");
    assert!(stderr.contains("nope.md"), "{stderr}");
    let html = read(&out.join("en/guide/index.html"));
    let doc = Html::parse_document(&html);
    let hrefs: Vec<&str> = select(&doc, "article a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        hrefs.contains(&"../../en/setup/install/#requirements"),
        "{hrefs:?}"
    );
    // Nested article links back up.
    let install = Html::parse_document(&read(&out.join("de/setup/install/index.html")));
    let back: Vec<&str> = select(&install, "article a:not(.heading-anchor)")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(back, ["../../../de/guide/"]);
    // Code is highlighted.
    assert!(
        !select(&doc, "pre.code[data-lang=powershell] span[class^=hl-]").is_empty(),
        "{html}"
    );
    // Alerts and includes.
    assert_eq!(
        select(&doc, ".alert-warning .alert-title")[0]
            .text()
            .collect::<String>(),
        "Warning"
    );
    assert!(select(&doc, ".include")[0]
        .text()
        .collect::<String>()
        .contains("shared by several articles"));
    let de = Html::parse_document(&read(&out.join("de/guide/index.html")));
    assert!(select(&de, ".include")[0]
        .text()
        .collect::<String>()
        .contains("mehreren Artikeln"));
    assert_eq!(
        select(&de, ".alert-warning .alert-title")[0]
            .text()
            .collect::<String>(),
        "Warnung"
    );
    // A segment broken over two lines inside a table row stays in its cell.
    let cells: Vec<String> = select(&de, "td")
        .iter()
        .map(|c| c.text().collect())
        .collect();
    assert_eq!(cells, ["5.7.750", "Nicht registrierte Domäne"]);
    // Sanitized: no script, handler or javascript: URL.
    assert!(
        !html.contains("<script>alert")
            && !html.contains("onclick")
            && !html.contains("javascript:")
    );
    assert!(html.contains("<b>HTML</b>"));
    // TOC.md drives the home page, in every locale (falling back to en's TOC).
    let home = Html::parse_document(&read(&out.join("de/index.html")));
    let toc: Vec<&str> = select(&home, ".toc a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(toc, ["../de/guide/", "../de/setup/install/"]);
}

#[test]
fn broken_input_fails_with_locations_and_keeps_last_good_site() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("marker.txt"), "last good site").unwrap();
    // A previous output carries Stele's marker (otherwise --out is refused).
    std::fs::write(out.join(".stele-output"), "").unwrap();
    let o = build(&repo().join("tests/fixtures/broken"), &out);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("error[id-mismatch]"), "{stderr}");
    assert!(stderr.contains("content/de/a.md:6:"), "{stderr}");
    assert!(stderr.contains("error[unbalanced-span]"), "{stderr}");
    assert!(stderr.contains("content/de/a.md:8:"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(stderr.contains("build failed"), "{stderr}");
    assert!(
        stderr.find("error[id-mismatch]") < stderr.find("build failed"),
        "the diagnostics come before the summary: {stderr}"
    );
    assert_eq!(read(&out.join("marker.txt")), "last good site");
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().collect();
    assert_eq!(leftovers.len(), 1, "no temporary folders are left behind");
}

#[test]
fn unknown_locale_folder_and_bad_yaml_and_utf8_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content/en")).unwrap();
    std::fs::create_dir_all(site.join("content/images")).unwrap();
    std::fs::write(site.join("content/en/a.md"), "# A\n").unwrap();
    let o = build(&site, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("content/images") && stderr.contains("unknown-locale"),
        "{stderr}"
    );

    std::fs::remove_dir(site.join("content/images")).unwrap();
    std::fs::write(
        site.join("content/en/b.md"),
        "---\ntitle: [oops\n---\n# B\n",
    )
    .unwrap();
    std::fs::write(site.join("content/en/c.md"), b"# C\n\nbad \xff byte\n").unwrap();
    let o = build(&site, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("error[invalid-yaml]") && stderr.contains("content/en/b.md:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error[invalid-utf8]") && stderr.contains("content/en/c.md:3:5"),
        "{stderr}"
    );
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn missing_template_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content/en")).unwrap();
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::fs::write(site.join("content/en/a.md"), "# A\n").unwrap();
    std::fs::write(
        site.join("templates/page.html"),
        "{% extends \"layout.html\" %}\n",
    )
    .unwrap();
    let o = build(&site, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("missing-template") && stderr.contains("templates/page.html:1:"),
        "{stderr}"
    );
    assert!(stderr.contains("layout.html"), "{stderr}");
}

#[test]
fn init_scaffolds_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    let o = stele(&["init", dir.to_str().unwrap()]);
    assert!(o.status.success());
    let o = build(&dir, &dir.join("public"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let de = read(&dir.join("public/de/getting-started/index.html"));
    assert!(de.contains("data-en=\"Getting started\""));
    // A second init into the same folder refuses to overwrite.
    let again = stele(&["init", dir.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
}

/// The link targets of a page.
fn hrefs(html: &str) -> Vec<String> {
    let sel = Selector::parse("a[href]").unwrap();
    Html::parse_document(html)
        .select(&sel)
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect()
}

/// `stele init` ships the Exchange Online policy pack: the new site (which
/// has none of the demo's articles) builds without policy errors, and its
/// lookup answers `550 5.7.750` with Microsoft Learn's page, in the CLI,
/// on the offline errors page and in the rules the page's wasm reads.
#[test]
fn init_gives_a_lookup_that_answers_exchange_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    assert!(stele(&["init", dir.to_str().unwrap()]).status.success());
    let o = build(&dir, &dir.join("public"));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        !stderr.contains("policies/"),
        "no policy diagnostics: {stderr}"
    );
    let learn = "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750";
    let o = stele(&[
        "lookup",
        "--root",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "550 5.7.750",
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["matches"][0]["rule"], "unregistered-domains", "{v}");
    assert_eq!(v["matches"][0]["url"], learn, "{v}");
    let o = stele(&[
        "lookup",
        "--root",
        dir.to_str().unwrap(),
        "--lang",
        "de",
        "550 5.7.750",
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(&format!("   {learn}\n")),
        "as written: {text}"
    );
    assert!(text.contains("Domänen"), "answered in German: {text}");
    let errors = hrefs(&read(&dir.join("public/en/errors/index.html")));
    assert!(errors.iter().any(|h| h == learn), "{errors:?}");
    // A French locale added later answers in French: the pack carries it.
    std::fs::create_dir_all(dir.join("content/fr")).unwrap();
    std::fs::write(
        dir.join("content/fr/getting-started.md"),
        "# Premiers pas\n",
    )
    .unwrap();
    let o = stele(&[
        "lookup",
        "--root",
        dir.to_str().unwrap(),
        "--lang",
        "fr",
        "--format",
        "json",
        "550 5.7.750",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["lang"], "fr", "{v}");
    assert_eq!(v["matches"][0]["text_lang"], "fr", "{v}");
    assert!(
        v["matches"][0]["meaning"]
            .as_str()
            .unwrap_or("")
            .contains("domaines"),
        "{v}"
    );
    assert!(dir.join("public/_stele/lookup-rules.bin").is_file());
}

/// `stele init --policies` adds the pack to an existing site, never over
/// the site's own files; a build of a site without policies says how.
#[test]
fn policy_pack_joins_an_existing_site() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content/en")).unwrap();
    std::fs::write(site.join("content/en/a.md"), "# A\n\nText.\n").unwrap();
    let o = build(&site, &site.join("public"));
    assert!(o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("stele init --policies"), "{stderr}");
    let o = stele(&["init", "--policies", site.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(site.join("content/policies/tenant-blocks.toml").is_file());
    let o = build(&site, &site.join("public"));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(!stderr.contains("stele init --policies"), "{stderr}");
    // The site's edits are never overwritten.
    std::fs::write(site.join("content/policies/tenant-blocks.toml"), "# mine\n").unwrap();
    let again = stele(&["init", "--policies", site.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        read(&site.join("content/policies/tenant-blocks.toml")),
        "# mine\n"
    );
}

/// `url` must be a whole web address; with it, a missing article is no
/// error, and the site's article still wins where it exists.
#[test]
fn policy_urls_are_checked_and_articles_win() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content/en")).unwrap();
    std::fs::create_dir_all(site.join("content/policies")).unwrap();
    std::fs::create_dir_all(site.join("locales/en")).unwrap();
    std::fs::write(site.join("content/en/here.md"), "# Here\n\nText.\n").unwrap();
    std::fs::write(
        site.join("locales/en/policies.ftl"),
        "r1 = One\n    .meaning = First.\nr2 = Two\n    .meaning = Second.\nr3 = Three\n    .meaning = Third.\n",
    )
    .unwrap();
    let policy = |body: &str| {
        std::fs::write(site.join("content/policies/p.toml"), body).unwrap();
        let o = build(&site, &site.join("public"));
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, err) = policy(
        "[[rule]]\nid = \"a\"\ncodes = \"5.7.701\"\nmessage = \"r1\"\narticle = \"gone\"\nurl = \"https://example.org/a\"\nanchor = \"x\"\n\n\
         [[rule]]\nid = \"b\"\ncodes = \"5.7.702\"\nmessage = \"r2\"\narticle = \"here\"\nurl = \"https://example.org/b\"\n\n\
         [[rule]]\nid = \"c\"\ncodes = \"5.7.703\"\nmessage = \"r3\"\nurl = \"https://example.org/c\"\n",
    );
    assert_eq!(code, Some(0), "{err}");
    let errors = hrefs(&read(&site.join("public/en/errors/index.html")));
    let has = |h: &str| errors.iter().any(|x| x == h);
    assert!(has("https://example.org/a"), "{errors:?}");
    assert!(
        !has("https://example.org/b"),
        "the article wins: {errors:?}"
    );
    assert!(has("../../en/here/"), "{errors:?}");
    assert!(has("https://example.org/c"), "{errors:?}");
    let (code, err) = policy(
        "[[rule]]\nid = \"a\"\ncodes = \"5.7.701\"\nmessage = \"r1\"\nurl = \"example.org/a\"\n",
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("content/policies/p.toml:5:") && err.contains("not an absolute web address"),
        "{err}"
    );
}

/// A `&#xE000;` reference (pulldown-cmark decodes it after Stele's parser
/// ran) must not open a phantom segment span, and a stray `&#xE001;` must
/// not close a real one: both show as U+FFFD, and the real segments keep
/// their spans.
#[test]
fn marker_characters_from_references_are_not_segments() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    for l in ["en", "de"] {
        std::fs::create_dir_all(root.join("content").join(l)).unwrap();
    }
    std::fs::write(
        root.join("content/en/a.md"),
        "---\ntitle: A\n---\n# A\n\nOne sentence.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("content/de/a.md"),
        "---\ntitle: A\n---\n# A\n\n\
         <span data-ttu-id=\"x-101\">Ein &#xE001; Satz &#xE000;&#57344;.</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-101\">One sentence.</span></span> Danach &#xE000;&#xF0000;. Code: `&#xE000;`.\n",
    )
    .unwrap();
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = read(&out.join("de/a/index.html"));
    let doc = Html::parse_document(&html);
    let segs = select(&doc, "article .seg");
    assert_eq!(segs.len(), 1, "one real segment: {html}");
    assert_eq!(segs[0].value().attr("data-seg"), Some("101"));
    let text: String = segs[0].text().collect();
    assert!(text.contains("Satz \u{FFFD}\u{FFFD}."), "{text}");
    assert!(
        text.contains("Ein \u{FFFD} Satz"),
        "the stray close stays text: {text}"
    );
    assert!(!html.contains('\u{E000}') && !html.contains('\u{E001}'));
    // In code the reference is text, shown as written.
    let code: String = select(&doc, "article code")[0].text().collect();
    assert_eq!(code, "&#xE000;");
    // And the author is told.
    assert!(String::from_utf8_lossy(&o.stderr).contains("reserved-char"));
}

#[test]
fn diagnostics_are_reported_once_before_the_build_returns() {
    let tmp = tempfile::tempdir().unwrap();
    let opts = stele::build::BuildOptions {
        root: repo().join("tests/fixtures/site"),
        out: tmp.path().join("public"),
    };
    let mut seen = Vec::new();
    let report = stele::build::build_reporting(&opts, |d| seen.push(d.to_vec())).expect("builds");
    assert_eq!(seen.len(), 1, "reported exactly once");
    assert!(!seen[0].is_empty(), "the fixture has broken links");
    assert_eq!(seen[0], report.diagnostics);
    assert!(report.out.is_some());
}

/// A segment that starts with bold text or a link is wrapped whole: the
/// `**` the parser moves out of the segment markers must not leave the
/// span inside `<strong>` (HTML would end the span with the bold part).
#[test]
fn segments_starting_with_emphasis_or_a_link_are_wrapped_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo().join("tests/fixtures/site"), &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let de = Html::parse_document(&read(&out.join("de/guide/index.html")));
    let text = |id: &str| -> String {
        select(&de, &format!(".seg[data-seg='{id}']"))
            .iter()
            .map(|s| s.text().collect::<String>())
            .collect::<Vec<_>>()
            .join("|")
    };
    assert_eq!(text("107"), "Server Die Server, die Microsoft hostet.");
    assert_eq!(select(&de, ".seg[data-seg='107'] > strong").len(), 1);
    // Wholly emphasised: the emphasis stays around the segment.
    assert_eq!(text("108"), "Gilt.");
    assert_eq!(select(&de, "em > .seg[data-seg='108']").len(), 1);
    assert_eq!(text("109"), "Installieren Sie zuerst das Modul.");
    assert_eq!(select(&de, ".seg[data-seg='109'] > a").len(), 1);
    // Sentences are not tab stops one by one.
    assert!(select(&de, ".seg[tabindex]").is_empty());
}

/// Every text node of `el`'s subtree whose text is not blank, each with
/// the `data-seg` and class of the nearest element around it that
/// carries a source (`data-en`), if any.
fn texts_with_segments(el: scraper::ElementRef) -> Vec<(String, Option<(String, String)>)> {
    el.descendants()
        .filter_map(|n| n.value().as_text().map(|t| (n, t.to_string())))
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(n, t)| {
            let seg = n
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .find(|e| e.value().attr("data-en").is_some())
                .map(|e| {
                    let v = e.value();
                    (
                        v.attr("data-seg").unwrap_or_default().to_string(),
                        v.attr("class").unwrap_or_default().to_string(),
                    )
                });
            (t, seg)
        })
        .collect()
}

/// Links, `<a>` and `<b>` that open in one segment and close in the next
/// (`tests/fixtures/crossing`, as `stele import` writes them): each
/// segment is written in parts around the element, so every character
/// of its text is inside a part that carries its source (the first
/// `.seg`, then `.seg-part`s with the same `data-seg` and `data-en`), and
/// each element stays one element (HTML's repair of a mis-nested span
/// would cut the link in two).
#[test]
fn segments_crossed_by_an_element_are_written_in_parts() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo().join("tests/fixtures/crossing"), &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let de = Html::parse_document(&read(&out.join("de/link/index.html")));
    let paras = select(&de, "article p");
    let mut by_seg: Vec<(String, String, Vec<String>)> = Vec::new();
    for p in &paras {
        for (text, seg) in texts_with_segments(*p) {
            let Some((id, class)) = seg else {
                panic!("{text:?} is outside every segment: {}", p.html());
            };
            match by_seg.iter_mut().find(|s| s.0 == id) {
                Some(s) => {
                    s.1.push_str(&text);
                    if s.2.last() != Some(&class) {
                        s.2.push(class);
                    }
                }
                None => by_seg.push((id, text, vec![class])),
            }
        }
    }
    let part = |id: &str, text: &str| {
        (
            id.to_string(),
            text.to_string(),
            vec!["seg".to_string(), "seg-part".to_string()],
        )
    };
    assert_eq!(
        by_seg,
        [
            (
                "102".to_string(),
                "Lesen Sie das zuerst.".to_string(),
                vec!["seg".to_string()]
            ),
            part("103", "Siehe den ersten Teil."),
            part("104", "Und den zweiten Teil hier."),
            part("105", "Auch ein Satz."),
            part("106", "Und noch einer Ende."),
            part("107", "Dann beachten Sie diesen Satz."),
            part("108", "Und jenen auch."),
        ]
    );
    // Each part carries its segment's source.
    for (id, en) in [
        ("103", "See the first part."),
        ("104", "And the second part here."),
        ("106", "And another end."),
        ("108", "And that one too."),
    ] {
        let parts = select(&de, &format!("article [data-seg='{id}']"));
        assert_eq!(parts.len(), 2, "{id}");
        for p in parts {
            assert_eq!(p.value().attr("data-en"), Some(en), "{}", p.html());
        }
    }
    // One segment, one `.seg`; the elements stay whole.
    assert_eq!(select(&de, "article .seg").len(), 8);
    assert_eq!(
        select(&de, "article a")
            .iter()
            .map(|a| a.text().collect::<String>())
            .collect::<Vec<_>>(),
        [
            "den ersten Teil. Und den zweiten Teil",
            "ein Satz. Und noch einer"
        ]
    );
    assert_eq!(
        select(&de, "article b")
            .iter()
            .map(|b| b.text().collect::<String>())
            .collect::<Vec<_>>(),
        ["diesen Satz. Und jenen"]
    );
    // Bold whose `**` the parser moves outside the segments wraps them
    // whole: no parts.
    let bold = Html::parse_document(&read(&out.join("de/bold/index.html")));
    assert!(select(&bold, "article .seg-part").is_empty());
    // And the source view shows no `**` of the bold cut by the edge.
    assert_eq!(
        select(&bold, "article p .seg")
            .iter()
            .filter_map(|s| s.value().attr("data-en"))
            .collect::<Vec<_>>(),
        [
            "Read this first.",
            "The warning starts here.",
            "It ends here.",
            "Then go on."
        ]
    );
    for p in select(&bold, "article p") {
        for (text, seg) in texts_with_segments(p) {
            assert!(seg.is_some(), "{text:?} is outside every segment");
        }
    }
}

/// Email autolinks, links with other safe schemes, unsafe schemes (removed
/// with a warning), table alignment and heading ids that would clash with
/// the template's.
#[test]
fn links_tables_and_ids_keep_their_meaning() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo().join("tests/fixtures/site"), &out);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("unsafe-link") && stderr.contains("vbscript:msgbox"),
        "{stderr}"
    );
    let en = Html::parse_document(&read(&out.join("en/guide/index.html")));
    let hrefs: Vec<&str> = select(&en, "article a[href]")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(hrefs.contains(&"mailto:support@contoso.com"), "{hrefs:?}");
    assert!(hrefs.contains(&"ftp://files.example/a"), "{hrefs:?}");
    assert!(hrefs.contains(&"irc://irc.example/help"), "{hrefs:?}");
    assert!(!hrefs.iter().any(|h| h.contains("vbscript")), "{hrefs:?}");
    let classes: Vec<&str> = select(&en, "article table")[1]
        .select(&Selector::parse("th").unwrap())
        .filter_map(|c| c.value().attr("class"))
        .collect();
    assert_eq!(classes, ["align-left", "align-center", "align-right"]);
    // Every id on the page is unique; the "Main" heading is not `main`.
    let ids: Vec<&str> = select(&en, "[id]")
        .iter()
        .filter_map(|e| e.value().attr("id"))
        .collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(ids.contains(&"main-1"), "{ids:?}");
    // DocFX's [!VIDEO url] is a plain link to the video, not raw text.
    let video = select(&en, ".video a");
    assert_eq!(
        video[0].value().attr("href"),
        Some("https://learn-video.example/embed/setup")
    );
    assert!(!read(&out.join("en/guide/index.html")).contains("[!VIDEO"));
    // Every page kind has a description and Open Graph tags.
    for page in [
        "en/guide/index.html",
        "en/index.html",
        "en/errors/index.html",
        "en/search/index.html",
        "index.html",
        "404.html",
    ] {
        let doc = Html::parse_document(&read(&out.join(page)));
        for sel in [
            "meta[name=description]",
            "meta[property='og:title']",
            "meta[property='og:description']",
        ] {
            assert_eq!(select(&doc, sel).len(), 1, "{sel} in {page}");
        }
        assert!(select(&doc, "form[action='']").is_empty(), "{page}");
    }
}

/// A locale without built-in UI strings is named by its CLDR autonym, and
/// an Arabic page is right to left.
#[test]
fn locales_without_ui_strings_are_named_in_their_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo().join("tests/fixtures/rtl"), &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let doc = Html::parse_document(&read(&out.join("ar/welcome/index.html")));
    assert_eq!(select(&doc, "html")[0].value().attr("dir"), Some("rtl"));
    assert_eq!(
        select(&doc, ".lang-switch a[hreflang=ar]")[0]
            .text()
            .collect::<String>(),
        "العربية"
    );
}

/// A site that overrode a UI message Stele no longer reads (the toggle's
/// `show-english`, renamed `show-source`) is told so at the line, instead
/// of its text silently disappearing.
#[test]
fn a_retired_ui_message_override_is_a_warning_at_its_line() {
    let site = common::cli::demo_site();
    std::fs::write(
        site.path().join("locales/de/site.ftl"),
        "# the site's own strings\nshow-english = Englisch zeigen\n",
    )
    .unwrap();
    let out = site.path().join("public");
    let o = build(site.path(), &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("warning[retired-message]"), "{err}");
    assert!(err.contains("locales/de/site.ftl:2:1"), "{err}");
    assert!(err.contains("show-source"), "{err}");
}
