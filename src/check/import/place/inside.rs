//! Missing units whose whole block the translation lacks, inside structure
//! the English and the translation share: a cell of a markdown or raw
//! HTML table, a paragraph or heading of a quote or alert, and a list the
//! translation has none of. Each is placed only where the translation's
//! structure makes the place certain (the same table with the same shape;
//! the quote that holds the segments of the English quote's other units;
//! an empty table or alert right after the block of the previous unit,
//! under the same kind of parent; a list copied whole from the English,
//! at the top level or into the item or quote the translation has of its
//! parent, when every unit of it is translated); otherwise the reason is
//! returned and the import refuses the unit.

use super::{span, top_block, Ids, Spot};
use crate::check::export::model::{ExportArticle, ExportUnit};
use crate::markup::{Block, BlockKind, Document};
use std::collections::BTreeSet;
use std::ops::Range;

/// Blocks from `b` up to the top, `b` first.
fn ancestors(doc: &Document, b: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(b), move |&i| doc.blocks.get(i).and_then(|x| x.parent))
}

/// The innermost block of `doc` around the file range `r` that is not a
/// link or an image (text blocks only: where a unit is written).
fn block_around(doc: &Document, r: &Range<usize>) -> Option<usize> {
    doc.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.range.start <= r.start && r.end <= b.range.end)
        .filter(|(_, b)| !matches!(b.kind, BlockKind::Link { .. } | BlockKind::Image { .. }))
        .max_by_key(|(i, b)| (b.range.start, *i))
        .map(|(i, _)| i)
}

/// The block of the translation that holds the unit's last (or first)
/// segment.
fn segment_block(doc: &Document, x: &ExportUnit, last: bool) -> Option<usize> {
    let s = if last {
        x.segments.last()
    } else {
        x.segments.first()
    };
    doc.segments.get(*s?)?.block
}

/// Whether the unit's English lies inside block `b` of the English file.
fn inside(x: &ExportUnit, b: &Block) -> bool {
    x.source_range
        .as_ref()
        .is_some_and(|r| b.range.start <= r.start && r.end <= b.range.end)
}

/// The blocks of the translation that hold a segment of a unit whose
/// English is inside `b`, each taken up to its first ancestor `pick`
/// accepts.
fn translated(
    art: &ExportArticle,
    b: &Block,
    doc: &Document,
    pick: impl Fn(usize) -> bool,
) -> BTreeSet<usize> {
    art.units
        .iter()
        .filter(|x| inside(x, b))
        .flat_map(|x| x.segments.iter())
        .filter_map(|&s| doc.segments.get(s)?.block)
        .filter_map(|blk| ancestors(doc, blk).find(|&i| pick(i)))
        .collect()
}

/// The one block of the translation that holds the segments of an
/// English `what` (table, quote), or why there is none to pick.
fn the_one(found: &BTreeSet<usize>, what: &str) -> Result<usize, String> {
    match found.iter().collect::<Vec<_>>().as_slice() {
        [t] => Ok(**t),
        [] => Err(format!(
            "the translation has no segment of this unit's English {what}, so which {what} is its own is a guess: add the {what} to the translation by hand first (with any text where this unit goes)"
        )),
        _ => Err(format!(
            "the segments of this unit's English {what} are in several {what}s of the translation: fix them by hand first"
        )),
    }
}

/// The (row, column) of every cell of table `t`.
fn shape(doc: &Document, t: usize) -> Vec<(u32, u32)> {
    let mut cells: Vec<(u32, u32)> = doc
        .blocks
        .iter()
        .filter(|b| b.parent == Some(t))
        .filter_map(|b| match b.kind {
            BlockKind::TableCell { row, column, .. } | BlockKind::HtmlCell { row, column } => {
                Some((row, column))
            }
            _ => None,
        })
        .collect();
    cells.sort_unstable();
    cells
}

/// Rows and columns of a shape, for messages.
fn size(cells: &[(u32, u32)]) -> String {
    let rows = cells.iter().map(|c| c.0).max().map_or(0, |r| r + 1);
    let cols = cells.iter().map(|c| c.1).max().unwrap_or(0);
    format!("{rows} rows of {cols} columns")
}

