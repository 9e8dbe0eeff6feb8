//! Cross-locale alignment: which piece of each translation renders which
//! piece of the source article.
//!
//! The source locale's file (`content/en/…`) usually carries no markup, so
//! the *units* of an article, the things that get aligned, come from the
//! translations that do: the marked locale whose English halves best match
//! the current source is the *reference*, and each of its segments found in
//! the source text becomes a unit named by its ID suffix (`104`, `p102`).
//! Source text that no reference segment covers becomes a block-level unit
//! named by a locator (`paragraph.17`: block kind and line), so an article
//! with no markup anywhere is still aligned block by block.
//!
//! Each translation is then aligned to the units:
//! - a marked locale by ID suffix and English text, then by joining
//!   neighbours (locales segment differently: `p103` here is `118`+`119`
//!   there), then by ID with a changed English half (stale), then by fuzzy
//!   English similarity (IDs shifted *and* English changed);
//! - an unmarked locale by document structure ([`structure`]): its text
//!   blocks are matched to the source's by kind, heading anchors, link
//!   targets, numbers and inline code, and each block's sentences are
//!   grouped onto the units the source block holds.
//!
//! Every aligned unit carries a confidence in `0..=1`; what could not be
//! aligned is listed as missing units or extra pieces.

pub mod accuracy;
pub mod pieces;
pub mod structure;
#[cfg(test)]
mod tests;

use crate::markup::Document;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// One piece of the source article that translations are aligned to.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    /// The ID suffix of the reference segment (`104`, `p102`), or a block
    /// locator (`paragraph.17`) for source text no segment covers.
    pub id: String,
    /// The current English text, markdown removed.
    pub text: String,
    /// The English markdown, when a reference segment supplied it.
    pub markdown: Option<String>,
    /// Index into the source's [`structure::Container`]s; `None` for front matter.
    pub container: Option<usize>,
    /// Byte offset of the text inside the container's normalized text.
    #[serde(skip)]
    pub offset: usize,
    pub line: u32,
    /// The block kind name (`heading`, `paragraph`, `front-matter`…).
    pub kind: &'static str,
    /// Set for units in a front-matter value (`title`, `description`).
    pub front_matter_key: Option<String>,
    /// True when the text is only code, URLs, numbers or punctuation: such a
    /// unit may stay identical in a translation.
    pub verbatim_ok: bool,
}

/// How a pair was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Same ID suffix and the same English text.
    Id,
    /// Same English text under another ID (IDs shifted).
    Text,
    /// Neighbouring segments joined or split to match.
    Merge,
    /// Same ID, but the English half differs from the current source.
    IdStale,
    /// Similar English text under another ID.
    Fuzzy,
    /// Document structure (unmarked translation).
    Structure,
    /// The translation holds the source text unchanged, outside any segment.
    Verbatim,
}

/// Whether a pair's English half is the current source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Current,
    /// The translation was made from an older source text.
    Stale,
    /// Unmarked translation: there is no English half to compare.
    Unknown,
}

/// One or more consecutive units and the translation aligned to them.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    /// The units covered (usually one).
    pub units: Range<usize>,
    /// Indices into the translation's `Document::segments` (marked files).
    pub segments: Vec<usize>,
    /// The translation, markdown removed.
    pub target_text: String,
    /// The translation's markdown, for marked files.
    pub target_markdown: Option<String>,
    /// The English half the translator saw (marked files).
    pub english: Option<String>,
    pub english_markdown: Option<String>,
    pub status: Status,
    pub method: Method,
    pub confidence: f32,
    pub line: u32,
    pub col: u32,
}

/// A piece of a translation that matches no unit.
#[derive(Debug, Clone, Serialize)]
pub struct Extra {
    /// The segment's ID suffix, or a block locator.
    pub id: String,
    pub text: String,
    pub english: Option<String>,
    pub segment: Option<usize>,
    pub line: u32,
    pub col: u32,
}

