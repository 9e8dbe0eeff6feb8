//! The browser index's binary format, written by `stele build` and read by
//! the reader here (natively and in wasm). Encoder and decoder sit side by
//! side so that they cannot drift apart.
//!
//! Everything is LEB128 varints and length-prefixed UTF-8:
//!
//! - **entry** (one per locale, loaded first, small): `VERSION`, the body
//!   tokens per result fragment chunk, the number of pages, then per page its length in tokens and its title's length in
//!   tokens (for BM25 and the title boost) and its layout (the body
//!   positions where its sections start, and its code blocks' position
//!   ranges: see [`Layout`]), then the number of shards and
//!   the first term of each (a sorted split of the term space, so the reader
//!   knows which shard holds a term or a prefix without loading the others).
//! - **shard**: its terms in order, front-coded (bytes shared with the
//!   previous term, then the rest), each followed by its postings: page
//!   count, then per page the delta of the page number, the number of
//!   positions and the position deltas. Positions make CJK phrases exact.

use alloc::string::String;
use alloc::vec::Vec;

/// Bumped when the layout changes; readers refuse other versions.
pub const VERSION: u32 = 5;

pub use crate::varint::{put, put_str};

/// A cursor over an encoded blob. Every read is checked: a truncated or
/// corrupt file yields `None`, never a panic.
pub struct Cursor<'a> {
    buf: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Cursor { buf, at: 0 }
    }

    pub fn get(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        let mut shift = 0;
        loop {
            let b = *self.buf.get(self.at)?;
            self.at += 1;
            if shift > 28 {
                return None;
            }
            v |= ((b & 0x7F) as u32) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
        }
    }

    pub fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.buf.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    pub fn string(&mut self) -> Option<String> {
        let n = self.get()? as usize;
        let b = self.bytes(n)?;
        core::str::from_utf8(b).ok().map(String::from)
    }
}

/// Per-page numbers the entry carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PageStats {
    /// Tokens in the page (title included).
    pub len: u32,
    /// Tokens in the title; positions below this are title positions.
    pub title_len: u32,
}

/// Where a page's sections and code blocks are, by body position (the
/// position of a token counted from the body's first, as fragment chunks
/// count them). A few bytes per page in the entry: the reader ranks with
/// the code ranges (a match in code weighs [`super::CODE_WEIGHT`]) and
/// picks the sections of a result ([`super::best_sections`]) before any
/// text is loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Where each section starts (an h2 or h3 with an anchor: its
    /// heading's first token), ascending. Section `k` runs to the start of
    /// section `k + 1`; the text before the first is no section.
    pub sections: Vec<u32>,
    /// Code blocks, `[start, end)`, ascending and disjoint.
    pub code: Vec<(u32, u32)>,
}

impl Layout {
    /// Whether body position `pos` is inside a code block. (Linear scans
    /// here and below: a page has a few sections and code blocks, and a
    /// loop is less wasm than a binary search's generic instance.)
    pub fn in_code(&self, pos: u32) -> bool {
        self.code
            .iter()
            .any(|&(start, end)| start <= pos && pos < end)
    }

    /// The section that holds body position `pos`, if any.
    pub fn section_of(&self, pos: u32) -> Option<usize> {
        let mut found = None;
        for (k, &start) in self.sections.iter().enumerate() {
            if start > pos {
                break;
            }
            found = Some(k);
        }
        found
    }

    fn encode(&self, out: &mut Vec<u8>) {
        put(out, self.sections.len() as u32);
        let mut last = 0;
        for &s in &self.sections {
            put(out, s - last);
            last = s;
        }
        put(out, self.code.len() as u32);
        let mut last = 0;
        for &(a, b) in &self.code {
            put(out, a - last);
            put(out, b - a);
            last = b;
        }
    }

    fn decode(c: &mut Cursor<'_>) -> Option<Layout> {
        let mut sections = Vec::new();
        let mut last = 0u32;
        for _ in 0..c.get()? {
            // (Wrapping: a corrupt entry gives wrong sections, never a panic.)
            last = last.wrapping_add(c.get()?);
            sections.push(last);
        }
        let mut code = Vec::new();
        let mut last = 0u32;
        for _ in 0..c.get()? {
            let a = last.wrapping_add(c.get()?);
            let b = a.wrapping_add(c.get()?);
            code.push((a, b));
            last = b;
        }
        Some(Layout { sections, code })
    }
}