/// A unit of an English table cell the translation has no segment of:
/// into the same cell of the translation's table, which must be the one
/// that holds the segments of the English table's other units and have
/// its shape, and the cell empty. `None` when the unit is not in a table
/// cell.
pub(super) fn table_cell(
    art: &ExportArticle,
    u: usize,
    r: &Range<usize>,
    en: &Document,
    doc: &Document,
    text: &str,
) -> Option<Result<Spot, String>> {
    let b = block_around(en, r)?;
    let (cell, row, column) = ancestors(en, b).find_map(|i| match en.blocks.get(i)?.kind {
        BlockKind::TableCell { row, column, .. } | BlockKind::HtmlCell { row, column } => {
            Some((i, row, column))
        }
        _ => None,
    })?;
    let table = en.blocks.get(cell)?.parent?;
    // A markdown table, or a raw HTML block with `<td>` cells.
    let kind = en.blocks.get(table)?.kind.clone();
    let html = kind == BlockKind::Html;
    let tables = translated(art, en.blocks.get(table)?, doc, |i| {
        doc.blocks.get(i).map(|b| &b.kind) == Some(&kind)
    });
    let t = match the_one(&tables, "table") {
        Ok(t) => t,
        // The translation's table right where the English one is, with
        // no segment in it (the unit's cell was its only text).
        Err(e) if tables.is_empty() => {
            let empty = |t: usize| {
                doc.blocks.get(t).is_some_and(|b| b.kind == kind)
                    && doc
                        .segments
                        .iter()
                        .all(|s| s.block.is_none_or(|b| !ancestors(doc, b).any(|a| a == t)))
            };
            match next_to_previous(art, u, table, en, doc).filter(|&t| empty(t)) {
                Some(t) => t,
                None => return Some(Err(e)),
            }
        }
        Err(e) => return Some(Err(e)),
    };
    let (want, have) = (shape(en, table), shape(doc, t));
    if want != have {
        return Some(Err(format!(
            "the translation's table has another shape ({}, the English {}), so which cell is this unit's is a guess: make the tables alike by hand first",
            size(&have),
            size(&want)
        )));
    }
    let target = doc.blocks.iter().find(|x| {
        x.parent == Some(t)
            && matches!(x.kind, BlockKind::TableCell { row: r, column: c, .. } | BlockKind::HtmlCell { row: r, column: c } if r == row && c == column)
    })?;
    let body = text.get(target.range.clone())?;
    if !body.trim().is_empty() {
        return Some(Err(format!(
            "the translation's cell in row {row}, column {column} holds text that is not this unit's segment (`{}`): translate it in the markdown, or empty the cell",
            body.trim()
        )));
    }
    if html {
        // Between `<td>` and `</td>`, after any line break and indentation.
        let at = target.range.start + (body.len() - body.trim_start().len());
        return Some(Ok(Spot {
            at,
            before: String::new(),
            after: String::new(),
            new_block: true,
        }));
    }
    let at = target.range.start + usize::from(body.starts_with(' '));
    let rest = text.get(at..target.range.end).unwrap_or_default();
    Some(Ok(Spot {
        at,
        before: if body.starts_with(' ') { "" } else { " " }.into(),
        after: if rest.starts_with(' ') { "" } else { " " }.into(),
        new_block: true,
    }))
}

fn is_quote(kind: &BlockKind) -> bool {
    matches!(kind, BlockKind::BlockQuote | BlockKind::Alert { .. })
}

/// How many quotes hold block `b`, `b` included.
fn quote_level(doc: &Document, b: usize) -> usize {
    ancestors(doc, b)
        .filter(|&i| doc.blocks.get(i).is_some_and(|x| is_quote(&x.kind)))
        .count()
}

/// The `>` prefix or indentation of the line where block `b` starts
/// (`> `, `> > `, `  `), or `None` when something else stands before the
/// block on its line.
pub(super) fn line_prefix<'t>(text: &'t str, b: &Block) -> Option<&'t str> {
    let head = text.get(..b.range.start)?;
    let prefix = head.rsplit_once('\n').map_or(head, |(_, l)| l);
    prefix
        .chars()
        .all(|c| matches!(c, '>' | ' ' | '\t'))
        .then_some(prefix)
}

