//! Where `stele import` writes a translation that has no segment yet, and
//! the span markup it writes there (the house style of the corpus:
//! `<span data-ttu-id="ID">target</span><span class="sxs-lookup"><span
//! data-stu-id="ID">English</span></span>`).
//!
//! - A unit missing from a marked translation goes next to the segment of
//!   its neighbour in the same English block (after the previous one, or
//!   before the next one), separated by a space; when the translation has
//!   no segment of that block at all and the block is a heading or a
//!   paragraph at the top level, the block is added after the block that
//!   holds the previous unit's segment. A whole missing list item becomes a
//!   new item beside the translation's item of its nearest English sibling
//!   ([`list_item`]); a table cell, a paragraph or heading of a quote and
//!   a list the translation has none of are placed by [`inside`] where the
//!   translation's structure makes the place certain. Anything else is
//!   refused: its place in the translation's structure is a guess.
//! - An article with no file in the locale is written whole from the
//!   English file, each unit's English markdown replaced by its segment,
//!   and only when every unit is translated (no half-English pages).

mod inside;

use super::{first_fails, verify, Edit, Failed, FileChange, Target};
use crate::check::export::model::ExportArticle;
use crate::check::Report;
use crate::markup::{self, Block, BlockKind, Document, SegmentId};
pub(super) use inside::{new_list, NewList};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A segment in the house style.
pub(super) fn span(id: &str, target: &str, source: &str) -> String {
    format!(
        r#"<span data-ttu-id="{id}">{target}</span><span class="sxs-lookup"><span data-stu-id="{id}">{source}</span></span>"#
    )
}

/// The text of the article's English file.
pub(super) fn english(root: &Path, art: &ExportArticle) -> Result<String, String> {
    let Some(f) = &art.source_file else {
        return Err(format!("`{}` has no English file", art.key));
    };
    let bytes =
        std::fs::read(root.join(f)).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
    markup::decode(f, &bytes).map_err(|d| d.message)
}

/// Segment IDs for new segments of one file: the file's prefix, and the
/// unit's own ID suffix when the file does not use it yet (so a unit keeps
/// the ID the other locales give it), else the next free number.
pub(super) struct Ids {
    prefix: String,
    used: HashSet<String>,
    max: u32,
}

impl Ids {
    /// The IDs of an existing marked file: its most common prefix.
    pub(super) fn of(doc: &Document) -> Ids {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for s in &doc.segments {
            *counts.entry(s.id.prefix.as_str()).or_default() += 1;
        }
        let prefix = counts
            .iter()
            .max_by_key(|(_, n)| **n)
            .map(|(p, _)| p.to_string())
            .unwrap_or_else(|| "s0000".into());
        Ids {
            prefix,
            used: doc.segments.iter().map(|s| s.id.suffix.clone()).collect(),
            max: doc
                .segments
                .iter()
                .map(|s| s.id.number)
                .max()
                .unwrap_or(100),
        }
    }

    /// The next ID for the unit named `unit`.
    pub(super) fn next(&mut self, unit: &str) -> String {
        let own = SegmentId::parse(&format!("{}-{unit}", self.prefix))
            .filter(|id| !self.used.contains(&id.suffix));
        let suffix = match own {
            Some(id) => {
                self.max = self.max.max(id.number);
                id.suffix
            }
            None => loop {
                self.max += 1;
                let s = self.max.to_string();
                if !self.used.contains(&s) {
                    break s;
                }
            },
        };
        self.used.insert(suffix.clone());
        format!("{}-{suffix}", self.prefix)
    }
}

/// The top-level block around block `b`.
fn top_block(doc: &Document, mut b: usize) -> usize {
    while let Some(p) = doc.blocks.get(b).and_then(|x| x.parent) {
        b = p;
    }
    b
}

/// Where a missing unit's segment goes: the offset, what to write before
/// and after it, and whether that opens a block of its own (the block's
/// other missing units then join it, rather than each opening one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Spot {
    pub at: usize,
    pub before: String,
    pub after: String,
    pub new_block: bool,
}

impl Spot {
    fn new(at: usize, before: &str, after: &str) -> Spot {
        Spot {
            at,
            before: before.into(),
            after: after.into(),
            new_block: before.contains('\n') || after.contains('\n'),
        }
    }
}

