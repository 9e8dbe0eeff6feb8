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