/// The translation's quote that holds the segments of the units of the
/// English quote `q` (at the same quote level, and of the same kind), or
/// why there is none to pick (`Ok(None)`: the translation has no segment
/// of it).
fn translated_quote(
    art: &ExportArticle,
    q: usize,
    en: &Document,
    doc: &Document,
) -> Option<Result<Option<usize>, String>> {
    let quote = en.blocks.get(q)?;
    let level = quote_level(en, q);
    let quotes = translated(art, quote, doc, |i| {
        doc.blocks.get(i).is_some_and(|b| is_quote(&b.kind)) && quote_level(doc, i) == level
    });
    if quotes.is_empty() {
        return Some(Ok(None));
    }
    let tq = match the_one(&quotes, "quote") {
        Ok(t) => t,
        Err(e) => return Some(Err(e)),
    };
    if doc.blocks.get(tq).map(|b| &b.kind) != Some(&quote.kind) {
        return Some(Err(
            "the translation's quote is of another kind than the English one (a quote for an alert, or another alert): fix it by hand first".into(),
        ));
    }
    Some(Ok(Some(tq)))
}

/// The block directly in the translation's quote `tq` beside which a new
/// block of the English quote `quote` goes: the one that holds the
/// segment of the last unit of the quote before `first` (`true`: the new
/// block goes after it), else the one that holds the first unit's after
/// `last` (`false`: before it).
fn quote_neighbour(
    art: &ExportArticle,
    (first, last): (usize, usize),
    quote: &Block,
    tq: usize,
    doc: &Document,
) -> Option<(usize, bool)> {
    let child = |x: &ExportUnit, last: bool| {
        let b = segment_block(doc, x, last)?;
        ancestors(doc, b).find(|&i| doc.blocks.get(i).and_then(|x| x.parent) == Some(tq))
    };
    let of_quote = |x: &&ExportUnit| inside(x, quote);
    if let Some(b) = art.units[..first]
        .iter()
        .rev()
        .filter(of_quote)
        .find_map(|x| child(x, true))
    {
        return Some((b, true));
    }
    let b = art.units[last + 1..]
        .iter()
        .filter(of_quote)
        .find_map(|x| child(x, false))?;
    Some((b, false))
}

/// What a heading of a quote starts with in the English after the
/// quote's `>` prefix (`## `, and an `<a name>` anchor when it has one);
/// empty for a paragraph. `None` when the unit does not start its
/// heading's line.
fn block_marker<'e>(english: &'e str, r: &Range<usize>, kind: &BlockKind) -> Option<&'e str> {
    if !matches!(kind, BlockKind::Heading { .. }) {
        return Some("");
    }
    let head = english.get(..r.start)?;
    let line = head.rsplit_once('\n').map_or(head, |(_, l)| l);
    let marker = line.trim_start_matches(['>', ' ', '\t']);
    marker.starts_with('#').then_some(marker)
}

/// A paragraph or heading of an English quote or alert the translation
/// has no segment of: into the translation's quote that holds the
/// segments of the English quote's other units (at the same quote level,
/// and of the same kind), after the block holding the previous unit's
/// segment, or before the next one's when it opens the quote, with the
/// quote's `>` prefixes (and a heading's `#` marker and anchor). `None`
/// when the unit is not a paragraph or heading of a quote.
pub(super) fn quote_paragraph(
    art: &ExportArticle,
    u: usize,
    r: &Range<usize>,
    (en, english): (&Document, &str),
    doc: &Document,
    text: &str,
) -> Option<Result<Spot, String>> {
    let p = block_around(en, r)?;
    let para = en.blocks.get(p)?;
    if !matches!(para.kind, BlockKind::Paragraph | BlockKind::Heading { .. }) {
        return None;
    }
    let q = para.parent?;
    let quote = en.blocks.get(q)?;
    if !is_quote(&quote.kind) {
        return None;
    }
    let Some(marker) = block_marker(english, r, &para.kind) else {
        return Some(Err(
            "the unit does not start its heading's line in the English, so what goes before it in the quote is a guess: add the heading by hand first".into(),
        ));
    };
    let tq = match translated_quote(art, q, en, doc)? {
        Ok(Some(t)) => t,
        Ok(None) => {
            let e = the_one(&BTreeSet::new(), "quote").err()?;
            return Some(empty_quote(art, u, (p, q), en, doc, text, marker).ok_or(e));
        }
        Err(e) => return Some(Err(e)),
    };
    let (b, after) = quote_neighbour(art, (u, u), quote, tq, doc)?;
    let blk = doc.blocks.get(b)?;
    let Some(prefix) = line_prefix(text, blk) else {
        return Some(Err(
            "the translation's quote does not start its lines with `>` where this unit goes: add the paragraph by hand".into(),
        ));
    };
    let sep = format!("\n{}\n{prefix}", prefix.trim_end());
    Some(Ok(if after {
        let end = blk.range.start + text.get(blk.range.clone())?.trim_end().len();
        Spot {
            at: end,
            before: format!("{sep}{marker}"),
            after: String::new(),
            new_block: true,
        }
    } else {
        Spot {
            at: blk.range.start,
            before: marker.to_string(),
            after: sep,
            new_block: true,
        }
    }))
}

