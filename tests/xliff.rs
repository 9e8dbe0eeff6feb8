//! XLIFF as a work file, end to end through the binary: the exports carry
//! every inline element as an inline code, `stele import` of an unchanged
//! export changes no byte (on the demo, and on the whole enterprise corpus
//! when `../shared` is there), an edited translation lands in its segment
//! with its span markup and links, each import error names the XLIFF file,
//! line and unit and leaves the content untouched, and a round trip through
//! translate-toolkit (`xliff2po`, `po2xliff`) and OmegaT works.

use pulldown_cmark::{Event, Parser, Tag};
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::cli::{copy_dir, demo_site, repo, snapshot, stele};

fn export(root: &Path, out: &Path, extra: &[&str]) {
    let root = root.to_string_lossy().into_owned();
    let out = out.to_string_lossy().into_owned();
    let mut args = vec!["check", "--root", &root, "--out", &out, "--export"];
    args.extend_from_slice(extra);
    let (code, _, err) = stele(&args);
    assert_eq!(code, 0, "export failed: {err}");
}

/// Exports XLIFF 2.0 and 1.2 of the site at `root` into `out`.
fn export_both(root: &Path, out: &Path) {
    export(root, out, &["xliff"]);
    export(root, out, &["xliff", "--xliff-version", "1.2"]);
}

fn import(root: &Path, files: &[&Path], extra: &[&str]) -> (i32, String, String) {
    let root = root.to_string_lossy().into_owned();
    let files: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["import", "--root", &root];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(String::as_str));
    stele(&args)
}

/// Inline elements of a piece of markdown, counted with pulldown-cmark.
fn inline_elements(md: &str) -> usize {
    Parser::new_ext(md, stele::markup::markdown_options())
        .filter(|e| {
            matches!(
                e,
                Event::Start(
                    Tag::Link { .. }
                        | Tag::Image { .. }
                        | Tag::Emphasis
                        | Tag::Strong
                        | Tag::Strikethrough
                ) | Event::Code(_)
                    | Event::InlineHtml(_)
                    | Event::HardBreak
                    | Event::FootnoteReference(_)
            )
        })
        .count()
}

/// The `<source>` elements of an XLIFF file, as text.
fn sources(xlf: &str) -> Vec<&str> {
    xlf.split("<source")
        .skip(1)
        .filter_map(|s| s.split_once("</source>").map(|(a, _)| a))
        .collect()
}

