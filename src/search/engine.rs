//! The tantivy index that `stele build` writes per locale under
//! `.stele/index/<locale>` (outside the published folder: it is for
//! `stele search` and `stele serve`'s `/api/search`, not for readers).
//!
//! tantivy tokenizes with [`SteleTokenizer`], a wrapper around the runtime's
//! tokenizer, so its terms are exactly the browser reader's. Queries are
//! split into the same clauses as in the browser (AND of words, CJK runs as
//! phrases, one CJK character as a prefix).

use super::IndexDoc;
use crate::search_reader::{snippet, Snippet};
use crate::tokenize::{self, Algorithm, Clause, Mode};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

/// The name the tokenizer is registered under in every index.
const TOKENIZER: &str = "stele";
/// Field boosts: a title match outweighs a heading match, which outweighs
/// a body match (the browser reader boosts titles the same way).
const TITLE_BOOST: f32 = 5.0;
const HEADING_BOOST: f32 = 2.0;

/// The runtime tokenizer as a tantivy tokenizer (index mode).
#[derive(Clone)]
pub struct SteleTokenizer {
    algo: Option<Algorithm>,
}

/// The tokens of one text, produced eagerly (pages are small).
pub struct SteleTokenStream {
    tokens: Vec<Token>,
    at: usize,
}

impl Tokenizer for SteleTokenizer {
    type TokenStream<'a> = SteleTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SteleTokenStream {
        let mut tokens = Vec::new();
        tokenize::tokenize(text, self.algo, Mode::Index, |t| {
            tokens.push(Token {
                offset_from: t.start,
                offset_to: t.end,
                position: t.pos as usize,
                text: t.term,
                position_length: 1,
            })
        });
        SteleTokenStream { tokens, at: 0 }
    }
}

impl TokenStream for SteleTokenStream {
    fn advance(&mut self) -> bool {
        self.at += 1;
        self.at <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self
            .at
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self
            .at
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
    }
}

/// The fields of a locale index.
pub struct Fields {
    pub title: Field,
    pub headings: Field,
    pub body: Field,
    pub path: Field,
    pub codes: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |stored: bool| {
        let o = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        if stored {
            o.set_stored()
        } else {
            o
        }
    };
    let fields = Fields {
        title: b.add_text_field("title", text(true)),
        headings: b.add_text_field("headings", text(false)),
        body: b.add_text_field("body", text(true)),
        path: b.add_text_field("path", STRING | STORED),
        codes: b.add_text_field("codes", STRING | STORED),
    };
    (b.build(), fields)
}

fn fields_of(index: &Index) -> tantivy::Result<Fields> {
    let s = index.schema();
    Ok(Fields {
        title: s.get_field("title")?,
        headings: s.get_field("headings")?,
        body: s.get_field("body")?,
        path: s.get_field("path")?,
        codes: s.get_field("codes")?,
    })
}

fn register(index: &Index, locale: &str) {
    index.tokenizers().register(
        TOKENIZER,
        SteleTokenizer {
            algo: tokenize::algorithm_for(locale),
        },
    );
}

/// Where `stele build` keeps the indexes of the site in `root`.
pub fn index_root(root: &Path) -> PathBuf {
    root.join(".stele").join("index")
}

fn fill(index: &Index, docs: &[&IndexDoc]) -> tantivy::Result<()> {
    let f = fields_of(index)?;
    // One thread and a small arena: pages are few, and the build already
    // uses every core for rendering.
    let mut w = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
    for d in docs {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.title, &d.title);
        for h in &d.headings {
            doc.add_text(f.headings, h);
        }
        doc.add_text(f.body, &d.body);
        doc.add_text(f.path, &d.url);
        for c in &d.codes {
            doc.add_text(f.codes, c);
        }
        w.add_document(doc)?;
    }
    w.commit()?;
    Ok(())
}

/// Changed whenever the index schema changes, so that an index written by
/// another layout is never reused (tokenizer changes show in the terms).
const SCHEMA: &str = "stele-index-1";

/// A fingerprint of what a locale's index is made from: every page's URL,
/// title, headings, stored text, codes and analysed terms with their
/// positions (so a tokenizer change counts as a change), plus the schema
/// and Stele's version. Two builds with the same fingerprint write the
/// same index, so the second can reuse the first's.
pub fn fingerprint(locale: &str, docs: &[&IndexDoc]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    (SCHEMA, env!("CARGO_PKG_VERSION"), locale).hash(&mut h);
    for d in docs {
        (&d.url, &d.title, &d.headings, &d.body, &d.codes).hash(&mut h);
        d.terms.stats.len.hash(&mut h);
        d.terms.stats.title_len.hash(&mut h);
        for (term, positions) in &d.terms.terms {
            (term, positions).hash(&mut h);
        }
    }
    format!("{:016x}", h.finish())
}

/// Makes `dest` a copy of the index in `old` with hard links (tantivy
/// never modifies a file it wrote, and replaces `meta.json` by renaming,
/// so sharing the files is safe), falling back to copying.
pub fn link_index(old: &Path, dest: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dest)?;
    for e in std::fs::read_dir(old)? {
        let e = e?;
        if !e.file_type()?.is_file() {
            return Err(std::io::Error::other("unexpected folder in an index"));
        }
        let to = dest.join(e.file_name());
        if std::fs::hard_link(e.path(), &to).is_err() {
            std::fs::copy(e.path(), &to)?;
        }
    }
    Ok(())
}

