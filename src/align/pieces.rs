//! Where each aligned unit lives in a translation without span markup.
//!
//! A marked translation says, segment by segment, which English sentence
//! each of its sentences renders. An unmarked one (the Japanese demo
//! article, a machine translation that lost its markup) says nothing, but
//! it is aligned anyway, by document structure ([`super::structure`]): its
//! blocks are matched to the source's and each block's sentences are
//! grouped onto the source's units, with a confidence per group. This
//! module decides, per text block of the translation, where each
//! confident group of sentences ends, counted in non-whitespace characters
//! of the block's text and inline code (the unit both the alignment's
//! normalized sentences and pulldown-cmark's text events share):
//!
//! - sentence by sentence where every group of the block is confident and
//!   the groups' text adds up to exactly what the markdown holds;
//! - the whole block as one piece where the block match is confident but
//!   its sentences are not (or do not add up);
//! - nothing where the block is not confidently aligned.
//!
//! Two readers share that one decision ([`plan`]): the renderer's source
//! view (`render::source_view`), which never shows a reader the wrong
//! English, and `stele import` (through `check::export::model`), which
//! writes a translator's edit of a unit over exactly the bytes of the
//! file that hold it ([`pins`]), and never over another sentence's
//! translation.

use super::{structure, ArticleAlignment, LocaleAlignment, Method, Pair};
use crate::markup::{self, Document};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::ops::Range;
use stele_runtime::tokenize::is_cjk;

/// Each group of a block is a piece of its own only at or above this
/// confidence (the product of the block match and the sentence grouping).
pub const SENTENCE_CONFIDENCE: f32 = 0.6;

/// A block is one piece at or above this mean confidence; below it, it
/// gets none.
pub const BLOCK_CONFIDENCE: f32 = 0.5;

/// One piece of a planned block.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Where the piece ends: the count of non-whitespace characters of the
    /// block's text (text and inline code) up to its end.
    pub end: usize,
    /// The source text it renders.
    pub source: String,
    /// The translation's text of the piece, whitespace-normalized (for
    /// measurements: the renderer counts characters, it needs no text).
    pub target: String,
    /// Whether it is one sentence group (`true`) or the whole block.
    pub sentence: bool,
    /// The pairs (indices into the locale's `pairs`) the piece is part
    /// of: one for a sentence group, every pair of the block for a whole
    /// block.
    pub pairs: Vec<usize>,
}

/// The plan of one translation: its text blocks (by range in the marked
/// body) and their pieces.
#[derive(Debug, Clone, Default)]
pub struct SourcePlan {
    /// Planned blocks, sorted by the start of their range.
    pub blocks: Vec<(Range<usize>, Vec<Piece>)>,
}

impl SourcePlan {
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The innermost planned block around marked-body offset `at`.
    pub fn block_at(&self, at: usize) -> Option<usize> {
        // Blocks nest (a list item's paragraph inside it): the containing
        // block that starts last is the innermost.
        let upto = self.blocks.partition_point(|(r, _)| r.start <= at);
        (0..upto).rev().find(|&i| self.blocks[i].0.contains(&at))
    }
}

