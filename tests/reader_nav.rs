//! The reader's navigation, through the binary on fixtures: the sidebar
//! from `TOC.md`, previous/next in TOC order, heading links, "edit this
//! page" from `stele.toml`, and "last updated" from git.

use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::cli::build_output as build;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn page(out: &Path, rel: &str) -> Html {
    let p = out.join(rel);
    Html::parse_document(
        &std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())),
    )
}

fn attrs(doc: &Html, sel: &str, attr: &str) -> Vec<String> {
    doc.select(&Selector::parse(sel).unwrap())
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

fn texts(doc: &Html, sel: &str) -> Vec<String> {
    doc.select(&Selector::parse(sel).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let dest = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// The fixture site copied outside the repository (so git knows nothing
/// of it), with `extra` appended to its `stele.toml`.
fn fixture_copy(extra: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/site"), &root);
    let toml = root.join("stele.toml");
    let mut cfg = std::fs::read_to_string(&toml).unwrap();
    cfg.push_str(extra);
    std::fs::write(&toml, cfg).unwrap();
    (tmp, root)
}

fn built(root: &Path, out: &Path) {
    let o = build(root, out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn sidebar_pager_and_heading_links_follow_the_toc() {
    let (tmp, root) = fixture_copy("");
    let out = tmp.path().join("public");
    built(&root, &out);
    let guide = page(&out, "en/guide/index.html");
    // The sidebar is the whole TOC, nested, with this page marked.
    assert_eq!(
        attrs(&guide, "nav.sidebar details[data-sidebar] a", "href"),
        ["../../en/guide/", "../../en/setup/install/"]
    );
    assert_eq!(
        attrs(&guide, ".sidebar a[aria-current=page]", "href"),
        ["../../en/guide/"]
    );
    assert_eq!(texts(&guide, ".sidebar li li a"), ["Install"]);
    assert_eq!(texts(&guide, ".sidebar summary"), ["Contents"]);
    // Previous/next in TOC order: the first article has no "previous".
    assert!(attrs(&guide, ".pager a[rel=prev]", "href").is_empty());
    assert_eq!(
        attrs(&guide, ".pager a[rel=next]", "href"),
        ["../../en/setup/install/"]
    );
    assert_eq!(texts(&guide, ".pager-next .pager-title"), ["Install"]);
    // Each h2/h3 has a link to itself beside it, named after it.
    assert_eq!(
        attrs(&guide, ".hx > h2 + a.heading-anchor", "href"),
        ["#main-1"]
    );
    assert_eq!(
        attrs(&guide, "a.heading-anchor", "aria-label"),
        ["Link to the section “Main”"]
    );
    // No edit link without `edit_url`, and no date without front matter or git.
    assert!(texts(&guide, ".edit-page").is_empty());
    assert!(texts(&guide, ".updated").is_empty());
    // German pages use the English TOC (no German one): German UI, links
    // to the German pages, the English titles marked as English.
    let install = page(&out, "de/setup/install/index.html");
    assert_eq!(
        attrs(&install, ".sidebar a[aria-current=page]", "href"),
        ["../../../de/setup/install/"]
    );
    assert_eq!(attrs(&install, ".sidebar-list", "lang"), ["en"]);
    assert_eq!(
        attrs(&install, ".pager a[rel=prev]", "href"),
        ["../../../de/guide/"]
    );
    assert_eq!(attrs(&install, ".pager-prev .pager-title", "lang"), ["en"]);
    assert!(attrs(&install, ".pager a[rel=next]", "href").is_empty());
}

#[test]
fn edit_link_follows_the_configured_pattern() {
    let (tmp, root) =
        fixture_copy("edit_url = \"https://git.example/help/edit/main/content/{locale}/{path}\"\n");
    let out = tmp.path().join("public");
    built(&root, &out);
    let de = page(&out, "de/setup/install/index.html");
    assert_eq!(
        attrs(&de, "a.edit-page", "href"),
        ["https://git.example/help/edit/main/content/de/setup/install.md"]
    );
    // A fallback page edits the file it shows.
    let zh = page(&out, "zh/setup/install/index.html");
    assert_eq!(
        attrs(&zh, "a.edit-page", "href"),
        ["https://git.example/help/edit/main/content/en/setup/install.md"]
    );
}

fn git(root: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .env("GIT_AUTHOR_DATE", "2021-03-04T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2021-03-04T12:00:00Z")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn last_updated_comes_from_git_when_the_front_matter_has_no_date() {
    let (tmp, root) = fixture_copy("");
    // A dated translation: the front matter wins over git.
    let install = root.join("content/de/setup/install.md");
    let text = std::fs::read_to_string(&install).unwrap();
    let dated = text.replacen("---\n", "---\nms.date: 05/06/2019\n", 1);
    assert_ne!(dated, text, "the fixture starts with front matter");
    std::fs::write(&install, dated).unwrap();
    if !git(&root, &["init", "-q"]) {
        if std::env::var_os("CI").is_some() {
            panic!("git is needed in CI");
        }
        eprintln!("skipped: no git");
        return;
    }
    assert!(git(&root, &["add", "-A"]) && git(&root, &["commit", "-qm", "site"]));
    let out = tmp.path().join("public");
    built(&root, &out);
    let guide = page(&out, "en/guide/index.html");
    assert_eq!(attrs(&guide, ".updated time", "datetime"), ["2021-03-04"]);
    let de = page(&out, "de/setup/install/index.html");
    assert_eq!(attrs(&de, ".updated time", "datetime"), ["2019-05-06"]);
}

#[test]
fn arabic_pages_get_arabic_ui_right_to_left() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    built(&repo().join("tests/fixtures/rtl"), &out);
    let ar = page(&out, "ar/welcome/index.html");
    assert_eq!(attrs(&ar, "html", "dir"), ["rtl"]);
    assert_eq!(attrs(&ar, "html", "lang"), ["ar"]);
    assert_eq!(texts(&ar, "a.skip"), ["الانتقال إلى المحتوى"]);
    assert_eq!(texts(&ar, ".alert-note .alert-title"), ["ملاحظة"]);
    assert_eq!(
        texts(&ar, ".toggle-en"),
        ["إظهار النص الأصلي باللغة الإنجليزية"]
    );
    // Nothing on the page fell back, so nothing is marked as English.
    assert!(attrs(
        &ar,
        "main [lang=en], header form [lang=en], footer [lang=en]",
        "lang"
    )
    .is_empty());
    // The switcher names the languages in their own scripts.
    assert!(texts(&ar, ".lang-switch a").contains(&"العربية".to_string()));
}

#[test]
fn strings_that_fall_back_are_marked_with_their_language() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    for (tag, body) in [
        ("en", "# Hello\n\nText.\n\n> [!NOTE]\n> Careful.\n"),
        ("sv", "# Hej\n\nText.\n\n> [!NOTE]\n> Försiktigt.\n"),
        ("fr", "# Bonjour\n\nTexte.\n\n> [!NOTE]\n> Attention.\n"),
    ] {
        std::fs::create_dir_all(root.join("content").join(tag)).unwrap();
        std::fs::write(root.join("content").join(tag).join("a.md"), body).unwrap();
    }
    let out = tmp.path().join("public");
    built(&root, &out);
    // Swedish has no built-in strings: the English ones say so.
    let sv = page(&out, "sv/a/index.html");
    assert_eq!(attrs(&sv, ".alert-title span", "lang"), ["en"]);
    assert_eq!(texts(&sv, ".alert-title span[lang=en]"), ["Note"]);
    assert_eq!(attrs(&sv, "a.skip span", "lang"), ["en"]);
    assert_eq!(attrs(&sv, ".site-footer span", "lang"), ["en"]);
    // French has its own.
    let fr = page(&out, "fr/a/index.html");
    assert_eq!(texts(&fr, ".alert-title"), ["Remarque"]);
    assert!(attrs(
        &fr,
        ".alert-title span, a.skip span, .site-footer span",
        "lang"
    )
    .is_empty());
    assert_eq!(texts(&fr, "a.skip"), ["Aller au contenu"]);
}

/// The 24 bytes of a PNG that say it is 3 × 2 pixels (all a size reader needs).
fn png_3x2() -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    b.extend_from_slice(&[0, 0, 0, 13]);
    b.extend_from_slice(b"IHDR");
    b.extend_from_slice(&3u32.to_be_bytes());
    b.extend_from_slice(&2u32.to_be_bytes());
    b.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    b
}

#[test]
fn images_raw_or_markdown_are_resolved_sized_lazy_and_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let body = "# Images\n\n![Shot](media/shot.png)\n\n<p><img src=\"media/shot.png\" alt=\"Raw\"></p>\n\n![Gone](media/gone.png)\n\nGet [the tool](files/tool.zip) or see [setup](setup/).\n";
    for tag in ["en", "de"] {
        std::fs::create_dir_all(root.join("content").join(tag)).unwrap();
        std::fs::write(root.join("content").join(tag).join("a.md"), body).unwrap();
    }
    std::fs::create_dir_all(root.join("content/en/media")).unwrap();
    std::fs::write(root.join("content/en/media/shot.png"), png_3x2()).unwrap();
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    // Warnings with file:line:col for the missing image and the missing
    // file, in each locale's own file; a folder-like link is not a file.
    for tag in ["en", "de"] {
        assert!(
            stderr.contains(&format!("content/{tag}/a.md:7:1")) && stderr.contains("missing-image"),
            "{stderr}"
        );
        assert!(
            stderr.contains(&format!("content/{tag}/a.md:9:5"))
                && stderr.contains("files/tool.zip"),
            "{stderr}"
        );
    }
    assert!(!stderr.contains("`setup/`"), "{stderr}");
    assert!(!stderr.contains("media/shot.png`"), "{stderr}");
    let en = page(&out, "en/a/index.html");
    for alt in ["Shot", "Raw"] {
        let sel = format!("article img[alt={alt}]");
        assert_eq!(
            attrs(&en, &sel, "src"),
            ["../../en/media/shot.png"],
            "{alt}"
        );
        assert_eq!(attrs(&en, &sel, "loading"), ["lazy"], "{alt}");
        assert_eq!(attrs(&en, &sel, "width"), ["3"], "{alt}");
        assert_eq!(attrs(&en, &sel, "height"), ["2"], "{alt}");
    }
    // German has no media folder: its pages show the English image.
    let de = page(&out, "de/a/index.html");
    assert_eq!(
        attrs(&de, "article img[alt=Raw]", "src"),
        ["../../en/media/shot.png"]
    );
    assert_eq!(
        attrs(&de, "article img[alt=Shot]", "src"),
        ["../../en/media/shot.png"]
    );
}

/// The demo built into a temporary folder: the folder and its `public/`.
fn demo_built() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    built(&repo(), &out);
    (tmp, out)
}

#[test]
fn a_translation_older_than_its_source_says_so() {
    let (_tmp, out) = demo_built();
    // The demo's Italian article has segments translated from an older
    // English text (`stele check` reports them as stale-source).
    let it = page(&out, "it/unregistered-domain-email/index.html");
    assert_eq!(
        attrs(&it, ".stale-notice a", "href"),
        ["../../en/unregistered-domain-email/"]
    );
    let text = texts(&it, ".stale-notice").join("");
    assert!(
        text.contains("(inglese)"),
        "the source language in Italian: {text}"
    );
    assert!(text.contains("3 passaggi"), "{text}");
    // German is up to date; the English source has no notice.
    for p in [
        "de/unregistered-domain-email/index.html",
        "en/unregistered-domain-email/index.html",
    ] {
        assert!(texts(&page(&out, p), ".stale-notice").is_empty(), "{p}");
    }
}

#[test]
fn an_unmarked_translation_gets_its_source_view_from_the_alignment() {
    let (_tmp, out) = demo_built();
    // The demo's Japanese article has no span markup; `stele check`'s
    // structural alignment gives each sentence its English source.
    let ja = page(&out, "ja/unregistered-domain-email/index.html");
    let sources = attrs(&ja, "article .seg[data-align=sentence]", "data-en");
    assert!(sources.len() >= 30, "{sources:?}");
    assert_eq!(
        sources[0],
        "Unregistered Domain Email: What you need to know"
    );
    // The first paragraph's four sentences, one by one, in order.
    assert!(sources[1].starts_with("Office 365 allows for tenants"));
    assert!(sources[2].starts_with("One supported example of this"));
    assert!(sources[3].starts_with("This is most common in education"));
    assert!(sources[4].starts_with("Another example is when customers"));
    let targets = texts(&ja, "article .seg[data-align=sentence]");
    assert!(
        targets[2].starts_with("サポートされている 1 つの例"),
        "{targets:?}"
    );
    assert!(targets[2].ends_with("ときになります。"), "{targets:?}");
    // The page has the same source view as a marked one: one toggle, the
    // source locale's language and label.
    assert_eq!(texts(&ja, ".toggle-en").len(), 1);
    assert_eq!(attrs(&ja, "article", "data-source-lang"), ["en"]);
    // Marked translations keep their own segments (no aligned ones).
    let de = page(&out, "de/unregistered-domain-email/index.html");
    assert!(attrs(&de, "article .seg[data-align]", "data-en").is_empty());
    assert!(!attrs(&de, "article .seg[data-seg]", "data-en").is_empty());
}

#[test]
fn a_french_source_is_named_in_the_readers_language_everywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let write = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write(
        "stele.toml",
        "title = \"Aide\"\nsource_locale = \"fr\"\nlocales = [\"fr\", \"de\", \"ja\", \"nl\"]\n",
    );
    write(
        "content/fr/a.md",
        "---\ntitle: Bonjour\n---\n# Bonjour le monde\n\nCeci est une phrase. Voici une autre phrase.\n",
    );
    write(
        "content/de/a.md",
        "---\ntitle: Hallo\nms.translationtype: MT\n---\n\
         # <span data-ttu-id=\"x-101\">Hallo Welt</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-101\">Bonjour le monde</span></span>\n\n\
         <span data-ttu-id=\"x-102\">Dies ist ein Satz.</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-102\">Ceci est une phrase.</span></span> \
         <span data-ttu-id=\"x-103\">Hier ist ein weiterer Satz.</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-103\">Voici une autre phrase.</span></span>\n",
    );
    write(
        "content/ja/a.md",
        "---\ntitle: こんにちは\n---\n# こんにちは世界\n\nこれは文です。これは別の文です。\n",
    );
    // A UI language without built-in strings: the site brings its own.
    write(
        "locales/nl/ui.ftl",
        "language-name = Nederlands\n\
         fallback-notice = Dit artikel is nog niet beschikbaar in het { $language }; het staat hier in een andere taal: { $fallback }.\n",
    );
    std::fs::create_dir_all(root.join("content/nl")).unwrap();
    let out = tmp.path().join("public");
    built(&root, &out);

    let de = page(&out, "de/a/index.html");
    assert_eq!(
        texts(&de, ".toggle-en"),
        ["Ausgangstext auf Französisch zeigen"]
    );
    assert_eq!(
        texts(&de, ".seg-hint"),
        ["Wählen Sie einen Satz aus, um seinen Ausgangstext auf Französisch zu sehen."]
    );
    assert_eq!(attrs(&de, "article", "data-source-lang"), ["fr"]);
    assert_eq!(
        attrs(&de, "article", "data-source-label"),
        ["Ausgangstext auf Französisch"]
    );
    assert_eq!(
        texts(&de, ".mt-notice a"),
        ["Den Originalartikel auf Französisch lesen."]
    );
    assert_eq!(attrs(&de, ".mt-notice a", "hreflang"), ["fr"]);
    assert_eq!(attrs(&de, ".mt-notice a", "href"), ["../../fr/a/"]);

    // The unmarked Japanese translation: its source view, in French.
    let ja = page(&out, "ja/a/index.html");
    assert_eq!(texts(&ja, ".toggle-en"), ["フランス語の原文を表示"]);
    assert_eq!(attrs(&ja, "article", "data-source-lang"), ["fr"]);
    assert_eq!(
        attrs(&ja, "article .seg[data-align]", "data-en"),
        [
            "Bonjour le monde",
            "Ceci est une phrase.",
            "Voici une autre phrase."
        ]
    );

    // No page says English: the site has no English at all.
    for p in ["de/a/index.html", "ja/a/index.html", "nl/a/index.html"] {
        let html = std::fs::read_to_string(out.join(p)).unwrap();
        for english in ["English", "Englisch", "英語", "englische"] {
            assert!(!html.contains(english), "{p} says {english}");
        }
    }

    // A UI language the CLDR table does not cover names the fallback in
    // its own language, marked as such; its own name needs no mark.
    let nl = page(&out, "nl/a/index.html");
    let notice = texts(&nl, ".notice").join("");
    assert!(
        notice.contains(
            "beschikbaar in het Nederlands; het staat hier in een andere taal: Français."
        ),
        "{notice}"
    );
    assert_eq!(attrs(&nl, ".notice [lang]", "lang"), ["fr"]);
}
