//! Full-text search, build side: what a page contributes to the indexes
//! (read from the segment model, never from the rendered HTML), the
//! browser index files ([`browser`]) and the tantivy index ([`engine`]).
//!
//! Both indexes are fed the same text and tokenized by the same tokenizer
//! ([`crate::tokenize`], shared with the wasm reader), so `stele search`,
//! `/api/search` and the search box agree on what matches.

pub mod browser;
pub mod engine;
mod segment;
pub mod stage;

use crate::markup::{text_levels, BlockKind, Document, TEXT_NESTING};
use crate::search_reader::write::{analyze, chunk_tokens_for, PageTerms, Posting};
use crate::tokenize;

/// What the indexes need from one page (one article in one locale).
#[derive(Debug, Clone)]
pub struct IndexDoc {
    /// Locale tag (`de`).
    pub locale: String,
    /// URL path from the site root, without a leading slash (`de/x/`).
    pub url: String,
    pub title: String,
    pub headings: Vec<String>,
    /// The page's text blocks, one per line.
    pub body: String,
    /// Error codes and version numbers found in the page (`5.7.750`).
    pub codes: Vec<String>,
    /// The browser index's analysis of the page, done in the article's
    /// (parallel) task so that the merge only concatenates.
    pub terms: PageTerms,
}

/// Extracts the indexable text of a parsed page. Each block's text is taken
/// once: a block whose ancestor already gathered its text is skipped
/// (`markup::text_levels`: blocks nested past `TEXT_NESTING` levels start
/// a text of their own).
pub fn index_doc(doc: &Document, title: &str, url: &str, locale: &str) -> IndexDoc {
    let mut body = String::new();
    let mut headings = Vec::new();
    let levels = text_levels(&doc.blocks);
    for (i, b) in doc.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Include { .. }) || b.text.trim().is_empty() {
            continue;
        }
        // Held by an enclosing block's text already.
        if levels.get(i).is_some_and(|l| l % TEXT_NESTING != 0) {
            continue;
        }
        if matches!(b.kind, BlockKind::Heading { .. }) {
            headings.push(b.text.clone());
        }
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&b.text.replace('\n', " "));
    }
    let algo = tokenize::algorithm_for(locale);
    let title = title.replace('\n', " ");
    let terms = analyze(&title, &body, algo, chunk_tokens_for(locale));
    // Codes and version numbers are whole tokens (`5.7.750`): read them off
    // the page's terms instead of tokenizing the text again.
    let codes: Vec<String> = terms
        .terms()
        .map(|(t, _)| t)
        .filter(|t| t.contains('.') && t.starts_with(|c: char| c.is_ascii_digit()))
        .map(String::from)
        .collect();
    IndexDoc {
        locale: locale.to_string(),
        url: url.to_string(),
        title,
        headings,
        body,
        codes,
        terms,
    }
}

/// The vocabulary of a locale's pages (`docs`, in page-number order) with
/// every page's positions, sorted by term: both indexes are written from
/// this one merge (see [`crate::search_reader::write::merge`]).
pub fn merge<'a>(docs: &[&'a IndexDoc]) -> Vec<Posting<'a>> {
    let pages: Vec<&PageTerms> = docs.iter().map(|d| &d.terms).collect();
    crate::search_reader::write::merge(&pages)
}