/// The alignment of one translation of an article.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleAlignment {
    pub locale: usize,
    /// Whether the translation carries bilingual markup.
    pub marked: bool,
    pub pairs: Vec<Pair>,
    /// Units with nothing aligned to them.
    pub missing: Vec<usize>,
    pub extra: Vec<Extra>,
}

/// Counts for reports.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Counts {
    pub units: usize,
    pub aligned: usize,
    pub missing: usize,
    pub extra: usize,
    pub stale: usize,
    /// Mean confidence over all units (missing units count as 0).
    pub confidence: f32,
}

impl LocaleAlignment {
    pub fn counts(&self, units: usize) -> Counts {
        let mut aligned = 0;
        let mut stale = 0;
        let mut conf = 0.0f32;
        for p in &self.pairs {
            let n = p.units.len();
            aligned += n;
            if p.status == Status::Stale {
                stale += n;
            }
            conf += p.confidence * n as f32;
        }
        Counts {
            units,
            aligned,
            missing: self.missing.len(),
            extra: self.extra.len(),
            stale,
            confidence: if units == 0 { 1.0 } else { conf / units as f32 },
        }
    }

    /// The pair covering unit `u`, if any.
    pub fn pair_of(&self, u: usize) -> Option<&Pair> {
        self.pairs.iter().find(|p| p.units.contains(&u))
    }
}

/// The alignment of one article across all its translations.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleAlignment {
    pub units: Vec<Unit>,
    /// The locale whose segmentation named the units.
    pub reference: Option<usize>,
    pub locales: BTreeMap<usize, LocaleAlignment>,
}

/// Text normalized for comparing English halves: whitespace collapsed,
/// markdown escapes and emphasis markers dropped (marked files escape `*`
/// where plain files don't, and machine translation breaks bold markers).
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == '\\' || c == '*' || c == '\u{200B}' {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// True when a text holds no word a translator would translate: only
/// digits, punctuation, URLs, host names, code, or a single proper name
/// (`Yammer`). Such text may stay identical in a translation.
pub fn is_verbatim_text(text: &str, code: &[String]) -> bool {
    let mut rest = text.to_string();
    for c in code {
        if !c.is_empty() {
            rest = rest.replace(c.as_str(), " ");
        }
    }
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '"' | '|'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '!' | '?' | '\'' | '*')))
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .collect();
    match words.as_slice() {
        [] => true,
        [one] => one.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Past this many bytes (both texts together), [`similarity`] and the
/// word diff of `stale-source` stop looking at word order: Myers' diff takes
/// time proportional to length × differences, so two long texts that
/// differ took quadratic time (two different 40k-word segments: minutes).
/// Real segments are sentences, far below it.
pub const LONG_TEXT: usize = 16 * 1024;

/// A text split as similar's `diff_words` splits it: runs of whitespace and
/// runs of anything else, each a token.
pub fn word_tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some(token)
    })
}

/// Word-level similarity in `0..=1` (the ratio of matching words). Up to
/// [`LONG_TEXT`] it is the ratio of similar's Myers diff (words in order);
/// past it, the ratio of the words the two texts share as multisets, in
/// linear time: an upper bound of the ordered ratio, and the same for two
/// texts that differ only in place.
pub fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    if a.len() + b.len() <= LONG_TEXT {
        return similar::TextDiff::configure()
            .algorithm(similar::Algorithm::Myers)
            .diff_words(a, b)
            .ratio();
    }
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut total = 0usize;
    for t in word_tokens(a) {
        *counts.entry(t).or_default() += 1;
        total += 1;
    }
    let mut shared = 0usize;
    for t in word_tokens(b) {
        total += 1;
        if let Some(n) = counts.get_mut(t).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    if total == 0 {
        1.0
    } else {
        (2 * shared) as f32 / total as f32
    }
}

/// Aligns one article: `source` is the source locale's document, `locales`
/// every translation (by locale index).
pub fn align_article(source: &Document, locales: &BTreeMap<usize, &Document>) -> ArticleAlignment {
    align_article_among(source, locales, locales)
}

