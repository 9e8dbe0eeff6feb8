//! `stele import` into a translation without span markup.
//!
//! Such a file has no segments to write into, but the export model pins
//! each unit whose place the structural alignment is sure of to the byte
//! range of its markdown ([`crate::align::pieces::pins`], the same
//! decision that gives the page its source view). A changed unit replaces
//! exactly that range; every other byte of the file stays as it was, and
//! no span markup is written (the locale's house style is plain). The
//! result is parsed and aligned again before anything is written: no new
//! parse error, the same blocks, no span markup, and each edited unit
//! still aligned in the block it was in, reading as its new text.
//!
//! A unit in a front-matter value whose place in such a file is certain
//! ([`ExportUnit::front_matter_target`]: the file's plain value of the same
//! key) replaces that YAML value, written as a YAML scalar; the front
//! matter must read back with that value and every other one unchanged.
//!
//! [`ExportUnit::front_matter_target`]: crate::check::export::model::ExportUnit::front_matter_target

use super::{change, new_parse_error, read_translation, Edit, Failed, FileChange, Target};
use crate::align::{self, accuracy::squash, structure};
use crate::check::export::model::ExportArticle;
use crate::check::Report;
use crate::markup::{self, Document};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// Writes `edits` (each a [`Target::Range`] of `art`'s units) into the
/// unmarked translation `file` of `locale`, and checks the result.
pub(super) fn apply<'a>(
    report: &Report,
    locale: usize,
    file: &Path,
    art: &ExportArticle,
    edits: &'a [Edit],
) -> Result<FileChange, Failed<'a>> {
    let (old, bom) = read_translation(&report.root, file, edits)?;
    // Front-matter values first: they come before every body range, which
    // then moves by what they added.
    let mut base = old.clone();
    let mut shift: isize = 0;
    for e in edits {
        if let Target::FrontMatter(u) = e.target {
            let key = art.units.get(u).and_then(|x| x.front_matter_key.as_deref());
            let fm = markup::parse(file, &base).front_matter.range;
            let Some(key) = key else {
                return Err(vec![(e, "internal: not a front-matter unit".into())]);
            };
            let Some((r, value)) = front_matter_value(&base, fm, key, &e.new) else {
                return Err(vec![(
                    e,
                    format!(
                        "the front matter of {} has no line `{key}: …` whose value can be replaced: edit the value by hand",
                        file.display()
                    ),
                )]);
            };
            shift += value.len() as isize - r.len() as isize;
            base.replace_range(r, &value);
        }
    }
    // Each edit's range, from the end so that earlier offsets stay valid.
    let mut splices: Vec<(Range<usize>, &Edit, usize)> = Vec::new();
    for e in edits {
        let u = match e.target {
            Target::Range(u) => u,
            Target::FrontMatter(_) => continue,
            _ => return Err(vec![(e, "internal: not a range edit".into())]),
        };
        let Some(r) = art.units.get(u).and_then(|x| x.target_range.clone()) else {
            return Err(vec![(e, "internal: the unit has no place".into())]);
        };
        let r = (r.start as isize + shift) as usize..(r.end as isize + shift) as usize;
        if base.get(r.clone()).is_none() {
            return Err(vec![(
                e,
                format!("{} changed since it was read", file.display()),
            )]);
        }
        splices.push((r, e, u));
    }
    splices.sort_by_key(|(r, ..)| std::cmp::Reverse(r.start));
    if let Some(w) = splices.windows(2).find(|w| w[1].0.end > w[0].0.start) {
        return Err(vec![(w[0].1, "internal: two units share bytes".into())]);
    }
    let mut new = base.clone();
    for (r, e, _) in &splices {
        new.replace_range(r.clone(), &e.new);
    }
    // Where each edit's text is in the new file.
    let mut placed: Vec<(Range<usize>, &Edit, usize)> = Vec::new();
    let mut shift: isize = 0;
    for (r, e, u) in splices.iter().rev() {
        let start = (r.start as isize + shift) as usize;
        placed.push((start..start + e.new.len(), *e, *u));
        shift += e.new.len() as isize - r.len() as isize;
    }
    verify(report, (locale, file), art, (&old, &new), &placed, edits)?;
    Ok(change(file, old, new, bom, edits.len()))
}

