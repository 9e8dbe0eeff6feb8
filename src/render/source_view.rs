//! The source view of a translation without span markup.
//!
//! A marked translation says, segment by segment, which English sentence
//! each of its sentences renders. An unmarked one (the Japanese demo
//! article, a machine translation that lost its markup) says nothing, but
//! `stele check` aligns it anyway, by document structure
//! ([`crate::align::structure`]): its blocks are matched to the source's
//! and each block's sentences are grouped onto the source's units, with a
//! confidence per group. This module turns that alignment into a plan for
//! the renderer: per text block of the translation, where each group of
//! sentences ends (counted in non-whitespace characters of the block's
//! rendered text) and which source text it carries.
//!
//! - Sentence by sentence where every group of the block is confident and
//!   the groups' text adds up to exactly what the renderer will see;
//! - the whole block as one piece where the block match is confident but
//!   its sentences are not (or do not add up);
//! - nothing where the block is not confidently aligned: a reader is never
//!   shown the wrong English.
//!
//! The renderer wraps each piece in the same `<span class="seg" data-en>`
//! as a marked segment, so the page gets the same accessible source view
//! (one toggle, one roving tab stop, the tooltip) with no extra script.

use crate::align::{structure, ArticleAlignment, LocaleAlignment, Method};
use crate::markup::{self, Document};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::ops::Range;
use stele_runtime::tokenize::is_cjk;

/// Each group of a block is shown on its own only at or above this
/// confidence (the product of the block match and the sentence grouping).
pub const SENTENCE_CONFIDENCE: f32 = 0.6;