/// Where the missing unit `u` goes in the marked translation `doc` (of
/// `text`).
pub(super) fn position(
    art: &ExportArticle,
    u: usize,
    doc: &Document,
    text: &str,
    english: &str,
    en: &Document,
) -> Result<Spot, String> {
    let unit = &art.units[u];
    let Some(c) = unit.container else {
        return Err(format!(
            "the front-matter value `{}` has no segment in the translation",
            unit.front_matter_key.as_deref().unwrap_or_default()
        ));
    };
    let seg = |x: &crate::check::export::model::ExportUnit, last: bool| {
        let i = if last {
            x.segments.last()
        } else {
            x.segments.first()
        };
        i.and_then(|i| doc.segments.get(*i))
    };
    let same = |x: &&crate::check::export::model::ExportUnit| x.container == Some(c);
    // A neighbour in the same English block.
    if let Some(s) = art.units[..u]
        .iter()
        .rev()
        .take_while(same)
        .find_map(|x| seg(x, true))
    {
        return Ok(Spot::new(s.range.end, " ", ""));
    }
    if let Some(s) = art.units[u + 1..]
        .iter()
        .take_while(same)
        .find_map(|x| seg(x, false))
    {
        return Ok(Spot::new(s.range.start, "", " "));
    }
    // The whole block is missing: a heading or paragraph at the top level
    // goes after the block of the previous unit that has a segment.
    let no_place = "the translation has no segment of this unit's block, and the block is not a heading or paragraph at the top level, a list item beside one the translation has, a table cell or a paragraph or heading of a quote: add the block to the translation by hand first (with any text), or translate the article anew";
    let Some(r) = &unit.source_range else {
        return Err(format!(
            "the unit's English is not found in the English file as written; {no_place}"
        ));
    };
    let (Some(head), Some(md)) = (english.get(..r.start), english.get(r.clone())) else {
        return Err(no_place.into());
    };
    if md.contains("\n\n") {
        return Err(no_place.into());
    }
    if let Some((at, before, after)) = list_item(art, r, en, english, doc, text) {
        return Ok(Spot::new(at, &before, &after));
    }
    if let Some(place) = inside::table_cell(art, u, r, en, doc, text)
        .or_else(|| inside::quote_paragraph(art, u, r, (en, english), doc, text))
    {
        return place;
    }
    // The English line up to the unit: its block's prefix (`## `, or none).
    let prefix = head.rsplit_once('\n').map_or(head, |(_, line)| line);
    let top_level = prefix.is_empty() || prefix.starts_with('#');
    if !top_level {
        return Err(no_place.into());
    }
    let block_of = |x: &crate::check::export::model::ExportUnit, last: bool| {
        x.container?;
        let s = seg(x, last)?;
        let b = top_block(doc, s.block?);
        doc.blocks.get(b)
    };
    if let Some(b) = art.units[..u].iter().rev().find_map(|x| block_of(x, true)) {
        // A block range may end after its line break.
        let end = b.range.start + text.get(b.range.clone()).map_or(0, |t| t.trim_end().len());
        return Ok(Spot::new(end, &format!("\n\n{prefix}"), ""));
    }
    if let Some(b) = art.units[u + 1..].iter().find_map(|x| block_of(x, false)) {
        return Ok(Spot::new(b.range.start, prefix, "\n\n"));
    }
    Err(no_place.into())
}

/// How many list items hold block `b` of `doc`, `b` included: its level
/// in nested lists.
fn item_level(doc: &Document, b: usize) -> usize {
    let mut level = 0;
    let mut cur = Some(b);
    while let Some(i) = cur {
        let Some(blk) = doc.blocks.get(i) else { break };
        level += usize::from(matches!(blk.kind, BlockKind::ListItem { .. }));
        cur = blk.parent;
    }
    level
}

/// Whether `s` is a list marker with the space after it (`- `, `12. `).
fn is_marker(s: &str) -> bool {
    let m = s.trim_end();
    let bullet = matches!(m, "-" | "*" | "+");
    let ordered = m
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    (bullet || ordered) && s.len() > m.len()
}

/// The marker (`- `, `3. `) that starts the list item at `at` of `text`.
fn marker_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let mark = rest.find(char::is_whitespace)?;
    let spaces = rest.get(mark..)?.len() - rest.get(mark..)?.trim_start_matches(' ').len();
    rest.get(..mark + spaces.max(1)).filter(|m| is_marker(m))
}

