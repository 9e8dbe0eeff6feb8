//! The search reader: queries the compact, sharded browser index that
//! `stele build` writes (see [`format`]). The same code runs natively (tests
//! compare it with the tantivy CLI) and in the page as wasm.
//!
//! Protocol for a caller that loads files lazily (the page):
//! 1. [`Reader::open`] with the entry file;
//! 2. [`Reader::missing_shards`] for a query: load those shard files and
//!    give each to [`Reader::add_shard`];
//! 3. [`Reader::search`] ranks the pages (BM25, title boost, AND of the
//!    clauses, CJK phrases by position, the last word as a prefix when
//!    typing);
//! 4. [`snippet`] picks and highlights an excerpt of a shown page's text;
//!    [`snippet_at`] the excerpt of a hit's chunk or of one of its
//!    sections ([`Hit::subs`]).

pub mod format;
// The index writer runs at build time only (native): the page's wasm
// module reads indexes, it never writes one.
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

use crate::tokenize::{self, Algorithm, Clause, Mode};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use format::{Entry, Layout, Posting, TermPostings};

/// BM25 parameters (the usual ones).
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A term in the title counts this many times.
pub const TITLE_BOOST: f32 = 5.0;
/// Matches inside code blocks are scored apart from prose and weigh this
/// much of the same score in prose: a page that says a word ranks above
/// one that only shows it in a code sample (a field name, a JSON key).
/// tantivy boosts its `code` field the same.
pub const CODE_WEIGHT: f32 = 0.25;
/// A hit lists at most this many sections ([`Hit::subs`]).
pub const MAX_SUBS: usize = 3;
/// About how long a section's excerpt is, in bytes (`search.js` cuts its
/// excerpts to the same length).
pub const SUB_SNIPPET_BYTES: usize = 140;

/// A query is cut to its first `MAX_QUERY_BYTES` bytes (on a character
/// boundary) before it is tokenized...
pub const MAX_QUERY_BYTES: usize = 1024;
/// ...and to its first `MAX_QUERY_TERMS` index terms (a CJK run counts one
/// per bigram) after. Unbounded, a 60 KB query took 2-3 s and 340 MB in
/// `stele search` and `/api/search`; no real query comes near either cap.
pub const MAX_QUERY_TERMS: usize = 64;

/// `query` cut to at most [`MAX_QUERY_BYTES`] bytes, on a character
/// boundary.
pub fn bounded_query(query: &str) -> &str {
    let mut end = query.len().min(MAX_QUERY_BYTES);
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    query.get(..end).unwrap_or("")
}

/// The clauses of a query, as [`tokenize::clauses`] splits them, within
/// [`MAX_QUERY_BYTES`] and [`MAX_QUERY_TERMS`]: the one entry point for
/// every search (the tantivy index, `/api/search` and the page's reader).
pub fn query_clauses(query: &str, algo: Option<Algorithm>, as_you_type: bool) -> Vec<Clause> {
    let mut clauses = tokenize::clauses(bounded_query(query), algo, as_you_type);
    let mut budget = MAX_QUERY_TERMS;
    clauses.retain_mut(|c| {
        if budget == 0 {
            return false;
        }
        c.terms.truncate(budget);
        budget -= c.terms.len();
        true
    });
    clauses
}

/// A loaded locale index.
pub struct Reader {
    entry: Entry,
    avg_len: f32,
    shards: Vec<Option<Vec<TermPostings>>>,
    pub(crate) algo: Option<Algorithm>,
}

/// One ranked page.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub page: u32,
    pub score: f32,
    /// The fragment chunk with the most matches in the body (0 when only
    /// the title matched): the one piece of text the snippet needs.
    pub chunk: u32,
    /// The matched tokens in that chunk, by position from the chunk's
    /// start, ascending; [`FIRST_CHAR`] flags a token matched by a typed
    /// prefix (for a CJK bigram, only its first character is marked). Fed
    /// to [`snippet_at`], so the snippet highlights exactly what ranked.
    pub marks: Vec<u32>,
    /// The page's sections that match best (at most [`MAX_SUBS`], best
    /// first): Pagefind's sub-results, a link to the heading and an
    /// excerpt of the section.
    pub subs: Vec<Sub>,
}