/// The decoded entry file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Body tokens per fragment chunk (`write::CHUNK_TOKENS` when written).
    pub chunk_tokens: u32,
    pub pages: Vec<PageStats>,
    /// Per page, in page order.
    pub layouts: Vec<Layout>,
    pub shard_first: Vec<String>,
}

impl Entry {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, VERSION);
        put(&mut out, self.chunk_tokens);
        put(&mut out, self.pages.len() as u32);
        let none = Layout::default();
        for (i, p) in self.pages.iter().enumerate() {
            put(&mut out, p.len);
            put(&mut out, p.title_len);
            self.layouts.get(i).unwrap_or(&none).encode(&mut out);
        }
        put(&mut out, self.shard_first.len() as u32);
        for t in &self.shard_first {
            put_str(&mut out, t);
        }
        out
    }

    pub fn decode(buf: &[u8]) -> Option<Entry> {
        let mut c = Cursor::new(buf);
        if c.get()? != VERSION {
            return None;
        }
        let chunk_tokens = c.get()?.max(1);
        let n = c.get()? as usize;
        let mut pages = Vec::with_capacity(n.min(1 << 20));
        let mut layouts = Vec::new();
        for _ in 0..n {
            pages.push(PageStats {
                len: c.get()?,
                title_len: c.get()?,
            });
            layouts.push(Layout::decode(&mut c)?);
        }
        let s = c.get()? as usize;
        let mut shard_first = Vec::with_capacity(s.min(1 << 16));
        for _ in 0..s {
            shard_first.push(c.string()?);
        }
        Some(Entry {
            chunk_tokens,
            pages,
            layouts,
            shard_first,
        })
    }
}

/// One page's occurrences of a term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub page: u32,
    /// Token positions, ascending.
    pub positions: Vec<u32>,
}

/// A term and its postings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermPostings {
    pub term: String,
    pub postings: Vec<Posting>,
}

/// Writes one shard term by term, so that the build can stream merged
/// postings into it without collecting them first.
#[derive(Debug, Default)]
pub struct ShardWriter {
    body: Vec<u8>,
    count: u32,
    prev: String,
}

impl ShardWriter {
    /// Whether no term was pushed since the last [`ShardWriter::finish`].
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Appends a term (greater than the previous one) and its postings:
    /// `(page, positions)` with pages and positions ascending.
    pub fn push<'a>(
        &mut self,
        term: &str,
        postings: impl ExactSizeIterator<Item = (u32, &'a [u32])>,
    ) {
        let out = &mut self.body;
        let shared = self
            .prev
            .bytes()
            .zip(term.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        put(out, shared as u32);
        put(out, (term.len() - shared) as u32);
        out.extend_from_slice(&term.as_bytes()[shared..]);
        put(out, postings.len() as u32);
        let mut last_page = 0;
        for (page, positions) in postings {
            put(out, page - last_page);
            last_page = page;
            put(out, positions.len() as u32);
            let mut last = 0;
            for &x in positions {
                put(out, x - last);
                last = x;
            }
        }
        self.prev.clear();
        self.prev.push_str(term);
        self.count += 1;
    }

    /// The encoded shard; the writer is empty again afterwards.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() + 5);
        put(&mut out, self.count);
        out.append(&mut self.body);
        self.count = 0;
        self.prev.clear();
        out
    }
}

/// Decodes a shard written by [`ShardWriter`].
pub fn decode_shard(buf: &[u8]) -> Option<Vec<TermPostings>> {
    let mut c = Cursor::new(buf);
    let n = c.get()? as usize;
    let mut out: Vec<TermPostings> = Vec::with_capacity(n.min(1 << 20));
    let mut prev: Vec<u8> = Vec::new();
    for _ in 0..n {
        let shared = c.get()? as usize;
        let rest = c.get()? as usize;
        let mut term = prev.get(..shared)?.to_vec();
        term.extend_from_slice(c.bytes(rest)?);
        let s = String::from(core::str::from_utf8(&term).ok()?);
        prev = term;
        let np = c.get()? as usize;
        let mut postings = Vec::with_capacity(np.min(1 << 20));
        let mut page = 0u32;
        for _ in 0..np {
            page = page.checked_add(c.get()?)?;
            let k = c.get()? as usize;
            let mut positions = Vec::with_capacity(k.min(1 << 20));
            let mut x = 0u32;
            for _ in 0..k {
                x = x.checked_add(c.get()?)?;
                positions.push(x);
            }
            postings.push(Posting { page, positions });
        }
        out.push(TermPostings { term: s, postings });
    }
    Some(out)
}