/// Non-whitespace characters: the unit in which pieces are measured, so
/// that the alignment's whitespace-normalized sentences and the
/// renderer's text events count alike.
pub fn weight(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// The plan for translation `doc` from its alignment `la` (part of the
/// article's alignment `al`). Empty for a marked translation, which has
/// its own segments.
pub fn plan(doc: &Document, al: &ArticleAlignment, la: &LocaleAlignment) -> SourcePlan {
    if la.marked || doc.is_marked() {
        return SourcePlan::default();
    }
    plan_structure(doc, al, la)
}

/// The plan of the blocks of `doc` that `la` aligns by structure
/// ([`Method::Structure`]), whether or not the file has span markup. In an
/// unmarked translation that is every aligned block ([`plan`]); in a
/// marked one, the blocks that hold no segment but were matched whole to
/// a unit (image alt text and captions, which translation tools translate
/// without marking): `stele import` pins such a unit with [`pins`] as it
/// pins a unit of an unmarked file. (The renderer's source view does not
/// use this for marked files: their segments say what is what.)
pub fn plan_structure(doc: &Document, al: &ArticleAlignment, la: &LocaleAlignment) -> SourcePlan {
    let conts = structure::containers(doc);
    // The pairs of each target container, found by its position.
    let mut by_cont: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, p) in la.pairs.iter().enumerate() {
        if p.method != Method::Structure {
            continue;
        }
        if let Some(ci) = conts
            .iter()
            .position(|c| c.line == p.line && c.col == p.col)
        {
            by_cont.entry(ci).or_default().push(i);
        }
    }
    let mut plan = SourcePlan {
        blocks: by_cont
            .keys()
            .map(|&ci| (doc.blocks[conts[ci].block].marked_range.clone(), Vec::new()))
            .collect(),
    };
    plan.blocks
        .sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let (seen, alt_text) = rendered_weights(doc, &plan);
    for (ci, pairs) in by_cont {
        let range = &doc.blocks[conts[ci].block].marked_range;
        let Some(bi) = plan.blocks.iter().position(|(r, _)| r == range) else {
            continue;
        };
        let total = seen[bi];
        let source = |p: &Pair| -> String {
            al.units
                .get(p.units.clone())
                .unwrap_or_default()
                .iter()
                .map(|u| u.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // Each pair's sentences, grouped onto its source's sentences when
        // that grouping is confident, else the pair whole.
        let mut pieces = Vec::new();
        let mut end = 0;
        let mut sure = true;
        for &i in &pairs {
            let p = &la.pairs[i];
            sure &= p.confidence >= SENTENCE_CONFIDENCE;
            for (target, text, sentence) in sentence_groups(&source(p), p) {
                end += weight(&target);
                pieces.push(Piece {
                    end,
                    source: text,
                    target,
                    sentence,
                    pairs: vec![i],
                });
            }
        }
        let mean = pairs.iter().map(|&i| la.pairs[i].confidence).sum::<f32>() / pairs.len() as f32;
        plan.blocks[bi].1 = if total == 0 {
            Vec::new()
        } else if sure && end == total && !alt_text[bi] {
            pieces
        } else if mean >= BLOCK_CONFIDENCE {
            vec![Piece {
                end: total,
                source: pairs
                    .iter()
                    .map(|&i| source(&la.pairs[i]))
                    .collect::<Vec<_>>()
                    .join(" "),
                target: pairs
                    .iter()
                    .map(|&i| la.pairs[i].target_text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                sentence: false,
                pairs,
            }]
        } else {
            Vec::new()
        };
    }
    plan.blocks.retain(|(_, pieces)| !pieces.is_empty());
    plan
}

/// A pair split into sentence groups: the source's sentences and the
/// translation's, grouped by [`structure::split_onto`] (lengths, sentence
/// counts, numbers), as (the translation's group, source text,
/// whether it is one source sentence). A group of several source
/// sentences or a group below [`SENTENCE_CONFIDENCE`] (with the pair's
/// own confidence) makes the pair one piece: a reader sees a paragraph's
/// source rather than a wrong sentence's.
fn sentence_groups(source: &str, p: &Pair) -> Vec<(String, String, bool)> {
    let whole = vec![(p.target_text.clone(), source.to_string(), false)];
    let en = structure::sentences(source);
    let target = structure::sentences(&p.target_text);
    if en.len() < 2 || target.len() < 2 {
        return vec![(p.target_text.clone(), source.to_string(), en.len() < 2)];
    }
    let en_refs: Vec<&str> = en.iter().map(String::as_str).collect();
    let groups = structure::split_onto(&en_refs, &target);
    let confident = groups
        .iter()
        .all(|(u, _, conf)| u.len() == 1 && conf * p.confidence >= SENTENCE_CONFIDENCE);
    if !confident {
        return whole;
    }
    groups
        .into_iter()
        .map(|(u, t, _)| {
            let sep = if p.target_text.chars().any(is_cjk) {
                ""
            } else {
                " "
            };
            (
                target.get(t).unwrap_or_default().join(sep),
                en.get(u).unwrap_or_default().join(" "),
                true,
            )
        })
        .collect()
}

/// What the walk over a translation's markdown hands on: a text or inline
/// code event of a planned block, anything else that holds text or markup,
/// each with its range in the marked body.
enum Seen<'e> {
    /// Text (`code: false`) or inline code of planned block `block`, and
    /// whether it is inside an image (alt text).
    Text {
        block: usize,
        text: &'e str,
        code: bool,
        image: bool,
    },
    /// The start of an inline container (link, image, emphasis…) of
    /// planned block `block`: its range covers the whole element.
    Container { block: usize },
    /// Inline HTML of planned block `block`.
    Html { block: usize, html: &'e str },
    /// Text or markup of no planned block, or of a code or HTML block.
    Foreign,
}

/// Walks the marked body with pulldown-cmark, as the renderer reads it,
/// and hands each event that matters to `f`: text and inline code (not
/// code blocks, which the renderer highlights whole) go to the innermost
/// planned block around their start.
fn walk(doc: &Document, plan: &SourcePlan, mut f: impl FnMut(Seen, Range<usize>)) {
    let mut in_code = false;
    let mut images = 0usize;
    for (ev, range) in
        Parser::new_ext(&doc.marked_body, markup::markdown_options()).into_offset_iter()
    {
        let block = plan.block_at(range.start);
        let seen = match (&ev, block) {
            (Event::Start(Tag::CodeBlock(_)), _) => {
                in_code = true;
                continue;
            }
            (Event::End(TagEnd::CodeBlock), _) => {
                in_code = false;
                continue;
            }
            (Event::End(TagEnd::Image), _) => {
                images = images.saturating_sub(1);
                continue;
            }
            (Event::Text(_) | Event::Code(_), _) if in_code => Seen::Foreign,
            (Event::Text(t) | Event::Code(t), Some(block)) => Seen::Text {
                block,
                text: t,
                code: matches!(ev, Event::Code(_)),
                image: images > 0,
            },
            (Event::Start(t), Some(block)) if markup::is_inline_container(t) => {
                if matches!(t, Tag::Image { .. }) {
                    images += 1;
                }
                Seen::Container { block }
            }
            (Event::Start(Tag::Image { .. }), None) => {
                images += 1;
                Seen::Foreign
            }
            (Event::InlineHtml(h), Some(block)) => Seen::Html { block, html: h },
            (Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) | Event::Html(_), _) => {
                Seen::Foreign
            }
            _ => continue,
        };
        f(seen, range);
    }
}

/// How many non-whitespace characters of text and inline code the
/// renderer will see in each planned block (the innermost one around each
/// event), read from the same events it reads, and whether the block has
/// image alt text. Alt text counts (the alignment's sentences hold it) but
/// cannot hold a span, so a sentence boundary inside it would give the
/// next sentence the wrong source: such a block is shown whole.
fn rendered_weights(doc: &Document, plan: &SourcePlan) -> (Vec<usize>, Vec<bool>) {
    let mut seen = vec![0usize; plan.blocks.len()];
    let mut alt = vec![false; plan.blocks.len()];
    walk(doc, plan, |s, _| {
        if let Seen::Text {
            block, text, image, ..
        } = s
        {
            seen[block] += weight(text);
            alt[block] |= image;
        }
    });
    (seen, alt)
}

/// The text and inline code of `doc` (outside code blocks), event by
/// event, each with the file offset where it starts: what the alignment
/// reads of the file. Read once, then cut by range with
/// [`text_between`].
pub fn text_runs(doc: &Document) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_code = false;
    for (ev, m) in Parser::new_ext(&doc.marked_body, markup::markdown_options()).into_offset_iter()
    {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) | Event::Code(t) if !in_code => {
                out.push((doc.marked_to_file(m.start), t.into_string()));
            }
            _ => {}
        }
    }
    out
}

