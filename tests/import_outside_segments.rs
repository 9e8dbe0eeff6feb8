//! `stele import` of units whose translation sits outside any segment of a
//! marked file, end to end through the binary: image alt text and a
//! caption (aligned by structure: translation tools translate them but do
//! not mark them) and English left verbatim next to a segment. Each is
//! exported with its place's markdown as coded target, and an edit lands
//! exactly there (never as a second, new segment beside the old text),
//! unmarked for alt text and captions, as a segment for the English; the
//! unit aligns to the new text and the page shows it. Where the place is
//! not certain, the export says why and the import refuses.

use std::path::{Path, PathBuf};

mod common;

use common::cli::{snapshot, stele};
use common::markup::seg;

const EN: &str = "---\ntitle: Pictures\n---\n\n# Pictures\n\nLook at the picture below.\n\n![A diagram of the network](media/net.png)\n\n_Figure 1: The [network](net.md) layout._\n\nRun the tool now. Keep this sentence in English.\n";

/// The German translation: segments for the heading and two sentences;
/// the alt text and the caption translated without markup; the last
/// English sentence left as it is, outside the segment before it
/// (`verbatim_tail` follows that segment).
fn de(verbatim_tail: &str) -> String {
    format!(
        "---\ntitle: Bilder\n---\n\n# {}\n\n{}\n\n![Ein Diagramm des Netzes](media/net.png)\n\n_Abbildung 1: Der Aufbau des [Netzes](net.md)._\n\n{}{verbatim_tail}\n",
        seg("aa-101", "Bilder", "Pictures"),
        seg("aa-102", "Sehen Sie sich das Bild unten an.", "Look at the picture below."),
        seg("aa-103", "Führen Sie das Tool jetzt aus.", "Run the tool now."),
    )
}

/// A site with [`EN`] and German `de`, and its XLIFF 2.0 export.
fn site(de: &str) -> (tempfile::TempDir, PathBuf, String) {
    site_with(EN, de)
}

/// A site with English `en` and German `de`, and its XLIFF 2.0 export.
fn site_with(en: &str, de: &str) -> (tempfile::TempDir, PathBuf, String) {
    let site = tempfile::tempdir().expect("tempdir");
    for (l, text) in [("en", en), ("de", de)] {
        let dir = site.path().join("content").join(l);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.md"), text).expect("write");
    }
    let out = site.path().join("l10n");
    let (root, o) = (path(site.path()), path(&out));
    let (code, _, err) = stele(&["check", "--root", &root, "--out", &o, "--export", "xliff"]);
    assert_eq!(code, 0, "{err}");
    let xlf = out.join("en-de.xlf");
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    (site, xlf, text)
}

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn import(site: &Path, xlf: &Path) -> (i32, String) {
    let (code, _, err) = stele(&["import", "--root", &path(site), &path(xlf)]);
    (code, err)
}

/// The `<unit>` element of the unit named `name`.
fn unit<'a>(xlf: &'a str, name: &str) -> &'a str {
    let at = xlf
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("unit {name} in {xlf}"));
    let end = at + xlf[at..].find("</unit>").expect("unit end");
    &xlf[at..end]
}

/// The XLIFF `text` with the target text `old` of the unit named `name`
/// replaced by `new` (its inline codes kept).
fn edit(text: &str, name: &str, old: &str, new: &str) -> String {
    let u = unit(text, name);
    let t = u.find("<target").expect("a target");
    assert!(u[t..].contains(old), "{old} in {u}");
    let edited = format!("{}{}", &u[..t], u[t..].replacen(old, new, 1));
    text.replacen(u, &edited, 1)
}

/// The names of the units in the XLIFF, in order.
fn names(xlf: &str) -> Vec<String> {
    xlf.split("<unit id=\"")
        .skip(1)
        .filter_map(|u| {
            let n = u.split_once("name=\"")?.1;
            Some(n.split_once('"')?.0.to_string())
        })
        .collect()
}

/// `stele check --lang de` finds no missing or extra segment.
fn aligned_whole(site: &Path) {
    let (_, out, err) = stele(&["check", "--root", &path(site), "--lang", "de"]);
    for f in ["missing-segment", "extra-segment"] {
        assert!(!out.contains(f) && !err.contains(f), "{out}{err}");
    }
}