/// The line (and the indented lines of its value) of the top-level `key`
/// in the front matter (`fm`, the YAML's range in `text`) and what
/// replaces it: `key: ` and `value` as a YAML scalar (quoted and escaped
/// as YAML needs), with the file's line ends. `None` when the front
/// matter has no such line.
fn front_matter_value(
    text: &str,
    fm: Range<usize>,
    key: &str,
    value: &str,
) -> Option<(Range<usize>, String)> {
    let yaml = text.get(fm.clone())?;
    let mut at = 0;
    let mut start = None;
    let mut end = 0;
    for line in yaml.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        match start {
            None if content
                .strip_prefix(key)
                .is_some_and(|r| r.starts_with(':')) =>
            {
                start = Some(at);
                end = at + content.len();
            }
            Some(_) if content.starts_with([' ', '\t']) => end = at + content.len(),
            Some(_) => break,
            None => {}
        }
        at += line.len();
    }
    let start = start?;
    let scalar = serde_norway::to_string(value).ok()?;
    let eol = if yaml.contains("\r\n") { "\r\n" } else { "\n" };
    let scalar = scalar.trim_end().replace('\n', eol);
    Some((fm.start + start..fm.start + end, format!("{key}: {scalar}")))
}

/// Parses and aligns the new text of `file` with the article's other
/// files, as `stele check` would, and checks that the edits did what they
/// say: no span markup, no new parse error, the same text blocks, and each
/// edited unit aligned in the block that holds its new text, which it
/// reads as.
fn verify<'a>(
    report: &Report,
    (locale, file): (usize, &Path),
    art: &ExportArticle,
    (old, new): (&str, &str),
    placed: &[(Range<usize>, &'a Edit, usize)],
    edits: &'a [Edit],
) -> Result<(), Failed<'a>> {
    let before = markup::parse(file, old);
    let after = markup::parse(file, new);
    let first =
        |m: String| -> Failed<'a> { edits.iter().take(1).map(|e| (e, m.clone())).collect() };
    if after.is_marked() {
        return Err(first(format!(
            "the translation would put span markup into {}, which has none (the locale's house style is plain): type the translation without `<span>` tags",
            file.display()
        )));
    }
    if let Some(m) = new_parse_error(file, &before, &after) {
        return Err(first(m));
    }
    if let Some(bad) = front_matter_changed(art, &before, &after, edits) {
        return Err(bad);
    }
    let shape = |d: &Document| -> Vec<&'static str> {
        structure::containers(d)
            .iter()
            .map(|c| c.kind.name())
            .collect()
    };
    if shape(&before) != shape(&after) {
        return Err(first(format!(
            "the translations would change the blocks of {} (a new paragraph, list item, heading or table cell): a unit's translation must stay inside its block",
            file.display()
        )));
    }
    realigned(report, locale, file, art, &after, placed)
}