/// [`align_article`] of the translations `locales`, with the units named
/// by the reference picked among `pool` (every translation of the article,
/// `locales` included): so `stele check --lang de` names the units as a
/// check of every locale does, and an export made with `--lang` imports
/// into a site whose every locale is read.
pub fn align_article_among(
    source: &Document,
    locales: &BTreeMap<usize, &Document>,
    pool: &BTreeMap<usize, &Document>,
) -> ArticleAlignment {
    let src = structure::containers(source);
    let reference = pick_reference(&src, pool);
    let units = build_units(source, &src, reference.and_then(|r| pool.get(&r).copied()));
    let mut out = BTreeMap::new();
    for (&l, doc) in locales {
        let la = if doc.is_marked() {
            align_marked(&src, &units, l, doc)
        } else {
            structure::align_unmarked(&src, &units, l, doc)
        };
        out.insert(l, la);
    }
    ArticleAlignment {
        units,
        reference,
        locales: out,
    }
}

/// The marked locale with the most body segments whose English half is found
/// in the source text. The search moves forward through the source, so it
/// is linear in the article's length rather than segments × blocks.
fn pick_reference(
    src: &[structure::Container],
    locales: &BTreeMap<usize, &Document>,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let none: Vec<Vec<Range<usize>>> = vec![Vec::new(); src.len()];
    for (&l, doc) in locales {
        if !doc.is_marked() {
            continue;
        }
        let mut cursor = (0usize, 0usize);
        let mut found = 0;
        for s in doc.segments.iter().filter(|s| s.front_matter_key.is_none()) {
            let n = norm(&s.source_text);
            if n.is_empty() {
                continue;
            }
            if let Some((ci, off)) = find_from(src, &none, &n, cursor) {
                found += 1;
                cursor = (ci, off + n.len());
            }
        }
        if best.is_none_or(|(_, b)| found > b) {
            best = Some((l, found));
        }
    }
    best.filter(|(_, n)| *n > 0).map(|(l, _)| l)
}

fn build_units(
    source: &Document,
    src: &[structure::Container],
    reference: Option<&Document>,
) -> Vec<Unit> {
    let mut units = Vec::new();
    // Covered byte ranges of each container's normalized text.
    let mut covered: Vec<Vec<Range<usize>>> = vec![Vec::new(); src.len()];
    if let Some(r) = reference {
        // Front matter: a reference segment whose English is the source value.
        for s in r.segments.iter().filter(|s| s.front_matter_key.is_some()) {
            let key = s.front_matter_key.clone().unwrap_or_default();
            let Some(v) = source.front_matter.get(&key) else {
                continue;
            };
            if norm(&v.text).contains(&norm(&s.source_text)) && !s.source_text.trim().is_empty() {
                units.push(Unit {
                    id: s.id.suffix.clone(),
                    text: s.source_text.clone(),
                    markdown: Some(s.source.clone()),
                    container: None,
                    offset: 0,
                    line: v.line,
                    kind: "front-matter",
                    front_matter_key: Some(key),
                    verbatim_ok: is_verbatim_text(&s.source_text, &[]),
                });
            }
        }
        // Body: find each English half in order, from a moving cursor so that
        // repeated sentences land on their own occurrence.
        let mut cursor = (0usize, 0usize);
        for s in r.segments.iter().filter(|s| s.front_matter_key.is_none()) {
            let n = norm(&s.source_text);
            if n.is_empty() {
                continue;
            }
            let found = find_from(src, &covered, &n, cursor)
                .or_else(|| find_from(src, &covered, &n, (0, 0)));
            let Some((ci, off)) = found else { continue };
            covered[ci].push(off..off + n.len());
            cursor = (ci, off + n.len());
            let c = &src[ci];
            units.push(Unit {
                id: s.id.suffix.clone(),
                text: s.source_text.clone(),
                markdown: Some(s.source.clone()),
                container: Some(ci),
                offset: off,
                line: c.line,
                kind: c.kind.name(),
                front_matter_key: None,
                verbatim_ok: is_verbatim_text(&s.source_text, &c.code),
            });
        }
    }
    // Whatever source text no reference segment covers: one unit per stretch.
    for (ci, c) in src.iter().enumerate() {
        let mut cov = covered[ci].clone();
        cov.sort_by_key(|r| r.start);
        let mut pos = 0;
        let mut pieces = Vec::new();
        for r in cov
            .iter()
            .chain(std::iter::once(&(c.norm.len()..c.norm.len())))
        {
            if r.start > pos {
                pieces.push(pos..r.start);
            }
            pos = pos.max(r.end);
        }
        for p in pieces {
            let Some(text) = c.norm.get(p.clone()) else {
                continue;
            };
            let t = text.trim();
            if !t.chars().any(|ch| ch.is_alphanumeric()) {
                continue;
            }
            if is_verbatim_text(t, &c.code) && c.code.iter().any(|k| t.contains(k.as_str())) {
                // A code-only block: nothing to translate, nothing to align.
                continue;
            }
            units.push(Unit {
                id: format!("{}.{}", c.kind.name(), c.line),
                text: t.to_string(),
                markdown: None,
                container: Some(ci),
                offset: p.start,
                line: c.line,
                kind: c.kind.name(),
                front_matter_key: None,
                verbatim_ok: is_verbatim_text(t, &c.code),
            });
        }
    }
    units.sort_by_key(|u| (u.container.map(|c| c + 1).unwrap_or(0), u.offset));
    // Locators must stay unique when one block has several uncovered stretches.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for u in &mut units {
        let n = seen.entry(u.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            u.id = format!("{}.{}", u.id, n);
        }
    }
    units
}

