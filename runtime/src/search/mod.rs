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
//! 4. [`snippet`] picks and highlights an excerpt of a shown page's text.

pub mod format;
// The index writer runs at build time only (native): the page's wasm
// module reads indexes, it never writes one.
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

use crate::tokenize::{self, Algorithm, Clause, Mode};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use format::{Entry, Posting, TermPostings};

/// BM25 parameters (the usual ones).
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A term in the title counts this many times.
pub const TITLE_BOOST: f32 = 5.0;

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
}

/// Flag on a [`Hit::marks`] position: matched as a prefix.
pub const FIRST_CHAR: u32 = 1 << 31;

/// Matches of one clause in one page: positions in the title and the body.
#[derive(Default, Clone, Copy)]
struct Tf {
    title: u32,
    body: u32,
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
        // Body positions of the matches, per page, to pick the chunk.
        let mut body: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for c in clauses {
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
                let mut tf = Tf::default();
                let in_body = body.entry(page).or_default();
                // A phrase matches at its first position and covers the
                // next ones; a prefix is flagged for the snippet.
                let span = if c.prefix { 1 } else { c.terms.len() as u32 };
                let flag = if c.prefix { FIRST_CHAR } else { 0 };
                for &x in &positions {
                    if x < stats.title_len {
                        tf.title += 1;
                    } else {
                        tf.body += 1;
                        for k in 0..span {
                            in_body.push((x - stats.title_len + k) | flag);
                        }
                    }
                }
                let w = tf.body as f32 + TITLE_BOOST * tf.title as f32;
                let norm = K1 * (1.0 - B + B * stats.len as f32 / self.avg_len);
                let s = idf * w * (K1 + 1.0) / (w + norm);
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
                let marks = body.get(&page);
                let chunk = densest_chunk(marks, c);
                let mut marks: Vec<u32> = marks
                    .into_iter()
                    .flatten()
                    .filter(|&&m| (m & !FIRST_CHAR) / c == chunk)
                    .map(|&m| m - chunk * c)
                    .collect();
                marks.sort_unstable();
                marks.dedup();
                Hit {
                    page,
                    score,
                    chunk,
                    marks,
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
        (total, hits)
    }
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
/// first on a tie.
fn densest_chunk(positions: Option<&Vec<u32>>, chunk_tokens: u32) -> u32 {
    let Some(positions) = positions else {
        return 0;
    };
    let mut counts: BTreeMap<u32, u32> = BTreeMap::new();
    for &x in positions {
        *counts.entry((x & !FIRST_CHAR) / chunk_tokens).or_default() += 1;
    }
    let mut best = (0, 0);
    for (chunk, n) in counts {
        if n > best.1 {
            best = (chunk, n);
        }
    }
    best.0
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
