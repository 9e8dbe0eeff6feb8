//! Building the browser index: pages are analysed one by one (in parallel
//! by `stele build`, one article per task), then merged and cut into
//! shards. It lives in the runtime crate next to the reader so that the
//! positions it writes are the ones the reader expects.

use super::format::{Entry, Layout, PageStats, ShardWriter};
use crate::tokenize::{self, Algorithm, Mode};
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

/// Whether a locale's language (its first subtag) is written in CJK
/// characters, whose terms are bigrams.
pub fn cjk_locale(tag: &str) -> bool {
    let lang = tag.split(['-', '_']).next().unwrap_or("");
    ["zh", "ja", "ko"]
        .iter()
        .any(|l| lang.eq_ignore_ascii_case(l))
}

/// The chunk size of a locale (by its language subtag).
pub fn chunk_tokens_for(tag: &str) -> u32 {
    if cjk_locale(tag) {
        CJK_CHUNK_TOKENS
    } else {
        CHUNK_TOKENS
    }
}

/// Bytes a chunk repeats from the start of the next one.
pub const CHUNK_OVERLAP: usize = 120;

/// One page's terms with their positions, ready to merge.
///
/// The terms live in three flat arrays rather than a `String` and a `Vec`
/// per term: a page has hundreds to thousands of distinct terms, and a
/// site's build would otherwise make (and later free) two allocations for
/// each of them, which cost more than the tokenizing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct PageTerms {
    pub stats: PageStats,
    /// The distinct terms, concatenated in sorted order.
    text: String,
    /// Per term, in sorted order: where it ends in `text` and where its
    /// positions end in `positions` (each starts where the previous ends).
    ends: Vec<(u32, u32)>,
    /// Every term's positions (ascending and distinct per term).
    positions: Vec<u32>,
    /// Body tokens per chunk ([`chunk_tokens_for`] the locale).
    pub chunk_tokens: u32,
    /// Where chunks 1, 2, ... start (chunk 0 starts at byte 0 with
    /// position 0): chunk `k` holds the body tokens at positions
    /// `k * chunk_tokens ..`, so the reader finds a match's chunk from its
    /// position alone.
    pub chunk_starts: Vec<ChunkStart>,
    /// Where the page's sections and code blocks are (body positions):
    /// set by the caller from [`analyze_marked`]'s positions, written into
    /// the entry.
    pub layout: Layout,
}

/// The start of a fragment chunk in a page's body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ChunkStart {
    /// Byte offset where the chunk's text starts (a char boundary).
    pub at: usize,
    /// Byte offset of the chunk's first token (the previous chunk's text
    /// runs [`CHUNK_OVERLAP`] bytes past it).
    pub token: usize,
    /// The position, relative to the chunk's first position, of the first
    /// token of its text when the text is tokenized alone (as the page
    /// does for a snippet): usually 0; 1 when the chunk's first position
    /// is the unused one between a CJK run's bigrams and its last
    /// character; negative when the chunk's first token is a part of a
    /// word split at connectors (`x-Get-Mailbox`), whose text then starts
    /// at the word's start (tokenized from `Get`, the rest would read as
    /// one cmdlet).
    pub first: i32,
}

/// One fragment chunk of a page's body: its text and [`ChunkStart::first`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk<'a> {
    pub text: &'a str,
    pub first: i32,
}

/// Where the chunk whose first token starts at byte `token` of `body`
/// starts; `rel` is that token's position relative to the chunk's first
/// position.
fn chunk_start(body: &str, token: usize, kind: tokenize::Kind, rel: u32) -> ChunkStart {
    let at = if kind == tokenize::Kind::Word {
        tokenize::word_start(body, token)
    } else {
        token
    };
    let mut before = 0;
    if at < token {
        // The token's position in the text read from the word's start:
        // every position takes at least a byte, so it is at most
        // `token - at`, and the scan stops there.
        let rest = body.get(at..).unwrap_or("");
        let until = (token - at) as u32;
        tokenize::spans(rest, until, |t| {
            if t.start + at < token {
                before = before.max(t.pos + 1);
            }
        });
    }
    ChunkStart {
        at,
        token,
        first: rel as i32 - before as i32,
    }
}