/// Where a missing unit goes that starts an English list item the
/// translation lacks whole: a new item beside the translation's item of
/// the nearest English sibling it has (after the previous one, else before
/// the next one), at that item's level, with its marker, indentation and
/// spacing, so it joins the same list. `None` when the unit is not the
/// first text of a list item or the translation has none of its siblings.
fn list_item(
    art: &ExportArticle,
    r: &std::ops::Range<usize>,
    en: &Document,
    english: &str,
    doc: &Document,
    text: &str,
) -> Option<(usize, String, String)> {
    let is_item = |b: &Block| matches!(b.kind, BlockKind::ListItem { .. });
    // The innermost English item around the unit, which must start with it.
    let (ii, item) = en
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| is_item(b) && b.range.start <= r.start && r.end <= b.range.end)
        .max_by_key(|(_, b)| b.range.start)?;
    let en_marker = english.get(item.range.start..r.start)?;
    if !is_marker(en_marker) {
        return None;
    }
    // The sibling's bullet (another bullet character would start another
    // list), or for a numbered list the English item's own number.
    let marker_of = |t: &Block| {
        let m = marker_at(text, t.range.start)?;
        Some(if m.starts_with(|c: char| c.is_ascii_digit()) {
            en_marker
        } else {
            m
        })
    };
    let level = item_level(en, ii);
    let siblings: Vec<usize> = (0..en.blocks.len())
        .filter(|&i| en.blocks[i].parent == item.parent && is_item(&en.blocks[i]))
        .collect();
    let k = siblings.iter().position(|&i| i == ii)?;
    // The translation's item, at this level, that holds a segment of an
    // English unit of sibling `i`.
    let translated = |i: usize| -> Option<&Block> {
        let b = en.blocks.get(i)?;
        let inside = |x: &&crate::check::export::model::ExportUnit| {
            x.source_range
                .as_ref()
                .is_some_and(|xr| b.range.start <= xr.start && xr.end <= b.range.end)
        };
        let s = art
            .units
            .iter()
            .filter(inside)
            .find_map(|x| x.segments.first().and_then(|i| doc.segments.get(*i)))?;
        let mut cur = s.block;
        while let Some(c) = cur {
            let blk = doc.blocks.get(c)?;
            if is_item(blk) && item_level(doc, c) == level {
                return Some(blk);
            }
            cur = blk.parent;
        }
        None
    };
    // Loose lists (a blank line between items) stay loose.
    let gap = |a: &Block, b_start: usize| {
        let end = a.range.start
            + english
                .get(a.range.clone())
                .map_or(0, |t| t.trim_end().len());
        if english
            .get(end..b_start)
            .is_some_and(|g| g.matches('\n').count() >= 2)
        {
            "\n\n"
        } else {
            "\n"
        }
    };
    let indent_of = |t: &Block| inside::line_prefix(text, t);
    if let Some((p, t)) = siblings[..k]
        .iter()
        .rev()
        .find_map(|&p| Some((p, translated(p)?)))
    {
        let end = t.range.start + text.get(t.range.clone()).map_or(0, |x| x.trim_end().len());
        let sep = gap(en.blocks.get(p)?, item.range.start);
        let marker = marker_of(t)?;
        return Some((
            end,
            format!("{sep}{}{marker}", indent_of(t)?),
            String::new(),
        ));
    }
    let (n, t) = siblings[k + 1..]
        .iter()
        .find_map(|&n| Some((n, translated(n)?)))?;
    let sep = gap(item, en.blocks.get(n)?.range.start);
    let marker = marker_of(t)?;
    Some((
        t.range.start,
        marker.to_string(),
        format!("{sep}{}", indent_of(t)?),
    ))
}

/// The file an article that has no file in `locale` gets: its English
/// path with the locale's folder.
pub(super) fn new_file(report: &Report, locale: usize, art: &ExportArticle) -> Option<PathBuf> {
    let src = art.source_file.as_ref()?;
    let rest = src
        .strip_prefix(Path::new("content").join(&report.locales[0]))
        .ok()?;
    Some(
        Path::new("content")
            .join(&report.locales[locale])
            .join(rest),
    )
}

/// The file of a new article: the locale (index and language tag), the
/// article, and the file's path from the root.
pub(super) struct NewFile<'p> {
    pub locale: usize,
    pub tag: &'p str,
    pub art: &'p ExportArticle,
    pub file: &'p Path,
}