#[test]
fn alt_text_captions_and_verbatim_english_are_edited_where_they_are() {
    let de_text = de(" Keep this sentence in English.");
    let (site, xlf, text) = site(&de_text);
    let units = names(&text);
    assert_eq!(units.len(), 6, "{units:?}");
    let (image, caption, verbatim) = (&units[2], &units[3], &units[5]);
    // The alt text's target is the file's markdown of it: the image is
    // an inline code, as in the source.
    let img = unit(&text, image);
    assert!(
        img.contains("type=\"image\">Ein Diagramm des Netzes</pc></target>"),
        "{img}"
    );
    assert!(unit(&text, caption).contains("</pc> layout.</pc></source>"));
    assert!(!text.contains("stele import cannot write"), "{text}");
    // Unchanged, nothing changes.
    let before = snapshot(site.path());
    let (code, err) = import(site.path(), &xlf);
    assert_eq!(code, 0, "{err}");
    assert!(before == snapshot(site.path()), "{err}");

    let edited = edit(&text, image, "Ein Diagramm", "Ein neues Diagramm");
    let edited = edit(&edited, caption, "Der Aufbau", "Die Struktur");
    let edited = edit(
        &edited,
        verbatim,
        "Keep this sentence in English.",
        "Behalten Sie diesen Satz.",
    );
    std::fs::write(&xlf, edited).expect("write");
    let (code, err) = import(site.path(), &xlf);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updated 3 translations in 1 files"), "{err}");
    let after = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("md");
    // Exactly those places changed: no second image, the alt text and
    // caption without span markup, the English now a segment.
    let span = seg(
        "aa-104",
        "Behalten Sie diesen Satz.",
        "Keep this sentence in English.",
    );
    let want = de_text
        .replacen("Ein Diagramm", "Ein neues Diagramm", 1)
        .replacen("Der Aufbau", "Die Struktur", 1)
        .replacen("Keep this sentence in English.", &span, 1);
    assert_eq!(after, want);
    aligned_whole(site.path());
    // The page shows the new alt text and caption.
    let (code, _, err) = stele(&["build", "--root", &path(site.path()), "--quiet"]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(site.path().join("public/de/a/index.html")).expect("page");
    assert!(
        page.contains("alt=\"Ein neues Diagramm des Netzes\""),
        "{page}"
    );
    assert!(page.contains("Abbildung 1: Die Struktur des"), "{page}");
    assert!(page.contains("Behalten Sie diesen Satz."), "{page}");
    assert_eq!(page.matches("media/net.png").count(), 1, "{page}");
}

/// English left verbatim twice in its block: which one is the unit's is a
/// guess. The export says so in the unit's `import` note, and an edit is
/// refused (naming the unit), the content untouched.
#[test]
fn verbatim_english_found_twice_in_its_block_is_refused() {
    let (site, xlf, text) = site(&de(
        " Keep this sentence in English. Keep this sentence in English.",
    ));
    let units = names(&text);
    let verbatim = units.last().expect("units");
    let u = unit(&text, verbatim);
    assert!(
        u.contains("its English occurs more than once in its block"),
        "{u}"
    );
    let err = refused_edit(site.path(), &xlf, &text, verbatim);
    assert!(
        err.contains("en-de.xlf:")
            && err.contains(&format!("unit {verbatim}: the unit's translation in"))
            && err.contains("outside any segment"),
        "{err}"
    );
}

/// Alt text typed with span markup would make it a segment: refused,
/// since alt text stays unmarked.
#[test]
fn alt_text_with_span_markup_is_refused() {
    let (site, xlf, text) = site(&de(" Keep this sentence in English."));
    let image = names(&text)[2].clone();
    let typed = "&lt;span data-ttu-id=&quot;aa-120&quot;&gt;X&lt;/span&gt;&lt;span class=&quot;sxs-lookup&quot;&gt;&lt;span data-stu-id=&quot;aa-120&quot;&gt;Y&lt;/span&gt;&lt;/span&gt; Ein Diagramm";
    std::fs::write(&xlf, edit(&text, &image, "Ein Diagramm", typed)).expect("write");
    let before = snapshot(site.path());
    let (code, err) = import(site.path(), &xlf);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("unit {image}:")) && err.contains("would put span markup"),
        "{err}"
    );
    assert!(before == snapshot(site.path()), "{err}");
}

/// The same through XLIFF 1.2 (`<bpt>`/`<ept>` around the alt text):
/// the edit lands in the image, nothing else changes.
#[test]
fn alt_text_lands_through_xliff_1_2() {
    let de_text = de(" Keep this sentence in English.");
    let (site, _, _) = site(&de_text);
    let out = site.path().join("l10n12");
    let (root, o) = (path(site.path()), path(&out));
    let args = [
        "check",
        "--root",
        &root,
        "--out",
        &o,
        "--export",
        "xliff",
        "--xliff-version",
        "1.2",
    ];
    let (code, _, err) = stele(&args);
    assert_eq!(code, 0, "{err}");
    let xlf = out.join("en-de.xliff12.xlf");
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    let image = text
        .split("<trans-unit ")
        .find(|u| u.contains("Ein Diagramm"))
        .expect("the image's unit");
    assert!(
        image.contains("<bpt id=\"1\" ctype=\"image\">![</bpt>Ein Diagramm des Netzes<ept id=\"1\">](media/net.png)</ept></target>"),
        "{image}"
    );
    let edited = image.replacen(">Ein Diagramm des Netzes<ept", ">Das Netz im Bild<ept", 1);
    std::fs::write(&xlf, text.replacen(image, &edited, 1)).expect("write");
    let (code, err) = import(site.path(), &xlf);
    assert_eq!(code, 0, "{err}");
    let after = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("md");
    assert_eq!(
        after,
        de_text.replacen("Ein Diagramm des Netzes", "Das Netz im Bild", 1)
    );
}