/// The terms of a page with their positions, in term order.
#[derive(Clone)]
pub struct Terms<'a> {
    page: &'a PageTerms,
    at: usize,
    text_from: usize,
    pos_from: usize,
}

impl<'a> Iterator for Terms<'a> {
    type Item = (&'a str, &'a [u32]);

    fn next(&mut self) -> Option<Self::Item> {
        let &(text_end, pos_end) = self.page.ends.get(self.at)?;
        let (text_end, pos_end) = (text_end as usize, pos_end as usize);
        let term = self.page.text.get(self.text_from..text_end).unwrap_or("");
        let positions = self
            .page
            .positions
            .get(self.pos_from..pos_end)
            .unwrap_or(&[]);
        self.at += 1;
        self.text_from = text_end;
        self.pos_from = pos_end;
        Some((term, positions))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.page.ends.len() - self.at;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Terms<'_> {}

impl PageTerms {
    /// Each distinct term with its positions (ascending, distinct), sorted
    /// by term: [`build`] merges pages on this order.
    pub fn terms(&self) -> Terms<'_> {
        Terms {
            page: self,
            at: 0,
            text_from: 0,
            pos_from: 0,
        }
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether any term comes from CJK text (a bigram or a last
    /// character), the only terms a phrase query looks for.
    pub fn has_cjk(&self) -> bool {
        !self.text.is_ascii() && self.text.chars().any(tokenize::is_cjk)
    }

    /// Whether the page has no terms at all.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The body split into its chunks (see [`PageTerms::chunk_starts`]).
    /// Each chunk but the last runs [`CHUNK_OVERLAP`] bytes into the next,
    /// so a phrase or a snippet that crosses the cut is still whole.
    pub fn chunks<'a>(&self, body: &'a str) -> Vec<Chunk<'a>> {
        let mut out = Vec::with_capacity(self.chunk_starts.len() + 1);
        let mut from = ChunkStart::default();
        for &next in &self.chunk_starts {
            let mut end = (next.token + CHUNK_OVERLAP).min(body.len());
            while !body.is_char_boundary(end) {
                end -= 1;
            }
            out.push(Chunk {
                text: body.get(from.at..end).unwrap_or(""),
                first: from.first,
            });
            from = next;
        }
        out.push(Chunk {
            text: body.get(from.at..).unwrap_or(""),
            first: from.first,
        });
        out
    }
}

/// Tokenizes a page: the title first (its positions are the title's),
/// then the body. `body` holds one block per line; a line break always
/// ends a word or CJK run, so no phrase spans two blocks. `chunk_tokens`
/// is the locale's [`chunk_tokens_for`].
pub fn analyze(title: &str, body: &str, algo: Option<Algorithm>, chunk_tokens: u32) -> PageTerms {
    analyze_marked(title, body, algo, chunk_tokens, &[]).0
}

/// [`analyze`], and the body position of each byte offset in `bounds`
/// (ascending): the position of the first token that starts at or after
/// it, or one past the last token. A block that starts at byte `a` and
/// ends at byte `b` holds the positions `[pos(a), pos(b))`, which is how
/// the caller finds its sections and code blocks ([`PageTerms::layout`])
/// without tokenizing again.
pub fn analyze_marked(
    title: &str,
    body: &str,
    algo: Option<Algorithm>,
    chunk_tokens: u32,
    bounds: &[usize],
) -> (PageTerms, Vec<u32>) {
    let chunk_tokens = chunk_tokens.max(1);
    let mut at_bounds = Vec::with_capacity(bounds.len());
    let mut page = PageTerms {
        chunk_tokens,
        ..PageTerms::default()
    };
    let mut terms = Collector::default();
    let mut next = 0u32;
    tokenize::for_each_token(title, algo, Mode::Index, |t| {
        terms.add(t.term, t.pos);
        next = t.pos + 1;
    });
    page.stats.title_len = next;
    let base = next;
    let chunks = &mut page.chunk_starts;
    tokenize::for_each_token(body, algo, Mode::Index, |t| {
        while at_bounds.len() < bounds.len() && bounds[at_bounds.len()] <= t.start {
            at_bounds.push(t.pos);
        }
        let chunk = (t.pos / chunk_tokens) as usize;
        // The first token at or past a chunk's first position starts it
        // (sub-tokens of a cmdlet share its position and start at or
        // after it). Positions grow by one per token, or by two over a
        // CJK run's unused position, which may be a chunk's first: that
        // chunk's first token is then one further. (A chunk of one
        // position may hold no token at all; it starts where the next
        // does.)
        while chunk > chunks.len() {
            let k = chunks.len() as u32 + 1;
            let rel = t.pos.saturating_sub(k * chunk_tokens);
            chunks.push(chunk_start(body, t.start, t.kind, rel));
        }
        terms.add(t.term, base + t.pos);
        next = base + t.pos + 1;
    });
    page.stats.len = next;
    at_bounds.resize(bounds.len(), next - base);
    terms.finish(&mut page);
    (page, at_bounds)
}

/// Gathers a page's terms while it is tokenized: each distinct term is
/// stored once (in `arena`) and found again through a hash table of term
/// numbers; every occurrence is one `(term, position)` pair. [`finish`]
/// sorts the terms once and lays the positions out per term.
///
/// [`finish`]: Collector::finish
#[derive(Default)]
struct Collector {
    hasher: hashbrown::DefaultHashBuilder,
    table: hashbrown::HashTable<u32>,
    arena: String,
    /// Per term number: its start and end in `arena`.
    spans: Vec<(u32, u32)>,
    /// Per term number: its last position (to drop repeats) and count.
    last: Vec<u32>,
    counts: Vec<u32>,
    occurrences: Vec<(u32, u32)>,
}

impl Collector {
    // `spans` are the arena's own push offsets: whole terms, on char boundaries.
    #[allow(clippy::string_slice)]
    fn term<'a>(arena: &'a str, spans: &[(u32, u32)], id: u32) -> &'a str {
        let (from, to) = spans[id as usize];
        &arena[from as usize..to as usize]
    }

    /// Records `term` at `pos`. Positions only grow, so a term seen twice
    /// at one position (a cmdlet part equal to the cmdlet) is a repeat of
    /// its last one.
    fn add(&mut self, term: &str, pos: u32) {
        use core::hash::BuildHasher;
        let Collector {
            hasher,
            table,
            arena,
            spans,
            last,
            counts,
            occurrences,
        } = self;
        let hash = hasher.hash_one(term);
        let entry = table.entry(
            hash,
            |&id| Self::term(arena, spans, id) == term,
            |&id| hasher.hash_one(Self::term(arena, spans, id)),
        );
        let id = match entry {
            hashbrown::hash_table::Entry::Occupied(e) => *e.get(),
            hashbrown::hash_table::Entry::Vacant(e) => {
                let id = spans.len() as u32;
                e.insert(id);
                let from = arena.len() as u32;
                arena.push_str(term);
                spans.push((from, arena.len() as u32));
                last.push(u32::MAX);
                counts.push(0);
                id
            }
        };
        let i = id as usize;
        if last[i] != pos {
            last[i] = pos;
            counts[i] += 1;
            occurrences.push((id, pos));
        }
    }

    /// Sorts the terms and writes them with their positions into `page`.
    fn finish(self, page: &mut PageTerms) {
        let Collector {
            arena,
            spans,
            counts,
            occurrences,
            ..
        } = self;
        // Sorted on each term's first eight bytes as a big-endian number
        // first (zero-padded: no term holds a NUL byte, and equal prefixes
        // fall back to the whole terms), which settles most comparisons
        // without reading the arena.
        let prefix = |id: u32| {
            let mut key = [0u8; 8];
            let t = Self::term(&arena, &spans, id).as_bytes();
            let n = t.len().min(8);
            key[..n].copy_from_slice(&t[..n]);
            u64::from_be_bytes(key)
        };
        let mut order: Vec<(u64, u32)> =
            (0..spans.len() as u32).map(|id| (prefix(id), id)).collect();
        order.sort_unstable_by(|&(pa, a), &(pb, b)| {
            pa.cmp(&pb)
                .then_with(|| Self::term(&arena, &spans, a).cmp(Self::term(&arena, &spans, b)))
        });
        // Where each term's positions start in the page's array, by term
        // number; occurrences come in position order, so placing them in
        // turn keeps every term's positions ascending.
        let mut start = alloc::vec![0u32; spans.len()];
        page.text.reserve(arena.len());
        page.ends.reserve(order.len());
        let mut at = 0u32;
        for &(_, id) in &order {
            start[id as usize] = at;
            at += counts[id as usize];
            page.text.push_str(Self::term(&arena, &spans, id));
            page.ends.push((page.text.len() as u32, at));
        }
        page.positions = alloc::vec![0u32; at as usize];
        for (id, pos) in occurrences {
            let slot = &mut start[id as usize];
            page.positions[*slot as usize] = pos;
            *slot += 1;
        }
    }
}

