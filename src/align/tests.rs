use super::*;
use crate::markup::parse;
use std::path::Path;

fn doc(path: &str) -> Document {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    parse(Path::new(path), &text)
}

fn demo(article: &str, locales: &[&str]) -> (Document, Vec<Document>) {
    let en = doc(&format!("content/en/{article}.md"));
    let others = locales
        .iter()
        .map(|l| doc(&format!("content/{l}/{article}.md")))
        .collect();
    (en, others)
}

#[test]
fn japanese_demo_aligns_completely() {
    let (en, docs) = demo("unregistered-domain-email", &["de", "zh", "it", "ja"]);
    let map: BTreeMap<usize, &Document> =
        docs.iter().enumerate().map(|(i, d)| (i + 1, d)).collect();
    let a = align_article(&en, &map);
    for u in &a.units {
        eprintln!("{:>14} | {}", u.id, u.text);
    }
    let ja = &a.locales[&4];
    for p in &ja.pairs {
        eprintln!(
            "{:?} {:.2} | {}",
            a.units[p.units.start].id, p.confidence, p.target_text
        );
    }
    assert_eq!(a.reference, Some(1));
    assert_eq!(a.units.len(), 19, "the 19 segments of the German markup");
    assert!(ja.missing.is_empty(), "missing: {:?}", ja.missing);
    assert!(ja.extra.is_empty(), "extra: {:?}", ja.extra);
    assert!(ja.pairs.iter().all(|p| p.units.len() == 1));
}

/// The corpus folder, or `None` (with a message) when it is absent outside CI.
pub(crate) fn corpus(sub: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(sub);
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{} is missing, and CI is set", p.display());
    }
    eprintln!("skipped: {} is not here", p.display());
    None
}

#[test]
fn plain_vs_marked_structural_accuracy() {
    let Some(dir) = corpus("plain-vs-marked") else {
        return;
    };
    let super::accuracy::Accuracy {
        right,
        total,
        wrong,
    } = super::accuracy::plain_vs_marked(&dir);
    for w in wrong.iter().take(400) {
        eprintln!("{w}");
    }
    let acc = right as f64 / total.max(1) as f64;
    eprintln!(
        "structural alignment accuracy: {right}/{total} = {:.2}%",
        acc * 100.0
    );
    assert!(acc >= 0.99, "accuracy {:.2}% is below 99%", acc * 100.0);
}

/// A segment as a marked translation writes it.
fn seg(id: &str, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>"
    )
}

/// Aligns an English article with one marked translation.
fn align_pair(en: &str, de: &str) -> (ArticleAlignment, Document) {
    let en = parse(Path::new("content/en/a.md"), en);
    let de = parse(Path::new("content/de/a.md"), de);
    let a = align_article(&en, &BTreeMap::from([(1, &de)]));
    (a, de)
}

/// The translation's line each unit is aligned to, by unit text.
fn verbatim_lines(a: &ArticleAlignment) -> Vec<(String, u32)> {
    a.locales[&1]
        .pairs
        .iter()
        .filter(|p| p.method == Method::Verbatim)
        .map(|p| (a.units[p.units.start].text.clone(), p.line))
        .collect()
}

/// Two units of the same untranslated text in two blocks (a German word
/// in two table cells of the English, as in the enterprise corpus): each
/// takes its own block, not both the first one.
#[test]
fn verbatim_units_of_the_same_text_take_one_block_each() {
    let en = "Start.\n\n| Step | Note |\n|---|---|\n| One. | Zeile |\n| Two. | Zeile |\n\nEnd.\n";
    let de = format!(
        "{}\n\n| {} | {} |\n|---|---|\n| {} | Zeile |\n| {} | Zeile |\n\n{}\n",
        seg("a-101", "Anfang.", "Start."),
        seg("a-102", "Schritt", "Step"),
        seg("a-103", "Hinweis", "Note"),
        seg("a-104", "Eins.", "One."),
        seg("a-105", "Zwei.", "Two."),
        seg("a-106", "Ende.", "End."),
    );
    let (a, _) = align_pair(en, &de);
    assert!(
        a.locales[&1].missing.is_empty(),
        "{:?}",
        a.locales[&1].missing
    );
    assert_eq!(
        verbatim_lines(&a),
        [("Zeile".into(), 5), ("Zeile".into(), 6)]
    );
}

/// A German word in the English (an alt text left in German) whose first
/// occurrence in the translation is inside an earlier translated sentence:
/// the unit takes the occurrence between its neighbours, and stays missing
/// when there is none outside a segment (reported, rather than paired with
/// a sentence).
#[test]
fn verbatim_unit_fits_the_document_order_or_stays_missing() {
    let en = "Open the row.\n\nSome text.\n\n![Zeile](row.png)\n\nLast text.\n";
    let head = format!(
        "{}\n\n{}\n\n",
        seg("a-101", "Öffnen Sie die Zeile.", "Open the row."),
        seg("a-102", "Etwas Text.", "Some text."),
    );
    let tail = seg("a-103", "Letzter Text.", "Last text.");
    let (a, _) = align_pair(en, &format!("{head}![Zeile](row.png)\n\n{tail}\n"));
    assert_eq!(verbatim_lines(&a), [("Zeile".into(), 5)]);
    assert!(a.locales[&1].missing.is_empty());

    // Without the image, the only occurrences are inside translated
    // sentences, one of them the neighbour's own block: none is verbatim.
    let head = format!(
        "{}\n\n{}\n\n",
        seg("a-101", "Öffnen Sie die Zeile.", "Open the row."),
        seg("a-102", "Etwas Text zur Zeile.", "Some text."),
    );
    let (a, _) = align_pair(en, &format!("{head}{tail}\n"));
    assert_eq!(verbatim_lines(&a), []);
    let missing: Vec<&str> = a.locales[&1]
        .missing
        .iter()
        .map(|&u| a.units[u].text.as_str())
        .collect();
    assert_eq!(missing, ["Zeile"]);
}

/// One block holding the text twice serves two units; holding it once,
/// one unit, and the other stays missing.
#[test]
fn verbatim_block_holding_the_text_twice_serves_two_units() {
    let en = "Start.\n\nZeile\n\nZeile\n\nEnd.\n";
    let de = |mid: &str| {
        format!(
            "{}\n\n{mid}\n\n{}\n",
            seg("a-101", "Anfang.", "Start."),
            seg("a-102", "Ende.", "End."),
        )
    };
    let (a, _) = align_pair(en, &de("Zeile Zeile"));
    assert_eq!(
        verbatim_lines(&a),
        [("Zeile".into(), 3), ("Zeile".into(), 3)]
    );
    let (a, _) = align_pair(en, &de("Zeile"));
    assert_eq!(verbatim_lines(&a), [("Zeile".into(), 3)]);
    assert_eq!(a.locales[&1].missing.len(), 1);
}