/// One section of a hit ([`best_sections`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sub {
    /// The section's number in the page ([`Layout::sections`]); the
    /// fragment chunk `heading_chunk` names it (its `h`: number, anchor,
    /// heading text).
    pub section: u32,
    /// The chunk where the section's heading starts.
    pub heading_chunk: u32,
    /// The chunk with most of the section's matches, and those matches by
    /// position from its start (as [`Hit::marks`]), for [`snippet_at`].
    pub chunk: u32,
    pub marks: Vec<u32>,
}

/// Flag on a [`Hit::marks`] position: matched as a prefix.
pub const FIRST_CHAR: u32 = 1 << 31;

/// Matches of one clause in one page: positions in the title and the body.
#[derive(Default, Clone, Copy)]
struct Tf {
    title: u32,
    /// Matches in the body outside code blocks...
    body: u32,
    /// ...and inside.
    code: u32,
}

impl Reader {
    /// Opens an entry file; `locale` picks the stemmer. `None` when the
    /// file is not a valid entry, or when this build lacks the locale's
    /// stemmer (a wasm module built for another language): its queries
    /// would silently miss every stemmed word.
    pub fn open(entry: &[u8], locale: &str) -> Option<Reader> {
        let algo = tokenize::algorithm_for(locale);
        if algo.is_some_and(|a| !a.available()) {
            return None;
        }
        let entry = Entry::decode(entry)?;
        let total: u64 = entry.pages.iter().map(|p| p.len as u64).sum();
        let avg_len = if entry.pages.is_empty() {
            1.0
        } else {
            (total as f32 / entry.pages.len() as f32).max(1.0)
        };
        let shards = entry.shard_first.iter().map(|_| None).collect();
        Some(Reader {
            entry,
            avg_len,
            shards,
            algo,
        })
    }

    /// The stemmer of the index's locale (for [`snippet`]).
    pub fn algo(&self) -> Option<Algorithm> {
        self.algo
    }

    pub fn pages(&self) -> usize {
        self.entry.pages.len()
    }

    /// Parses a query with this locale's tokenizer, within the caps of
    /// [`query_clauses`].
    pub fn clauses(&self, query: &str, as_you_type: bool) -> Vec<Clause> {
        query_clauses(query, self.algo, as_you_type)
    }

    /// The shard that holds `term` (the last one starting at or before it).
    fn shard_of(&self, term: &str) -> usize {
        self.entry
            .shard_first
            .partition_point(|f| f.as_str() <= term)
            .saturating_sub(1)
    }