/// A block is shown as one piece at or above this mean confidence; below
/// it, it gets no source at all.
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
    let conts = structure::containers(doc);
    // The pairs of each target container, found by its position.
    let mut by_cont: BTreeMap<usize, Vec<&crate::align::Pair>> = BTreeMap::new();
    for p in &la.pairs {
        if p.method != Method::Structure {
            continue;
        }
        if let Some(ci) = conts
            .iter()
            .position(|c| c.line == p.line && c.col == p.col)
        {
            by_cont.entry(ci).or_default().push(p);
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
        let source = |p: &crate::align::Pair| -> String {
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
        for p in &pairs {
            sure &= p.confidence >= SENTENCE_CONFIDENCE;
            for (target, text, sentence) in sentence_groups(&source(p), p) {
                end += weight(&target);
                pieces.push(Piece {
                    end,
                    source: text,
                    target,
                    sentence,
                });
            }
        }
        let mean = pairs.iter().map(|p| p.confidence).sum::<f32>() / pairs.len() as f32;
        plan.blocks[bi].1 = if total == 0 {
            Vec::new()
        } else if sure && end == total && !alt_text[bi] {
            pieces
        } else if mean >= BLOCK_CONFIDENCE {
            vec![Piece {
                end: total,
                source: pairs
                    .iter()
                    .map(|p| source(p))
                    .collect::<Vec<_>>()
                    .join(" "),
                target: pairs
                    .iter()
                    .map(|p| p.target_text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                sentence: false,
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
fn sentence_groups(source: &str, p: &crate::align::Pair) -> Vec<(String, String, bool)> {
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

/// How many non-whitespace characters of text and inline code the
/// renderer will see in each planned block (the innermost one around each
/// event), read from the same events it reads, and whether the block has
/// image alt text. Code blocks are left out: the renderer highlights them
/// whole. Alt text counts (the alignment's sentences hold it) but cannot
/// hold a span, so a sentence boundary inside it would give the next
/// sentence the wrong source: such a block is shown whole.
fn rendered_weights(doc: &Document, plan: &SourcePlan) -> (Vec<usize>, Vec<bool>) {
    let mut seen = vec![0usize; plan.blocks.len()];
    let mut alt = vec![false; plan.blocks.len()];
    let mut in_code = false;
    let mut images = 0usize;
    for (ev, range) in
        Parser::new_ext(&doc.marked_body, markup::markdown_options()).into_offset_iter()
    {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::Image { .. }) => images += 1,
            Event::End(TagEnd::Image) => images = images.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if !in_code => {
                if let Some(b) = plan.block_at(range.start) {
                    seen[b] += weight(&t);
                    alt[b] |= images > 0;
                }
            }
            _ => {}
        }
    }
    (seen, alt)
}

/// How often the source view shows the right source, measured on
/// `plain-vs-marked` pairs (the same translation with and without span
/// markup): the English is rebuilt from the marked file, the plain file is
/// aligned to it alone (as an unmarked translation is), and each piece of
/// its plan is right when the marked file's segments whose translations
/// make up the piece's text (in order) have, together, the piece's source,
/// or when the piece is part of one segment's text and its source part of
/// that segment's source (the plan splits finer than the marked file).
/// Text the marked file leaves unmarked (captions) is not counted.
/// Whitespace, `*` and `\\` are ignored (marked files escape asterisks).
#[derive(Debug, Clone, Default)]
pub struct Accuracy {
    /// Sentence pieces right, and in all.
    pub sentences: (usize, usize),
    /// Whole-block pieces right, and in all.
    pub blocks: (usize, usize),
    /// Characters (non-whitespace) of the plain files' aligned and extra
    /// text that the plan gives a source, and in all.
    pub coverage: (usize, usize),
    pub wrong: Vec<String>,
}

pub fn plain_vs_marked(dir: &std::path::Path) -> Accuracy {
    use crate::align::accuracy::{squash, twins};
    let mut acc = Accuracy::default();
    for twin in twins(dir) {
        let (marked, en, doc, plain) = (&twin.marked, &twin.en, &twin.plain, &twin.plain_path);
        let al = crate::align::align_article(en, &BTreeMap::from([(1, doc)]));
        let la = &al.locales[&1];
        let p = plan(doc, &al, la);
        acc.coverage.0 += p
            .blocks
            .iter()
            .flat_map(|(_, pieces)| pieces)
            .map(|x| weight(&x.target))
            .sum::<usize>();
        acc.coverage.1 += la
            .pairs
            .iter()
            .map(|x| weight(&x.target_text))
            .sum::<usize>()
            + la.extra.iter().map(|x| weight(&x.text)).sum::<usize>();
        // The marked segments in order, squashed: (target, source).
        let segs: Vec<(String, String)> = marked
            .segments
            .iter()
            .filter(|s| s.front_matter_key.is_none())
            .map(|s| (squash(&s.target_text), squash(&s.source_text)))
            .filter(|(t, _)| !t.is_empty())
            .collect();
        for piece in p.blocks.iter().flat_map(|(_, pieces)| pieces) {
            let want = squash(&piece.target);
            let source = squash(&piece.source);
            if want == source && !segs.iter().any(|(t, _)| want.contains(t.as_str())) {
                // Text the marked file leaves unmarked (image captions,
                // directives) stays in the rebuilt English as it is: there
                // is no English to compare with.
                continue;
            }
            // Finer than the marked file: part of one segment, with part of
            // its source (a segment of two sentences shown one by one).
            let within = segs
                .iter()
                .any(|(t, s)| t.contains(&want) && s.contains(&source) && want.len() < t.len());
            // The run of segments whose targets make up the piece's text.
            let right = (0..segs.len()).any(|i| {
                let mut target = String::new();
                let mut source = String::new();
                for (t, s) in &segs[i..] {
                    if !want
                        .get(target.len()..)
                        .is_some_and(|rest| rest.starts_with(t.as_str()))
                    {
                        return false;
                    }
                    target.push_str(t);
                    source.push_str(s);
                    if target.len() == want.len() {
                        return source == squash(&piece.source);
                    }
                }
                false
            }) || within;
            let counter = if piece.sentence {
                &mut acc.sentences
            } else {
                &mut acc.blocks
            };
            counter.1 += 1;
            if right {
                counter.0 += 1;
            } else {
                acc.wrong.push(format!(
                    "{}: «{}» shown with «{}»",
                    plain.display(),
                    piece.target,
                    piece.source
                ));
            }
        }
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The plan of `ja` aligned to `en` (neither marked), as
    /// (source, sentence?) per planned block.
    fn plan_of(en: &str, ja: &str) -> Vec<Vec<(String, bool)>> {
        let en = markup::parse(Path::new("content/en/a.md"), en);
        let ja = markup::parse(Path::new("content/ja/a.md"), ja);
        let locales = BTreeMap::from([(1, &ja)]);
        let al = crate::align::align_article(&en, &locales);
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
        let en = "# Title here\n\nFirst sentence is here. Second sentence is there.\n";
        let ja = "# タイトル\n\n最初の文はここです。二番目の文はそこです。\n";
        let en = markup::parse(Path::new("content/en/a.md"), en);
        let ja = markup::parse(Path::new("content/ja/a.md"), ja);
        let al = crate::align::align_article(&en, &BTreeMap::from([(1, &ja)]));
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
}
