//! Measuring structural alignment against ground truth.
//!
//! `plain-vs-marked` pairs hold the same translation with and without span
//! markup. The English source is rebuilt from the marked file, the units are
//! its segments, and the plain file is aligned by structure alone: a unit is
//! right when its aligned text equals the marked file's target (whitespace,
//! `*` and `\\` ignored, since marked files escape asterisks).

use super::{align_article, Document};
use crate::markup::parse;
use std::collections::BTreeMap;
use std::path::Path;

/// Units aligned right, units in all, and a line per miss.
#[derive(Debug, Clone, Default)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
    pub wrong: Vec<String>,
}

impl Accuracy {
    pub fn ratio(&self) -> f64 {
        self.right as f64 / self.total.max(1) as f64
    }
}

/// Text without whitespace, `*` and `\\`, for comparing a marked file's
/// text (which escapes asterisks) with a plain file's.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '\\'))
        .collect()
}

/// One `plain-vs-marked` pair, parsed: the marked file, the English
/// rebuilt from it, and the plain file (and its path).
pub struct Twin {
    pub marked: Document,
    pub en: Document,
    pub plain: Document,
    pub marked_path: std::path::PathBuf,
    pub plain_path: std::path::PathBuf,
}

/// The `*.marked.md` / `*.plain.md` pairs under `dir`, in path order.
pub fn twins(dir: &Path) -> Vec<Twin> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().to_string_lossy().ends_with(".marked.md"))
        .map(|e| e.path().to_path_buf())
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|m| {
            let plain_path =
                std::path::PathBuf::from(m.to_string_lossy().replace(".marked.md", ".plain.md"));
            let mt = std::fs::read_to_string(&m).ok()?;
            let pt = std::fs::read_to_string(&plain_path).ok()?;
            let marked = parse(&m, &mt);
            let en = parse(Path::new("en.md"), &marked.source_markdown(&mt));
            let plain = parse(&plain_path, &pt);
            Some(Twin {
                marked,
                en,
                plain,
                marked_path: m,
                plain_path,
            })
        })
        .collect()
}

/// Structural alignment accuracy on plain-vs-marked: the English source is
/// rebuilt from the marked file, the units are its segments, and each
/// unit's text in the plain file must equal the marked file's target.
pub fn plain_vs_marked(dir: &Path) -> Accuracy {
    let mut total = 0;
    let mut right = 0;
    let mut wrong = Vec::new();
    for Twin {
        marked,
        en,
        plain: plain_doc,
        marked_path: m,
        ..
    } in twins(dir)
    {
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
    Accuracy {
        right,
        total,
        wrong,
    }
}

/// How `stele import` would place units in unmarked files, judged on
/// `plain-vs-marked` ([`pinned_vs_marked`]).
#[derive(Debug, Clone, Default)]
pub struct PinAccuracy {
    /// Units of the plain files' articles (body units: the marked files'
    /// segments, and text no segment covers).
    pub units: usize,
    /// Units aligned in the plain files.
    pub aligned: usize,
    /// Units whose pair is pinned to a range of the plain file.
    pub pinned: usize,
    /// Pinned units whose marked twin names them (so the range can be
    /// judged), and of those, the ones whose range holds exactly the
    /// marked file's target of the unit.
    pub judged: usize,
    pub right: usize,
    pub wrong: Vec<String>,
    /// Aligned units left unpinned, by reason.
    pub unpinned: BTreeMap<&'static str, usize>,
}

/// Where [`super::pieces::pins`] places each unit of a plain file, judged
/// by its marked twin: the English is rebuilt from the marked file, the
/// plain file is aligned to it beside the marked one (which names the
/// units, as a marked locale does in a real site), and a pinned range is
/// right when its markdown is the marked file's target of the unit's
/// segments, joined (whitespace ignored, since segments of CJK text are
/// joined with none, and `\\`, which marked files add before `*`).
pub fn pinned_vs_marked(dir: &Path) -> PinAccuracy {
    use super::pieces::{pins, plan};
    let mut acc = PinAccuracy::default();
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '\\')
            .collect()
    };
    for twin in twins(dir) {
        let Ok(text) = std::fs::read_to_string(&twin.plain_path) else {
            continue;
        };
        let map: BTreeMap<usize, &Document> = [(1, &twin.marked), (2, &twin.plain)].into();
        let al = align_article(&twin.en, &map);
        let la = &al.locales[&2];
        acc.units += al
            .units
            .iter()
            .filter(|u| u.front_matter_key.is_none())
            .count();
        let p = plan(&twin.plain, &al, la);
        for (pair, pin) in la.pairs.iter().zip(pins(&twin.plain, &al, la, &p)) {
            acc.aligned += pair.units.len();
            let range = match pin {
                Ok(r) => r,
                Err(why) => {
                    *acc.unpinned.entry(why.reason()).or_default() += pair.units.len();
                    continue;
                }
            };
            acc.pinned += pair.units.len();
            let segs: Option<Vec<&str>> = al.units[pair.units.clone()]
                .iter()
                .map(|u| {
                    twin.marked
                        .segments
                        .iter()
                        .find(|s| s.id.suffix == u.id && s.front_matter_key.is_none())
                        .map(|s| s.target.as_str())
                })
                .collect();
            let Some(segs) = segs else { continue };
            acc.judged += pair.units.len();
            let got = text.get(range).unwrap_or_default();
            if norm(got) == norm(&segs.join(" ")) {
                acc.right += pair.units.len();
            } else {
                acc.wrong.push(format!(
                    "{}:{}: pinned «{}», the marked file has «{}»",
                    twin.plain_path.display(),
                    pair.line,
                    got,
                    segs.join(" ")
                ));
            }
        }
    }
    acc
}
