//! Building the browser index: pages are analysed one by one (in parallel
//! by `stele build`, one article per task), then merged and cut into
//! shards. It lives in the runtime crate next to the reader so that the
//! positions it writes are the ones the reader expects.

use super::format::{encode_shard, Entry, PageStats, Posting, TermPostings};
use crate::tokenize::{self, Algorithm, Mode};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// One page's terms with their positions, ready to merge.
#[derive(Debug, Clone, Default)]
pub struct PageTerms {
    pub stats: PageStats,
    pub terms: BTreeMap<String, Vec<u32>>,
}

/// Tokenizes a page: the title first (its positions are the title's),
/// then the body. `body` holds one block per line; a line break always
/// ends a word or CJK run, so no phrase spans two blocks.
pub fn analyze(title: &str, body: &str, algo: Option<Algorithm>) -> PageTerms {
    let mut page = PageTerms::default();
    let mut next = 0u32;
    tokenize::tokenize(title, algo, Mode::Index, |t| {
        page.terms.entry(t.term).or_default().push(t.pos);
        next = t.pos + 1;
    });
    page.stats.title_len = next;
    let base = next;
    tokenize::tokenize(body, algo, Mode::Index, |t| {
        page.terms.entry(t.term).or_default().push(base + t.pos);
        next = base + t.pos + 1;
    });
    page.stats.len = next;
    page
}

/// Merges pages into one locale's index.
#[derive(Default)]
pub struct IndexBuilder {
    pages: Vec<PageStats>,
    terms: BTreeMap<String, Vec<Posting>>,
}

impl IndexBuilder {
    /// Adds a page; pages are numbered in the order they are added.
    pub fn add(&mut self, page: PageTerms) -> u32 {
        let id = self.pages.len() as u32;
        self.pages.push(page.stats);
        for (term, mut positions) in page.terms {
            positions.sort_unstable();
            positions.dedup();
            self.terms.entry(term).or_default().push(Posting {
                page: id,
                positions,
            });
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