/// The next block after `i` with the same parent (its next sibling).
fn next_sibling(d: &Document, i: usize) -> Option<usize> {
    let parent = d.blocks.get(i)?.parent;
    (i + 1..d.blocks.len()).find(|&j| d.blocks.get(j).is_some_and(|x| x.parent == parent))
}

/// The block of the translation that stands where the English block `b`
/// does: `b` is the next sibling of the English block (under the same
/// parent: the top level, a list item, a quote) that holds the unit
/// before `u` that has a segment, and the translation's block is the next
/// sibling of the block that holds that segment at the same depth, under
/// a parent of the same kind. Blocks between (an empty alert before the
/// unit's empty alert) pair up in order, each empty on both sides and of
/// the same kind. `None` when `b` does not follow that unit's block so.
fn next_to_previous(
    art: &ExportArticle,
    u: usize,
    b: usize,
    en: &Document,
    doc: &Document,
) -> Option<usize> {
    let parent = en.blocks.get(b)?.parent;
    let prev = art.units[..u]
        .iter()
        .rev()
        .find(|x| !x.segments.is_empty() && x.front_matter_key.is_none())?;
    let held = block_around(en, prev.source_range.as_ref()?)?;
    let eb = ancestors(en, held).find(|&i| en.blocks.get(i).is_some_and(|x| x.parent == parent))?;
    let depth = ancestors(en, eb).count();
    let tb = ancestors(doc, segment_block(doc, prev, true)?)
        .find(|&i| ancestors(doc, i).count() == depth)?;
    let kind_of =
        |d: &Document, p: Option<usize>| p.map(|p| d.blocks.get(p).map(|x| x.kind.name()));
    if kind_of(en, parent) != kind_of(doc, doc.blocks.get(tb)?.parent) {
        return None;
    }
    // Siblings between that block and `b` (two alerts in a row) must be
    // empty on both sides and of the same kinds: they pair up in order.
    let (mut e, mut t) = (next_sibling(en, eb)?, next_sibling(doc, tb)?);
    while e != b {
        let (eblk, tblk) = (en.blocks.get(e)?, doc.blocks.get(t)?);
        let untranslated = art
            .units
            .iter()
            .all(|x| x.segments.is_empty() || !inside(x, eblk));
        let empty = doc
            .segments
            .iter()
            .all(|s| s.block.is_none_or(|sb| !ancestors(doc, sb).any(|a| a == t)));
        if !untranslated || !empty || eblk.kind.name() != tblk.kind.name() {
            return None;
        }
        e = next_sibling(en, e)?;
        t = next_sibling(doc, t)?;
    }
    Some(t)
}