#[test]
fn exports_carry_every_inline_element_as_a_code() {
    let site = demo_site();
    let out = tempfile::tempdir().expect("tempdir");
    export_both(site.path(), out.path());
    // The German file is the reference: one unit per segment, whose source
    // is the segment's English markdown.
    let mut expected = 0;
    let mut segments = 0;
    for e in std::fs::read_dir(site.path().join("content/de"))
        .expect("de")
        .flatten()
    {
        let text = std::fs::read_to_string(e.path()).expect("read");
        let doc = stele::markup::parse(&e.path(), &text);
        for s in doc.segments.iter().filter(|s| s.front_matter_key.is_none()) {
            expected += inline_elements(&s.source);
            segments += 1;
        }
    }
    // Articles with no German file are exported from the English file,
    // each block's markdown with its codes.
    for e in std::fs::read_dir(site.path().join("content/en"))
        .expect("en")
        .flatten()
    {
        if site.path().join("content/de").join(e.file_name()).exists() {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).expect("read");
        let doc = stele::markup::parse(&e.path(), &text);
        expected += inline_elements(&text[doc.body_offset..]);
    }
    assert!(expected > 10, "the demo has inline markup: {expected}");
    let x20 = std::fs::read_to_string(out.path().join("en-de.xlf")).expect("xlf");
    let x12 = std::fs::read_to_string(out.path().join("en-de.xliff12.xlf")).expect("xlf");
    let count = |srcs: Vec<&str>, tags: &[&str]| -> usize {
        srcs.iter()
            .map(|s| tags.iter().map(|t| s.matches(t).count()).sum::<usize>())
            .sum()
    };
    assert!(sources(&x20).len() >= segments);
    assert_eq!(
        count(sources(&x20), &["<pc ", "<ph "]),
        expected,
        "XLIFF 2.0"
    );
    assert_eq!(
        count(sources(&x12), &["<bpt ", "<ph "]),
        expected,
        "XLIFF 1.2"
    );
    // Protected tokens are marked, and the error code of the demo is one.
    assert!(x20.contains(r#"<mrk id="m1" translate="no">550 5.7.750</mrk>"#));
    assert!(x12.contains(r#"<mrk mtype="protected">550 5.7.750</mrk>"#));
    // Stable ids: the article path and the segment ID, never a position.
    assert!(x20.contains(
        r#"<file id="f-unregistered-domain-email" original="unregistered-domain-email">"#
    ));
    assert!(x20.contains(r#"<unit id="u104" name="104">"#));
    // The language tag comes from the front matter's ms.contentlocale.
    assert!(x20.contains(r#"trgLang="de-DE""#), "{}", &x20[..300]);
    // States and notes.
    assert!(x12.contains(r#"approved="yes""#));
    assert!(x20.contains(r#"<note category="location">content/de/"#));
    let it = std::fs::read_to_string(out.path().join("en-it.xlf")).expect("xlf");
    assert!(it.contains(r#"<note category="stale-source">translated from: "#));
}

/// Exports XLIFF 2.0 and 1.2 of `site` into `out` and imports all the
/// files (`count`: two per locale) unchanged: returns the import's stderr;
/// the content must not have changed by one byte.
fn round_trip_unchanged(site: &Path, out: &Path, count: usize) -> String {
    let before = snapshot(site);
    export_both(site, out);
    let files: Vec<PathBuf> = std::fs::read_dir(out)
        .expect("out")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), count, "{files:?}");
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, _, err) = import(site, &refs, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(before == snapshot(site), "the content changed: {err}");
    err
}

#[test]
fn unchanged_round_trip_is_byte_identical() {
    let site = demo_site();
    let out = tempfile::tempdir().expect("tempdir");
    let err = round_trip_unchanged(site.path(), out.path(), 8);
    assert!(err.contains("updated 0 translations"), "{err}");
}

/// `../shared/corpus/enterprise` as a site, or `None` (skipped) without it.
fn corpus_site() -> Option<tempfile::TempDir> {
    let corpus = repo().join("../shared/corpus/enterprise");
    if !corpus.is_dir() {
        println!("skipped: ../shared/corpus not found");
        return None;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&corpus, &dir.path().join("content"));
    Some(dir)
}

#[test]
fn unchanged_round_trip_on_the_whole_corpus() {
    let Some(site) = corpus_site() else { return };
    let out = tempfile::tempdir().expect("tempdir");
    round_trip_unchanged(site.path(), out.path(), 8);
    let de = std::fs::read_to_string(out.path().join("en-de.xlf")).expect("xlf");
    assert!(
        de.matches("<pc ").count() > 500,
        "inline codes in the corpus"
    );
}

/// With `../shared`: the `plain-vs-marked` pairs as one site (the
/// English rebuilt from the German marked files, each locale's marked
/// file under its tag and its plain twin under a regional tag), exported
/// and imported unchanged: no byte changes, also in the plain files,
/// whose units are mostly pinned to their markdown.
#[test]
fn unchanged_round_trip_on_the_plain_vs_marked_files() {
    let dir = repo().join("../shared/corpus/plain-vs-marked");
    if !dir.is_dir() {
        println!("skipped: ../shared/corpus not found");
        return;
    }
    let site = tempfile::tempdir().expect("tempdir");
    let c = site.path().join("content");
    // Regional tags that the marked files' `ms.contentlocale` (`ja-JP`…)
    // does not name: the export names a locale by that tag.
    for (l, plain) in [
        ("de", "de-CH"),
        ("zh", "zh-SG"),
        ("it", "it-CH"),
        ("ja", "ja-Jpan"),
    ] {
        for e in std::fs::read_dir(dir.join(l)).expect("locale").flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(key) = name.strip_suffix(".marked.md") else {
                continue;
            };
            let marked = std::fs::read_to_string(e.path()).expect("marked");
            let twin = std::fs::read(dir.join(l).join(format!("{key}.plain.md"))).expect("plain");
            for (folder, bytes) in [(l, marked.as_bytes()), (plain, &twin[..])] {
                std::fs::create_dir_all(c.join(folder)).expect("mkdir");
                std::fs::write(c.join(folder).join(format!("{key}.md")), bytes).expect("write");
            }
            let en = c.join("en").join(format!("{key}.md"));
            if l == "de" || !en.exists() {
                let doc = stele::markup::parse(&e.path(), &marked);
                std::fs::create_dir_all(c.join("en")).expect("mkdir");
                std::fs::write(&en, doc.source_markdown(&marked)).expect("write");
            }
        }
    }
    let out = tempfile::tempdir().expect("tempdir");
    round_trip_unchanged(site.path(), out.path(), 16);
    let ja = std::fs::read_to_string(out.path().join("en-ja-Jpan.xlf")).expect("xlf");
    let (units, unpinned) = (
        ja.matches("<unit ").count(),
        ja.matches("stele import cannot write").count(),
    );
    println!("ja-Jpan (plain): {units} units, {unpinned} not pinned");
    assert!(units > 1000 && unpinned * 10 < units, "{units} {unpinned}");
}

/// An English demo article with no German file, links and inline code in it.
const NEW_ARTICLE: &str = "email-non-delivery-reports";

/// With `../shared`: a German corpus article deleted and every unit of its
/// export translated comes back as a new article whose every unit aligns
/// again, marked, on `stele check`.
#[test]
fn a_corpus_article_comes_back_as_a_new_article() {
    let Some(site) = corpus_site() else { return };
    let row = comes_back_as_new(site.path(), "azure-expressroute", &["de"]);
    assert!(row["units"].as_u64() > Some(50), "{row}");
}

/// The corpus's table of extra endpoints (tests/fixtures/url-cell), cut to
/// two rows: cells whose URLs are kept from being linked with plain spans
/// (`https<span>://</span>host`) between `<BR>` breaks, and a cell that
/// starts with an escape (`\*.digicert.com:80`).
const URL_CELL: &str = "additional-office365-ip-addresses-and-urls";

fn url_cell_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("tests/fixtures/url-cell"), dir.path());
    dir
}

/// The German file deleted, the Italian one names the units (its segment
/// IDs): the unit of the cell that starts with `\*` is found in the
/// English file and written.
#[test]
fn a_cell_that_starts_with_an_escape_comes_back_in_a_new_article() {
    let site = url_cell_site();
    let row = comes_back_as_new(site.path(), URL_CELL, &["de"]);
    assert_eq!(row["units"], 48, "{row}");
    let md =
        std::fs::read_to_string(site.path().join(format!("content/de/{URL_CELL}.md"))).expect("md");
    assert!(
        md.contains(
            ">DE \\*.digicert.com:80</span><span class=\"sxs-lookup\"><span data-stu-id=\""
        ),
        "{md}"
    );
}

/// No translation at all: the units are the English blocks, the URL cell
/// one unit with its plain spans as codes; its segment is written with
/// them and reads back.
#[test]
fn a_cell_of_despanned_urls_comes_back_in_a_new_article() {
    let site = url_cell_site();
    let row = comes_back_as_new(site.path(), URL_CELL, &["de", "it"]);
    assert_eq!(row["units"], 13, "{row}");
    let md =
        std::fs::read_to_string(site.path().join(format!("content/de/{URL_CELL}.md"))).expect("md");
    assert!(md.contains(">DE https<span>://</span>autodiscover.outlook.com <BR> <span>https://</span>officecdn.microsoft.com <BR>"), "{md}");
}

/// Deletes article `key` in `locales`, exports, translates every unit of
/// its German export ("DE " and the source), imports, and checks that the
/// German file is written, marked, with every unit aligned and none
/// missing, and that the site builds; returns the alignment row.
fn comes_back_as_new(root: &Path, key: &str, locales: &[&str]) -> serde_json::Value {
    for l in locales {
        std::fs::remove_file(root.join(format!("content/{l}/{key}.md")))
            .expect("the site has the article in the locale");
    }
    let md = root.join(format!("content/de/{key}.md"));
    let out = tempfile::tempdir().expect("tempdir");
    export(root, out.path(), &["xliff"]);
    let xlf = out.path().join("en-de.xlf");
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    std::fs::write(
        &xlf,
        fill_missing(&exported, key, |_, src| Some(format!("DE {src}"))),
    )
    .expect("write");
    let (code, _, err) = import(root, &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(md.is_file(), "{err}");
    let root_s = root.to_string_lossy().into_owned();
    let (_, json, _) = stele(&[
        "check", "--root", &root_s, "--lang", "de", "--format", "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    let row = report["alignment"]
        .as_array()
        .and_then(|rows| {
            rows.iter()
                .find(|r| r["article"] == key && r["locale"] == "de")
        })
        .expect("the article's German alignment")
        .clone();
    assert_eq!(row["marked"], true, "{row}");
    assert_eq!(row["missing"], 0, "{row}");
    assert_eq!(row["aligned"], row["units"], "{row}");
    let (code, _, err) = stele(&["build", "--root", &root_s, "--quiet"]);
    assert_eq!(code, 0, "{err}");
    row
}

/// The German demo article's unit 131: a link and text.
const ARTICLE: &str = "content/de/error-code-5-7-7xx.md";

/// The demo in a temporary site, its XLIFF 2.0 export in another folder,
/// and the German file's path and text.
fn demo_exported() -> (tempfile::TempDir, tempfile::TempDir, PathBuf, String) {
    let site = demo_site();
    let (out, xlf, text) = exported(site.path(), "de");
    (site, out, xlf, text)
}

/// The XLIFF 2.0 export of `site`: the folder that holds it, and the
/// path and text of `locale`'s file.
fn exported(site: &Path, locale: &str) -> (tempfile::TempDir, PathBuf, String) {
    let out = tempfile::tempdir().expect("tempdir");
    export(site, out.path(), &["xliff"]);
    let xlf = out.path().join(format!("en-{locale}.xlf"));
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    (out, xlf, text)
}

#[test]
fn an_edited_translation_lands_in_its_segment() {
    let (site, _out, xlf, text) = demo_exported();
    let from = "type=\"link\">Aktivieren Sie MFA</pc> für alle Administratoren";
    assert!(text.contains(from), "the demo changed");
    std::fs::write(
        &xlf,
        text.replace(
            from,
            "type=\"link\">Schalten Sie MFA ein</pc> für alle Admins",
        ),
    )
    .expect("write");
    let before = std::fs::read_to_string(site.path().join(ARTICLE)).expect("md");
    // --dry-run: a diff, nothing written.
    let (code, diff, err) = import(site.path(), &[&xlf], &["--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        diff.contains("+") && diff.contains("Schalten Sie MFA ein"),
        "{diff}"
    );
    assert_eq!(
        before,
        std::fs::read_to_string(site.path().join(ARTICLE)).expect("md")
    );
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updated 1 translations in 1 files"), "{err}");
    let after = std::fs::read_to_string(site.path().join(ARTICLE)).expect("md");
    assert!(
        after.contains("<span data-ttu-id=\"b6097-131\">[Schalten Sie MFA ein](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication) für alle Admins in Ihrer Office 365 Organisation.</span><span class=\"sxs-lookup\"><span data-stu-id=\"b6097-131\">"),
        "{after}"
    );
    // Only that segment changed.
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
}

/// The XLIFF 2.0 `text` with a target for every unit of article `key` that
/// has none: `translate` gets the source's inline content (codes and all)
/// and returns the target's, or `None` to leave the unit untranslated.
fn fill_missing(text: &str, key: &str, translate: impl Fn(&str, &str) -> Option<String>) -> String {
    let start = text
        .find(&format!("original=\"{key}\">"))
        .expect("the article is in the export");
    let end = start + text[start..].find("</file>").expect("file end");
    let mut file = String::new();
    for (i, unit) in text[start..end].split("<unit ").enumerate() {
        if i > 0 {
            file.push_str("<unit ");
        }
        let name = unit
            .split_once("name=\"")
            .and_then(|(_, n)| n.split_once('"'))
            .map(|(n, _)| n);
        let source = unit
            .split_once("<source xml:space=\"preserve\">")
            .and_then(|(_, x)| x.split_once("</source>"))
            .map(|(x, _)| x);
        match (name, source, unit.contains("<target")) {
            (Some(n), Some(src), false) => match translate(n, src) {
                Some(t) => file.push_str(&unit.replacen(
                    "</source>",
                    &format!("</source><target xml:space=\"preserve\">{t}</target>"),
                    1,
                )),
                None => file.push_str(unit),
            },
            _ => file.push_str(unit),
        }
    }
    format!("{}{file}{}", &text[..start], &text[end..])
}

/// Builds the site and returns the page of `article` in `locale`.
fn page_of(site: &Path, locale: &str, article: &str) -> String {
    let root = site.to_string_lossy().into_owned();
    let (code, _, err) = stele(&["build", "--root", &root, "--quiet"]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(site.join(format!("public/{locale}/{article}/index.html")))
        .expect("page")
}

/// Takes sentence 105 and the heading 107 out of the German demo article
/// (two units with no segment, for the translator to fill); returns the
/// file as cut.
fn cut_sentence_and_heading(site: &Path) -> String {
    let md = site.join(ARTICLE);
    let text = std::fs::read_to_string(&md).expect("md");
    let sentence = text
        .split_once(" <span data-ttu-id=\"b6097-105\">")
        .and_then(|(_, r)| r.split_once("</span></span>"))
        .map(|(s, _)| format!(" <span data-ttu-id=\"b6097-105\">{s}</span></span>"))
        .expect("segment 105");
    let heading = text
        .lines()
        .find(|l| l.contains("b6097-107"))
        .expect("heading 107")
        .to_string();
    let cut = text
        .replacen(&sentence, "", 1)
        .replacen(&format!("{heading}\n\n"), "", 1);
    std::fs::write(&md, &cut).expect("write");
    cut
}

/// The German translation of the sentence and heading that
/// [`cut_sentence_and_heading`] takes out, by their English (as markdown,
/// or as XLIFF text).
fn cut_translation(english: &str) -> Option<String> {
    if english.starts_with("You&apos;ll see") || english.starts_with("You'll see") {
        Some("Sie sehen diese Benachrichtigung, wenn Ihr Mandant keine E-Mails senden darf.".into())
    } else if english.contains("Tenant has exceeded threshold restriction") {
        Some("5.7.705: Mandant hat den Schwellenwert überschritten".into())
    } else {
        None
    }
}

/// A translation that lacks a sentence and a whole section heading gets
/// them from the translator's XLIFF: the sentence as a new segment after
/// its neighbour in the same paragraph, the heading as a new block with its
/// anchor, before the paragraph that follows it in the English.
#[test]
fn missing_segments_land_where_the_english_has_them() {
    let site = demo_site();
    let md = site.path().join(ARTICLE);
    let cut = cut_sentence_and_heading(site.path());
    let out = tempfile::tempdir().expect("tempdir");
    export(site.path(), out.path(), &["xliff"]);
    let xlf = out.path().join("en-de.xlf");
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    let filled = fill_missing(&exported, "error-code-5-7-7xx", |_, src| {
        cut_translation(src)
    });
    assert_ne!(
        filled, exported,
        "the export has the two units without a target"
    );
    std::fs::write(&xlf, filled).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("updated 2 translations in 1 files"),
        "{err}\n{}",
        std::fs::read_to_string(&xlf).unwrap_or_default()
    );
    let after = std::fs::read_to_string(&md).expect("md");
    // The sentence: right after segment 104, in the same paragraph.
    let (_, after_104) = after.split_once("data-stu-id=\"b6097-104\">").expect("104");
    let (_, next) = after_104.split_once("</span></span>").expect("104 end");
    assert!(
        next.starts_with(" <span data-ttu-id=\"b6097-") && next.contains("\">Sie sehen diese Benachrichtigung, wenn Ihr Mandant keine E-Mails senden darf.</span><span class=\"sxs-lookup\"><span data-stu-id=\"b6097-"),
        "{next}"
    );
    // The heading: its own block with the English anchor, before paragraph 108.
    let (before_108, _) = after
        .split_once("<span data-ttu-id=\"b6097-108\">")
        .expect("108");
    let tail = before_108
        .rsplit("\n\n")
        .nth(1)
        .expect("a block before 108");
    assert!(
        tail.starts_with("## <a name=\"57705-tenant-has-exceeded-threshold-restriction-what-you-need-to-know\"></a><span data-ttu-id=\"b6097-")
            && tail.contains(">5.7.705: Mandant hat den Schwellenwert überschritten</span><span class=\"sxs-lookup\">"),
        "{tail}"
    );
    // Nothing else changed: the paragraph's line and the new heading.
    let changed: Vec<&str> = after
        .lines()
        .filter(|l| !cut.lines().any(|c| c == *l))
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    // A second export sees them as translated, and the page shows them.
    let again = tempfile::tempdir().expect("tempdir");
    export(site.path(), again.path(), &["xliff"]);
    let x = std::fs::read_to_string(again.path().join("en-de.xlf")).expect("xlf");
    assert!(x.contains(
        ">Sie sehen diese Benachrichtigung, wenn Ihr Mandant keine E-Mails senden darf.</target>"
    ));
    let page = page_of(site.path(), "de", "error-code-5-7-7xx");
    assert!(
        page.contains("Mandant hat den Schwellenwert überschritten"),
        "the page shows the heading"
    );
    assert!(page.contains("Sie sehen diese Benachrichtigung"));
}

/// The German file without the list item of segment `id` (its line).
fn without_item(site: &Path, id: &str) {
    let md = site.join(ARTICLE);
    let text = std::fs::read_to_string(&md).expect("md");
    let start = format!("- <span data-ttu-id=\"b6097-{id}\">");
    let item = text
        .lines()
        .find(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("the list item of {id}"))
        .to_string();
    std::fs::write(&md, text.replacen(&format!("{item}\n"), "", 1)).expect("write");
}

/// Exports the German site and fills the missing unit whose English starts
/// with `english` (the first item of a list in error-code-5-7-7xx).
fn fill_first_item(site: &Path, out: &Path) -> PathBuf {
    export(site, out, &["xliff"]);
    let xlf = out.join("en-de.xlf");
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    let filled = fill_missing(&exported, "error-code-5-7-7xx", |_, src| {
        src.starts_with("An Office 365 mailbox receives")
            .then(|| "Ein Office 365-Postfach empfängt E-Mails.".to_string())
    });
    assert_ne!(filled, exported);
    std::fs::write(&xlf, filled).expect("write");
    xlf
}

/// A missing unit whose whole block the translation lacks, when the block
/// is a list item: a new item of the same list, beside the item the
/// translation has of its English sibling (here before the next one, the
/// missing item being the first), with that item's marker and spacing.
/// The page shows it in the same list and `stele check` finds it aligned.
#[test]
fn a_missing_list_item_joins_its_list() {
    let site = demo_site();
    without_item(site.path(), "117");
    let out = tempfile::tempdir().expect("tempdir");
    let xlf = fill_first_item(site.path(), out.path());
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(site.path().join(ARTICLE)).expect("md");
    let new = text
        .find("Ein Office 365-Postfach empfängt E-Mails.")
        .expect("the item is written");
    let next = text
        .find("data-ttu-id=\"b6097-120\"")
        .expect("the next item");
    assert!(new < next, "the new item goes before its next sibling");
    let between = text.get(new..next).unwrap_or_default();
    assert!(
        between.contains("\n\n- <span"),
        "a loose list stays loose: {between:?}"
    );
    let line = text
        .lines()
        .find(|l| l.contains("Ein Office 365-Postfach empfängt"))
        .unwrap_or_default();
    assert!(line.starts_with("- <span data-ttu-id="), "{line}");
    next_items(
        site.path(),
        "Ein Office 365-Postfach empfängt E-Mails.",
        "Hybrid",
    );
    no_missing_segments(site.path(), "de");
}

/// Asserts that in the built German page of error-code-5-7-7xx an item
/// of a bulleted list starts with `first` and the next one with `next`.
fn next_items(site: &Path, first: &str, next: &str) {
    let items = texts_of(site, "error-code-5-7-7xx", "article ul > li");
    let i = items
        .iter()
        .position(|t| t.starts_with(first))
        .unwrap_or_else(|| panic!("no item starts with {first}: {items:?}"));
    assert!(
        items.get(i + 1).is_some_and(|t| t.starts_with(next)),
        "in one list: {items:?}"
    );
}

/// Two missing units of one English list item (the French lacks the item;
/// the German has it as two segments): one new item holding both
/// segments in order, in the same tight list, with their IDs, and every
/// unit aligned afterwards.
#[test]
fn the_units_of_a_missing_item_share_one_new_item() {
    let site = tempfile::tempdir().expect("tempdir");
    let seg =
        |p: &str, id: u32, t: &str, en: &str| common::markup::seg(&format!("{p}-{id}"), t, en);
    let head = "---\ntitle: T\n---\n\n";
    let files = [
        ("en", format!("{head}# Title\n\n- One. Two.\n- Three.\n")),
        (
            "de",
            format!(
                "{head}# {}\n\n- {} {}\n- {}\n",
                seg("aa", 101, "Titel", "Title"),
                seg("aa", 102, "Eins.", "One."),
                seg("aa", 103, "Zwei.", "Two."),
                seg("aa", 104, "Drei.", "Three.")
            ),
        ),
        (
            "fr",
            format!(
                "{head}# {}\n\n- {}\n",
                seg("bb", 101, "Titre", "Title"),
                seg("bb", 104, "Trois.", "Three.")
            ),
        ),
    ];
    for (l, text) in &files {
        let dir = site.path().join("content").join(l);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.md"), text).expect("write");
    }
    std::fs::write(
        site.path().join("stele.toml"),
        "locales = [\"en\", \"de\", \"fr\"]\n",
    )
    .expect("toml");
    let out = tempfile::tempdir().expect("tempdir");
    export(site.path(), out.path(), &["xliff"]);
    let xlf = out.path().join("en-fr.xlf");
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    let filled = fill_missing(&exported, "a", |_, src| Some(format!("FR {src}")));
    std::fs::write(&xlf, filled).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let fr = std::fs::read_to_string(site.path().join("content/fr/a.md")).expect("fr");
    assert!(
        fr.contains(&format!(
            "\n- {} {}\n- {}",
            seg("bb", 102, "FR One.", "One."),
            seg("bb", 103, "FR Two.", "Two."),
            seg("bb", 104, "Trois.", "Three.")
        )),
        "{fr}"
    );
    let root = site.path().to_string_lossy().into_owned();
    let (code, text, err) = stele(&["check", "--root", &root, "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("4 of 4 units aligned") || err.contains("4 of 4 units aligned"),
        "{text}{err}"
    );
}

/// When the translation has none of the list's items, the list is
/// written whole from the English (here a loose list of two items, each
/// several sentences), after the block that holds the previous unit's
/// segment, but only when every unit of it is translated: one item
/// filled and the other not is refused, naming the XLIFF file, line and
/// unit, and nothing is written.
#[test]
fn a_list_the_translation_lacks_is_written_whole() {
    let site = demo_site();
    without_item(site.path(), "117");
    without_item(site.path(), "120");
    let out = tempfile::tempdir().expect("tempdir");
    let xlf = fill_first_item(site.path(), out.path());
    refused(
        site.path(),
        &xlf,
        "the translation has none of this unit's list, and a new list is written only when every unit of it is translated: ",
    );
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    let filled = fill_missing(&exported, "error-code-5-7-7xx", |_, src| {
        Some(format!("DE {src}"))
    });
    std::fs::write(&xlf, filled).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(site.path().join(ARTICLE)).expect("md");
    // After the paragraph before it, bullets and spacing as the English has them.
    let (_, after) = text
        .split_once("For example:</span></span>")
        .expect("the paragraph before the list");
    let list: Vec<&str> = after.lines().take(5).collect();
    assert!(
        list[0].is_empty()
            && list[1].is_empty()
            && list[2].starts_with("- <span data-ttu-id=\"b6097-")
            && list[2].contains(">Ein Office 365-Postfach empfängt E-Mails.</span>")
            && list[3].is_empty()
            && list[4].starts_with("- <span data-ttu-id=\"b6097-")
            && list[4].contains(">DE Hybrid"),
        "{list:#?}"
    );
    no_missing_segments(site.path(), "de");
    next_items(
        site.path(),
        "Ein Office 365-Postfach empfängt E-Mails.",
        "DE Hybrid",
    );
}

/// The English of [`structured_site`]: a table, an alert and a quote of
/// two paragraphs each, and a list with a nested numbered list.
const STRUCTURED_EN: &str = "---\ntitle: Title\n---\n\n# Title\n\nIntro.\n\n| Name | Value |\n|---|---|\n| One | First. |\n| Two | Second. |\n\n> [!NOTE]\n> First note.\n>\n> Second note.\n\nBetween.\n\n> Quote one.\n>\n> Quote two.\n\n- Alpha.\n- Beta.\n  1. Beta one.\n  2. Beta two.\n\nOutro.\n";

/// A site whose German `a.md` translates [`STRUCTURED_EN`] segment by
/// segment, changed by `edit` (which takes blocks out); returns the site
/// and the XLIFF 2.0 export with every unit that has no target filled
/// with `DE ` and its English.
fn structured_site(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let site = tempfile::tempdir().expect("tempdir");
    let s = |id: u32, de: &str, en: &str| common::markup::seg(&format!("aa-{id}"), de, en);
    let de = format!(
        "---\ntitle: Titel\n---\n\n# {}\n\n{}\n\n| {} | {} |\n|---|---|\n| {} | {} |\n| {} | {} |\n\n> [!NOTE]\n> {}\n>\n> {}\n\n{}\n\n> {}\n>\n> {}\n\n- {}\n- {}\n  1. {}\n  2. {}\n\n{}\n",
        s(101, "Titel", "Title"),
        s(102, "Einleitung.", "Intro."),
        s(103, "Name", "Name"),
        s(104, "Wert", "Value"),
        s(105, "Eins", "One"),
        s(106, "Erstens.", "First."),
        s(107, "Zwei", "Two"),
        s(108, "Zweitens.", "Second."),
        s(109, "Erste Notiz.", "First note."),
        s(110, "Zweite Notiz.", "Second note."),
        s(111, "Dazwischen.", "Between."),
        s(112, "Zitat eins.", "Quote one."),
        s(113, "Zitat zwei.", "Quote two."),
        s(114, "Alpha.", "Alpha."),
        s(115, "Beta.", "Beta."),
        s(116, "Beta eins.", "Beta one."),
        s(117, "Beta zwei.", "Beta two."),
        s(118, "Schluss.", "Outro."),
    );
    site_with(site, STRUCTURED_EN, &edit(de))
}

/// A site whose article `a.md` has the given text in each locale.
fn a_site(files: &[(&str, &str)]) -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("tempdir");
    write_a(&site, files);
    site
}

/// Writes `content/<locale>/a.md` of `site` for each `(locale, text)`.
fn write_a(site: &tempfile::TempDir, files: &[(&str, &str)]) {
    for (l, text) in files {
        let dir = site.path().join("content").join(l);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.md"), text).expect("write");
    }
}

/// A site with the English `en` and German `de` of `a.md`, and its XLIFF
/// 2.0 export with every unit that has no target filled with `DE ` and
/// its English.
fn site_with(site: tempfile::TempDir, en: &str, de: &str) -> (tempfile::TempDir, PathBuf) {
    write_a(&site, &[("en", en), ("de", de)]);
    let out = site.path().join("l10n");
    export(site.path(), &out, &["xliff"]);
    let xlf = out.join("en-de.xlf");
    let exported = std::fs::read_to_string(&xlf).expect("xlf");
    let filled = fill_missing(&exported, "a", |_, src| Some(format!("DE {src}")));
    assert_ne!(filled, exported, "the export has units to fill");
    std::fs::write(&xlf, filled).expect("write");
    (site, xlf)
}

/// The German `a.md` of [`structured_site`] without the lines that hold
/// the segments `ids` (and the blank quote line before a quote's second
/// paragraph).
fn without_segments(de: String, ids: &[u32]) -> String {
    let mut out = de;
    for id in ids {
        let line = out
            .lines()
            .find(|l| l.contains(&format!("data-ttu-id=\"aa-{id}\"")))
            .unwrap_or_else(|| panic!("segment {id}"))
            .to_string();
        let gone = if line.starts_with('|') {
            // A table cell: the segment out, the cell left empty.
            let cell = line
                .split('|')
                .find(|c| c.contains(&format!("aa-{id}\"")))
                .expect("cell")
                .to_string();
            out.replacen(&cell, "  ", 1)
        } else if line.starts_with("> ") && out.contains(&format!(">\n{line}\n")) {
            out.replacen(&format!(">\n{line}\n"), "", 1)
        } else if out.contains(&format!("{line}\n>\n")) {
            out.replacen(&format!("{line}\n>\n"), "", 1)
        } else {
            out.replacen(&format!("{line}\n"), "", 1)
        };
        assert_ne!(gone, out, "segment {id}");
        out = gone;
    }
    out
}

/// The texts of the elements `sel` selects in the built German page of
/// `article`, trimmed.
fn texts_of(site: &Path, article: &str, sel: &str) -> Vec<String> {
    let page = page_of(site, "de", article);
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse(sel).expect("selector");
    doc.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// A table cell the translation has empty: its segment is written into
/// that cell (same row and column), and the page shows it there.
#[test]
fn a_missing_table_cell_is_written_into_its_cell() {
    let (site, xlf) = structured_site(|de| without_segments(de, &[108]));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    let row = de.lines().find(|l| l.contains("aa-107")).expect("row");
    assert!(
        row.ends_with(" | <span data-ttu-id=\"aa-119\">DE Second.</span><span class=\"sxs-lookup\"><span data-stu-id=\"aa-119\">Second.</span></span> |"),
        "{row}"
    );
    no_missing_segments(site.path(), "de");
    let cells = texts_of(site.path(), "a", "article table tbody tr:nth-child(2) td");
    assert_eq!(cells, ["Zwei", "DE Second."]);
}

/// A table the translation keeps with every cell empty, right after the
/// block the English has before it: each cell's segment goes into its cell.
#[test]
fn the_cells_of_an_empty_table_are_written_into_it() {
    let (site, xlf) = structured_site(|de| without_segments(de, &[103, 104, 105, 106, 107, 108]));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    no_missing_segments(site.path(), "de");
    assert_eq!(
        texts_of(site.path(), "a", "article table th, article table td"),
        [
            "DE Name",
            "DE Value",
            "DE One",
            "DE First.",
            "DE Two",
            "DE Second."
        ]
    );
}

/// A table the translation lacks, or has with another shape: which cell
/// is the unit's would be a guess. Refused, nothing written.
#[test]
fn a_missing_cell_of_a_missing_or_other_table_is_refused() {
    let (site, xlf) = structured_site(|de| {
        let table: Vec<&str> = de.lines().filter(|l| l.starts_with('|')).collect();
        de.replacen(&format!("{}\n\n", table.join("\n")), "", 1)
    });
    refused(
        site.path(),
        &xlf,
        "the translation has no segment of this unit's English table, so which table is its own is a guess",
    );
    let (site, xlf) = structured_site(|de| {
        let de = without_segments(de, &[108]);
        let widened: Vec<String> = de
            .lines()
            .map(|l| {
                if l.starts_with("|-") {
                    format!("{l}---|")
                } else if l.starts_with('|') {
                    format!("{l} x |")
                } else {
                    l.to_string()
                }
            })
            .collect();
        widened.join("\n") + "\n"
    });
    refused(
        site.path(),
        &xlf,
        "the translation's table has another shape (3 rows of 3 columns, the English 3 rows of 2 columns)",
    );
}

/// A paragraph of an alert and one of a quote the translation lacks: each
/// is written into the translation's quote with its `>` prefix, the
/// alert's after the paragraph before it, the quote's first paragraph
/// before the one after it; the page has both in its alert and its
/// `<blockquote>`, in the English order.
#[test]
fn a_missing_quote_paragraph_is_written_into_its_quote() {
    let (site, xlf) = structured_site(|de| without_segments(de, &[110, 112]));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    assert!(
        de.contains("Erste Notiz.</span><span class=\"sxs-lookup\"><span data-stu-id=\"aa-109\">First note.</span></span>\n>\n> <span data-ttu-id=\"aa-119\">DE Second note.</span>"),
        "{de}"
    );
    assert!(
        de.contains("\n> <span data-ttu-id=\"aa-120\">DE Quote one.</span><span class=\"sxs-lookup\"><span data-stu-id=\"aa-120\">Quote one.</span></span>\n>\n> <span data-ttu-id=\"aa-113\">"),
        "{de}"
    );
    no_missing_segments(site.path(), "de");
    assert_eq!(
        texts_of(site.path(), "a", "article .alert-note p:not(.alert-title)"),
        ["Erste Notiz.", "DE Second note."]
    );
    assert_eq!(
        texts_of(site.path(), "a", "article blockquote p"),
        ["DE Quote one.", "Zitat zwei."]
    );
}

/// An alert the translation keeps empty (its `> [!NOTE]` line, right
/// after the block the English has before it): both its paragraphs go
/// into it, with a `>` line between them.
#[test]
fn paragraphs_of_an_empty_alert_are_written_into_it() {
    let (site, xlf) = structured_site(|de| without_segments(de, &[109, 110]));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    let seg = |id: u32, en: &str| common::markup::seg(&format!("aa-{id}"), &format!("DE {en}"), en);
    has(
        &de,
        format!(
            "|\n\n> [!NOTE]\n> {}\n>\n> {}\n\n<span data-ttu-id=\"aa-111\">",
            seg(119, "First note."),
            seg(120, "Second note.")
        ),
    );
    no_missing_segments(site.path(), "de");
    assert_eq!(
        texts_of(site.path(), "a", "article .alert-note p:not(.alert-title)"),
        ["DE First note.", "DE Second note."]
    );
}

/// An alert the translation lacks whole: which quote is the paragraph's
/// would be a guess. Refused, nothing written.
#[test]
fn a_paragraph_of_a_missing_quote_is_refused() {
    let (site, xlf) =
        structured_site(|de| without_segments(de, &[109, 110]).replacen("> [!NOTE]\n\n", "", 1));
    refused(
        site.path(),
        &xlf,
        "the translation has no segment of this unit's English quote",
    );
}

/// A list with a nested numbered list, which the translation lacks
/// whole: written as the English has it (bullets, numbers, the nested
/// list's indentation, a tight list), after the paragraph before it.
#[test]
fn a_missing_nested_list_is_written_as_the_english_has_it() {
    let (site, xlf) = structured_site(|de| {
        without_segments(de, &[114, 115, 116, 117]).replacen("\n\n\n", "\n\n", 1)
    });
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    let seg = |id: u32, en: &str| common::markup::seg(&format!("aa-{id}"), &format!("DE {en}"), en);
    let list = format!(
        "Quote two.</span></span>\n\n- {}\n- {}\n  1. {}\n  2. {}\n\n<span data-ttu-id=\"aa-118\">",
        seg(119, "Alpha."),
        seg(120, "Beta."),
        seg(121, "Beta one."),
        seg(122, "Beta two.")
    );
    assert!(de.contains(&list), "{de}");
    no_missing_segments(site.path(), "de");
    assert_eq!(
        texts_of(site.path(), "a", "article ul > li > ol > li"),
        ["DE Beta one.", "DE Beta two."]
    );
}

/// A numbered list nested in an item the translation has, the nested list
/// missing whole: written into that item, after its text, with the
/// English indentation and numbers (a tight list stays tight).
#[test]
fn a_missing_list_nested_in_an_item_goes_into_the_item() {
    let (site, xlf) = structured_site(|de| without_segments(de, &[116, 117]));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    let seg = |id: u32, t: &str, en: &str| common::markup::seg(&format!("aa-{id}"), t, en);
    let list = format!(
        "- {}\n  1. {}\n  2. {}\n\n",
        seg(115, "Beta.", "Beta."),
        seg(119, "DE Beta one.", "Beta one."),
        seg(120, "DE Beta two.", "Beta two.")
    );
    has(&de, list);
    no_missing_segments(site.path(), "de");
    assert_eq!(
        texts_of(site.path(), "a", "article ul > li > ol > li"),
        ["DE Beta one.", "DE Beta two."]
    );
}

/// Imports `xlf` into `site`, which must succeed, and returns the German
/// `a.md` as written.
fn imported_a(site: &Path, xlf: &Path) -> String {
    let (code, _, err) = import(site, &[xlf], &[]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(site.join("content/de/a.md")).expect("de")
}

/// The segment `aa-{id}` with the English `en` and the filled target `DE {en}`.
fn seg_de(id: u32, en: &str) -> String {
    common::markup::seg(&format!("aa-{id}"), &format!("DE {en}"), en)
}

/// The English of [`nested_site`]: an alert with a heading, a paragraph
/// and a list; a numbered list whose items hold a table and an alert; a
/// raw HTML table.
const NESTED_EN: &str = "---\ntitle: Title\n---\n\n# Title\n\nIntro.\n\n> [!NOTE]\n> ## Note heading\n>\n> Note text.\n>\n> - Quote item one.\n> - Quote item two.\n\n1. Step one.\n\n   | Name | Value |\n   |---|---|\n   | One | First. |\n\n2. Step two.\n\n   > [!TIP]\n   > Tip text.\n\n<table>\n<tr><td>Cell one.</td><td>Cell two.</td></tr>\n</table>\n\nOutro.\n";

/// A site whose German `a.md` translates [`NESTED_EN`] segment by
/// segment, changed by `edit`, with its export filled as
/// [`site_with`] does.
fn nested_site(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let pairs = [
        ("Titel", "Title"),
        ("Einleitung.", "Intro."),
        ("Notizkopf", "Note heading"),
        ("Notiztext.", "Note text."),
        ("Zitatpunkt eins.", "Quote item one."),
        ("Zitatpunkt zwei.", "Quote item two."),
        ("Schritt eins.", "Step one."),
        ("Name", "Name"),
        ("Wert", "Value"),
        ("Eins", "One"),
        ("Erstens.", "First."),
        ("Schritt zwei.", "Step two."),
        ("Tipptext.", "Tip text."),
        ("Zelle eins.", "Cell one."),
        ("Zelle zwei.", "Cell two."),
        ("Schluss.", "Outro."),
    ];
    let de = segments_into(
        "---\ntitle: Titel\n---\n\n# {}\n\n{}\n\n> [!NOTE]\n> ## {}\n>\n> {}\n>\n> - {}\n> - {}\n\n1. {}\n\n   | {} | {} |\n   |---|---|\n   | {} | {} |\n\n2. {}\n\n   > [!TIP]\n   > {}\n\n<table>\n<tr><td>{}</td><td>{}</td></tr>\n</table>\n\n{}\n",
        &pairs,
    );
    site_with(tempfile::tempdir().expect("tempdir"), NESTED_EN, &edit(de))
}

/// `template` with each `{}` replaced by the next `(target, English)`
/// pair as the segment `aa-101`, `aa-102`…
fn segments_into(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, piece) in template.split("{}").enumerate() {
        if i > 0 {
            let (t, en) = pairs[i - 1];
            out.push_str(&common::markup::seg(&format!("aa-{}", 100 + i), t, en));
        }
        out.push_str(piece);
    }
    out
}

/// The German of [`nested_site`] with the segments `ids` taken out: a
/// table cell's or an HTML cell's segment leaves the cell empty, a line's
/// segment takes the line (and the quote's `>` line after it) along.
fn nested_without(de: String, ids: &[u32]) -> String {
    let mut out = de;
    for id in ids {
        let open = format!("<span data-ttu-id=\"aa-{id}\">");
        let start = out.find(&open).unwrap_or_else(|| panic!("segment {id}"));
        let end = start + out[start..].find("</span></span>").expect("end") + 14;
        let line_start = out[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = end + out[end..].find('\n').unwrap_or(out.len() - end);
        let head = &out[line_start..start];
        let tail = &out[end..line_end];
        if head.contains('|') || head.contains("<td>") {
            let pad = if head.contains('|') { " " } else { "" };
            out.replace_range(start..end, pad);
        } else if tail.is_empty() && !head.contains("[!") {
            // The line, and a `>` line after it.
            let mut to = line_end + 1;
            if out[to..].starts_with(">\n") {
                to += 2;
            }
            out.replace_range(line_start..to.min(out.len()), "");
        } else {
            panic!("segment {id}: {head}|{tail}");
        }
    }
    out
}

/// Imports `xlf` into `site` (which must succeed), checks that the German
/// `a.md` holds `written` and that `stele check` finds no missing segment,
/// and returns the texts of the elements `sel` selects in the built page.
fn lands(site: &Path, xlf: &Path, written: &str, sel: &str) -> Vec<String> {
    has(&imported_a(site, xlf), written);
    no_missing_segments(site, "de");
    texts_of(site, "a", sel)
}

/// A heading of an alert the translation lacks: written into the alert
/// with its `>` prefix and `##` marker, before the paragraph after it;
/// the page has it as the alert's `<h2>`.
#[test]
fn a_missing_heading_of_a_quote_is_written_into_the_quote() {
    let (site, xlf) = nested_site(|de| nested_without(de, &[103]));
    let written = format!(
        "> [!NOTE]\n> ## {}\n>\n> {}\n",
        seg_de(117, "Note heading"),
        common::markup::seg("aa-104", "Notiztext.", "Note text.")
    );
    let h2 = lands(site.path(), &xlf, &written, "article .alert-note h2");
    assert_eq!(h2, ["DE Note heading"]);
}

/// A list of an alert the translation lacks whole: copied from the
/// English into the translation's alert, after the paragraph before it,
/// each line with the alert's `>` prefix.
#[test]
fn a_missing_list_of_a_quote_is_written_into_the_quote() {
    let note = "Note text.</span></span>\n";
    let (site, xlf) =
        nested_site(|de| nested_without(de, &[105, 106]).replacen(&format!("{note}>\n"), note, 1));
    let written = format!(
        "{note}>\n> - {}\n> - {}\n\n1. ",
        seg_de(117, "Quote item one."),
        seg_de(118, "Quote item two.")
    );
    let items = lands(site.path(), &xlf, &written, "article .alert-note li");
    assert_eq!(items, ["DE Quote item one.", "DE Quote item two."]);
}

/// An alert the translation keeps empty (its `> [!NOTE]` line alone):
/// its heading, paragraph and list all go into it, in the English order,
/// with `>` lines between them.
#[test]
fn a_heading_paragraph_and_list_go_into_an_empty_alert() {
    let (site, xlf) = nested_site(|de| nested_without(de, &[103, 104, 105, 106]));
    let written = format!(
        "> [!NOTE]\n> ## {}\n>\n> {}\n>\n> - {}\n> - {}\n\n1. ",
        seg_de(117, "Note heading"),
        seg_de(118, "Note text."),
        seg_de(119, "Quote item one."),
        seg_de(120, "Quote item two.")
    );
    let sel =
        "article .alert-note h2, article .alert-note p:not(.alert-title), article .alert-note li";
    let texts = lands(site.path(), &xlf, &written, sel);
    assert_eq!(
        texts,
        [
            "DE Note heading",
            "DE Note text.",
            "DE Quote item one.",
            "DE Quote item two."
        ]
    );
}

/// A table and an alert inside list items, which the translation keeps
/// empty (every cell `|  |`, the alert's `> [!TIP]` line alone), right
/// after the item's paragraph as in the English: each cell's unit goes
/// into its cell, the alert's paragraph into the alert, indented as the
/// item's blocks are.
#[test]
fn an_empty_table_and_alert_in_list_items_take_their_units() {
    let (site, xlf) = nested_site(|de| nested_without(de, &[108, 109, 110, 111, 113]));
    let written = format!("   > [!TIP]\n   > {}\n", seg_de(121, "Tip text."));
    let sel = "article ol > li table th, article ol > li table td, article ol > li .alert-tip p:not(.alert-title)";
    let texts = lands(site.path(), &xlf, &written, sel);
    assert_eq!(
        texts,
        ["DE Name", "DE Value", "DE One", "DE First.", "DE Tip text."]
    );
}

/// Two alerts in a row inside a list item, both kept empty by the
/// translation: they pair up in order after the item's paragraph, and
/// each takes its own paragraph.
#[test]
fn empty_alerts_in_a_row_take_their_units_in_order() {
    let en = "# Title\n\n1. Step one.\n\n   > [!NOTE]\n   > Note one.\n\n   > [!TIP]\n   > Tip one.\n\nOutro.\n";
    let pairs = [
        ("Titel", "Title"),
        ("Schritt eins.", "Step one."),
        ("Schluss.", "Outro."),
    ];
    let de = segments_into(
        "# {}\n\n1. {}\n\n   > [!NOTE]\n\n   > [!TIP]\n\n{}\n",
        &pairs,
    );
    let (site, xlf) = site_with(tempfile::tempdir().expect("tempdir"), en, &de);
    let written = format!(
        "   > [!NOTE]\n   > {}\n\n   > [!TIP]\n   > {}\n",
        seg_de(104, "Note one."),
        seg_de(105, "Tip one.")
    );
    let sel = "article ol > li .alert p:not(.alert-title)";
    let texts = lands(site.path(), &xlf, &written, sel);
    assert_eq!(texts, ["DE Note one.", "DE Tip one."]);
}

/// Cells of a raw HTML table the translation keeps empty (`<td></td>`):
/// each unit goes between its cell's tags, and the page shows it there.
#[test]
fn a_missing_html_table_cell_is_written_into_its_cell() {
    let (site, xlf) = nested_site(|de| nested_without(de, &[114, 115]));
    let written = format!(
        "<tr><td>{}</td><td>{}</td></tr>",
        seg_de(117, "Cell one."),
        seg_de(118, "Cell two.")
    );
    // The markdown table of the list first, then the HTML one.
    let cells = lands(site.path(), &xlf, &written, "article table td");
    assert_eq!(cells[2..], ["DE Cell one.", "DE Cell two."], "{cells:?}");
}

/// A list or a heading of an alert the translation lacks whole, and an
/// HTML cell that holds other text: where each goes is a guess. Refused,
/// nothing written.
#[test]
fn a_list_or_heading_of_a_missing_quote_is_refused() {
    let without_alert = |de: String| {
        let start = de.find("> [!NOTE]").expect("alert");
        let end = de.find("\n\n1. ").expect("list");
        format!("{}{}", &de[..start], &de[end + 2..])
    };
    let (site, xlf) = nested_site(without_alert);
    refused(
        site.path(),
        &xlf,
        "the translation has no segment of this unit's English quote",
    );
    let (site, xlf) = nested_site(|de| {
        let de = nested_without(de, &[105, 106]);
        // The alert's lines without their `>` prefix's space.
        de.replace("\n> ", "\n>")
    });
    refused(
        site.path(),
        &xlf,
        "the translation's quote prefixes its lines otherwise than the English one",
    );
    let (site, xlf) =
        nested_site(|de| nested_without(de, &[114]).replacen("<tr><td>", "<tr><td>x", 1));
    refused(
        site.path(),
        &xlf,
        "the translation's cell in row 1, column 1 holds text that is not this unit's segment (`x`)",
    );
}

/// Asserts that `stele check` of `locale` finds no missing segment.
fn no_missing_segments(site: &Path, locale: &str) {
    let root = site.to_string_lossy().into_owned();
    let (_, json, _) = stele(&[
        "check", "--root", &root, "--lang", locale, "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let missing: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["check"] == "missing-segment")
        .collect();
    assert!(missing.is_empty(), "every unit is aligned: {missing:?}");
}

/// An English article with no German file yet: importing a translation of
/// every unit writes `content/de/<article>.md`, the English file with every
/// unit in span markup (links kept), the title translated and the locale's
/// `ms.contentlocale`; a partly translated article is refused whole.
#[test]
fn a_new_article_is_written_in_span_markup() {
    let (site, _out, xlf, exported) = demo_exported();
    let key = NEW_ARTICLE;
    let new_md = site.path().join(format!("content/de/{key}.md"));
    assert!(!new_md.exists());
    // Partly translated: refused, nothing written.
    let partly = fill_missing(&exported, key, |name, src| {
        (name != "heading.25").then(|| format!("DE: {src}"))
    });
    std::fs::write(&xlf, &partly).expect("write");
    let before = snapshot(site.path());
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("a new article is written only when every unit is translated: 1 of its")
            && err.contains("(heading.25)"),
        "{err}"
    );
    assert_eq!(before, snapshot(site.path()), "nothing written");
    // One unit returned as its English (what CAT tools write for what was
    // not translated): refused the same way.
    let english = fill_missing(&exported, key, |name, src| {
        Some(if name == "heading.25" {
            src.to_string()
        } else {
            format!("DE: {src}")
        })
    });
    std::fs::write(&xlf, &english).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("(heading.25)"), "{err}");
    assert_eq!(before, snapshot(site.path()), "nothing written");
    // Every unit: written.
    let whole = fill_missing(&exported, key, |_, src| Some(format!("DE: {src}")));
    std::fs::write(&xlf, &whole).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("created content/de/{key}.md (a new article)")),
        "{err}"
    );
    let md = std::fs::read_to_string(&new_md).expect("the new article");
    assert!(
        md.contains("title: 'DE: Email non-delivery reports and their error codes'")
            || md.contains("title: \"DE: Email non-delivery reports and their error codes\""),
        "{md}"
    );
    assert!(md.contains("\nms.contentlocale: de-DE\n"), "{md}");
    assert!(
        md.contains("# <span data-ttu-id=\"") && md.contains("\">DE: Email non-delivery reports and their error codes</span><span class=\"sxs-lookup\"><span data-stu-id=\""),
        "{md}"
    );
    // The link of the English is in the translation, as markdown.
    assert!(md.contains("DE: Codes `5.7.x` below 500"), "{md}");
    assert!(
        md.matches("[error code 5.7.1](error-code-5-7-1.md)")
            .count()
            == 2,
        "the link, in the translation and in its English half: {md}"
    );
    let doc = stele::markup::parse(&new_md, &md);
    assert!(doc.segments.len() >= 20, "{}", doc.segments.len());
    assert!(doc
        .segments
        .iter()
        .all(|s| s.target == format!("DE: {}", s.source)));
    // A second export aligns every unit of it; the page shows it with the link.
    let again = tempfile::tempdir().expect("tempdir");
    export(site.path(), again.path(), &["xliff"]);
    let x = std::fs::read_to_string(again.path().join("en-de.xlf")).expect("xlf");
    let file = x
        .split(&format!("original=\"{key}\">"))
        .nth(1)
        .expect("file");
    let file = file.split("</file>").next().unwrap_or_default();
    assert_eq!(
        file.matches("<target").count(),
        file.matches("<source").count()
    );
    let page = page_of(site.path(), "de", key);
    assert!(page.contains("DE: Email non-delivery reports and their error codes"));
    assert!(
        page.contains("error-code-5-7-1/\"") && page.contains(">error code 5.7.1</a>"),
        "the link is rewritten in the page"
    );
}

/// A plain-vs-marked pair (`tests/fixtures/plain-twin`): the English
/// rebuilt from the German marked twin, the German marked file (which
/// names the units), the Japanese plain file, and its marked twin
/// (`ja.marked.md`, outside the site) that says which text is which unit.
const TWIN_ARTICLE: &str = "content/ja/manage-sharepoint-online-with-powershell.md";

fn twin_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &repo().join("tests/fixtures/plain-twin/content"),
        &dir.path().join("content"),
    );
    dir
}

/// The Japanese marked twin's translation of unit `id`.
fn twin_target(id: &str) -> String {
    let path = repo().join("tests/fixtures/plain-twin/ja.marked.md");
    let text = std::fs::read_to_string(&path).expect("the marked twin");
    let doc = stele::markup::parse(&path, &text);
    doc.segments
        .iter()
        .find(|s| s.id.suffix == id)
        .map(|s| s.target.clone())
        .expect("the twin has the unit")
}

/// The XLIFF 2.0 `text` with the target of unit `id` replaced by `new`.
fn with_target(text: &str, id: &str, new: &str) -> String {
    let at = text
        .find(&format!("<unit id=\"u{id}\""))
        .expect("the unit is exported");
    let open = at + text[at..].find("<target").expect("a target");
    let start = open + text[open..].find('>').expect("tag end") + 1;
    let end = start + text[start..].find("</target>").expect("target end");
    format!("{}{new}{}", &text[..start], &text[end..])
}

/// Importing an unchanged export of a translation without span markup
/// changes no byte (XLIFF 2.0 and 1.2), also where its units are pinned
/// to their markdown.
#[test]
fn unchanged_round_trip_of_an_unmarked_translation_is_byte_identical() {
    let site = twin_site();
    let out = tempfile::tempdir().expect("tempdir");
    let err = round_trip_unchanged(site.path(), out.path(), 4);
    assert!(err.contains("updated 0 translations"), "{err}");
    let ja = std::fs::read_to_string(out.path().join("en-ja.xlf")).expect("xlf");
    // The emphasis around the sentence is an inline code of the target's
    // markdown, as in a marked file: the translator keeps it.
    assert!(
        ja.contains("subType=\"xlf:i\">この記事は、Microsoft 365 Enterprise"),
        "{ja}"
    );
    // Every unit of the file is pinned to its markdown.
    assert!(!ja.contains("stele import cannot write"), "{ja}");
    assert_eq!(ja.matches("<target").count(), 12, "{ja}");
}

/// A translator's edit of units of a translation without span markup
/// lands in the markdown exactly where the file's marked twin has those
/// units (a sentence of a paragraph, a link's text), and nothing else of
/// the file changes; no span markup is written.
#[test]
fn an_unmarked_unit_lands_where_its_marked_twin_has_it() {
    let site = twin_site();
    let (_out, xlf, text) = exported(site.path(), "ja");
    let sentence =
        "これらの作業の一部は管理センターでもできますが、多くは PowerShell のほうが速く簡単です。";
    let edited = with_target(&text, "106", sentence);
    // The English of unit 111 is the text of a link (its segment is inside
    // the link in the marked files), and so is its translation here.
    let link = "SharePoint Online のサイト グループを PowerShell で管理する";
    let edited = with_target(&edited, "111", link);
    assert_ne!(edited, text);
    std::fs::write(&xlf, edited).expect("write");
    let md = site.path().join(TWIN_ARTICLE);
    let before = std::fs::read_to_string(&md).expect("md");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updated 2 translations in 1 files"), "{err}");
    let after = std::fs::read_to_string(&md).expect("md");
    // The marked twin says which text is unit 106 and which is 111.
    let (t106, t111) = (twin_target("106"), twin_target("111"));
    assert_eq!(before.matches(&t106).count(), 1, "{t106}");
    assert_eq!(before.matches(&t111).count(), 1, "{t111}");
    let want = before.replacen(&t106, sentence, 1).replacen(&t111, link, 1);
    assert_eq!(after, want);
    assert!(!after.contains("data-ttu-id"), "no span markup: {after}");
    // The built page shows the new text with its link.
    let page = page_of(
        site.path(),
        "ja",
        "manage-sharepoint-online-with-powershell",
    );
    assert!(
        page.contains("多くは PowerShell のほうが速く簡単です。"),
        "{page}"
    );
    assert!(
        page.contains("manage-sharepoint-site-groups-with-powershell")
            && page.contains(
                ">SharePoint Online のサイト グループを PowerShell で管理する</span></a>"
            ),
        "{page}"
    );
}

/// A unit of a translation without span markup rewritten into many more
/// sentences than its English would be aligned otherwise once written (the
/// sentence grouping of its paragraph moves): refused, nothing written.
#[test]
fn an_unmarked_unit_that_would_not_align_back_is_refused() {
    let site = twin_site();
    let (_out, xlf, text) = exported(site.path(), "ja");
    let long = "管理者の仕事です。サイトを管理します。グループを管理します。ユーザーを管理します。権限を管理します。設定を管理します。これらすべてを毎日行います。ほかにも多くの仕事があります。";
    std::fs::write(&xlf, with_target(&text, "105", long)).expect("write");
    refused(site.path(), &xlf, "would not align back to this unit");
}

/// A front-matter value of a translation without span markup, where the
/// German (the reference) marks `title` as a unit: the Japanese file's
/// plain `title` is that unit's target in the export, and an edited
/// target replaces the YAML value, quoted as YAML needs, every other byte
/// as it was; the page's title shows it. Without the key in the file,
/// the unit is refused.
#[test]
fn a_front_matter_value_of_an_unmarked_file_is_replaced() {
    let site = crossing_site();
    let md = site.path().join("content/ja/send.md");
    let old = std::fs::read_to_string(&md).expect("ja");
    let (_out, xlf, text) = exported(site.path(), "ja");
    let unit = unit_in(&text, "send", "100");
    assert_eq!(target_of(unit), "再送信", "{unit}");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&md).expect("ja"), old, "unchanged");
    std::fs::write(&xlf, with_target(&text, "100", "新: 再送信 #1 'x'")).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let new = std::fs::read_to_string(&md).expect("ja");
    assert_eq!(
        new,
        old.replacen("title: 再送信\n", "title: '新: 再送信 #1 ''x'''\n", 1)
    );
    let page = page_of(site.path(), "ja", "send");
    has(&page, "<title>新: 再送信 #1 &#x27;x&#x27; · ");
    // No `title:` line in the file: where the value goes is not certain.
    std::fs::write(&md, old.replacen("title: 再送信\n", "", 1)).expect("write");
    let (_out, xlf, text) = exported(site.path(), "ja");
    let filled = text.replacen(
        "<source xml:space=\"preserve\">Send again</source>",
        "<source xml:space=\"preserve\">Send again</source>\n    <target xml:space=\"preserve\">もう一度送信</target>",
        1,
    );
    assert_ne!(filled, text);
    std::fs::write(&xlf, filled).expect("write");
    refused(
        site.path(),
        &xlf,
        "the front-matter value `title` of content/ja/send.md is not certainly this unit's",
    );
}

/// A site whose Japanese file has no span markup and whose German file
/// names the units: the Japanese paragraph's bold crosses its two
/// sentences (neither can be written alone) and its second paragraph is
/// missing (a unit with no place in the file).
fn crossing_site() -> tempfile::TempDir {
    use common::markup::seg;
    let dir = tempfile::tempdir().expect("tempdir");
    let c = dir.path().join("content");
    for l in ["en", "de", "ja"] {
        std::fs::create_dir_all(c.join(l)).expect("mkdir");
    }
    let en = "---\ntitle: Send again\n---\n# Sending mail again\n\nFirst check your connectors today. Then ask support to unblock you.\n\nKeep your servers patched all the time.\n";
    let de = format!(
        "---\ntitle: '{}'\n---\n# {}\n\n{} {}\n\n{}\n",
        seg("ab-100", "Erneut senden", "Send again"),
        seg("ab-101", "Erneut senden", "Sending mail again"),
        seg(
            "ab-102",
            "Prüfen Sie heute Ihre Connectors.",
            "First check your connectors today."
        ),
        seg(
            "ab-103",
            "Bitten Sie dann den Support um die Freigabe.",
            "Then ask support to unblock you."
        ),
        seg(
            "ab-104",
            "Halten Sie Ihre Server stets aktuell.",
            "Keep your servers patched all the time."
        ),
    );
    let ja = "---\ntitle: 再送信\n---\n# 再送信する\n\nまず今日**コネクタを確認します。次に**サポートにブロック解除を依頼します。\n";
    std::fs::write(c.join("en/send.md"), en).expect("write");
    std::fs::write(c.join("de/send.md"), de).expect("write");
    std::fs::write(c.join("ja/send.md"), ja).expect("write");
    dir
}

/// Units of a translation without span markup that have no place of their
/// own in the file are refused, each with the reason, and nothing of the
/// XLIFF file is written; the export says so in a note.
#[test]
fn unmarked_units_without_a_place_are_refused_with_the_reason() {
    let site = crossing_site();
    let (_out, xlf, text) = exported(site.path(), "ja");
    assert!(
        text.contains("stele import cannot write this unit: the file has no span markup, and its sentences end inside inline markup"),
        "{text}"
    );
    // The heading is pinned: an edit of it alone lands.
    let heading = with_target(&text, "101", "もう一度送信する");
    let cases: [(&str, String, &str); 3] = [
        (
            "a sentence whose bold crosses into the next one",
            with_target(&heading, "102", "まずコネクタを確認します。"),
            "its sentences end inside inline markup",
        ),
        (
            "a unit the translation lacks",
            heading.replacen(
                "<source xml:space=\"preserve\">Keep your servers patched all the time.</source>",
                "<source xml:space=\"preserve\">Keep your servers patched all the time.</source>\n    <target xml:space=\"preserve\">サーバーを常に最新に保ちます。</target>",
                1,
            ),
            "where a new sentence belongs in its text is a guess",
        ),
        (
            "span markup typed into a translation",
            with_target(
                &heading,
                "101",
                "&lt;span data-ttu-id=\"ab-101\"&gt;再送信&lt;/span&gt;&lt;span class=\"sxs-lookup\"&gt;&lt;span data-stu-id=\"ab-101\"&gt;Sending mail again&lt;/span&gt;&lt;/span&gt;",
            ),
            "would put span markup into",
        ),
    ];
    for (what, bad, message) in cases {
        assert_ne!(bad, heading, "{what}: the edit did not apply");
        std::fs::write(&xlf, &bad).expect("write");
        refused(site.path(), &xlf, message);
    }
    // A new paragraph typed into a heading changes the file's blocks.
    std::fs::write(&xlf, with_target(&text, "101", "再送信\n\n新しい段落")).expect("write");
    refused(site.path(), &xlf, "would change the blocks of");
    std::fs::write(&xlf, &heading).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(site.path().join("content/ja/send.md")).expect("md");
    assert!(md.contains("\n# もう一度送信する\n\nまず今日**"), "{md}");
}

/// Applies `edit` to the exported file `name`, imports it, and checks that
/// the import fails with a message that names the file, a line and `what`,
/// and that nothing in the content changed.
fn rejected(name: &str, extra: &[&str], edit: impl Fn(&str) -> String, what: &str) {
    let site = demo_site();
    let out = tempfile::tempdir().expect("tempdir");
    export(site.path(), out.path(), extra);
    let xlf = out.path().join(name);
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    let bad = edit(&text);
    assert_ne!(bad, text, "the edit for `{what}` did not apply");
    // A valid edit in the same file too: it must not be written either.
    let bad = bad.replace("Aktivieren Sie MFA</", "Schalten Sie MFA ein</");
    std::fs::write(&xlf, bad).expect("write");
    refused(site.path(), &xlf, what);
}

/// Imports `xlf` into `site` and checks that it is refused with a message
/// that names the file, a line and `what`, and that nothing changed.
fn refused(site: &Path, xlf: &Path, what: &str) {
    let before = snapshot(site);
    let (code, _, err) = import(site, &[xlf], &[]);
    assert_eq!(code, 1, "{what}: {err}");
    let shown = xlf.to_string_lossy();
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("{shown}:")) && l.contains(what)),
        "{what}: {err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(before, snapshot(site), "{what}: the content changed");
}

/// A site with `a.md` in English and, for each `(folder, target)`, a
/// marked translation whose front matter says `ms.contentlocale: {tag}`;
/// returns it with the folder of its XLIFF 2.0 export.
fn tagged_site(tag: &str, locales: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let site = tempfile::tempdir().expect("tempdir");
    let write = |l: &str, text: String| {
        let dir = site.path().join("content").join(l);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.md"), text).expect("write");
    };
    write("en", "---\ntitle: Hello\n---\n\nHello.\n".into());
    for (l, t) in locales {
        let seg = common::markup::seg("aa-101", t, "Hello.");
        write(
            l,
            format!("---\ntitle: Hello\nms.contentlocale: {tag}\n---\n\n{seg}\n"),
        );
    }
    let out = site.path().join("l10n");
    export(site.path(), &out, &["xliff"]);
    (site, out)
}

/// The export `xlf`, checked to name the target language `tag`, with the
/// target `old` changed to `new`.
fn retranslate(xlf: &Path, tag: &str, (old, new): (&str, &str)) {
    let text = std::fs::read_to_string(xlf).expect("xlf");
    has(&text, format!("trgLang=\"{tag}\""));
    let edited = text.replace(&format!(">{old}<"), &format!(">{new}<"));
    assert_ne!(edited, text, "the target `{old}` is in the export");
    std::fs::write(xlf, edited).expect("write");
}

/// A target language that a locale folder is named after goes to that
/// folder, even when another folder's files declare it as their
/// `ms.contentlocale`: `ja-JP` is the folder `ja-JP`, not `ja`.
#[test]
fn a_target_language_that_names_a_folder_goes_to_that_folder() {
    let (site, out) = tagged_site("ja-JP", &[("ja", "やあ"), ("ja-JP", "こんにちは")]);
    let before = std::fs::read(site.path().join("content/ja/a.md")).expect("ja");
    let xlf = out.join("en-ja-JP.xlf");
    retranslate(&xlf, "ja-JP", ("こんにちは", "こんばんは"));
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let ja_jp = std::fs::read_to_string(site.path().join("content/ja-JP/a.md")).expect("ja-JP");
    has(&ja_jp, ">こんばんは</span>");
    let after = std::fs::read(site.path().join("content/ja/a.md")).expect("ja");
    assert_eq!(before, after, "the folder `ja` is not touched");
}

/// A target language that no folder is named after but that the files
/// of two locales declare, both refining their folder's tag (`zh` and
/// `zh-Hans`, both `ms.contentlocale: zh-Hans-CN`, which the export
/// writes for both) is refused, naming both and `--lang`; `--lang
/// zh-Hans` picks `zh-Hans`.
#[test]
fn a_target_language_two_locales_declare_needs_lang() {
    let (site, out) = tagged_site("zh-Hans-CN", &[("zh", "你好"), ("zh-Hans", "您好")]);
    let xlf = out.join("en-zh-Hans.xlf");
    retranslate(&xlf, "zh-Hans-CN", ("您好", "早上好"));
    refused(
        site.path(),
        &xlf,
        "the target language `zh-Hans-CN` could be more than one locale of this site: the files of zh and zh-Hans all say `ms.contentlocale: zh-Hans-CN`",
    );
    let (_, _, err) = import(site.path(), &[&xlf], &[]);
    has(&err, "name the locale with --lang (zh or zh-Hans)");
    let (code, _, err) = import(site.path(), &[&xlf], &["--lang", "zh-Hans"]);
    assert_eq!(code, 0, "{err}");
    let hans = std::fs::read_to_string(site.path().join("content/zh-Hans/a.md")).expect("zh-Hans");
    has(&hans, ">早上好</span>");
    let zh = std::fs::read_to_string(site.path().join("content/zh/a.md")).expect("zh");
    has(&zh, ">你好</span>");
}

#[test]
fn import_errors_leave_the_content_untouched() {
    // A missing inline code: the link of unit 131 dropped from the target.
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| {
            let unit = t.split_once("<unit id=\"u131\"").map(|(_, u)| u).unwrap_or("");
            let target = unit
                .split_once("<target xml:space=\"preserve\">")
                .and_then(|(_, x)| x.split_once("</target>"))
                .map(|(x, _)| x)
                .unwrap_or("");
            t.replace(target, "Aktivieren Sie MFA für alle Administratoren.")
        },
        "unit 131: the markdown `[](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication)` of the source is missing in the target",
    );
    // A duplicated one.
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| {
            t.replace(
                "Organisation.</target>",
                "Organisation <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\">MFA</pc>.</target>",
            )
        },
        "unit 131: inline code 1 (`[`) occurs 2 times in the target",
    );
    // Reordered illegally: a closing code before its opening (1.2).
    rejected(
        "en-de.xliff12.xlf",
        &["xliff", "--xliff-version", "1.2"],
        |t| {
            let unit = t
                .split_once("<trans-unit id=\"131\"")
                .map(|(_, u)| u)
                .unwrap_or("");
            let target = unit
                .split_once("<target state=\"translated\">")
                .and_then(|(_, x)| x.split_once("</target>"))
                .map(|(x, _)| x)
                .unwrap_or("");
            let (bpt, rest) = target.split_once("</bpt>").unwrap_or(("", ""));
            let (text, rest) = rest.split_once("<ept").unwrap_or(("", ""));
            let (ept, tail) = rest.split_once("</ept>").unwrap_or(("", ""));
            let swapped = format!("<ept{ept}</ept>{text}{bpt}</bpt>{tail}");
            t.replacen(target, &swapped, 1)
        },
        "unit 131: inline code 1 is closed before it is opened",
    );
    // An unknown unit.
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| {
            t.replace(
                "<unit id=\"u131\" name=\"131\">",
                "<unit id=\"u999\" name=\"999\">",
            )
        },
        "unit 999: `error-code-5-7-7xx` has no unit `999`",
    );
    // A source that is not the current English (translated against an old one).
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| {
            t.replacen(
                "for all admins in your Office 365 organization.",
                "for all admins.",
                1,
            )
        },
        "unit 131: the source no longer matches the current English",
    );
    // A target language that is not a site locale.
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| t.replacen("trgLang=\"de-DE\"", "trgLang=\"fr-FR\"", 1),
        "the target language `fr-FR` is not a locale of this site",
    );
    // Not XLIFF at all.
    rejected(
        "en-de.xlf",
        &["xliff"],
        |t| t.replacen("</xliff>", "</xlif>", 1),
        "not well-formed XML",
    );
}

/// A PO file read directly: its errors name the file, the entry's line and
/// the unit, and nothing is written; a good one lands like the XLIFF.
#[test]
fn a_po_file_is_read_directly() {
    let site = demo_site();
    let out = tempfile::tempdir().expect("tempdir");
    let po = out.path().join("de.po");
    let english = "[Enable MFA](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication) for all admins in your Office 365 organization.";
    let entry = |msgstr: &str| {
        format!(
            "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n#. a note\n#: error-code-5-7-7xx%23131\nmsgid \"{english}\"\nmsgstr \"{msgstr}\"\n"
        )
    };
    // The link dropped: refused, at the line where the entry starts (its comments, 5).
    std::fs::write(&po, entry("Aktivieren Sie MFA für alle.")).expect("write");
    let before = snapshot(site.path());
    let (code, _, err) = import(site.path(), &[&po], &[]);
    assert_eq!(code, 1, "{err}");
    let shown = po.to_string_lossy();
    assert!(
        err.contains(&format!("{shown}:5:1")) && err.contains("unit 131: the markdown `[](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication)` of the source is missing in the target"),
        "{err}"
    );
    assert_eq!(before, snapshot(site.path()));
    // Not PO at all.
    std::fs::write(&po, "msgid \"a\"\nmsgstr b\n").expect("write");
    let (code, _, err) = import(site.path(), &[&po], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("{shown}:2:1")) && err.contains("quoted string"),
        "{err}"
    );
    // A good entry.
    let good = "[Schalten Sie MFA ein](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication) für alle.";
    std::fs::write(&po, entry(good)).expect("write");
    let (code, _, err) = import(site.path(), &[&po], &[]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(site.path().join(ARTICLE)).expect("md");
    assert!(
        md.contains(&format!("<span data-ttu-id=\"b6097-131\">{good}</span>")),
        "{md}"
    );
}

/// `tests/fixtures/crossing` copied, exported (XLIFF 2.0 and 1.2, TMX)
/// into the second folder returned, each export validated against its
/// official schema, and both XLIFF files imported unchanged, which must
/// not change one byte of the content; with the texts of the three
/// exports (`en-de.xlf`, `en-de.xliff12.xlf`, `stele.tmx`).
fn crossing_exported() -> (tempfile::TempDir, tempfile::TempDir, [String; 3]) {
    let site = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("tests/fixtures/crossing"), site.path());
    let out = tempfile::tempdir().expect("tempdir");
    export_both(site.path(), out.path());
    export(site.path(), out.path(), &["tmx"]);
    if common::xmllint::available() {
        let (x20s, x12s) = (
            common::xmllint::schema("xliff_core_2.0.xsd"),
            common::xmllint::schema("xliff-core-1.2-strict.xsd"),
        );
        common::xmllint::validate(&["--schema", &x20s], &out.path().join("en-de.xlf"));
        common::xmllint::validate(&["--schema", &x12s], &out.path().join("en-de.xliff12.xlf"));
        let dtd = common::xmllint::schema("tmx14.dtd");
        common::xmllint::validate(&["--dtdvalid", &dtd], &out.path().join("stele.tmx"));
    }
    let files = [
        out.path().join("en-de.xlf"),
        out.path().join("en-de.xliff12.xlf"),
    ];
    let before = snapshot(site.path());
    let (code, _, err) = import(site.path(), &[&files[0], &files[1]], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(before, snapshot(site.path()), "unchanged: {err}");
    let read = |name: &str| std::fs::read_to_string(out.path().join(name)).expect("export");
    let texts = [
        read("en-de.xlf"),
        read("en-de.xliff12.xlf"),
        read("stele.tmx"),
    ];
    (site, out, texts)
}

/// Bold that starts in one segment and ends in the next
/// (`tests/fixtures/crossing`): each half is an isolated code in its unit
/// (`<sc isolated="yes"/>` / `<ec isolated="yes"/>` in 2.0, `<it
/// pos="open|close">` in 1.2, `<it pos="begin|end">` in TMX), the exports
/// validate against the official schemas, an unchanged import writes
/// nothing, an edited one keeps the delimiter where the translator put its
/// code, and a target without it is refused.
#[test]
fn markup_across_a_segment_edge_is_an_isolated_code() {
    let (site, out, [x20, x12, tmx]) = crossing_exported();
    let sc = r#"<sc id="1" isolated="yes" dataRef="d1" canDelete="no" disp="**" type="fmt" subType="xlf:b"/>"#;
    let ec = r#"<ec id="1" isolated="yes" dataRef="d1" canDelete="no" disp="**" type="fmt" subType="xlf:b"/>"#;
    assert!(
        x20.contains(&format!(
            "<source xml:space=\"preserve\">{sc}The warning starts here.</source>"
        )),
        "{x20}"
    );
    assert!(
        x20.contains(&format!(
            "<target xml:space=\"preserve\">Sie endet hier.{ec}</target>"
        )),
        "{x20}"
    );
    assert!(x20.contains("<data id=\"d1\">**</data>"));
    assert!(
        x12.contains(
            r#"<source><it id="1" pos="open" ctype="bold">**</it>The warning starts here.</source>"#
        ),
        "{x12}"
    );
    assert!(
        x12.contains(
            r#"<source>It ends here.<it id="1" pos="close" ctype="bold">**</it></source>"#
        ),
        "{x12}"
    );
    assert!(
        tmx.contains(r#"<it pos="begin" x="1">**</it>Die Warnung beginnt hier."#),
        "{tmx}"
    );
    // The translator moves the code: the delimiter moves with it.
    let xlf = &out.path().join("en-de.xlf");
    let moved = x20.replace(
        &format!("{sc}Die Warnung beginnt hier."),
        &format!("Die {sc}Warnung beginnt hier."),
    );
    assert_ne!(moved, x20);
    std::fs::write(xlf, &moved).expect("write");
    let (code, _, err) = import(site.path(), &[xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(site.path().join("content/de/bold.md")).expect("md");
    assert!(
        md.contains("<span data-ttu-id=\"c0ffe-103\">Die **Warnung beginnt hier.</span>"),
        "{md}"
    );
    // … and may not drop it.
    let dropped = x20.replace(&format!("Sie endet hier.{ec}"), "Sie endet hier.");
    std::fs::write(xlf, &dropped).expect("write");
    let before = snapshot(site.path());
    let (code, _, err) = import(site.path(), &[xlf], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        // (A target with no code left reads as typed markdown; its `**` is gone.)
        err.contains("unit 104: the markdown `**` of the source is missing in the target"),
        "{err}"
    );
    assert_eq!(before, snapshot(site.path()));
}

/// Asserts that `hay` holds `needle`, showing `hay` when it does not.
fn has(hay: &str, needle: impl AsRef<str>) {
    assert!(
        hay.contains(needle.as_ref()),
        "{}\nnot in:\n{hay}",
        needle.as_ref()
    );
}

/// The `<unit>` (2.0) or `<trans-unit>` (1.2) of `name` in the `<file>`
/// of article `key`, as text.
fn unit_in<'a>(xlf: &'a str, key: &str, name: &str) -> &'a str {
    let file = xlf
        .split_once(&format!("original=\"{key}\""))
        .map(|(_, f)| f)
        .expect("the article's file");
    let start = [
        format!("<unit id=\"u{name}\""),
        format!("<trans-unit id=\"{name}\""),
    ]
    .iter()
    .find_map(|h| file.find(h.as_str()))
    .expect("the unit");
    let end = file[start..]
        .find("</unit>")
        .or_else(|| file[start..].find("</trans-unit>"))
        .expect("unit end");
    &file[start..start + end]
}

/// The body of a unit's `<target …>`.
fn target_of(unit: &str) -> &str {
    unit.split_once("<target")
        .and_then(|(_, t)| t.split_once('>'))
        .and_then(|(_, t)| t.split_once("</target>"))
        .map(|(t, _)| t)
        .expect("a target")
}

/// Links and inline HTML elements cut by a segment edge
/// (`tests/fixtures/crossing/content/*/link.md`: a markdown link, an
/// `<a href>` and a `<b>`, each from one sentence into the next): each half
/// is an isolated code holding its markdown or HTML, in both XLIFF
/// versions and the TMX, which validate against the official schemas; an
/// unchanged import writes nothing; a translation of both halves edited
/// lands with the link intact, the page links it and `stele check` aligns
/// every unit; a half dropped or doubled is refused.
#[test]
fn links_across_a_segment_edge_are_isolated_codes() {
    let (site, out, [x20, x12, tmx]) = crossing_exported();
    // Every link and element of the English is cut by an edge: two halves each.
    let english = std::fs::read_to_string(site.path().join("content/en/link.md")).expect("english");
    let elements = Parser::new_ext(&english, stele::markup::markdown_options())
        .filter(|e| match e {
            Event::Start(Tag::Link { .. }) => true,
            Event::InlineHtml(h) => !h.starts_with("</"),
            _ => false,
        })
        .count();
    assert_eq!(elements, 3);
    let of_link = |x: &str| {
        let f = x.split_once("original=\"link\"").expect("link").1;
        f.split_once("</file>").expect("file end").0.to_string()
    };
    let sources20 = of_link(&x20);
    let sources12 = of_link(&x12);
    let count = |x: &str, tag: &str| {
        sources(x)
            .iter()
            .map(|s| s.matches(tag).count())
            .sum::<usize>()
    };
    assert_eq!(count(&sources20, "<sc "), elements, "{sources20}");
    assert_eq!(count(&sources20, "<ec "), elements, "{sources20}");
    assert_eq!(count(&sources20, "isolated=\"yes\""), 2 * elements);
    assert_eq!(count(&sources20, "<pc ") + count(&sources20, "<ph "), 0);
    assert_eq!(count(&sources12, "<it "), 2 * elements, "{sources12}");
    let u103 = unit_in(&x20, "link", "103");
    let sc = r#"<sc id="1" isolated="yes" dataRef="d1" canDelete="no" disp="[" type="link"/>"#;
    has(
        u103,
        format!("<source xml:space=\"preserve\">See {sc}the first part.</source>"),
    );
    has(u103, "<data id=\"d1\">[</data>");
    let u104 = unit_in(&x20, "link", "104");
    let ec = r#"<ec id="1" isolated="yes" dataRef="d1" canDelete="no" disp="](https://example.com/a)" type="link"/>"#;
    has(u104, format!("Und den zweiten Teil{ec} hier.</target>"));
    has(u104, "<data id=\"d1\">](https://example.com/a)</data>");
    let u105 = unit_in(&x20, "link", "105");
    has(
        u105,
        "<data id=\"d1\">&lt;a href=&quot;https://example.com/b&quot;&gt;</data>",
    );
    has(u105, "<sc id=\"1\" isolated=\"yes\"");
    let t108 = unit_in(&x12, "link", "108");
    has(
        t108,
        r#"<source>And that one<it id="1" pos="close" ctype="bold">&lt;/b&gt;</it> too.</source>"#,
    );
    has(
        &tmx,
        r#"Siehe <it pos="begin" x="1">[</it>den ersten Teil."#,
    );
    // A half dropped, or doubled: refused, nothing written.
    let xlf = &out.path().join("en-de.xlf");
    let dropped = x20.replacen(
        &format!("Und den zweiten Teil{ec} hier."),
        "Und den zweiten Teil hier.",
        1,
    );
    assert_ne!(dropped, x20);
    std::fs::write(xlf, &dropped).expect("write");
    refused(
        site.path(),
        xlf,
        "unit 104: the markdown `](https://example.com/a)` of the source is missing in the target",
    );
    let doubled = x20.replacen(
        &format!("Siehe {sc}den ersten Teil."),
        &format!("Siehe {sc}den {sc}ersten Teil."),
        1,
    );
    assert_ne!(doubled, x20);
    std::fs::write(xlf, &doubled).expect("write");
    refused(
        site.path(),
        xlf,
        "unit 103: inline code 1 (`[`) occurs 2 times in the target",
    );
    // Both halves of the markdown link and of the `<a>` retranslated.
    let edited = x20
        .replacen(
            &format!("Siehe {sc}den ersten Teil."),
            &format!("Lesen Sie {sc}den Anfang."),
            1,
        )
        .replacen(
            &format!("Und den zweiten Teil{ec} hier."),
            &format!("Und das Ende{ec} dort."),
            1,
        );
    let t105 = target_of(unit_in(&x20, "link", "105"));
    let t106 = target_of(unit_in(&x20, "link", "106"));
    let edited = edited
        .replacen(
            t105,
            &t105
                .replace("Auch ", "Ebenso ")
                .replace("ein Satz", "ein Gedanke"),
            1,
        )
        .replacen(t106, &t106.replace("Und noch einer", "Und ein zweiter"), 1);
    std::fs::write(xlf, &edited).expect("write");
    let (code, _, err) = import(site.path(), &[xlf], &[]);
    assert_eq!(code, 0, "{err}");
    has(&err, "updated 4 translations");
    let md = std::fs::read_to_string(site.path().join("content/de/link.md")).expect("md");
    for segment in [
        "<span data-ttu-id=\"11ee5-103\">Lesen Sie [den Anfang.</span>",
        "<span data-ttu-id=\"11ee5-104\">Und das Ende](https://example.com/a) dort.</span>",
        "<span data-ttu-id=\"11ee5-105\">Ebenso <a href=\"https://example.com/b\">ein Gedanke.</span>",
        "<span data-ttu-id=\"11ee5-106\">Und ein zweiter</a> Ende.</span>",
    ] {
        has(&md, segment);
    }
    let root = site.path().to_string_lossy().into_owned();
    let (code, text, err) = stele(&["check", "--root", &root, "--lang", "de"]);
    assert_eq!(code, 0, "{err}");
    has(&format!("{text}{err}"), "13 of 13 units aligned");
    let page = page_of(site.path(), "de", "link");
    let doc = scraper::Html::parse_document(&page);
    let links = |href: &str| -> String {
        let sel =
            scraper::Selector::parse(&format!("article a[href=\"{href}\"]")).expect("selector");
        doc.select(&sel)
            .map(|a| a.text().collect::<String>())
            .collect::<Vec<_>>()
            .join("|")
    };
    let a = links("https://example.com/a");
    has(&a, "den Anfang.");
    has(&a, "Und das Ende");
    let b = links("https://example.com/b");
    has(&b, "ein Gedanke.");
    has(&b, "Und ein zweiter");
}

fn have(tool: &str) -> bool {
    let ok = Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("{tool} is missing: .ci/run installs it");
        }
        println!("skipped: {tool} is not installed");
    }
    ok
}

/// Builds the site and returns the German article's page.
fn built_page(site: &Path) -> String {
    let root = site.to_string_lossy().into_owned();
    let (code, _, err) = stele(&["build", "--root", &root, "--quiet"]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(site.join("public/de/error-code-5-7-7xx/index.html")).expect("page")
}

/// The PO `text` with `msgstr` filled for each entry whose `msgstr` is
/// empty, where `translate` gets its location (`article#id`) and `msgid`
/// and returns a translation.
fn fill_po(text: &str, translate: impl Fn(&str, &str) -> Option<String>) -> String {
    let unquote = |l: &str| -> String {
        let l = l.trim();
        let inner = l.get(1..l.len().saturating_sub(1)).unwrap_or_default();
        inner
            .replace("\\n", "\n")
            .replace("\\\"", "\"")
            .replace("\\\\", "\\")
    };
    let quote = |s: &str| {
        format!(
            "\"{}\"",
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        )
    };
    text.split("\n\n")
        .map(|entry| {
            let location = entry
                .lines()
                .find_map(|l| l.strip_prefix("#: "))
                .map(|l| l.replace("%23", "#"));
            let Some((head, rest)) = entry.split_once("\nmsgid ") else {
                return entry.to_string();
            };
            let Some((id, str_part)) = rest.split_once("\nmsgstr ") else {
                return entry.to_string();
            };
            if str_part.trim() != "\"\"" {
                return entry.to_string();
            }
            let msgid: String = id.lines().map(unquote).collect();
            match location.as_deref().and_then(|l| translate(l, &msgid)) {
                Some(t) => format!("{head}\nmsgid {id}\nmsgstr {}", quote(&t)),
                None => entry.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The content files of a site (`content/`), by path inside it.
fn content_of(site: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    snapshot(&site.join("content"))
        .into_iter()
        .filter_map(|(p, b)| Some((p.strip_prefix(site).ok()?.to_path_buf(), b)))
        .collect()
}

/// What the tool round trips translate, landed: the edited link text of
/// unit 131, the missing sentence and heading of
/// [`cut_sentence_and_heading`] as new segments, and the new article
/// `email-non-delivery-reports` with its link; and the built pages show
/// them. `err` is the import's stderr.
fn tool_translations_landed(site: &Path, err: &str) {
    assert!(err.contains("translations in 2 files"), "{err}");
    let md = std::fs::read_to_string(site.join(ARTICLE)).expect("md");
    assert!(md.contains("<span data-ttu-id=\"b6097-131\">[Schalten Sie MFA ein](https://docs.microsoft.com/office365/admin/security-and-compliance/set-up-multi-factor-authentication) für alle Administratoren"), "{md}");
    assert!(
        md.contains(">Sie sehen diese Benachrichtigung, wenn Ihr Mandant keine E-Mails senden darf.</span><span class=\"sxs-lookup\">")
            && md.contains("></a><span data-ttu-id=\"b6097-")
            && md.contains(">5.7.705: Mandant hat den Schwellenwert überschritten</span>"),
        "{md}"
    );
    let key = NEW_ARTICLE;
    let new = std::fs::read_to_string(site.join(format!("content/de/{key}.md")))
        .expect("the new article");
    assert!(
        new.contains("DE: Codes `5.7.x` below 500")
            && new.contains("See [error code 5.7.1](error-code-5-7-1.md) for the checks.</span>"),
        "{new}"
    );
    let page = built_page(site);
    assert!(
        page.contains("Schalten Sie MFA ein</a>")
            && page.contains("Sie sehen diese Benachrichtigung"),
        "the built page shows them"
    );
    let new_page = std::fs::read_to_string(site.join(format!("public/de/{key}/index.html")))
        .expect("the new article's page");
    assert!(new_page.contains(">error code 5.7.1</a>") && new_page.contains("DE: Codes"));
}

/// Runs a translate-toolkit converter; it must succeed.
fn run_tool(cmd: &str, args: &[&Path]) {
    let o = Command::new(cmd).args(args).output().expect(cmd);
    assert!(
        o.status.success(),
        "{cmd}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The XLIFF 1.2 export of `site` for `locale` through `xliff2po`: the
/// folder that holds it, the PO's path and text, and the path for
/// `po2xliff` to write back to.
fn as_po(site: &Path, locale: &str) -> (tempfile::TempDir, PathBuf, PathBuf, String) {
    let out = tempfile::tempdir().expect("tempdir");
    export(site, out.path(), &["xliff", "--xliff-version", "1.2"]);
    let xlf = out.path().join(format!("en-{locale}.xliff12.xlf"));
    let po = out.path().join(format!("{locale}.po"));
    let back = out.path().join(format!("{locale}.xlf"));
    run_tool("xliff2po", &[&xlf, &po]);
    let text = std::fs::read_to_string(&po).expect("po");
    (out, po, back, text)
}

/// translate-toolkit: `xliff2po` of the XLIFF 1.2 export, a translator
/// edits a translation, fills a missing sentence and heading and translates
/// a whole new article in the PO; `po2xliff` and `stele import` write them,
/// and `stele import` of the PO itself writes the same bytes.
#[test]
fn round_trip_through_translate_toolkit() {
    if !have("xliff2po") || !have("po2xliff") {
        return;
    }
    let site = demo_site();
    cut_sentence_and_heading(site.path());
    let direct = tempfile::tempdir().expect("tempdir");
    copy_dir(site.path(), direct.path());
    let (_out, po, back, text) = as_po(site.path(), "de");
    // Every unit keeps its own entry (its location is `article#id`), and
    // the current translations are not fuzzy.
    // (translate-toolkit escapes the `#` of the location as `%23`.)
    assert!(text.contains("#: error-code-5-7-7xx%23131"), "{text}");
    // The translator edits a translation: the markdown of the link and the
    // inline code stays as the PO shows it.
    assert!(text.contains("[Aktivieren Sie MFA]"), "{text}");
    let key = NEW_ARTICLE;
    let edited = fill_po(&text, |location, msgid| {
        if location.starts_with(&format!("{key}#")) {
            Some(format!("DE: {msgid}"))
        } else if location.starts_with("error-code-5-7-7xx#") {
            cut_translation(msgid)
        } else {
            None
        }
    })
    .replace("[Aktivieren Sie MFA]", "[Schalten Sie MFA ein]")
    .replacen(
        "msgid \"\"\nmsgstr \"\"\n",
        "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n",
        1,
    );
    std::fs::write(&po, edited).expect("po");
    run_tool("po2xliff", &[&po, &back]);
    let (code, _, err) = import(site.path(), &[&back], &["--lang", "de"]);
    assert_eq!(code, 0, "{err}");
    tool_translations_landed(site.path(), &err);
    // The PO itself, read by `stele import`: the same files, byte for byte.
    let (code, _, err) = import(direct.path(), &[&po], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(content_of(site.path()), content_of(direct.path()));
}

/// translate-toolkit on the demo's Japanese article, which has no span
/// markup: `xliff2po` of the XLIFF 1.2 export, a translator rewrites a
/// heading and the link text of a sentence in the PO, `po2xliff` and
/// `stele import` write them into the plain markdown (nothing else of the
/// file changes, no span markup; the PO imported directly writes the same
/// bytes), and the built page shows them.
#[test]
fn round_trip_through_translate_toolkit_into_an_unmarked_translation() {
    if !have("xliff2po") || !have("po2xliff") {
        return;
    }
    let site = demo_site();
    let direct = tempfile::tempdir().expect("tempdir");
    copy_dir(site.path(), direct.path());
    let (_out, po, back, text) = as_po(site.path(), "ja");
    let heading = "msgid \"Unblocking tenant in order to send again\"\nmsgstr \"再送信するためにブロック解除のテナント\"";
    assert!(text.contains(heading), "{text}");
    // The link of unit p106 is markdown in the PO, as the file has it.
    assert!(
        text.contains(
            "\"についてを参照して[ここで](https://docs.microsoft.com/en-us/exchange/mail-\""
        ),
        "{text}"
    );
    let edited = text
        .replacen(
            heading,
            "msgid \"Unblocking tenant in order to send again\"\nmsgstr \"もう一度送信できるようにテナントのブロックを解除する\"",
            1,
        )
        .replacen("\"についてを参照して[ここで]", "\"については[こちら]", 1);
    std::fs::write(&po, edited).expect("po");
    run_tool("po2xliff", &[&po, &back]);
    let md = site.path().join("content/ja/unregistered-domain-email.md");
    let before = std::fs::read_to_string(&md).expect("md");
    let (code, _, err) = import(site.path(), &[&back], &["--lang", "ja"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updated 2 translations in 1 files"), "{err}");
    let after = std::fs::read_to_string(&md).expect("md");
    let want = before
        .replacen(
            "></a>再送信するためにブロック解除のテナント\n",
            "></a>もう一度送信できるようにテナントのブロックを解除する\n",
            1,
        )
        .replacen(
            "詳細についてを参照して[ここで](",
            "詳細については[こちら](",
            1,
        );
    assert_ne!(want, before, "the demo changed");
    assert_eq!(after, want);
    // The PO itself, read by `stele import`: the same bytes.
    let (code, _, err) = import(direct.path(), &[&po], &["--lang", "ja"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(content_of(site.path()), content_of(direct.path()));
    let page = page_of(site.path(), "ja", "unregistered-domain-email");
    assert!(
        page.contains("もう一度送信できるようにテナントのブロックを解除する")
            && page.contains("manage-accepted-domains\">こちら</a>"),
        "the built page shows them: {page}"
    );
}

fn on_path(tool: &str) -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()));
    if !found {
        if std::env::var_os("CI").is_some() {
            panic!("{tool} is missing: .ci/run installs it");
        }
        println!("skipped: {tool} is not installed");
    }
    found
}

/// A segment's words without its codes: XLIFF 1.2 code elements with their
/// content, OmegaT's escaped tags (`&lt;f0&gt;`) and line breaks dropped,
/// so that Stele's XLIFF and OmegaT's view of a segment compare.
fn bare(s: &str) -> String {
    let codes = regex::Regex::new(
        r"<(bpt|ept|ph|it)\b[^>]*>.*?</(bpt|ept|ph|it)>|<[^>]+>|&lt;/?[a-z]+[0-9]+/?&gt;",
    )
    .expect("regex");
    codes
        .replace_all(&s.replace("&apos;", "'").replace("&quot;", "\""), " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The parts of `text` between `open` and `close`, with what lies around them.
fn units_of<'a>(text: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    text.split(open)
        .skip(1)
        .filter_map(|u| u.split_once(close).map(|(a, _)| a))
        .collect()
}

/// OmegaT (Debian's 3.6, console mode) translates Stele's XLIFF 1.2 from a
/// project memory made of Stele's TMX; `stele import` takes its output.
///
/// OmegaT's XLIFF filter translates the `<target>` of each unit (it
/// expects the target pre-filled with a copy of the source, as Okapi
/// writes it), so the project's source file is the export with each target
/// replaced by its source. Units holding a protected-token `<mrk>` are left
/// out: OmegaT sees the marker as a tag, which the TMX cannot carry, so no
/// TM entry matches them exactly and OmegaT would return their English.
#[test]
fn round_trip_through_omegat() {
    if !on_path("omegat") {
        return;
    }
    let site = demo_site();
    cut_sentence_and_heading(site.path());
    let out = tempfile::tempdir().expect("tempdir");
    export(
        site.path(),
        out.path(),
        &["xliff", "--xliff-version", "1.2"],
    );
    export(site.path(), out.path(), &["tmx"]);
    let xlf = std::fs::read_to_string(out.path().join("en-de.xliff12.xlf")).expect("xlf");
    let (head, _) = xlf.split_once(" <file ").expect("a file");
    let new_key = NEW_ARTICLE;
    let mrk = regex::Regex::new(r"</?mrk[^>]*>").expect("regex");
    let mut doc = head.to_string();
    // The units with no translation yet, by their text without codes,
    // and the German the translator's TM has for them (`None`: `DE: ` and
    // the English, codes and all).
    let mut wanted: Vec<(String, Option<String>)> = Vec::new();
    let mut kept = 0;
    for file in units_of(&xlf, " <file ", "</file>") {
        let new = file.starts_with(&format!("original=\"{new_key}\""));
        if !new && !file.starts_with("original=\"error-code-5-7-7xx\"") {
            continue;
        }
        let (file_head, _) = file.split_once("   <trans-unit ").expect("units");
        doc.push_str(&format!(" <file {file_head}"));
        for u in units_of(file, "<trans-unit ", "</trans-unit>") {
            let Some(source) = units_of(u, "<source>", "</source>").first().copied() else {
                continue;
            };
            if let Some((before, rest)) = u.split_once("<target") {
                if u.contains("<mrk") {
                    continue;
                }
                let (_, after) = rest.split_once("</target>").expect("target end");
                doc.push_str(&format!(
                    "   <trans-unit {before}<target>{source}</target>{after}</trans-unit>\n"
                ));
                kept += 1;
                continue;
            }
            // No translation yet: OmegaT sees the protected tokens as text.
            let plain = mrk.replace_all(source, "").into_owned();
            let german = if new {
                None
            } else {
                let Some(g) = cut_translation(&plain) else {
                    continue;
                };
                Some(g)
            };
            wanted.push((bare(&plain), german));
            let (before, after) = u.split_once("</source>").expect("source end");
            let before = before.replace(source, &plain);
            doc.push_str(&format!(
                "   <trans-unit {before}</source><target>{plain}</target>{after}</trans-unit>\n"
            ));
            kept += 1;
        }
        doc.push_str("  </body>\n </file>\n");
    }
    doc.push_str("</xliff>\n");
    assert!(kept > 50, "{kept} units");
    let proj = tempfile::tempdir().expect("tempdir");
    let p = proj.path();
    for d in ["source", "target", "tm", "glossary", "dictionary", "omegat"] {
        std::fs::create_dir_all(p.join(d)).expect("mkdir");
    }
    std::fs::write(p.join("source/de.xlf"), doc).expect("write");
    let tmx = std::fs::read_to_string(out.path().join("stele.tmx")).expect("tmx");
    assert!(tmx.contains("Aktivieren Sie MFA"));
    let tmx = tmx.replace("Aktivieren Sie MFA", "Schalten Sie MFA ein");
    std::fs::write(p.join("omegat/project_save.tmx"), &tmx).expect("write");
    std::fs::write(
        p.join("omegat.project"),
        r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>de-DE</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneGermanTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"#,
    )
    .expect("write");
    let omegat = |mode: &[&str]| {
        let o = Command::new("omegat")
            .args(mode)
            .arg(format!("--config-dir={}", p.join("config").display()))
            .args(["--disable-project-locking", "--no-team", "--quiet"])
            .arg(p)
            .output()
            .expect("omegat");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    // The translator's memory for the units with no translation: OmegaT
    // writes every source segment as it sees it (its own tags, line breaks
    // kept), and the TM pairs the wanted ones with their German.
    let pseudo = p.join("pseudo.tmx");
    omegat(&[
        "--mode=console-createpseudotranslatetmx",
        &format!("--pseudotranslatetmx={}", pseudo.display()),
        "--pseudotranslatetype=equal",
    ]);
    let pseudo = std::fs::read_to_string(&pseudo).expect("OmegaT's pseudo-translation TMX");
    let mut tus = String::new();
    for tu in units_of(&pseudo, "<tu>", "</tu>") {
        let Some(en) = units_of(tu, "<seg>", "</seg>").first().copied() else {
            continue;
        };
        let Some((_, german)) = wanted.iter().find(|(k, _)| *k == bare(en)) else {
            continue;
        };
        let de = german.clone().unwrap_or_else(|| format!("DE: {en}"));
        tus.push_str(&format!(
            "<tu><tuv lang=\"en\"><seg>{en}</seg></tuv><tuv lang=\"de-DE\"><seg>{de}</seg></tuv></tu>\n"
        ));
    }
    let missing: Vec<&String> = wanted
        .iter()
        .map(|(k, _)| k)
        .filter(|k| {
            !units_of(&pseudo, "<seg>", "</seg>")
                .iter()
                .any(|s| bare(s) == **k)
        })
        .collect();
    assert!(missing.is_empty(), "not in OmegaT's segments: {missing:?}");
    std::fs::write(
        p.join("omegat/project_save.tmx"),
        tmx.replacen(" </body>", &format!("{tus} </body>"), 1),
    )
    .expect("write");
    omegat(&["--mode=console-translate"]);
    let translated = p.join("target/de.xlf");
    let text = std::fs::read_to_string(&translated).expect("OmegaT's target file");
    assert!(
        text.contains("Schalten Sie MFA ein"),
        "OmegaT pre-translated from the TM"
    );
    let (code, _, err) = import(site.path(), &[&translated], &[]);
    assert_eq!(code, 0, "{err}");
    tool_translations_landed(site.path(), &err);
}

/// A current human translation (`ms.translationtype: HT`) is exported as
/// final, a machine translation (`MT`) as translated; both import back
/// unchanged.
#[test]
fn human_translations_are_final_machine_ones_translated() {
    let site = demo_site();
    let ht = site.path().join("content/de/unregistered-domain-email.md");
    let text = std::fs::read_to_string(&ht).expect("de");
    assert!(text.contains("ms.translationtype: MT"));
    std::fs::write(
        &ht,
        text.replace("ms.translationtype: MT", "ms.translationtype: HT"),
    )
    .unwrap();
    let out = tempfile::tempdir().expect("tempdir");
    export_both(site.path(), out.path());
    let x20 = std::fs::read_to_string(out.path().join("en-de.xlf")).expect("xlf");
    let file_of = |key: &str| {
        let start = x20.find(&format!("original=\"{key}\"")).expect(key);
        let end = x20[start..].find("</file>").expect("file end") + start;
        x20[start..end].to_string()
    };
    let human = file_of("unregistered-domain-email");
    let machine = file_of("error-code-5-7-7xx");
    assert!(human.contains("state=\"final\""), "{human}");
    assert!(!human.contains("state=\"translated\""), "{human}");
    assert!(machine.contains("state=\"translated\""));
    assert!(!machine.contains("state=\"final\""));
    let x12 = std::fs::read_to_string(out.path().join("en-de.xliff12.xlf")).expect("xlf");
    assert!(x12.contains("state=\"final\""));
    let (code, _, err) = import(
        site.path(),
        &[
            &out.path().join("en-de.xlf"),
            &out.path().join("en-de.xliff12.xlf"),
        ],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updated 0 translations"), "{err}");
}

/// A markdown escape of the English (`\<name>`, which keeps `<name>` from
/// being read as an HTML tag) is a code a translation may leave out
/// (`canDelete="yes"`): machine translations drop them, so most Russian
/// PowerShell units of the corpus had none, and every edit of such a unit
/// was refused as "missing" the escape. The import escapes the character
/// itself, so the page still shows `<…>` as text; an escape the target
/// keeps is not escaped twice.
#[test]
fn a_dropped_escape_is_written_back_by_the_import() {
    let en = "---\ntitle: Escapes\n---\n# Escapes\n\nSet -Department \"\\<department name>\" and -Title \"\\<title>\".\n";
    let de = format!(
        "---\ntitle: Escapes\n---\n# {}\n\n{}\n",
        common::markup::seg("aa-101", "Escapes", "Escapes"),
        common::markup::seg(
            "aa-102",
            "Setzen Sie -Department \"\\<Abteilung>\" und -Title \"\\<Titel>\".",
            "Set -Department \"\\<department name>\" and -Title \"\\<title>\"."
        )
    );
    let site = a_site(&[("en", en), ("de", &de)]);
    let (_out, xlf, text) = exported(site.path(), "de");
    let unit = unit_in(&text, "a", "102");
    assert!(
        unit.contains("disp=\"\\\" type=\"other\"") && unit.contains("canDelete=\"yes\""),
        "{unit}"
    );
    // The translator keeps the first escape and drops the second; the
    // text has its own `<` and `>`.
    let target = target_of(unit);
    let edited = {
        let mut t = target.replacen("&lt;Abteilung&gt;", "&lt;Abteilungsname&gt;", 1);
        let second = t.rfind("<ph ").expect("second escape");
        let end = second + t[second..].find("/>").expect("ph end") + 2;
        t.replace_range(second..end, "");
        t.replace("&lt;Titel&gt;", "&lt;Titel&gt; (&lt;b&gt;)")
    };
    std::fs::write(&xlf, text.replacen(target, &edited, 1)).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let after = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("md");
    assert!(
        after.contains(
            "Setzen Sie -Department \"\\<Abteilungsname>\" und -Title \"\\<Titel> (\\<b>)\".</span>"
        ),
        "{after}"
    );
    common::cli::build_quiet(site.path());
    let page = std::fs::read_to_string(site.path().join("public/de/a/index.html")).expect("page");
    assert!(page.contains("&lt;Titel&gt; (&lt;b&gt;)"), "{page}");
}

/// The units of an article are named by the translation whose segments
/// cover the English best, whatever `--lang` says: before, `stele check
/// --lang de --export xliff` named them after the German segments (one
/// `p101` for two sentences) while `stele import`, which reads every
/// locale, named them after the French ones (`101`, `102`), and refused
/// the whole file (40 units of the enterprise corpus: "has no unit").
#[test]
fn an_export_made_with_lang_imports_into_the_whole_site() {
    let seg = |id: &str, t: &str, s: &str| common::markup::seg(&format!("aa-{id}"), t, s);
    let files = [
        (
            "en",
            "# Title\n\nFirst sentence. Second sentence.\n".to_string(),
        ),
        (
            "de",
            format!(
                "# {}\n\n{}\n",
                seg("100", "Titel", "Title"),
                seg(
                    "p101",
                    "Erster Satz. Zweiter Satz.",
                    "First sentence. Second sentence."
                )
            ),
        ),
        (
            "fr",
            format!(
                "# {}\n\n{} {}\n",
                seg("100", "Titre", "Title"),
                seg("101", "Première phrase.", "First sentence."),
                seg("102", "Deuxième phrase.", "Second sentence.")
            ),
        ),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let site = a_site(&files);
    let out = tempfile::tempdir().expect("tempdir");
    export(site.path(), out.path(), &["xliff", "--lang", "de"]);
    let xlf = out.path().join("en-de.xlf");
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    assert!(text.contains("<unit id=\"u101\""), "{text}");
    let before = snapshot(site.path());
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(before, snapshot(site.path()));
    // An edit lands.
    std::fs::write(
        &xlf,
        text.replace("Erster Satz. Zweiter Satz.", "Erster Satz. Zweiter Satz!"),
    )
    .expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let de = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("de");
    assert!(de.contains(">Erster Satz. Zweiter Satz!</span>"), "{de}");
}

/// The corpus keeps bare URLs from being linked with plain spans
/// (`https<span>://</span>host`). The export shows the unit's text without
/// them (the URL whole, protected); an edited segment must be written
/// back with them, or the page would link the URL that the file kept as
/// text.
#[test]
fn an_edited_segment_keeps_the_plain_spans_of_its_urls() {
    let en = "# Hosts\n\nUse https<span>://</span>mail.contoso.com here.\n";
    let de = format!(
        "# {}\n\n{}\n",
        common::markup::seg("aa-100", "Hosts", "Hosts"),
        common::markup::seg(
            "aa-101",
            "Verwenden Sie https<span>://</span>mail.contoso.com hier.",
            "Use https<span>://</span>mail.contoso.com here."
        )
    );
    let site = a_site(&[("en", en), ("de", &de)]);
    let (_out, xlf, text) = exported(site.path(), "de");
    let unit = unit_in(&text, "a", "101");
    let target = target_of(unit);
    assert!(
        target.contains("https://mail.contoso.com") && !target.contains("span"),
        "{unit}"
    );
    let edited = target.replace("hier.", "an dieser Stelle.");
    std::fs::write(&xlf, text.replacen(target, &edited, 1)).expect("write");
    let (code, _, err) = import(site.path(), &[&xlf], &[]);
    assert_eq!(code, 0, "{err}");
    let after = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("md");
    assert!(
        after.contains(
            ">Verwenden Sie https<span>://</span>mail.contoso.com an dieser Stelle.</span>"
        ),
        "{after}"
    );
    common::cli::build_quiet(site.path());
    let page = std::fs::read_to_string(site.path().join("public/de/a/index.html")).expect("page");
    assert!(page.contains("an dieser Stelle"), "{page}");
    assert!(!page.contains("href=\"https://mail.contoso.com"), "{page}");
}