/// Two English paragraphs end in the same sentence, left verbatim; the
/// translation joined them into one block that holds the sentence twice.
/// Each unit is aligned to one occurrence there, but which is whose is a
/// guess: neither has a place, the export says why, and an edit of either
/// is refused for that (not for the link its plain-text target lacks).
#[test]
fn two_units_aligned_in_one_block_to_the_same_verbatim_text_are_refused() {
    let en = format!("{EN}\nKeep this sentence in [English](e.md).\n");
    let de_text = de(" Keep this sentence in English. Keep this sentence in English.");
    let (site, xlf, text) = site_with(&en, &de_text);
    let units = names(&text);
    let (a, b) = (&units[units.len() - 2], &units[units.len() - 1]);
    for n in [a, b] {
        let u = unit(&text, n);
        assert!(
            u.contains(
                "stele import cannot write this unit: its translation is outside any segment"
            ),
            "{u}"
        );
    }
    let err = refused_edit(site.path(), &xlf, &text, b);
    assert!(
        err.contains(&format!("unit {b}: the unit's translation in")),
        "{err}"
    );
}

/// Two English paragraphs end in the same sentence; the translation kept
/// it only in the second one. The first unit is reported missing (its
/// block, which holds the segment before it, does not have it), not
/// aligned to the second one's text: that one is the second unit's, which
/// `stele check` reports where it is and an edit replaces there.
#[test]
fn verbatim_text_kept_once_goes_to_the_unit_whose_place_it_is() {
    let en = format!("{EN}\nKeep this sentence in [English](e.md).\n");
    let de_text = format!("{}\nKeep this sentence in [English](e.md).\n", de(""));
    let site = tempfile::tempdir().expect("tempdir");
    for (l, text) in [("en", en.as_str()), ("de", de_text.as_str())] {
        let dir = site.path().join("content").join(l);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.md"), text).expect("write");
    }
    let (code, out, err) = stele(&["check", "--root", &path(site.path()), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let found: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap_or("").to_string(),
                f["file"].as_str().unwrap_or("").to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        found,
        [
            ("missing-segment".into(), "content/en/a.md".into(), 13),
            ("untranslated".into(), "content/de/a.md".into(), 15),
        ],
        "{out}"
    );
    let out = site.path().join("l10n");
    let (root, o) = (path(site.path()), path(&out));
    let (code, _, err) = stele(&["check", "--root", &root, "--out", &o, "--export", "xliff"]);
    assert_eq!(code, 0, "{err}");
    let xlf = out.join("en-de.xlf");
    let text = std::fs::read_to_string(&xlf).expect("xlf");
    assert!(!text.contains("stele import cannot write"), "{text}");
    let last = names(&text).pop().expect("units");
    std::fs::write(
        &xlf,
        edit(
            &text,
            &last,
            "Keep this sentence in ",
            "Behalten Sie diesen Satz auf ",
        ),
    )
    .expect("write");
    let (code, err) = import(site.path(), &xlf);
    assert_eq!(code, 0, "{err}");
    let after = std::fs::read_to_string(site.path().join("content/de/a.md")).expect("md");
    let span = seg(
        "aa-104",
        "Behalten Sie diesen Satz auf [English](e.md).",
        "Keep this sentence in [English](e.md).",
    );
    assert_eq!(
        after,
        de_text.replacen("Keep this sentence in [English](e.md).", &span, 1)
    );
}

/// Translates the English sentence left verbatim in unit `name` of the
/// export `text` (written to `xlf`) and imports it: the import must refuse
/// (exit 1) and leave the content of `site` untouched. Its messages.
fn refused_edit(site: &Path, xlf: &Path, text: &str, name: &str) -> String {
    let edited = edit(
        text,
        name,
        "Keep this sentence in English.",
        "Behalten Sie diesen Satz.",
    );
    std::fs::write(xlf, edited).expect("write");
    let before = snapshot(site);
    let (code, err) = import(site, xlf);
    assert_eq!(code, 1, "{err}");
    assert!(before == snapshot(site), "{err}");
    err
}