/// An English quote `q` none of whose units the translation has,
/// when the translation still has the quote, empty (an alert's `> [!NOTE]`
/// line whose paragraph is missing): the English block right before the
/// quote (at the top level, or in the same list item) holds the previous
/// unit, and the block right after that unit's block in the translation
/// is a quote of the same kind with nothing in it. The unit's paragraph (`p`, in quote `q`) goes into it,
/// after a `>` line when an earlier paragraph of the quote goes there too.
/// `None` when that is not so (which quote is the unit's is then a guess).
fn empty_quote(
    art: &ExportArticle,
    u: usize,
    (p, q): (usize, usize),
    en: &Document,
    doc: &Document,
    text: &str,
    marker: &str,
) -> Option<Spot> {
    let quote = en.blocks.get(q)?;
    let (end, prefix) = empty_quote_end(art, u, q, (en, doc), text)?;
    // Units of an earlier paragraph of the quote, written at the same place.
    let earlier = art.units[..u].iter().any(|x| {
        inside(x, quote) && x.source_range.as_ref().and_then(|r| block_around(en, r)) != Some(p)
    });
    let blank = if earlier {
        format!("\n{prefix}>")
    } else {
        String::new()
    };
    Some(Spot {
        at: end,
        before: format!("{blank}\n{prefix}> {marker}"),
        after: String::new(),
        new_block: true,
    })
}

/// The translation's empty quote that stands where the English quote `q`
/// does ([`next_to_previous`] of unit `u`), of the same kind: the end of
/// its text (its `> [!NOTE]` line) and its line prefix.
fn empty_quote_end<'t>(
    art: &ExportArticle,
    u: usize,
    q: usize,
    (en, doc): (&Document, &Document),
    text: &'t str,
) -> Option<(usize, &'t str)> {
    let quote = en.blocks.get(q)?;
    let tq = next_to_previous(art, u, q, en, doc)?;
    let qb = doc.blocks.get(tq)?;
    let empty = !doc.blocks.iter().any(|b| b.parent == Some(tq))
        && doc
            .segments
            .iter()
            .all(|s| !(qb.range.start <= s.range.start && s.range.start < qb.range.end));
    if qb.kind != quote.kind || !empty {
        return None;
    }
    let end = qb.range.start + text.get(qb.range.clone())?.trim_end().len();
    Some((end, line_prefix(text, qb)?))
}

/// A new list: where it goes, its markdown, and the units it writes with
/// their segment IDs.
pub(in crate::check::import) struct NewList {
    pub at: usize,
    pub text: String,
    pub units: Vec<(usize, String)>,
}