/// The runs of [`text_runs`] that start inside the file range `r`,
/// joined with spaces.
pub fn text_between(runs: &[(usize, String)], r: Range<usize>) -> String {
    let from = runs.partition_point(|(at, _)| *at < r.start);
    runs[from..]
        .iter()
        .take_while(|(at, _)| *at < r.end)
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a pair of an unmarked translation has no place in its file that
/// an import may write over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpinned {
    /// Its block is not aligned confidently enough to show any source.
    NotConfident,
    /// Its block is one piece that holds several units: which sentences
    /// are this unit's is a guess.
    Shared,
    /// Its sentences end inside inline markup (a link, emphasis, an HTML
    /// element) that text of another unit shares, or its text is not one
    /// stretch of the block's markdown.
    Markup,
    /// (A marked translation's English left outside any segment.) The
    /// English is not in its block as the unit's markdown, or only inside
    /// another unit's segment.
    NotFound,
    /// (Likewise.) The English occurs more than once in its block.
    Ambiguous,
}

impl Unpinned {
    /// Why, in words, for the export's note and the import's error.
    pub fn reason(self) -> &'static str {
        match self {
            Unpinned::NotConfident => {
                "its block is not aligned to the English confidently enough to say which text is this unit's"
            }
            Unpinned::Shared => {
                "its block holds several units whose sentences could not be told apart with confidence"
            }
            Unpinned::Markup => {
                "its sentences end inside inline markup (a link, emphasis or HTML) that another unit's text shares"
            }
            Unpinned::NotFound => {
                "its English is not written in its block as the unit's markdown outside the other units' segments"
            }
            Unpinned::Ambiguous => {
                "its English occurs more than once in its block, so which occurrence is this unit's is a guess"
            }
        }
    }
}

