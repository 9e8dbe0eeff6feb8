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
use crate::search_reader::format::Layout;
use crate::search_reader::write::{analyze_marked, chunk_tokens_for, PageTerms, Posting};
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
    /// (parallel) task so that the merge only concatenates. Its `layout`
    /// says where the sections below and the code blocks are.
    pub terms: PageTerms,
    /// Per section (`terms.layout.sections`): the heading's anchor, the id
    /// the rendered page gives it, and its text.
    pub sections: Vec<(String, String)>,
}

/// A heading of the rendered page, as the renderer numbered it: the search
/// links a section by its `id` (the build passes the rendered headings in;
/// the search does not render).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// Whether a heading level is a section of its own in results: h2 and
/// h3, the levels whose headings the page links (h1 is the page).
fn is_section(level: u8) -> bool {
    matches!(level, 2 | 3)
}

fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Extracts the indexable text of a parsed page. Each block's text is taken
/// once: a block whose ancestor already gathered its text is skipped
/// (`markup::text_levels`: blocks nested past `TEXT_NESTING` levels start
/// a text of their own).
///
/// `anchors` are the page's rendered headings: each h2 and h3 block is
/// matched, in order, to the next one of its level and text, and starts a
/// section linked by its id (a heading without one, such as a heading
/// pulled in by an include, starts none). Code blocks are marked so that
/// their matches rank below prose (a code block nested in a list item is
/// part of the item's text and counts as prose).
pub fn index_doc(
    doc: &Document,
    title: &str,
    url: &str,
    locale: &str,
    anchors: &[Anchor],
) -> IndexDoc {
    let mut body = String::new();
    let mut headings = Vec::new();
    let levels = text_levels(&doc.blocks);
    // Byte offsets in `body`: each section's start, each code block's start
    // and end (ascending, as blocks come in order).
    let mut bounds: Vec<usize> = Vec::new();
    let mut section_at: Vec<usize> = Vec::new();
    let mut code_at: Vec<usize> = Vec::new();
    let mut sections = Vec::new();
    let mut next_anchor = 0;
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
        let start = body.len();
        body.push_str(&b.text.replace('\n', " "));
        match &b.kind {
            BlockKind::Heading { level } if is_section(*level) => {
                let found = anchors
                    .get(next_anchor..)
                    .unwrap_or(&[])
                    .iter()
                    .position(|a| a.level == *level && same_text(&a.text, &b.text));
                if let Some(k) = found {
                    let a = &anchors[next_anchor + k];
                    next_anchor += k + 1;
                    section_at.push(bounds.len());
                    bounds.push(start);
                    sections.push((a.id.clone(), a.text.clone()));
                }
            }
            BlockKind::CodeBlock { .. } => {
                code_at.push(bounds.len());
                bounds.push(start);
                bounds.push(body.len());
            }
            _ => {}
        }
    }
    let algo = tokenize::algorithm_for(locale);
    let title = title.replace('\n', " ");
    let (mut terms, pos) = analyze_marked(&title, &body, algo, chunk_tokens_for(locale), &bounds);
    let at = |i: usize| pos.get(i).copied().unwrap_or(0);
    terms.layout = Layout {
        sections: section_at.iter().map(|&i| at(i)).collect(),
        code: code_at
            .iter()
            .map(|&i| (at(i), at(i + 1)))
            .filter(|(a, b)| a < b)
            .collect(),
    };
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
        sections,
    }
}

/// The vocabulary of a locale's pages (`docs`, in page-number order) with
/// every page's positions, sorted by term: both indexes are written from
/// this one merge (see [`crate::search_reader::write::merge`]).
pub fn merge<'a>(docs: &[&'a IndexDoc]) -> Vec<Posting<'a>> {
    let pages: Vec<&PageTerms> = docs.iter().map(|d| &d.terms).collect();
    crate::search_reader::write::merge(&pages)
}