fn find_from(
    src: &[structure::Container],
    covered: &[Vec<Range<usize>>],
    needle: &str,
    (start_c, start_off): (usize, usize),
) -> Option<(usize, usize)> {
    for (ci, c) in src.iter().enumerate().skip(start_c) {
        let from = if ci == start_c { start_off } else { 0 };
        let mut pos = from;
        while let Some(rel) = c.norm.get(pos..).and_then(|h| h.find(needle)) {
            let at = pos + rel;
            let r = at..at + needle.len();
            if !covered[ci]
                .iter()
                .any(|x| x.start < r.end && r.start < x.end)
            {
                return Some((ci, at));
            }
            pos = at + needle.len().max(1);
            while pos < c.norm.len() && !c.norm.is_char_boundary(pos) {
                pos += 1;
            }
        }
    }
    None
}

/// Aligns a marked translation with the source's units, in passes from the
/// most to the least certain rule (see [`Marked`]).
fn align_marked(
    src: &[structure::Container],
    units: &[Unit],
    locale: usize,
    doc: &Document,
) -> LocaleAlignment {
    let mut m = Marked::new(units, doc);
    m.same_id_same_english();
    m.same_english_other_id();
    m.joined_units();
    m.joined_segments();
    m.same_id_changed_english();
    m.similar_english_nearby();
    // The passes below look at the translation's blocks, which only a
    // translation with units left over needs.
    let conts = if m.unit_done.iter().all(|d| *d) {
        Vec::new()
    } else {
        structure::containers(doc)
    };
    m.verbatim(&conts);
    m.unmarked_by_structure(src, &conts);
    m.finish(locale)
}

/// Whether a unit and a segment sit in the same place: both in the body, or
/// both in the same front-matter value.
fn same_part(u: &Unit, s: &crate::markup::Segment) -> bool {
    u.front_matter_key == s.front_matter_key
}

