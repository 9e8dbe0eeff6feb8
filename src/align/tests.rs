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
    let map: BTreeMap<usize, &Document> = docs.iter().enumerate().map(|(i, d)| (i + 1, d)).collect();
    let a = align_article(&en, &map);
    for u in &a.units {
        eprintln!("{:>14} | {}", u.id, u.text);
    }
    let ja = &a.locales[&4];
    for p in &ja.pairs {
        eprintln!("{:?} {:.2} | {}", a.units[p.units.start].id, p.confidence, p.target_text);
    }
    assert_eq!(a.reference, Some(1));
    assert_eq!(a.units.len(), 19, "the 19 segments of the German markup");
    assert!(ja.missing.is_empty(), "missing: {:?}", ja.missing);
    assert!(ja.extra.is_empty(), "extra: {:?}", ja.extra);
    assert!(ja.pairs.iter().all(|p| p.units.len() == 1));
}
