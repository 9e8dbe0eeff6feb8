//! The source view of a translation without span markup.
//!
//! `stele check` aligns an unmarked translation by structure, and
//! [`crate::align::pieces::plan`] turns that alignment into a plan: per
//! text block of the translation, where each confident group of
//! sentences ends (counted in non-whitespace characters of the block's
//! rendered text) and which source text it carries (sentence by sentence,
//! the whole block, or nothing: a reader is never shown the wrong
//! English). The renderer wraps each piece in the same `<span class="seg"
//! data-en>` as a marked segment, so the page gets the same accessible
//! source view (one toggle, one roving tab stop, the tooltip) with no
//! extra script. This module measures how often that source is right.

use crate::align::pieces::{plan, weight};
use std::collections::BTreeMap;

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