/// The state of aligning one marked translation: which units and segments
/// are taken, and the pairs so far. Each pass takes what its rule matches
/// among what the passes before it left.
struct Marked<'a> {
    units: &'a [Unit],
    doc: &'a Document,
    seg_norm: Vec<String>,
    unit_norm: Vec<String>,
    unit_done: Vec<bool>,
    seg_done: Vec<bool>,
    pairs: Vec<Pair>,
    /// Units by the numbering part of their translation ID.
    by_id: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Marked<'a> {
    fn new(units: &'a [Unit], doc: &'a Document) -> Self {
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            by_id.entry(u.id.as_str()).or_default().push(i);
        }
        Marked {
            units,
            doc,
            seg_norm: doc.segments.iter().map(|s| norm(&s.source_text)).collect(),
            unit_norm: units.iter().map(|u| norm(&u.text)).collect(),
            unit_done: vec![false; units.len()],
            seg_done: vec![false; doc.segments.len()],
            pairs: Vec::new(),
            by_id,
        }
    }

    /// Pairs units `us` with segments `segs` and marks them taken.
    fn take(
        &mut self,
        us: Range<usize>,
        segs: Vec<usize>,
        status: Status,
        method: Method,
        confidence: f32,
    ) {
        self.unit_done[us.clone()]
            .iter_mut()
            .for_each(|d| *d = true);
        for &si in &segs {
            self.seg_done[si] = true;
        }
        self.pairs
            .push(pair(self.doc, us, segs, status, method, confidence));
    }

    /// Pairs unit `u` with text of the translation's container `c` that no
    /// segment marks (status unknown: nothing says which English it was
    /// translated from).
    fn take_unmarked(
        &mut self,
        u: usize,
        target_text: String,
        method: Method,
        confidence: f32,
        c: &structure::Container,
    ) {
        self.unit_done[u] = true;
        self.pairs.push(Pair {
            units: u..u + 1,
            segments: Vec::new(),
            target_text,
            target_markdown: None,
            english: None,
            english_markdown: None,
            status: Status::Unknown,
            method,
            confidence,
            line: c.line,
            col: c.col,
        });
    }

    /// 1. Same ID, same English.
    fn same_id_same_english(&mut self) {
        let doc = self.doc;
        for (si, s) in doc.segments.iter().enumerate() {
            let Some(us) = self.by_id.get(s.id.suffix.as_str()) else {
                continue;
            };
            let found = us.iter().copied().find(|&u| {
                !self.unit_done[u]
                    && self.unit_norm[u] == self.seg_norm[si]
                    && same_part(&self.units[u], s)
            });
            if let Some(u) = found {
                self.take(u..u + 1, vec![si], Status::Current, Method::Id, 1.0);
            }
        }
    }

    /// 2. Same English, other ID: the nearest free unit by position.
    fn same_english_other_id(&mut self) {
        for si in 0..self.seg_done.len() {
            if self.seg_done[si] || self.seg_norm[si].is_empty() {
                continue;
            }
            let s = &self.doc.segments[si];
            let want = expected_unit(&self.pairs, si, self.units.len());
            let best = (0..self.units.len())
                .filter(|&u| {
                    !self.unit_done[u]
                        && self.unit_norm[u] == self.seg_norm[si]
                        && same_part(&self.units[u], s)
                })
                .min_by_key(|&u| u.abs_diff(want));
            if let Some(u) = best {
                self.take(u..u + 1, vec![si], Status::Current, Method::Text, 0.95);
            }
        }
    }

    /// 3a. One segment holds several consecutive units (up to six).
    fn joined_units(&mut self) {
        for si in 0..self.seg_done.len() {
            if self.seg_done[si] || self.doc.segments[si].front_matter_key.is_some() {
                continue;
            }
            'units: for u in 0..self.units.len() {
                if self.unit_done[u] || !self.seg_norm[si].starts_with(&self.unit_norm[u]) {
                    continue;
                }
                let mut joined = self.unit_norm[u].clone();
                for v in u + 1..self.units.len().min(u + 6) {
                    if self.unit_done[v] {
                        break;
                    }
                    joined = format!("{joined} {}", self.unit_norm[v]);
                    if joined == self.seg_norm[si] {
                        self.take(u..v + 1, vec![si], Status::Current, Method::Merge, 0.9);
                        break 'units;
                    }
                }
            }
        }
    }

    /// 3b. One unit is split over several consecutive segments (up to six).
    fn joined_segments(&mut self) {
        let n_segs = self.seg_done.len();
        for u in 0..self.units.len() {
            if self.unit_done[u] || self.units[u].front_matter_key.is_some() {
                continue;
            }
            'segs: for si in 0..n_segs {
                if self.seg_done[si]
                    || !self.unit_norm[u].starts_with(&self.seg_norm[si])
                    || self.seg_norm[si].is_empty()
                {
                    continue;
                }
                let mut joined = self.seg_norm[si].clone();
                for sj in si + 1..n_segs.min(si + 6) {
                    if self.seg_done[sj] {
                        break;
                    }
                    joined = format!("{joined} {}", self.seg_norm[sj]);
                    if joined == self.unit_norm[u] {
                        self.take(
                            u..u + 1,
                            (si..=sj).collect(),
                            Status::Current,
                            Method::Merge,
                            0.9,
                        );
                        break 'segs;
                    }
                }
            }
        }
    }

    /// 4. Same ID, changed English: translated from an older source.
    fn same_id_changed_english(&mut self) {
        let doc = self.doc;
        for (si, s) in doc.segments.iter().enumerate() {
            if self.seg_done[si] {
                continue;
            }
            let Some(us) = self.by_id.get(s.id.suffix.as_str()) else {
                continue;
            };
            let found = us
                .iter()
                .copied()
                .find(|&u| !self.unit_done[u] && same_part(&self.units[u], s));
            if let Some(u) = found {
                let sim = similarity(&self.unit_norm[u], &self.seg_norm[si]);
                if sim >= 0.3 {
                    self.take(
                        u..u + 1,
                        vec![si],
                        Status::Stale,
                        Method::IdStale,
                        0.5 + 0.4 * sim,
                    );
                }
            }
        }
    }

    /// 5. Similar English near the expected position: shifted and changed.
    fn similar_english_nearby(&mut self) {
        for si in 0..self.seg_done.len() {
            if self.seg_done[si] || self.seg_norm[si].is_empty() {
                continue;
            }
            let s = &self.doc.segments[si];
            let want = expected_unit(&self.pairs, si, self.units.len());
            let best = (0..self.units.len())
                .filter(|&u| {
                    !self.unit_done[u] && same_part(&self.units[u], s) && u.abs_diff(want) <= 12
                })
                .map(|u| (u, similarity(&self.unit_norm[u], &self.seg_norm[si])))
                .filter(|(_, sim)| *sim >= 0.6)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((u, sim)) = best {
                self.take(u..u + 1, vec![si], Status::Stale, Method::Fuzzy, 0.8 * sim);
            }
        }
    }

    /// 6. Units the translation holds verbatim outside any segment
    ///    (code-like lines, or text left untranslated without markup).
    ///
    /// Short text such as `Zeile` or an alt text is found in many blocks, so
    /// the occurrence must fit the document order: at or after where the
    /// nearest aligned unit before it sits in the translation, and before
    /// where the nearest aligned unit after it sits (at block granularity for
    /// segments, which may share the block; exactly for earlier verbatim
    /// pairs), and in that neighbour's block when the source has both in one
    /// block. Text inside a segment's translation is not verbatim (except in
    /// that neighbour's block), and one occurrence serves one unit (a block
    /// holding the text twice can serve two). When no occurrence fits, the unit stays missing, which is
    /// reported, rather than being paired silently with the wrong block.
    fn verbatim(&mut self, conts: &[structure::Container]) {
        if conts.is_empty() {
            return;
        }
        let seg_cont = segment_containers(self.doc, conts);
        let mut at: Vec<Option<Place>> = vec![None; self.units.len()];
        for p in &self.pairs {
            let cs = p.segments.iter().filter_map(|&s| seg_cont[s]);
            let (Some(first), Some(last)) = (cs.clone().min(), cs.max()) else {
                continue;
            };
            for u in p.units.clone() {
                at[u] = Some(Place {
                    after: (last, 0),
                    before: (first + 1, 0),
                    first,
                    last,
                });
            }
        }
        // Each segment's translation: `Zeile` inside a translated sentence
        // is not the cell left untranslated. Only a unit that shares its
        // source block with an aligned neighbour is looked for in there
        // too, in that block (a segment whose translation holds more than
        // its English half: `https://` marked, the host name after it not).
        let mut in_segs: Vec<Vec<Range<usize>>> = vec![Vec::new(); conts.len()];
        let mut cursor = vec![0; conts.len()];
        for (si, s) in self.doc.segments.iter().enumerate() {
            let Some(ci) = seg_cont[si] else { continue };
            let t = norm(&s.target_text);
            if t.is_empty() {
                continue;
            }
            if let Some(off) = free_occurrence(&conts[ci].norm, &t, cursor[ci], &in_segs[ci]) {
                in_segs[ci].push(off..off + t.len());
                cursor[ci] = off + t.len();
            }
        }
        // The occurrences this step pairs.
        let mut used: Vec<Vec<Range<usize>>> = vec![Vec::new(); conts.len()];
        for u in 0..self.units.len() {
            if self.unit_done[u]
                || self.units[u].front_matter_key.is_some()
                || self.unit_norm[u].is_empty()
            {
                continue;
            }
            let prev = (0..u).rev().find_map(|v| at[v].map(|a| (v, a)));
            let next = (u + 1..at.len()).find_map(|v| at[v].map(|a| (v, a)));
            let same_block = |v: usize| self.units[v].container == self.units[u].container;
            let mut lo = prev.map_or((0, 0), |(_, a)| a.after);
            let mut hi = next.map_or((conts.len(), 0), |(_, a)| a.before);
            let mut in_block = false;
            if let Some((_, a)) = prev.filter(|(v, _)| same_block(*v)) {
                hi = hi.min((a.last + 1, 0));
                in_block = true;
            }
            if let Some((_, a)) = next.filter(|(v, _)| same_block(*v)) {
                lo = lo.max((a.first, 0));
                in_block = true;
            }
            let needle = &self.unit_norm[u];
            let found = (lo.0..hi.0.saturating_add(1).min(conts.len())).find_map(|ci| {
                let from = if ci == lo.0 { lo.1 } else { 0 };
                let mut blocked = used[ci].clone();
                if !in_block {
                    blocked.extend(in_segs[ci].iter().cloned());
                }
                free_occurrence(&conts[ci].norm, needle, from, &blocked)
                    .filter(|&off| (ci, off) < hi)
                    .map(|off| (ci, off))
            });
            if let Some((ci, off)) = found {
                used[ci].push(off..off + needle.len());
                at[u] = Some(Place {
                    after: (ci, off + needle.len()),
                    before: (ci, off),
                    first: ci,
                    last: ci,
                });
                let text = self.units[u].text.clone();
                self.take_unmarked(u, text, Method::Verbatim, 0.9, &conts[ci]);
            }
        }
    }

    /// 7. Translated text without markup: image alt text and captions, which
    ///    translation tools translate but do not mark. A missing unit whose
    ///    source block has link or image targets is aligned by structure to
    ///    the translation's block of the same kind with the same targets,
    ///    when that block holds no segment.
    fn unmarked_by_structure(
        &mut self,
        src: &[structure::Container],
        conts: &[structure::Container],
    ) {
        // Whether a block holds a segment is decided by position: a test on
        // text (the block contains a segment's translation) is true for a short
        // segment such as `Azure` inside any translated caption.
        let doc = self.doc;
        let holds_segment = |c: &structure::Container| {
            let r = &doc.blocks[c.block].range;
            doc.segments
                .iter()
                .any(|s| s.front_matter_key.is_none() && r.contains(&s.range.start))
        };
        let mut used_conts = vec![false; conts.len()];
        for u in 0..self.units.len() {
            if self.unit_done[u] {
                continue;
            }
            let Some(sc) = self.units[u].container.and_then(|c| src.get(c)) else {
                continue;
            };
            if sc.links.is_empty() {
                continue;
            }
            let found = conts.iter().enumerate().find(|(ci, c)| {
                !used_conts[*ci]
                    && c.kind.name() == sc.kind.name()
                    && c.links == sc.links
                    && !c.norm.is_empty()
                    && !holds_segment(c)
            });
            if let Some((ci, c)) = found {
                used_conts[ci] = true;
                self.take_unmarked(u, c.text.trim().to_string(), Method::Structure, 0.7, c);
            }
        }
    }

    /// The alignment: pairs in source order, units left missing, segments
    /// left extra (front-matter segments without a unit are not extra).
    fn finish(mut self, locale: usize) -> LocaleAlignment {
        self.pairs.sort_by_key(|p| p.units.start);
        let doc = self.doc;
        let missing = (0..self.units.len())
            .filter(|&u| !self.unit_done[u])
            .collect();
        let extra = (0..self.seg_done.len())
            .filter(|&si| !self.seg_done[si] && doc.segments[si].front_matter_key.is_none())
            .map(|si| {
                let s = &doc.segments[si];
                Extra {
                    id: s.id.suffix.clone(),
                    text: s.target_text.clone(),
                    english: Some(s.source_text.clone()),
                    segment: Some(si),
                    line: s.line,
                    col: s.col,
                }
            })
            .collect();
        LocaleAlignment {
            locale,
            marked: true,
            pairs: self.pairs,
            missing,
            extra,
        }
    }
}