/// Where each pair of `la` (by index) is in the file of the unmarked
/// translation `doc`: the byte range of its markdown (from its first
/// visible character to its last, widened over the inline markup that
/// opens and closes inside it), or why it has none. A range holds exactly
/// the pair's pieces of [`plan`]: the characters counted there are the
/// ones counted here, in the same events. Ranges never overlap and never
/// cut an inline element, so writing one changes no other unit's text.
pub fn pins(
    doc: &Document,
    al: &ArticleAlignment,
    la: &LocaleAlignment,
    plan: &SourcePlan,
) -> Vec<Result<Range<usize>, Unpinned>> {
    let mut out = vec![Err(Unpinned::NotConfident); la.pairs.len()];
    if plan.is_empty() {
        return out;
    }
    let n = plan.blocks.len();
    // Per planned block: the marked-body range of each counted character,
    // its inline containers and inline HTML; and everything else.
    let mut chars: Vec<Vec<Range<usize>>> = vec![Vec::new(); n];
    let mut containers: Vec<Vec<Range<usize>>> = vec![Vec::new(); n];
    let mut html: Vec<Vec<(Range<usize>, String)>> = vec![Vec::new(); n];
    let mut foreign: Vec<Range<usize>> = Vec::new();
    walk(doc, plan, |s, r| match s {
        Seen::Text {
            block, text, code, ..
        } => {
            let raw = doc.marked_body.get(r.clone());
            if !code && raw == Some(text) {
                for (i, c) in text.char_indices() {
                    if !c.is_whitespace() {
                        chars[block].push(r.start + i..r.start + i + c.len_utf8());
                    }
                }
            } else {
                // An escape, an entity or inline code: its characters are
                // one piece of markdown that cannot be cut.
                chars[block].extend(std::iter::repeat_n(r, weight(text)));
            }
        }
        Seen::Container { block } => containers[block].push(r),
        Seen::Html { block, html: h } => html[block].push((r, h.to_string())),
        Seen::Foreign => foreign.push(r),
    });
    for (b, (_, pieces)) in plan.blocks.iter().enumerate() {
        let chars = &chars[b];
        if pieces.last().map(|p| p.end) != Some(chars.len()) {
            // The plan counted otherwise (it cannot, from the same walk):
            // nothing of the block is pinned.
            for &p in pieces.iter().flat_map(|p| &p.pairs) {
                out[p] = Err(Unpinned::Markup);
            }
            continue;
        }
        // Each pair's run of characters: its pieces are consecutive.
        let mut runs: Vec<(usize, Range<usize>)> = Vec::new();
        let mut start = 0;
        for p in pieces {
            match p.pairs.as_slice() {
                [i] => match runs.last_mut() {
                    Some((j, r)) if j == i => r.end = p.end,
                    _ => runs.push((*i, start..p.end)),
                },
                several => {
                    for &i in several {
                        out[i] = Err(Unpinned::Shared);
                    }
                }
            }
            start = p.end;
        }
        let mut ranges: Vec<(usize, Range<usize>)> = Vec::new();
        for (i, run) in runs {
            let wrapped = la.pairs[i].units.clone().all(|u| {
                al.units
                    .get(u)
                    .is_none_or(|u| u.markdown.as_deref().is_none_or(is_wrapped))
            });
            match pin(chars, run, wrapped, &containers[b], &html[b], &foreign) {
                Some(r) => ranges.push((i, r)),
                None => out[i] = Err(Unpinned::Markup),
            }
        }
        // Overlapping ranges (widened over the same element) pin neither.
        let mut bad = vec![false; ranges.len()];
        for k in 1..ranges.len() {
            if ranges[k].1.start < ranges[k - 1].1.end {
                bad[k] = true;
                bad[k - 1] = true;
            }
        }
        for ((i, r), bad) in ranges.into_iter().zip(bad) {
            let file = doc.marked_to_file(r.start)..doc.marked_to_file(r.end);
            out[i] = if bad || file.is_empty() {
                Err(Unpinned::Markup)
            } else {
                Ok(file)
            };
        }
    }
    out
}