/// Writes one locale's index into `dir` (created; must be empty).
pub fn write_index(dir: &Path, locale: &str, docs: &[&IndexDoc]) -> tantivy::Result<()> {
    std::fs::create_dir_all(dir)?;
    let (schema, _) = schema();
    let index = Index::create_in_dir(dir, schema)?;
    register(&index, locale);
    fill(&index, docs)
}

/// An in-memory index (for `stele serve`, which must not write into the
/// site folder while previewing).
pub fn ram_index(locale: &str, docs: &[&IndexDoc]) -> tantivy::Result<Index> {
    let (schema, _) = schema();
    let index = Index::create_in_ram(schema);
    register(&index, locale);
    fill(&index, docs)?;
    Ok(index)
}

/// Opens a locale's index written by [`write_index`].
pub fn open_index(dir: &Path, locale: &str) -> tantivy::Result<Index> {
    let index = Index::open_in_dir(dir)?;
    register(&index, locale);
    Ok(index)
}

/// One search result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    /// URL path from the site root, with a leading slash (`/de/x/`).
    pub url: String,
    pub title: String,
    /// HTML: the excerpt, escaped, with `<mark>` around matches.
    pub snippet: String,
    pub score: f32,
    /// Locale tag of the page.
    pub lang: String,
}

/// Renders a snippet as escaped HTML with `<mark>`s.
pub fn snippet_html(s: &Snippet) -> String {
    let esc = crate::render::highlight::html_escape;
    let mut out = String::new();
    if s.cut_start {
        out.push('…');
    }
    let mut at = 0;
    for &(a, b) in &s.marks {
        if a < at || b > s.text.len() {
            continue;
        }
        out.push_str(&esc(&s.text[at..a]));
        out.push_str("<mark>");
        out.push_str(&esc(&s.text[a..b]));
        out.push_str("</mark>");
        at = b;
    }
    out.push_str(&esc(&s.text[at..]));
    if s.cut_end {
        out.push('…');
    }
    out
}

/// Terms of `field` that start with `prefix`, over every segment.
fn prefixed_terms(
    reader: &IndexReader,
    field: Field,
    prefix: &str,
) -> tantivy::Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    let searcher = reader.searcher();
    for seg in searcher.segment_readers() {
        let inv = seg.inverted_index(field)?;
        let mut stream = inv.terms().range().ge(prefix.as_bytes()).into_stream()?;
        while stream.advance() {
            let k = stream.key();
            if !k.starts_with(prefix.as_bytes()) {
                break;
            }
            if let Ok(s) = std::str::from_utf8(k) {
                out.insert(s.to_string());
            }
        }
    }
    Ok(out)
}

fn clause_query(reader: &IndexReader, f: &Fields, c: &Clause) -> tantivy::Result<Box<dyn Query>> {
    let boosted = |q: Box<dyn Query>, b: f32| -> (Occur, Box<dyn Query>) {
        (Occur::Should, Box::new(BoostQuery::new(q, b)))
    };
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let text_fields = [
        (f.title, TITLE_BOOST),
        (f.headings, HEADING_BOOST),
        (f.body, 1.0),
    ];
    if c.prefix {
        for (field, boost) in text_fields {
            for t in prefixed_terms(reader, field, &c.terms[0])? {
                let q = TermQuery::new(
                    Term::from_field_text(field, &t),
                    IndexRecordOption::WithFreqs,
                );
                should.push(boosted(Box::new(q), boost));
            }
        }
    } else if c.terms.len() == 1 {
        for (field, boost) in text_fields {
            let q = TermQuery::new(
                Term::from_field_text(field, &c.terms[0]),
                IndexRecordOption::WithFreqs,
            );
            should.push(boosted(Box::new(q), boost));
        }
        let q = TermQuery::new(
            Term::from_field_text(f.codes, &c.terms[0]),
            IndexRecordOption::Basic,
        );
        should.push(boosted(Box::new(q), 1.0));
    } else {
        for (field, boost) in text_fields {
            let terms: Vec<Term> = c
                .terms
                .iter()
                .map(|t| Term::from_field_text(field, t))
                .collect();
            should.push(boosted(Box::new(PhraseQuery::new(terms)), boost));
        }
    }
    if should.is_empty() {
        return Ok(Box::new(EmptyQuery));
    }
    Ok(Box::new(BooleanQuery::new(should)))
}

/// Runs `query` against one locale's index. Returns the number of matching
/// pages and the best `limit` hits.
pub fn search(
    index: &Index,
    locale: &str,
    query: &str,
    limit: usize,
) -> tantivy::Result<(usize, Vec<Hit>)> {
    let algo = tokenize::algorithm_for(locale);
    let clauses = tokenize::clauses(query, algo, false);
    if clauses.is_empty() {
        return Ok((0, Vec::new()));
    }
    let f = fields_of(index)?;
    let reader = index.reader()?;
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for c in &clauses {
        must.push((Occur::Must, clause_query(&reader, &f, c)?));
    }
    let q = BooleanQuery::new(must);
    let searcher = reader.searcher();
    let (total, top) = searcher.search(&q, &(Count, TopDocs::with_limit(limit.max(1))))?;
    let mut hits = Vec::new();
    for (score, addr) in top.into_iter().take(limit) {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let get = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let body = get(f.body);
        hits.push(Hit {
            url: format!("/{}", get(f.path)),
            title: get(f.title),
            snippet: snippet_html(&snippet(&body, &clauses, algo, 200)),
            score,
            lang: locale.to_string(),
        });
    }
    Ok((total, hits))
}
