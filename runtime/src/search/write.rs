//! Building the browser index: pages are analysed one by one (in parallel
//! by `stele build`, one article per task), then merged and cut into
//! shards. It lives in the runtime crate next to the reader so that the
//! positions it writes are the ones the reader expects.

use super::format::{encode_shard, Entry, PageStats, Posting, TermPostings};
use crate::tokenize::{self, Algorithm, Mode};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// Body tokens per result fragment, for word-based scripts. A page's text
/// ships in chunks so that a result loads only the chunk its snippet comes
/// from, not the whole page (a long article is tens of KB of text): 512
/// tokens are about 3 KB of English or German, about 1.3 KB gzipped. Half
/// that would save a few KB on a first query but double the files a build
/// writes, and creating files is a large part of a build's time.
pub const CHUNK_TOKENS: u32 = 512;

/// Body tokens per chunk for CJK locales, where every character is a token
/// (a bigram): 1280 characters are about 4 KB of UTF-8, the same order of
/// gzipped size as a word-script chunk.
pub const CJK_CHUNK_TOKENS: u32 = 1280;

/// The chunk size of a locale (by its language subtag).
pub fn chunk_tokens_for(tag: &str) -> u32 {
    let lang = tag.split(['-', '_']).next().unwrap_or("");
    if ["zh", "ja", "ko"]
        .iter()
        .any(|l| lang.eq_ignore_ascii_case(l))
    {
        CJK_CHUNK_TOKENS
    } else {
        CHUNK_TOKENS
    }
}

/// Bytes a chunk repeats from the start of the next one.
pub const CHUNK_OVERLAP: usize = 120;

/// One page's terms with their positions, ready to merge.
#[derive(Debug, Clone, Default)]
pub struct PageTerms {
    pub stats: PageStats,
    pub terms: BTreeMap<String, Vec<u32>>,
    /// Body tokens per chunk ([`chunk_tokens_for`] the locale).
    pub chunk_tokens: u32,
    /// Byte offsets in the body where chunks 1, 2, ... start (chunk 0
    /// starts at 0): chunk `k` holds the body tokens at positions
    /// `k * chunk_tokens ..`, so the reader finds a match's chunk from its
    /// position alone. Always at a token's start, hence a char boundary.
    pub chunk_starts: Vec<usize>,
}

impl PageTerms {
    /// The body split into its chunks (see [`PageTerms::chunk_starts`]).
    /// Each chunk but the last runs [`CHUNK_OVERLAP`] bytes into the next,
    /// so a phrase or a snippet that crosses the cut is still whole.
    pub fn chunks<'a>(&self, body: &'a str) -> Vec<&'a str> {
        let mut out = Vec::with_capacity(self.chunk_starts.len() + 1);
        let mut from = 0;
        for &at in &self.chunk_starts {
            let mut end = (at + CHUNK_OVERLAP).min(body.len());
            while !body.is_char_boundary(end) {
                end -= 1;
            }
            out.push(body.get(from..end).unwrap_or(""));
            from = at;
        }
        out.push(body.get(from..).unwrap_or(""));
        out
    }
}

/// Tokenizes a page: the title first (its positions are the title's),
/// then the body. `body` holds one block per line; a line break always
/// ends a word or CJK run, so no phrase spans two blocks. `chunk_tokens`
/// is the locale's [`chunk_tokens_for`].
pub fn analyze(title: &str, body: &str, algo: Option<Algorithm>, chunk_tokens: u32) -> PageTerms {
    let chunk_tokens = chunk_tokens.max(1);
    let mut page = PageTerms {
        chunk_tokens,
        ..PageTerms::default()
    };
    let mut next = 0u32;
    tokenize::tokenize(title, algo, Mode::Index, |t| {
        page.terms.entry(t.term).or_default().push(t.pos);
        next = t.pos + 1;
    });
    page.stats.title_len = next;
    let base = next;
    let chunks = &mut page.chunk_starts;
    tokenize::tokenize(body, algo, Mode::Index, |t| {
        let chunk = (t.pos / chunk_tokens) as usize;
        if chunk > chunks.len() {
            // Positions grow by at most one per token, so this is the
            // first token of the chunk (sub-tokens of a cmdlet share its
            // position and start at or after it).
            chunks.push(t.start);
        }
        page.terms.entry(t.term).or_default().push(base + t.pos);
        next = base + t.pos + 1;
    });
    page.stats.len = next;
    page
}

/// Merges pages into one locale's index.
#[derive(Default)]
pub struct IndexBuilder {
    chunk_tokens: u32,
    pages: Vec<PageStats>,
    terms: BTreeMap<String, Vec<Posting>>,
}

impl IndexBuilder {
    /// Adds a page; pages are numbered in the order they are added.
    pub fn add(&mut self, page: &PageTerms) -> u32 {
        let id = self.pages.len() as u32;
        // Every page of a locale is analysed with the same chunk size.
        debug_assert!(self.pages.is_empty() || self.chunk_tokens == page.chunk_tokens);
        self.chunk_tokens = page.chunk_tokens;
        self.pages.push(page.stats);
        for (term, positions) in &page.terms {
            let mut positions = positions.clone();
            positions.sort_unstable();
            positions.dedup();
            let posting = Posting {
                page: id,
                positions,
            };
            // Clone the term only the first time the locale sees it.
            match self.terms.get_mut(term.as_str()) {
                Some(list) => list.push(posting),
                None => {
                    self.terms.insert(term.clone(), alloc::vec![posting]);
                }
            }
        }
        id
    }

    /// Encodes the entry and the shards; a shard is closed once it holds
    /// about `shard_bytes` bytes, so a query loads only a few small files.
    pub fn finish(self, shard_bytes: usize) -> (Vec<u8>, Vec<Vec<u8>>) {
        let mut shards: Vec<Vec<TermPostings>> = Vec::new();
        let mut current: Vec<TermPostings> = Vec::new();
        let mut size = 0usize;
        for (term, postings) in self.terms {
            let t = TermPostings { term, postings };
            let cost = t.term.len()
                + 2
                + t.postings
                    .iter()
                    .map(|p| 2 + p.positions.len() * 2)
                    .sum::<usize>();
            if size + cost > shard_bytes && !current.is_empty() {
                shards.push(core::mem::take(&mut current));
                size = 0;
            }
            size += cost;
            current.push(t);
        }
        if !current.is_empty() || shards.is_empty() {
            shards.push(current);
        }
        let entry = Entry {
            chunk_tokens: self.chunk_tokens.max(1),
            pages: self.pages,
            shard_first: shards
                .iter()
                .map(|s| s.first().map(|t| t.term.clone()).unwrap_or_default())
                .collect(),
        };
        let encoded = shards.iter().map(|s| encode_shard(s)).collect();
        (entry.encode(), encoded)
    }
}