    /// Shards a set of clauses needs.
    fn shards_for(&self, clauses: &[Clause]) -> Vec<usize> {
        let mut out = Vec::new();
        let n = self.entry.shard_first.len();
        for c in clauses {
            for (_, t) in c.lookups() {
                let first = self.shard_of(t);
                out.push(first);
                if c.prefix {
                    let mut i = first + 1;
                    while i < n && self.entry.shard_first[i].starts_with(t) {
                        out.push(i);
                        i += 1;
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out.retain(|&i| i < n);
        out
    }

    /// Shards the query needs that are not loaded yet.
    pub fn missing_shards(&self, clauses: &[Clause]) -> Vec<usize> {
        self.shards_for(clauses)
            .into_iter()
            .filter(|&i| self.shards.get(i).is_some_and(Option::is_none))
            .collect()
    }

    /// Adds a loaded shard. Returns false when it does not decode.
    pub fn add_shard(&mut self, index: usize, bytes: &[u8]) -> bool {
        match (format::decode_shard(bytes), self.shards.get_mut(index)) {
            (Some(s), Some(slot)) => {
                *slot = Some(s);
                true
            }
            _ => false,
        }
    }

    /// Postings of every loaded term equal to `term` (or starting with it).
    fn lookup(&self, term: &str, prefix: bool) -> Vec<&[Posting]> {
        let mut out = Vec::new();
        let first = self.shard_of(term);
        for shard in self.shards.iter().skip(first).flatten() {
            let start = shard.partition_point(|t| t.term.as_str() < term);
            let mut reached_end = true;
            for t in &shard[start..] {
                let hit = if prefix {
                    t.term.starts_with(term)
                } else {
                    t.term == term
                };
                if !hit {
                    reached_end = false;
                    break;
                }
                out.push(t.postings.as_slice());
            }
            // Only a prefix can continue into the next shard.
            if !prefix || !reached_end {
                break;
            }
        }
        out
    }

    /// Positions of one clause per page.
    fn clause_positions(&self, clause: &Clause) -> BTreeMap<u32, Vec<u32>> {
        let mut per: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        if clause.terms.len() == 1 || clause.prefix {
            for list in self.lookup(&clause.terms[0], clause.prefix) {
                for p in list {
                    per.entry(p.page)
                        .or_default()
                        .extend_from_slice(&p.positions);
                }
            }
            for v in per.values_mut() {
                v.sort_unstable();
                v.dedup();
            }
            return per;
        }
        // A phrase: positions p where each looked-up term sits at p plus
        // its offset (see `Clause::lookups`).
        let lists: Vec<(u32, Vec<&[Posting]>)> = clause
            .lookups()
            .into_iter()
            .map(|(i, t)| (i, self.lookup(t, false)))
            .collect();
        let Some(first) = lists.first().and_then(|(_, l)| l.first()) else {
            return per;
        };
        if lists.iter().any(|(_, l)| l.is_empty()) {
            return per;
        }
        'page: for p in first.iter() {
            let mut starts: Vec<u32> = p.positions.clone();
            for (i, l) in lists.iter().skip(1) {
                let Ok(k) = l[0].binary_search_by_key(&p.page, |q| q.page) else {
                    continue 'page;
                };
                let next = &l[0][k].positions;
                starts.retain(|&s| next.binary_search(&(s + i)).is_ok());
                if starts.is_empty() {
                    continue 'page;
                }
            }
            per.insert(p.page, starts);
        }
        per
    }

    /// Ranks the pages that match every clause. Returns the total number of
    /// matching pages and the best `limit` hits.
    pub fn search(&self, clauses: &[Clause], limit: usize) -> (usize, Vec<Hit>) {
        if clauses.is_empty() {
            return (0, Vec::new());
        }
        let n = self.entry.pages.len() as f32;
        let mut scores: Option<BTreeMap<u32, f32>> = None;
        // Body positions of the matches, per page, to pick the chunk, and
        // the number of the clause each matched, for the sections. (Two
        // maps of the type `clause_positions` uses rather than one of
        // pairs: a new map type is a few KB more wasm.)
        let mut body: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        let mut clause_of: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        let none = Layout::default();
        for (ci, c) in clauses.iter().enumerate() {
            let per = self.clause_positions(c);
            let df = per.len() as f32;
            let idf = libm_ln(1.0 + (n - df + 0.5) / (df + 0.5));
            let mut next = BTreeMap::new();
            for (page, positions) in per {
                if let Some(prev) = &scores {
                    if !prev.contains_key(&page) {
                        continue;
                    }
                }
                let Some(stats) = self.entry.pages.get(page as usize) else {
                    continue;
                };
                let layout = self.entry.layouts.get(page as usize).unwrap_or(&none);
                let mut tf = Tf::default();
                let in_body = body.entry(page).or_default();
                let in_clause = clause_of.entry(page).or_default();
                // A phrase matches at its first position and covers the
                // next ones; a prefix is flagged for the snippet.
                let span = if c.prefix { 1 } else { c.terms.len() as u32 };
                let flag = if c.prefix { FIRST_CHAR } else { 0 };
                for &x in &positions {
                    if x < stats.title_len {
                        tf.title += 1;
                    } else {
                        let at = x - stats.title_len;
                        if layout.in_code(at) {
                            tf.code += 1;
                        } else {
                            tf.body += 1;
                        }
                        for k in 0..span {
                            in_body.push((at + k) | flag);
                            in_clause.push(ci as u32);
                        }
                    }
                }
                // Code is scored on its own and weighted after BM25's
                // saturation, as tantivy sums its boosted `code` field.
                let w = tf.body as f32 + TITLE_BOOST * tf.title as f32;
                let code = tf.code as f32;
                let norm = K1 * (1.0 - B + B * stats.len as f32 / self.avg_len);
                let s = idf * (K1 + 1.0) * (w / (w + norm) + CODE_WEIGHT * code / (code + norm));
                let base = scores.as_ref().and_then(|m| m.get(&page)).copied();
                next.insert(page, base.unwrap_or(0.0) + s);
            }
            scores = Some(next);
        }
        let mut hits: Vec<Hit> = scores
            .unwrap_or_default()
            .into_iter()
            .map(|(page, score)| {
                let c = self.entry.chunk_tokens;
                let (chunk, marks) =
                    densest_chunk(body.get(&page).map_or(&[][..], Vec::as_slice), c);
                Hit {
                    page,
                    score,
                    chunk,
                    marks,
                    subs: Vec::new(),
                }
            })
            .collect();
        let total = hits.len();
        hits.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(core::cmp::Ordering::Equal)
                .then(a.page.cmp(&b.page))
        });
        hits.truncate(limit);
        // Sections only for the hits returned.
        for h in &mut hits {
            let layout = self.entry.layouts.get(h.page as usize).unwrap_or(&none);
            let marks = body.get(&h.page).map_or(&[][..], Vec::as_slice);
            let clauses = clause_of.get(&h.page).map_or(&[][..], Vec::as_slice);
            h.subs = best_sections(layout, marks, clauses, self.entry.chunk_tokens, MAX_SUBS);
        }
        (total, hits)
    }
}

/// The sections of a page that match best, at most `max`, best first:
/// those that hold the most of the query's clauses, then the most matches
/// (a match in code counts [`CODE_WEIGHT`]), then the earlier. `marks` are
/// the page's matched body positions (a phrase has one per token it
/// covers; [`FIRST_CHAR`] flags a prefix match), `clauses` the number of
/// the clause each matched (clauses past the 32nd count as earlier ones).
/// Text before the first heading is no section. Shared by the page's
/// reader and `stele search` (through [`write::page_reader`]), so both
/// list the same sections.
pub fn best_sections(
    layout: &Layout,
    marks: &[u32],
    clauses_of: &[u32],
    chunk_tokens: u32,
    max: usize,
) -> Vec<Sub> {
    let chunk_tokens = chunk_tokens.max(1);
    // Per section: the clauses it holds (a bit each, the first 32) and its
    // matches in quarters (a match in code is one quarter: CODE_WEIGHT).
    // (Plain vectors, loops and pushes rather than a map, a sort and
    // iterator chains: each new generic instance grows the wasm module.)
    let n = layout.sections.len();
    // (clause bits, weight) per section.
    let mut per: Vec<(u32, u32)> = Vec::new();
    for _ in 0..n {
        per.push((0, 0));
    }
    for (&m, &clause) in marks.iter().zip(clauses_of) {
        let pos = m & !FIRST_CHAR;
        if let Some(s) = layout.section_of(pos).and_then(|k| per.get_mut(k)) {
            s.0 |= 1 << (clause % 32);
            s.1 += if layout.in_code(pos) { 1 } else { 4 };
        }
    }
    let mut out = Vec::new();
    while out.len() < max {
        // The best section not taken yet (the first on a tie).
        let mut best: Option<usize> = None;
        let mut top = (0, 0);
        for (k, &(bits, weight)) in per.iter().enumerate() {
            let key = (bits.count_ones(), weight);
            if weight > 0 && (best.is_none() || key > top) {
                (best, top) = (Some(k), key);
            }
        }
        let Some(k) = best else {
            break;
        };
        per[k].1 = 0;
        let mut mine = Vec::new();
        for &m in marks {
            if layout.section_of(m & !FIRST_CHAR) == Some(k) {
                mine.push(m);
            }
        }
        let (chunk, rel) = densest_chunk(&mine, chunk_tokens);
        out.push(Sub {
            section: k as u32,
            heading_chunk: layout.sections.get(k).copied().unwrap_or(0) / chunk_tokens,
            chunk,
            marks: rel,
        });
    }
    out
}

/// A snippet from the positions the reader matched ([`Hit::marks`],
/// relative to `text`, a fragment chunk): the tokens are only located, not
/// normalized or stemmed, so this costs a fraction of [`snippet`] and marks
/// exactly what the index matched.
///
/// `first` is the position, relative to the chunk, of the text's first
/// token (the writer's `ChunkStart::first`, the fragment's `o`; 0 for
/// most chunks and for a whole body).
pub fn snippet_at(text: &str, first: i32, marks: &[u32], max: usize) -> Snippet {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // The marks as positions in `text` tokenized alone. Shifting every
    // mark by the same amount keeps them sorted, as the binary searches
    // below need.
    let marks: Vec<u32> = marks
        .iter()
        .filter_map(|&m| {
            let at = i64::from(m & !FIRST_CHAR) - i64::from(first);
            u32::try_from(at).ok().map(|at| at | (m & FIRST_CHAR))
        })
        .collect();
    let Some(last) = marks.iter().map(|m| m & !FIRST_CHAR).max() else {
        return window(text, &[], max);
    };
    tokenize::spans(text, last, |t| {
        if t.pos > last {
            return;
        }
        let end = if marks.binary_search(&t.pos).is_ok() {
            Some(t.end)
        } else if marks.binary_search(&(t.pos | FIRST_CHAR)).is_ok() {
            Some(match t.kind {
                tokenize::Kind::Bigram { .. } => text
                    .get(t.start..)
                    .and_then(|r| r.chars().next())
                    .map_or(t.end, |c| t.start + c.len_utf8()),
                _ => t.end,
            })
        } else {
            None
        };
        if let Some(end) = end {
            found.push((t.start, end));
        }
    });
    window(text, &merged(found), max)
}

/// Where a match of clause `c` that starts at token `i` ends (a byte
/// offset in `text`), if it does.
fn match_at(text: &str, toks: &[tokenize::Token], i: usize, c: &Clause) -> Option<usize> {
    let t = &toks[i];
    let first = c.terms.first()?;
    if c.prefix {
        if !t.term.starts_with(first.as_str()) {
            return None;
        }
        // A CJK prefix (one typed character) marks that character, not
        // the whole bigram it starts.
        return Some(match t.kind {
            tokenize::Kind::Bigram { .. } => {
                t.start + text.get(t.start..)?.chars().next()?.len_utf8()
            }
            _ => t.end,
        });
    }
    if t.term != *first {
        return None;
    }
    // A phrase: term k at position pos + k (tokens are in position order;
    // several may share a position).
    let mut end = t.end;
    let mut j = i;
    for (k, term) in c.terms.iter().enumerate().skip(1) {
        let want = t.pos + k as u32;
        let mut next = None;
        for (off, x) in toks.get(j + 1..)?.iter().enumerate() {
            if x.pos > want {
                break;
            }
            if x.pos == want && x.term == *term {
                next = Some(j + 1 + off);
                break;
            }
        }
        j = next?;
        end = end.max(toks[j].end);
    }
    Some(end)
}

/// The chunk that holds the most of `positions` (body positions), the
/// first on a tie (0 without positions), and those of its positions,
/// relative to the chunk's start, sorted and distinct: a hit's or a
/// section's snippet marks.
fn densest_chunk(positions: &[u32], chunk_tokens: u32) -> (u32, Vec<u32>) {
    // Sorted chunk numbers, counted run by run (no map: less wasm).
    let mut chunks: Vec<u32> = positions
        .iter()
        .map(|&x| (x & !FIRST_CHAR) / chunk_tokens)
        .collect();
    chunks.sort_unstable();
    let (mut best, mut best_run, mut run) = (0, 0, 0);
    for (i, &c) in chunks.iter().enumerate() {
        run = if i > 0 && chunks[i - 1] == c {
            run + 1
        } else {
            1
        };
        if run > best_run {
            (best, best_run) = (c, run);
        }
    }
    let mut marks = Vec::new();
    for &m in positions {
        if (m & !FIRST_CHAR) / chunk_tokens == best {
            marks.push(m - best * chunk_tokens);
        }
    }
    marks.sort_unstable();
    marks.dedup();
    (best, marks)
}

/// Natural logarithm without `std` (wasm has no libm import here): a
/// range reduction to [1, 2) and a short series, exact enough for ranking.
fn libm_ln(x: f32) -> f32 {
    if x <= 0.0 {
        return 0.0;
    }
    let mut m = x;
    let mut k = 0i32;
    while m >= 2.0 {
        m /= 2.0;
        k += 1;
    }
    while m < 1.0 {
        m *= 2.0;
        k -= 1;
    }
    // ln(m) = 2 atanh((m-1)/(m+1))
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let mut sum = 0.0;
    let mut term = t;
    let mut i = 1.0;
    while i < 20.0 {
        sum += term / i;
        term *= t2;
        i += 2.0;
    }
    2.0 * sum + k as f32 * core::f32::consts::LN_2
}

/// An excerpt of a page's text with the byte ranges to highlight (relative
/// to the excerpt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Byte offset of the excerpt in the text.
    pub start: usize,
    pub marks: Vec<(usize, usize)>,
    /// True when the excerpt starts or ends inside the text.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// Picks the excerpt of `text` (about `max` bytes) around the first
/// stretch dense in query terms and marks what matched: whole words, the
/// typed part of a CJK prefix, and CJK phrases only where the whole phrase
/// occurs (a stray bigram of the query elsewhere is not a match, exactly
/// as in [`Reader::search`]).
pub fn snippet(text: &str, clauses: &[Clause], algo: Option<Algorithm>, max: usize) -> Snippet {
    let toks = tokenize::tokens(text, algo, Mode::Index);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        for c in clauses {
            if let Some(end) = match_at(text, &toks, i, c) {
                found.push((t.start, end));
            }
        }
    }
    window(text, &merged(found), max)
}