/// A unit of an English list the translation has none of (no unit of the
/// list has a segment): the whole list, copied from the English with each
/// unit's English replaced by its segment (markers, numbers, nesting and
/// spacing as the English has them), after the top-level block holding
/// the previous unit's segment (else before the next one's), or for a
/// list nested in an item the translation has, into that item
/// ([`in_item`]), or for a list of a quote, into the translation's quote
/// ([`in_quote`]); not for a list inside another block, and only
/// when every unit of it is being imported (no half-English list). The
/// list is the outermost one around the unit that the translation has
/// none of. `new` gives the translation
/// imported for a unit. `None` when the unit is not in such a list.
pub(in crate::check::import) fn new_list(
    art: &ExportArticle,
    u: usize,
    (doc, text): (&Document, &str),
    (en, english): (&Document, &str),
    new: &dyn Fn(usize) -> Option<String>,
    ids: &mut Ids,
) -> Option<Result<NewList, String>> {
    let r = art.units.get(u)?.source_range.as_ref()?;
    let b = block_around(en, r)?;
    // The outermost English list around the unit that the translation
    // has none of (no unit in it has a segment).
    let untranslated = |l: &Block| {
        art.units
            .iter()
            .all(|x| !inside(x, l) || x.segments.is_empty())
    };
    let list = ancestors(en, b)
        .filter(|&i| {
            matches!(
                en.blocks.get(i).map(|x| &x.kind),
                Some(BlockKind::List { .. })
            )
        })
        .take_while(|&i| en.blocks.get(i).is_some_and(untranslated))
        .last()?;
    let lb = en.blocks.get(list)?;
    let units: Vec<usize> = (0..art.units.len())
        .filter(|&i| inside(&art.units[i], lb))
        .collect();
    // A list nested in an item: inside the translation's item (below);
    // in a quote: inside the translation's quote.
    let (parent_item, parent_quote) = match lb.parent.and_then(|p| Some((p, en.blocks.get(p)?)))
    {
        None => (None, None),
        Some((p, pb)) if matches!(pb.kind, BlockKind::ListItem { .. }) => (Some(p), None),
        Some((p, pb)) if is_quote(&pb.kind) => (None, Some(p)),
        Some(_) => {
            return Some(Err(
                "the translation has none of this unit's list, which the English has inside another block than a list item or a quote: add the list to the translation by hand first".into(),
            ))
        }
    };
    let missing: Vec<&str> = units
        .iter()
        .filter(|&&i| new(i).is_none())
        .map(|&i| art.units[i].id.as_str())
        .collect();
    if !missing.is_empty() {
        return Some(Err(format!(
            "the translation has none of this unit's list, and a new list is written only when every unit of it is translated: {} of its {} units are not ({})",
            missing.len(),
            units.len(),
            missing.join(", ")
        )));
    }
    let start = lb.range.start;
    let body = english.get(lb.range.clone())?.trim_end();
    let mut out = String::with_capacity(body.len() * 2);
    let mut pos = start;
    let mut written = Vec::new();
    for &i in &units {
        let x = &art.units[i];
        let xr = x.source_range.as_ref()?;
        if xr.start < pos || xr.end > start + body.len() {
            return Some(Err(
                "the units of this unit's English list overlap: add the list by hand".into(),
            ));
        }
        out.push_str(english.get(pos..xr.start)?);
        let id = ids.next(&x.id);
        out.push_str(&span(&id, &new(i)?, &x.source_md));
        written.push((i, id));
        pos = xr.end;
    }
    out.push_str(english.get(pos..start + body.len())?);
    let first = *units.first()?;
    if let Some(p) = parent_item {
        return Some(
            in_item(art, first, lb, p, (doc, text), (en, english)).map(|(at, sep)| NewList {
                at,
                text: format!("{sep}{out}"),
                units: written,
            }),
        );
    }
    let last = *units.last()?;
    if let Some(q) = parent_quote {
        return Some(
            in_quote(art, (first, last), lb, q, (doc, text), (en, english)).map(
                |(at, before, after)| NewList {
                    at,
                    text: format!("{before}{out}{after}"),
                    units: written,
                },
            ),
        );
    }
    let block_of = |x: &ExportUnit, last: bool| {
        let b = segment_block(doc, x, last)?;
        doc.blocks.get(top_block(doc, b))
    };
    if let Some(b) = art.units[..first]
        .iter()
        .rev()
        .find_map(|x| block_of(x, true))
    {
        let end = b.range.start + text.get(b.range.clone())?.trim_end().len();
        return Some(Ok(NewList {
            at: end,
            text: format!("\n\n{out}"),
            units: written,
        }));
    }
    let b = art.units[last + 1..]
        .iter()
        .find_map(|x| block_of(x, false))?;
    Some(Ok(NewList {
        at: b.range.start,
        text: format!("{out}\n\n"),
        units: written,
    }))
}

/// Where a list of the English quote `q` goes in the translation, which
/// has that quote (the segments of its other units, as for a paragraph
/// of a quote): after the block of the translation's quote that holds the
/// previous unit's segment, or before the one that holds the next one's,
/// with a `>` line between. The list is copied with the English line
/// prefixes, so the translation's quote must prefix its lines as the
/// English one does. Returns the offset and what goes before and after
/// the list.
fn in_quote(
    art: &ExportArticle,
    (first, last): (usize, usize),
    lb: &Block,
    q: usize,
    (doc, text): (&Document, &str),
    (en, english): (&Document, &str),
) -> Result<(usize, String, String), String> {
    let none = || {
        "the translation has no segment of the quote that holds this unit's list in the English: add the quote or the list by hand first".to_string()
    };
    let quote = en.blocks.get(q).ok_or_else(none)?;
    let other_prefix = || {
        "the translation's quote prefixes its lines otherwise than the English one where this unit's list goes, so the list's lines are a guess: add the list by hand first".to_string()
    };
    let tq = match translated_quote(art, q, en, doc) {
        Some(Ok(Some(t))) => t,
        Some(Err(e)) => return Err(e),
        // A quote the translation keeps empty: after its `> [!NOTE]` line,
        // a `>` line first when earlier blocks of the quote go there too.
        Some(Ok(None)) => {
            let (end, prefix) = empty_quote_end(art, first, q, (en, doc), text).ok_or_else(none)?;
            let want = format!("{prefix}> ");
            if line_prefix(english, lb) != Some(want.as_str()) {
                return Err(other_prefix());
            }
            let earlier = art.units[..first].iter().any(|x| inside(x, quote));
            let blank = if earlier {
                format!("\n{prefix}>")
            } else {
                String::new()
            };
            return Ok((end, format!("{blank}\n{want}"), String::new()));
        }
        None => return Err(none()),
    };
    let (b, after) = quote_neighbour(art, (first, last), quote, tq, doc).ok_or_else(none)?;
    let blk = doc.blocks.get(b).ok_or_else(none)?;
    let prefix = line_prefix(text, blk);
    if prefix.is_none() || prefix != line_prefix(english, lb) {
        return Err(other_prefix());
    }
    let prefix = prefix.unwrap_or_default();
    let sep = format!("\n{}\n{prefix}", prefix.trim_end());
    Ok(if after {
        let end = blk.range.start
            + text
                .get(blk.range.clone())
                .map_or(0, |t| t.trim_end().len());
        (end, sep, String::new())
    } else {
        (blk.range.start, String::new(), sep)
    })
}