/// A place in a translation: (container index, byte offset in its norm).
type Pos = (usize, usize);

/// Where an aligned unit sits in a translation, for step 6: a later unit's
/// text must be at or after `after`, an earlier one's before `before`; the
/// unit's text spans containers `first..=last`.
#[derive(Clone, Copy)]
struct Place {
    after: Pos,
    before: Pos,
    first: usize,
    last: usize,
}

/// The innermost container each segment of `doc` starts in, if any (front
/// matter has none). Containers are in document order, so the candidates
/// are the ones starting at or before the segment.
fn segment_containers(doc: &Document, conts: &[structure::Container]) -> Vec<Option<usize>> {
    let ranges: Vec<&Range<usize>> = conts.iter().map(|c| &doc.blocks[c.block].range).collect();
    doc.segments
        .iter()
        .map(|s| {
            let pos = s.range.start;
            let n = ranges.partition_point(|r| r.start <= pos);
            (0..n).rev().find(|&ci| ranges[ci].contains(&pos))
        })
        .collect()
}

/// The first occurrence of `needle` in `hay` at or after `from` that
/// overlaps none of the `used` ranges.
fn free_occurrence(hay: &str, needle: &str, from: usize, used: &[Range<usize>]) -> Option<usize> {
    let mut pos = from;
    while let Some(rel) = hay.get(pos..).and_then(|h| h.find(needle)) {
        let at = pos + rel;
        let r = at..at + needle.len();
        if !used.iter().any(|x| x.start < r.end && r.start < x.end) {
            return Some(at);
        }
        pos = at + 1;
        while pos < hay.len() && !hay.is_char_boundary(pos) {
            pos += 1;
        }
    }
    None
}