/// A new article: the English file with each unit's English replaced by
/// its segment, the front matter's `title` translated (from the `title`
/// unit, else from the unit whose English is the title, the H1 in DocFX
/// articles) and `ms.contentlocale` set when the locale's files carry it.
pub(super) fn create<'a>(
    report: &Report,
    new: NewFile,
    edits: &'a [Edit],
) -> Result<FileChange, Failed<'a>> {
    let NewFile {
        locale,
        tag,
        art,
        file,
    } = new;
    let fail = |m: String| first_fails(edits, m);
    if report.root.join(file).exists() {
        return Err(fail(format!("{} exists already", file.display())));
    }
    let mut by_unit: Vec<Option<&Edit>> = vec![None; art.units.len()];
    for e in edits {
        if let Target::New(i) = e.target {
            if let Some(slot) = by_unit.get_mut(i) {
                *slot = Some(e);
            }
        }
    }
    // A CAT tool returns the English for what was not translated
    // (OmegaT does): that is no translation, unless the English has nothing
    // to translate.
    let untranslated: Vec<&str> = art
        .units
        .iter()
        .zip(&by_unit)
        .filter(|(x, e)| e.is_none_or(|e| e.new == x.source_md && !x.verbatim_ok))
        .map(|(x, _)| x.id.as_str())
        .collect();
    if !untranslated.is_empty() {
        let shown: Vec<&str> = untranslated.iter().take(5).copied().collect();
        return Err(fail(format!(
            "`{}` has no {} file yet, and a new article is written only when every unit is translated: {} of its {} units are not ({}{})",
            art.key,
            report.locales[locale],
            untranslated.len(),
            art.units.len(),
            shown.join(", "),
            if untranslated.len() > shown.len() { ", …" } else { "" }
        )));
    }
    let english = english(&report.root, art).map_err(&fail)?;
    let source_file = art.source_file.clone().unwrap_or_default();
    let doc_en = markup::parse(&source_file, &english);
    let mut ids = Ids {
        prefix: prefix_for(&report.locales[locale], &art.key),
        used: HashSet::new(),
        max: art
            .units
            .iter()
            .filter_map(|x| x.id.parse::<u32>().ok())
            .max()
            .unwrap_or(100),
    };
    let mut splices = Vec::new();
    let mut front: Vec<(String, String)> = Vec::new();
    let mut expected = Vec::new();
    for (unit, e) in art.units.iter().zip(&by_unit) {
        let Some(e) = e else { continue };
        if let Some(k) = &unit.front_matter_key {
            front.push((k.clone(), e.new.clone()));
            continue;
        }
        let Some(r) = &unit.source_range else {
            return Err(vec![(
                e,
                format!(
                    "its English is not found in {} as written, so the new article has no place for it",
                    source_file.display()
                ),
            )]);
        };
        let Some(md) = english.get(r.clone()) else {
            return Err(vec![(
                e,
                "the English file changed during the import".into(),
            )]);
        };
        let id = ids.next(&unit.id);
        splices.push((r.clone(), span(&id, &e.new, md), *e));
        expected.push((*e, id));
    }
    if !front.iter().any(|(k, _)| k == "title") {
        if let Some(title) = doc_en.front_matter.text("title") {
            let t =
                art.units.iter().zip(&by_unit).find(|(x, _)| {
                    x.front_matter_key.is_none() && x.source_md.trim() == title.trim()
                });
            if let Some((_, Some(e))) = t {
                front.push(("title".into(), e.new.trim().to_string()));
            }
        }
    }
    if tag != report.locales[locale] {
        front.push(("ms.contentlocale".into(), tag.to_string()));
    }
    splices.sort_by_key(|(r, ..)| std::cmp::Reverse(r.start));
    // Two units found on the same English (repeated text the alignment
    // placed twice) would write one segment into the other.
    for w in splices.windows(2) {
        if w[1].0.end > w[0].0.start {
            return Err(vec![(
                w[1].2,
                format!(
                    "its English overlaps another unit's in {}, so the new article has no place for it",
                    source_file.display()
                ),
            )]);
        }
    }
    let mut new = english.clone();
    for (r, text, _) in &splices {
        new.replace_range(r.clone(), text);
    }
    let fm = doc_en.front_matter.range.clone();
    if let Some(yaml) = new.get(fm.clone()).filter(|y| !y.is_empty()) {
        let yaml = set_front_matter(yaml, &front);
        new.replace_range(fm, &yaml);
    }
    verify(file, &doc_en, &new, &expected)?;
    Ok(FileChange {
        file: file.to_path_buf(),
        old: String::new(),
        new,
        units: edits.len(),
        created: true,
    })
}

/// A segment ID prefix for a new file: five hex digits of a hash of the
/// locale and article, as the corpus's prefixes look.
fn prefix_for(locale: &str, key: &str) -> String {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(format!("{locale}/{key}").as_bytes());
    h.iter()
        .take(3)
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .chars()
        .take(5)
        .collect()
}

/// Sets top-level keys of YAML front matter to plain strings, replacing a
/// key's line (and the indented lines of its value) or adding it at the end.
fn set_front_matter(yaml: &str, values: &[(String, String)]) -> String {
    let mut lines: Vec<String> = yaml.lines().map(str::to_string).collect();
    for (k, v) in values {
        let scalar = serde_norway::to_string(v)
            .map(|s| s.trim_end().to_string())
            .unwrap_or_else(|_| format!("{v:?}"));
        let line = format!("{k}: {scalar}");
        let head = format!("{k}:");
        match lines.iter().position(|l| l.starts_with(&head)) {
            Some(i) => {
                let mut end = i + 1;
                while end < lines.len() && lines[end].starts_with([' ', '\t']) {
                    end += 1;
                }
                lines.splice(i..end, [line]);
            }
            None => lines.push(line),
        }
    }
    let mut out = lines.join("\n");
    if yaml.ends_with('\n') {
        out.push('\n');
    }
    out
}