/// Where a list nested in English item `p` goes in the translation, which
/// has that item (the segment of the unit before the list, which is in
/// the item) but none of the list: after the block of the item that holds
/// that segment, or at the end of its line in a tight item, with the
/// English spacing and the list's indentation; returns the offset and
/// what goes before the list. The translation's item must be indented and
/// marked as wide as the English one, so that the English indentation of
/// the list's lines holds.
fn in_item(
    art: &ExportArticle,
    first: usize,
    lb: &Block,
    p: usize,
    (doc, text): (&Document, &str),
    (en, english): (&Document, &str),
) -> Result<(usize, String), String> {
    let no_item = || {
        "the translation has no segment of the item that holds this unit's list in the English: add the item or the list by hand first".to_string()
    };
    let pe = en.blocks.get(p).ok_or_else(no_item)?;
    let prev = art.units[..first]
        .iter()
        .rev()
        .take_while(|x| inside(x, pe))
        .find_map(|x| doc.segments.get(*x.segments.last()?))
        .ok_or_else(no_item)?;
    let level = super::item_level(en, p);
    let is_item = |i: &usize| {
        doc.blocks
            .get(*i)
            .is_some_and(|b| matches!(b.kind, BlockKind::ListItem { .. }))
    };
    let seg_block = prev.block.ok_or_else(no_item)?;
    let t = ancestors(doc, seg_block)
        .filter(is_item)
        .find(|&i| super::item_level(doc, i) == level)
        .ok_or_else(no_item)?;
    let tb = doc.blocks.get(t).ok_or_else(no_item)?;
    let width = |s: &str, b: &Block| {
        super::marker_at(s, b.range.start)
            .map(str::len)
            .zip(line_prefix(s, b).map(str::to_string))
    };
    if width(text, tb).is_none() || width(text, tb) != width(english, pe) {
        return Err(
            "the translation's item that holds this unit's list is indented or marked otherwise than the English one, so the list's indentation is a guess: add the list by hand first".into(),
        );
    }
    let at = match ancestors(doc, seg_block)
        .find(|&i| doc.blocks.get(i).and_then(|b| b.parent) == Some(t))
    {
        // A loose item: after its paragraph (or other block) that holds the segment.
        Some(c) => {
            let cb = doc.blocks.get(c).ok_or_else(no_item)?;
            cb.range.start + text.get(cb.range.clone()).map_or(0, |x| x.trim_end().len())
        }
        // A tight one: the end of the segment's line.
        None => {
            let rest = text.get(prev.range.end..).unwrap_or_default();
            prev.range.end + rest.find('\n').unwrap_or(rest.len())
        }
    };
    let head = english.get(..lb.range.start).unwrap_or_default();
    let gap = head.len() - head.trim_end().len();
    let sep = if head
        .get(head.len() - gap..)
        .is_some_and(|g| g.matches('\n').count() >= 2)
    {
        "\n\n"
    } else {
        "\n"
    };
    let indent = line_prefix(english, lb).ok_or_else(no_item)?;
    Ok((at, format!("{sep}{indent}")))
}