/// Aligns the article again with `after` (the new text of `file`, the
/// translation of `locale`), as `stele check` would, and checks that each
/// edit written outside any segment (`placed`: its range in the new text,
/// the edit and its unit) is aligned in the block that holds its new
/// text, which it reads as. Shared by files without span markup and the
/// unmarked text of marked ones (alt text, captions).
pub(super) fn realigned<'a>(
    report: &Report,
    locale: usize,
    file: &Path,
    art: &ExportArticle,
    after: &Document,
    placed: &[(Range<usize>, &'a Edit, usize)],
) -> Result<(), Failed<'a>> {
    let first = |m: String| -> Failed<'a> {
        placed
            .iter()
            .take(1)
            .map(|(_, e, _)| (*e, m.clone()))
            .collect()
    };
    let conts = structure::containers(after);
    // The article aligned again with the new file.
    let Some(a) = report.articles.iter().find(|a| a.key == art.key) else {
        return Err(first(format!("`{}` is not in the report", art.key)));
    };
    let mut docs: BTreeMap<usize, Document> = BTreeMap::new();
    for (&l, f) in &a.files {
        if l == locale {
            continue;
        }
        let read = std::fs::read(report.root.join(f))
            .ok()
            .and_then(|b| markup::decode(f, &b).ok());
        let Some(text) = read else {
            return Err(first(format!("cannot read {}", f.display())));
        };
        docs.insert(l, markup::parse(f, &text));
    }
    let Some(source) = docs.remove(&0) else {
        return Err(first(format!("`{}` has no English file", art.key)));
    };
    let mut locales: BTreeMap<usize, &Document> = docs.iter().map(|(l, d)| (*l, d)).collect();
    locales.insert(locale, after);
    let al = align::align_article(&source, &locales);
    let Some(la) = al.locales.get(&locale) else {
        return Err(first("the translation no longer aligns".into()));
    };
    let runs = align::pieces::text_runs(after);
    let mut bad = Vec::new();
    for (r, e, u) in placed {
        let Some(unit) = art.units.get(*u) else {
            continue;
        };
        // The innermost text block around the new text.
        let block = conts
            .iter()
            .filter(|c| {
                after
                    .blocks
                    .get(c.block)
                    .is_some_and(|b| b.range.contains(&r.start))
            })
            .max_by_key(|c| after.blocks.get(c.block).map_or(0, |b| b.range.start));
        let pairs: Vec<&align::Pair> = la
            .pairs
            .iter()
            .filter(|p| p.units.start < unit.units.end && unit.units.start < p.units.end)
            .collect();
        let in_block = block.is_some_and(|c| {
            !pairs.is_empty() && pairs.iter().all(|p| p.line == c.line && p.col == c.col)
        });
        let aligned: String = pairs.iter().map(|p| squash(&p.target_text)).collect();
        let written = squash(&align::pieces::text_between(&runs, r.clone()));
        if !in_block || !aligned.contains(&written) {
            bad.push((
                *e,
                format!(
                    "the new translation would not align back to this unit in {} (aligned there: «{}»): the structural alignment would no longer find it where it was written; translate the unit in about as many sentences as its English, or edit the markdown by hand",
                    file.display(),
                    pairs
                        .iter()
                        .map(|p| p.target_text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            ));
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad)
    }
}

/// Whether the front matter of `after` reads as `before` but for the
/// values the edits replaced, each as its edit's text: the errors, else
/// `None`.
fn front_matter_changed<'a>(
    art: &ExportArticle,
    before: &Document,
    after: &Document,
    edits: &'a [Edit],
) -> Option<Failed<'a>> {
    let mut want: Vec<(&str, &str)> = before
        .front_matter
        .values
        .iter()
        .map(|v| (v.key.as_str(), v.text.as_str()))
        .collect();
    let mut bad = Vec::new();
    for e in edits {
        let Target::FrontMatter(u) = e.target else {
            continue;
        };
        let Some(key) = art.units.get(u).and_then(|x| x.front_matter_key.as_deref()) else {
            continue;
        };
        match want.iter_mut().find(|(k, _)| *k == key) {
            Some(v) => v.1 = e.new.as_str(),
            None => bad.push((e, format!("the front matter has no value `{key}`"))),
        }
    }
    let have: Vec<(&str, &str)> = after
        .front_matter
        .values
        .iter()
        .map(|v| (v.key.as_str(), v.text.as_str()))
        .collect();
    let spans = after.front_matter.values.iter().any(|v| v.source.is_some());
    if bad.is_empty() && (have != want || spans) {
        let e = edits
            .iter()
            .find(|e| matches!(e.target, Target::FrontMatter(_)))?;
        bad.push((
            e,
            "the new value would not read back from the front matter as written (or would change another value): edit it by hand".into(),
        ));
    }
    (!bad.is_empty()).then_some(bad)
}

#[cfg(test)]
mod tests {
    use super::front_matter_value;

    /// The key's line and the indented lines of its value are replaced,
    /// with the file's line ends; a key that only starts like it is not
    /// the key.
    #[test]
    fn a_front_matter_value_replaces_its_lines_only() {
        let text =
            "---\r\ntitles: x\r\ntitle: >\r\n  folded\r\n  value\r\nms.date: 1\r\n---\r\nbody";
        let fm = 5..text.find("---\r\nbody").expect("end");
        let (r, value) = front_matter_value(text, fm, "title", "a: b").expect("replaced");
        let mut out = text.to_string();
        out.replace_range(r, &value);
        assert_eq!(
            out,
            "---\r\ntitles: x\r\ntitle: 'a: b'\r\nms.date: 1\r\n---\r\nbody"
        );
        assert_eq!(front_matter_value(text, 5..20, "description", "x"), None);
    }
}