/// One term of a locale with its postings: per page that holds it (in
/// page order), the page's number and the term's positions there.
pub type Posting<'a> = (&'a str, Vec<(u32, &'a [u32])>);

/// Merges one locale's pages (numbered in slice order) into its
/// vocabulary, sorted by term (byte order), with each term's postings.
/// Both indexes are written from this one merge: the browser index's
/// shards ([`build_merged`]) and the tantivy index's body field.
///
/// The postings are gathered in a hash table of borrowed terms and
/// position lists (nothing is copied), then the vocabulary is sorted once.
/// (A k-way merge of the pages' sorted lists needs no table, but compares
/// far more strings.)
pub fn merge<'a>(pages: &[&'a PageTerms]) -> Vec<Posting<'a>> {
    let mut table: hashbrown::HashMap<&str, Vec<(u32, &[u32])>> = hashbrown::HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        for (term, positions) in p.terms() {
            table.entry(term).or_default().push((i as u32, positions));
        }
    }
    let mut terms: Vec<Posting<'a>> = table.into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
    terms
}

/// Cuts a locale's merged vocabulary ([`merge`] of `pages`) into its entry
/// and shards; a shard is closed once it holds about `shard_bytes` bytes,
/// so a query loads only a few small files.
pub fn build_merged(
    pages: &[&PageTerms],
    terms: &[Posting<'_>],
    shard_bytes: usize,
) -> (Vec<u8>, Vec<Vec<u8>>) {
    let mut shards: Vec<Vec<u8>> = Vec::new();
    let mut shard_first: Vec<String> = Vec::new();
    let mut writer = ShardWriter::default();
    let mut size = 0usize;
    for (term, postings) in terms {
        let cost = term.len() + 2 + postings.iter().map(|(_, p)| 2 + p.len() * 2).sum::<usize>();
        if size + cost > shard_bytes && !writer.is_empty() {
            shards.push(writer.finish());
            size = 0;
        }
        if writer.is_empty() {
            shard_first.push(String::from(*term));
        }
        size += cost;
        writer.push(term, postings.iter().copied());
    }
    if !writer.is_empty() || shards.is_empty() {
        shards.push(writer.finish());
    }
    // An index without terms still has one (empty) shard.
    shard_first.resize(shards.len(), String::new());
    let entry = Entry {
        chunk_tokens: pages.first().map_or(1, |p| p.chunk_tokens.max(1)),
        pages: pages.iter().map(|p| p.stats).collect(),
        layouts: pages.iter().map(|p| p.layout.clone()).collect(),
        shard_first,
    };
    (entry.encode(), shards)
}

/// A reader over one page alone, with every shard loaded: how `stele
/// search` and `/api/search` find a tantivy hit's sections with the very
/// code the page runs ([`super::Reader::search`], [`super::best_sections`]).
/// Its scores are not the locale's (one page has no document frequencies);
/// the sections' order does not use them.
pub fn page_reader(page: &PageTerms, locale: &str) -> Option<super::Reader> {
    let pages = [page];
    let (entry, shards) = build_merged(&pages, &merge(&pages), usize::MAX);
    let mut reader = super::Reader::open(&entry, locale)?;
    for (i, s) in shards.iter().enumerate() {
        reader.add_shard(i, s);
    }
    Some(reader)
}