/// The marked-body range of the characters `run` of a block (`chars`),
/// widened over each inline container that opens and closes around
/// characters of the run only (one around exactly the run's text only
/// when the English is `wrapped` in one too: `[text](url)` is a segment
/// inside a link or a link inside a segment); `None` when a container holds characters
/// both inside and outside the run (except one the run lies inside),
/// when its inline HTML does not nest, or when text of another block lies
/// between its ends.
fn pin(
    chars: &[Range<usize>],
    run: Range<usize>,
    wrapped: bool,
    containers: &[Range<usize>],
    html: &[(Range<usize>, String)],
    foreign: &[Range<usize>],
) -> Option<Range<usize>> {
    if run.is_empty() {
        return None;
    }
    let (first, last) = (chars.get(run.start)?, chars.get(run.end - 1)?);
    let (mut s, mut e) = (first.start, last.end);
    for c in containers {
        // The characters inside the container.
        let fc = chars.partition_point(|x| x.start < c.start);
        let lc = chars.partition_point(|x| x.end <= c.end);
        if fc >= lc {
            // No text (an empty link or image): inside or outside only.
            if c.start < e && s < c.end && !(s <= c.start && c.end <= e) {
                return None;
            }
            continue;
        }
        if fc == run.start && lc == run.end {
            // Exactly the run's text: inside the element or around it, as
            // the English markdown of the unit has it.
            if wrapped {
                s = s.min(c.start);
                e = e.max(c.end);
            }
        } else if fc <= run.start && run.end <= lc {
            // The run inside it.
        } else if run.start <= fc && lc <= run.end {
            s = s.min(c.start);
            e = e.max(c.end);
        } else if lc <= run.start || run.end <= fc {
            // Outside the run.
        } else {
            return None;
        }
    }
    // Inline HTML inside the range must nest: `<b>…</b>` whole or not at all.
    let mut open: Vec<String> = Vec::new();
    for (_, h) in html.iter().filter(|(r, _)| s <= r.start && r.end <= e) {
        match markup::html_tag(h) {
            Some((name, true)) => open.push(name),
            Some((name, false)) if open.last() != Some(&name) => return None,
            Some((_, false)) => {
                open.pop();
            }
            None => {}
        }
    }
    if !open.is_empty() {
        return None;
    }
    if html
        .iter()
        .any(|(r, _)| r.start < e && s < r.end && !(s <= r.start && r.end <= e))
    {
        return None;
    }
    let k = foreign.partition_point(|x| x.end <= s);
    if foreign.get(k).is_some_and(|x| x.start < e) {
        return None;
    }
    Some(s..e)
}