/// Where segment `si` is expected among the units, from its aligned neighbours.
fn expected_unit(pairs: &[Pair], si: usize, n_units: usize) -> usize {
    let before = pairs
        .iter()
        .filter(|p| p.segments.iter().any(|&s| s < si))
        .max_by_key(|p| p.segments.iter().max().copied().unwrap_or(0));
    match before {
        Some(p) => (p.units.end
            + si.saturating_sub(p.segments.iter().max().copied().unwrap_or(0) + 1))
        .min(n_units),
        None => si.min(n_units),
    }
}

fn pair(
    doc: &Document,
    units: Range<usize>,
    segs: Vec<usize>,
    status: Status,
    method: Method,
    confidence: f32,
) -> Pair {
    let pick = |f: &dyn Fn(&crate::markup::Segment) -> &str, sep: &str| {
        segs.iter()
            .map(|&s| f(&doc.segments[s]))
            .collect::<Vec<_>>()
            .join(sep)
    };
    let first = &doc.segments[segs[0]];
    Pair {
        units,
        target_text: pick(&|s| &s.target_text, " "),
        target_markdown: Some(pick(&|s| &s.target, " ")),
        english: Some(pick(&|s| &s.source_text, " ")),
        english_markdown: Some(pick(&|s| &s.source, " ")),
        segments: segs,
        status,
        method,
        confidence,
        line: first.line,
        col: first.col,
    }
}