/// Sorts byte ranges and joins overlapping or touching ones (consecutive
/// CJK phrases, overlapping bigrams) into one mark each.
fn merged(mut found: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    found.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in found {
        match out.last_mut() {
            Some(last) if m.0 <= last.1 => last.1 = last.1.max(m.1),
            _ => out.push(m),
        }
    }
    out
}

/// The excerpt of `text` (about `max` bytes) around the stretch densest in
/// `matches` (sorted, disjoint byte ranges), with those ranges marked.
fn window(text: &str, matches: &[(usize, usize)], max: usize) -> Snippet {
    // The window that holds the most matches, starting at a match.
    let mut best = (0usize, 0usize);
    for (i, m) in matches.iter().enumerate() {
        let count = matches[i..].iter().take_while(|x| x.1 <= m.0 + max).count();
        if count > best.1 {
            best = (i, count);
        }
    }
    let anchor = matches.get(best.0).map(|m| m.0).unwrap_or(0);
    let mut start = anchor.saturating_sub(max / 4);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // Prefer starting after a space.
    if start > 0 {
        if let Some(sp) = text.get(start..anchor).and_then(|t| t.find(' ')) {
            start += sp + 1;
        }
    }
    let mut end = (start + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < text.len() {
        if let Some(sp) = text.get(start..end).and_then(|t| t.rfind(' ')) {
            if sp > max / 2 {
                end = start + sp;
            }
        }
    }
    let marks = matches
        .iter()
        .filter(|m| m.0 >= start && m.1 <= end)
        .map(|m| (m.0 - start, m.1 - start))
        .collect();
    Snippet {
        text: String::from(text.get(start..end).unwrap_or("")),
        start,
        marks,
        cut_start: start > 0,
        cut_end: end < text.len(),
    }
}

#[cfg(test)]
mod tests;