/// Whether inline markdown `md` is one element around all its text
/// (`**Note**`, `[text](url)`), as a segment's English can be.
fn is_wrapped(md: &str) -> bool {
    let mut text: Vec<Range<usize>> = Vec::new();
    let mut outer: Vec<Range<usize>> = Vec::new();
    for (ev, r) in Parser::new_ext(md, markup::markdown_options()).into_offset_iter() {
        match ev {
            Event::Text(t) | Event::Code(t) if weight(&t) > 0 => text.push(r),
            Event::Start(t) if markup::is_inline_container(&t) => outer.push(r),
            _ => {}
        }
    }
    let (Some(first), Some(last)) = (text.first(), text.last()) else {
        return false;
    };
    outer
        .iter()
        .any(|o| o.start <= first.start && last.end <= o.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn aligned(en: &str, ja: &str) -> (Document, ArticleAlignment) {
        let en = markup::parse(Path::new("content/en/a.md"), en);
        let ja = markup::parse(Path::new("content/ja/a.md"), ja);
        let al = super::super::align_article(&en, &BTreeMap::from([(1, &ja)]));
        (ja, al)
    }

    /// The plan of `ja` aligned to `en` (neither marked), as
    /// (source, sentence?) per planned block.
    fn plan_of(en: &str, ja: &str) -> Vec<Vec<(String, bool)>> {
        let (ja, al) = aligned(en, ja);
        let p = plan(&ja, &al, &al.locales[&1]);
        p.blocks
            .iter()
            .map(|(_, pieces)| {
                pieces
                    .iter()
                    .map(|x| (x.source.clone(), x.sentence))
                    .collect()
            })
            .collect()
    }

    /// The pinned markdown of each pair of `ja` (its file slice), or why not.
    fn pinned(en: &str, ja_text: &str) -> Vec<Result<String, Unpinned>> {
        let (ja, al) = aligned(en, ja_text);
        slices(&ja, ja_text, &al, 1)
    }

    /// The markdown of each pair of locale `l`'s file `text` (parsed as
    /// `doc`) that [`pins`] pins, or why not.
    fn slices(
        doc: &Document,
        text: &str,
        al: &ArticleAlignment,
        l: usize,
    ) -> Vec<Result<String, Unpinned>> {
        let la = &al.locales[&l];
        let p = plan(doc, al, la);
        pins(doc, al, la, &p)
            .into_iter()
            .map(|r| r.map(|r| text.get(r).unwrap_or_default().to_string()))
            .collect()
    }

    #[test]
    fn confident_sentences_one_by_one() {
        let p = plan_of(
            "# Title here\n\nFirst sentence is here. Second sentence is there.\n",
            "# タイトル\n\n最初の文はここです。二番目の文はそこです。\n",
        );
        assert_eq!(
            p,
            [
                vec![("Title here".to_string(), true)],
                vec![
                    ("First sentence is here.".to_string(), true),
                    ("Second sentence is there.".to_string(), true)
                ]
            ]
        );
    }

    #[test]
    fn a_block_whose_sentences_do_not_pair_is_shown_whole() {
        // Three English sentences (the code span has a dot) for two
        // Japanese ones: no confident one-to-one grouping.
        let p = plan_of(
            "# Title here\n\nUse `Get-Thing. More` to get it. Then stop.\n",
            "# タイトル\n\n`Get-Thing. More` を使って取得します。次に止めます。\n",
        );
        assert_eq!(
            p[1],
            [(
                "Use Get-Thing. More to get it. Then stop.".to_string(),
                false
            )]
        );
    }

    #[test]
    fn image_alt_text_keeps_the_block_whole() {
        let p = plan_of(
            "# T\n\nLook at the ![A cat. A nice one](c.png) picture. It is a cat.\n",
            "# T\n\n![猫です。いい猫](c.png) の写真を見てください。猫です。\n",
        );
        assert_eq!(p[1].len(), 1, "{p:?}");
        assert!(!p[1][0].1);
    }

    #[test]
    fn by_confidence_sentences_then_the_block_then_nothing() {
        let (ja, al) = aligned(
            "# Title here\n\nFirst sentence is here. Second sentence is there.\n",
            "# タイトル\n\n最初の文はここです。二番目の文はそこです。\n",
        );
        let pieces_at = |conf: f32| -> Vec<bool> {
            let mut la = al.locales[&1].clone();
            for p in &mut la.pairs {
                p.confidence = conf;
            }
            let p = plan(&ja, &al, &la);
            p.blocks.last().map_or(Vec::new(), |(_, pieces)| {
                if p.blocks.len() < 2 {
                    return Vec::new();
                }
                pieces.iter().map(|x| x.sentence).collect()
            })
        };
        assert_eq!(
            pieces_at(0.9),
            [true, true],
            "confident: sentence by sentence"
        );
        assert_eq!(pieces_at(0.55), [false], "the block only");
        assert_eq!(pieces_at(0.4), Vec::<bool>::new(), "not confident: nothing");
    }

    #[test]
    fn a_pinned_range_is_the_markdown_of_the_block_whole_markup_included() {
        let got = pinned(
            "# Title here\n\nRead **the [guide](g.md)** first, then `run` it.\n",
            "# <a name=\"t\"></a>タイトル\n\n**[ガイド](g.md)を**まず読み、`run` を実行します。\n",
        );
        assert_eq!(
            got,
            [
                Ok("タイトル".to_string()),
                Ok("**[ガイド](g.md)を**まず読み、`run` を実行します。".to_string())
            ]
        );
    }

    /// A segment in span markup, for a marked reference locale.
    fn seg(n: u32, target: &str, source: &str) -> String {
        format!(
            r#"<span data-ttu-id="ab-{n}">{target}</span><span class="sxs-lookup"><span data-stu-id="ab-{n}">{source}</span></span>"#
        )
    }

    /// The pins of `ja` when a marked German file names the units: one
    /// per English sentence of the paragraph.
    fn pinned_by_sentence(ja_text: &str) -> Vec<Result<String, Unpinned>> {
        let en = "# Title here\n\nFirst sentence is here. Second sentence is there.\n";
        let de = format!(
            "# {}\n\n{} {}\n",
            seg(101, "Titel", "Title here"),
            seg(102, "Erster Satz.", "First sentence is here."),
            seg(103, "Zweiter Satz.", "Second sentence is there.")
        );
        let en = markup::parse(Path::new("content/en/a.md"), en);
        let de = markup::parse(Path::new("content/de/a.md"), &de);
        let ja = markup::parse(Path::new("content/ja/a.md"), ja_text);
        let al = super::super::align_article(&en, &BTreeMap::from([(1, &de), (2, &ja)]));
        assert_eq!(al.locales[&2].pairs.len(), 3, "{al:?}");
        slices(&ja, ja_text, &al, 2)
    }

    #[test]
    fn each_sentence_unit_is_pinned_to_its_own_text() {
        assert_eq!(
            pinned_by_sentence("# タイトル\n\n最初の文は*ここ*です。 二番目の文はそこです。\n"),
            [
                Ok("タイトル".to_string()),
                Ok("最初の文は*ここ*です。".to_string()),
                Ok("二番目の文はそこです。".to_string())
            ]
        );
    }

    #[test]
    fn emphasis_that_crosses_a_unit_edge_pins_neither_unit() {
        let got =
            pinned_by_sentence("# タイトル\n\n最初の**文はここです。二番目の**文はそこです。\n");
        assert!(got[0].is_ok(), "{got:?}");
        assert_eq!(got[1..], [Err(Unpinned::Markup), Err(Unpinned::Markup)]);
    }

    #[test]
    fn html_tags_nest_or_the_pair_is_not_pinned() {
        assert_eq!(markup::html_tag("<b>"), Some(("b".into(), true)));
        assert_eq!(markup::html_tag("</B>"), Some(("b".into(), false)));
        assert_eq!(markup::html_tag("<br>"), None);
        assert_eq!(markup::html_tag("<br/>"), None);
        let chars: Vec<Range<usize>> = (0..6).map(|i| i * 2..i * 2 + 1).collect();
        let html = vec![(1..2, "<b>".to_string()), (7..8, "</b>".to_string())];
        assert_eq!(
            pin(&chars, 0..2, true, &[], &html, &[]),
            None,
            "<b> without </b>"
        );
        assert_eq!(pin(&chars, 0..6, true, &[], &html, &[]), Some(0..11));
        assert_eq!(
            pin(&chars, 0..6, true, &[], &[], std::slice::from_ref(&(4..5))),
            None,
            "another block's text"
        );
    }
}
