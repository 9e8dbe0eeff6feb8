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

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '\\'))
        .collect()
}

/// Structural alignment accuracy on plain-vs-marked: the English source is
/// rebuilt from the marked file, the units are its segments, and each
/// unit's text in the plain file must equal the marked file's target.
pub(crate) fn plain_vs_marked_accuracy(dir: &Path) -> (usize, usize, Vec<String>) {
    let mut total = 0;
    let mut right = 0;
    let mut wrong = Vec::new();
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().to_string_lossy().ends_with(".marked.md"))
        .map(|e| e.path().to_path_buf())
        .collect();
    files.sort();
    for m in files {
        let plain =
            std::path::PathBuf::from(m.to_string_lossy().replace(".marked.md", ".plain.md"));
        let (Ok(mt), Ok(pt)) = (std::fs::read_to_string(&m), std::fs::read_to_string(&plain))
        else {
            continue;
        };
        let marked = parse(&m, &mt);
        let en_text = marked.source_markdown(&mt);
        let en = parse(Path::new("en.md"), &en_text);
        let plain_doc = parse(&plain, &pt);
        let map: BTreeMap<usize, &Document> = [(1, &marked), (2, &plain_doc)].into_iter().collect();
        let a = align_article(&en, &map);
        let la = &a.locales[&2];
        for s in marked
            .segments
            .iter()
            .filter(|s| s.front_matter_key.is_none())
        {
            total += 1;
            let unit = a.units.iter().position(|u| u.id == s.id.suffix);
            let got = unit
                .and_then(|u| la.pair_of(u))
                .filter(|p| p.units.len() == 1);
            match got {
                Some(p) if squash(&p.target_text) == squash(&s.target_text) => right += 1,
                other => wrong.push(format!(
                    "{}:{} {}: want «{}» got «{}»",
                    m.display(),
                    s.line,
                    s.id.suffix,
                    s.target_text,
                    other.map(|p| p.target_text.as_str()).unwrap_or("-")
                )),
            }
        }
    }
    (right, total, wrong)
}

#[test]
fn plain_vs_marked_structural_accuracy() {
    let Some(dir) = corpus("plain-vs-marked") else {
        return;
    };
    let (right, total, wrong) = plain_vs_marked_accuracy(&dir);
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
