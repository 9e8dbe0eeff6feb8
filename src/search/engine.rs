//! The tantivy index that `stele build` writes per locale under
//! `.stele/index/<locale>` (outside the published folder: it is for
//! `stele search` and `stele serve`'s `/api/search`, not for readers).
//!
//! Titles and headings are tokenized with [`SteleTokenizer`], a wrapper
//! around the runtime's tokenizer, so their terms are exactly the browser
//! reader's. The body, nearly all of a page's tokens, is not tokenized a
//! second time: its postings come from the merge of the pages' analyses
//! that the browser index is cut from ([`super::merge`]), laid out by
//! [`super::segment`]. Queries are split into the same clauses as in the
//! browser (AND of words, CJK runs as phrases, one CJK character as a
//! prefix).

use super::IndexDoc;
use crate::search_reader::format::Layout;
use crate::search_reader::write::{analyze, chunk_tokens_for, page_reader, Posting};
use crate::search_reader::{snippet, snippet_at, Snippet, CODE_WEIGHT, SUB_SNIPPET_BYTES};
use crate::tokenize::{self, Algorithm, Clause, Mode};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::{Directory, RamDirectory};
use tantivy::query::{BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::{Index, IndexReader, IndexSettings, TantivyDocument, Term};

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
        tokenize::for_each_token(text, self.algo, Mode::Index, |t| {
            tokens.push(Token {
                offset_from: t.start,
                offset_to: t.end,
                position: t.pos as usize,
                text: t.term.to_string(),
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
    /// The body's terms (written from the pages' analysis, see
    /// [`super::segment`]) outside code blocks; not stored.
    pub body: Field,
    /// The body's terms inside code blocks, weighted [`CODE_WEIGHT`]: a
    /// page whose prose matches ranks above one that only shows the word
    /// in code, as in the browser reader.
    pub code: Field,
    /// The body's text, stored for snippets; not indexed.
    pub text: Field,
    pub path: Field,
    pub codes: Field,
    /// Stored only: the page's sections and code blocks ([`StoredLayout`]),
    /// for a hit's sub-results.
    pub layout: Field,
}

/// The `layout` field's JSON: per section `[body position, anchor,
/// heading text]` (`s`) and the code blocks' `[start, end)` (`c`), as the
/// browser index's entry and fragments carry them.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct StoredLayout {
    pub s: Vec<(u32, String, String)>,
    pub c: Vec<(u32, u32)>,
}

impl StoredLayout {
    pub fn of(d: &IndexDoc) -> StoredLayout {
        StoredLayout {
            s: d.terms
                .layout
                .sections
                .iter()
                .zip(&d.sections)
                .map(|(&p, (id, text))| (p, id.clone(), text.clone()))
                .collect(),
            c: d.terms.layout.code.clone(),
        }
    }
}

/// The schema of a locale index. `body_positions`: whether the body keeps
/// token positions, which only phrase queries read, and a query is a
/// phrase only for a CJK run: a locale whose pages have no CJK text at all
/// (most en, de, it sites) has no bigram a phrase could match, so its
/// index skips positions, a large part of what indexing costs.
pub(super) fn schema(body_positions: bool) -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(record),
        )
    };
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let body = if body_positions {
        positions
    } else {
        IndexRecordOption::WithFreqs
    };
    let fields = Fields {
        title: b.add_text_field("title", text(TOKENIZER, positions).set_stored()),
        headings: b.add_text_field("headings", text(TOKENIZER, positions)),
        body: b.add_text_field("body", text(TOKENIZER, body)),
        code: b.add_text_field("code", text(TOKENIZER, body)),
        text: b.add_text_field("text", STORED),
        // Stored only: results show it, no query searches it.
        path: b.add_text_field("path", STORED),
        codes: b.add_text_field("codes", STRING | STORED),
        layout: b.add_text_field("layout", STORED),
    };
    (b.build(), fields)
}

fn fields_of(index: &Index) -> tantivy::Result<Fields> {
    let s = index.schema();
    Ok(Fields {
        title: s.get_field("title")?,
        headings: s.get_field("headings")?,
        body: s.get_field("body")?,
        code: s.get_field("code")?,
        text: s.get_field("text")?,
        path: s.get_field("path")?,
        codes: s.get_field("codes")?,
        layout: s.get_field("layout")?,
    })
}

/// Registers the tokenizer of a locale's index (the text fields name it).
pub(super) fn register(index: &Index, locale: &str) {
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

/// Builds the index of `docs` (in page order, which is the order of
/// document ids) in `ram`, on the calling thread; `body` is [`merge`] of
/// the pages' terms, shared with the browser index.
///
/// The segment is laid out by [`super::segment`] with tantivy's
/// serializers rather than by tantivy's `IndexWriter`: the body's postings
/// are already merged and sorted, and hashing every token again was most
/// of what this index cost a build. tantivy's writers also start threads
/// and size tables for long-lived indexes that take documents from many
/// threads, while a build writes one small segment per locale, once.
///
/// [`merge`]: super::merge
fn build_index(
    ram: &RamDirectory,
    locale: &str,
    docs: &[&IndexDoc],
    body: &[Posting<'_>],
) -> tantivy::Result<Index> {
    let cjk = docs.iter().any(|d| d.terms.has_cjk());
    let (schema, f) = schema(cjk);
    let settings = IndexSettings {
        docstore_compress_dedicated_thread: false,
        ..IndexSettings::default()
    };
    let index = Index::create(ram.clone(), schema, settings)?;
    register(&index, locale);
    super::segment::write(&index, &f, docs, body)?;
    Ok(index)
}

/// Changed whenever the index layout changes, so that an index written by
/// another layout is never reused (tokenizer changes show in the terms).
/// Each index carries it as its commit payload, which [`open_index`]
/// checks.
pub(super) const SCHEMA: &str = "stele-index-8";

/// A fingerprint of what a locale's index is made from: every page's URL,
/// title, headings, stored text, codes and analysed terms with their
/// positions (so a tokenizer change counts as a change), plus the schema
/// and Stele's version. Two builds with the same fingerprint write the
/// same index, so the second can reuse the first's.
///
/// The hasher is foldhash with a fixed seed: the same input gives the same
/// fingerprint in every run, at a small fraction of SipHash's cost over a
/// site's whole text (a collision would only reuse a stale index, and 64
/// bits make that as likely as never).
pub fn fingerprint(locale: &str, docs: &[&IndexDoc]) -> String {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x5743_454c_4549_4e58).build_hasher();
    (SCHEMA, env!("CARGO_PKG_VERSION"), locale).hash(&mut h);
    for d in docs {
        (
            &d.url,
            &d.title,
            &d.headings,
            &d.body,
            &d.codes,
            &d.sections,
        )
            .hash(&mut h);
        d.terms.hash(&mut h);
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

/// Writes one locale's index into `dir` (created; must be empty); `body`
/// is [`super::merge`] of the pages.
///
/// The index is built in memory and then written out file by file:
/// tantivy's own folder directory syncs every file to disk as it closes
/// it, which is right for a database and wasted on derived data that a
/// build writes into a temporary folder and swaps in whole.
pub fn write_index(
    dir: &Path,
    locale: &str,
    docs: &[&IndexDoc],
    body: &[Posting<'_>],
) -> tantivy::Result<()> {
    let ram = RamDirectory::create();
    let index = build_index(&ram, locale, docs, body)?;
    std::fs::create_dir_all(dir)?;
    let mut files: Vec<PathBuf> = index.directory().list_managed_files().into_iter().collect();
    files.extend(["meta.json", ".managed.json"].map(PathBuf::from));
    for f in files {
        // Read from the RAM directory itself: the managed view would strip
        // the footer tantivy checks when it opens the file again.
        match ram.open_read(&f) {
            Ok(slice) => std::fs::write(dir.join(&f), slice.read_bytes()?.as_slice())?,
            // Listed but already deleted (a file tantivy replaced).
            Err(tantivy::directory::error::OpenReadError::FileDoesNotExist(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// An in-memory index of `docs` (for `stele serve`, which must not write
/// into the site folder while previewing).
pub fn ram_index(locale: &str, docs: &[&IndexDoc]) -> tantivy::Result<Index> {
    build_index(&RamDirectory::create(), locale, docs, &super::merge(docs))
}

/// Opens a locale's index written by [`write_index`].
pub fn open_index(dir: &Path, locale: &str) -> tantivy::Result<Index> {
    let stale = || {
        tantivy::TantivyError::InvalidArgument(format!(
            "this index was written by another version of Stele (not `{SCHEMA}`); \
             run `stele build` to write it again"
        ))
    };
    // Read the layout first: an index of another layout may not even open
    // (another term dictionary format), and would answer wrongly if it did.
    let meta = std::fs::read(dir.join("meta.json"))?;
    let meta: serde_json::Value = serde_json::from_slice(&meta).map_err(|_| stale())?;
    if meta.get("payload").and_then(|p| p.as_str()) != Some(SCHEMA) {
        return Err(stale());
    }
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
    /// The page's sections that match best (at most three, best first).
    pub sub_results: Vec<SubResult>,
}

/// A section of a hit: its heading, a link to it and an excerpt.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SubResult {
    /// The heading's text.
    pub heading: String,
    /// The heading's id in the page.
    pub anchor: String,
    /// The hit's URL with `#anchor` (percent-encoded as `encodeURIComponent`
    /// does, which is what the page's links carry).
    pub url: String,
    /// HTML: an excerpt of the section, escaped, with `<mark>`s.
    pub snippet: String,
}

/// `s` percent-encoded as JavaScript's `encodeURIComponent` does.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The sections of one hit, found by the browser reader's own code run on
/// the page alone ([`page_reader`], [`crate::search_reader::best_sections`])
/// and cut from the same chunks, so `stele search` lists the sections and
/// excerpts the page shows.
fn sub_results(
    locale: &str,
    url: &str,
    title: &str,
    body: &str,
    layout: &str,
    clauses: &[Clause],
) -> Vec<SubResult> {
    let stored: StoredLayout = serde_json::from_str(layout).unwrap_or_default();
    if stored.s.is_empty() {
        return Vec::new();
    }
    let algo = tokenize::algorithm_for(locale);
    let mut page = analyze(title, body, algo, chunk_tokens_for(locale));
    page.layout = Layout {
        sections: stored.s.iter().map(|s| s.0).collect(),
        code: stored.c.clone(),
    };
    let Some(reader) = page_reader(&page, locale) else {
        return Vec::new();
    };
    let (_, hits) = reader.search(clauses, 1);
    let chunks = page.chunks(body);
    let mut out = Vec::new();
    for sub in hits.into_iter().flat_map(|h| h.subs) {
        let (Some((_, id, heading)), Some(chunk)) = (
            stored.s.get(sub.section as usize),
            chunks.get(sub.chunk as usize),
        ) else {
            continue;
        };
        let s = snippet_at(chunk.text, chunk.first, &sub.marks, SUB_SNIPPET_BYTES);
        out.push(SubResult {
            heading: heading.clone(),
            anchor: id.clone(),
            url: format!("{url}#{}", encode_component(id)),
            snippet: snippet_html(&s),
        });
    }
    out
}

/// Renders a snippet as escaped HTML with `<mark>`s.
pub fn snippet_html(s: &Snippet) -> String {
    let esc = crate::util::html_escape;
    let mut out = String::new();
    if s.cut_start {
        out.push('…');
    }
    let mut at = 0;
    for &(a, b) in &s.marks {
        let (Some(before), Some(mark)) = (s.text.get(at..a), s.text.get(a..b)) else {
            continue;
        };
        out.push_str(&esc(before));
        out.push_str("<mark>");
        out.push_str(&esc(mark));
        out.push_str("</mark>");
        at = b;
    }
    out.push_str(&esc(s.text.get(at..).unwrap_or("")));
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

/// What `field`'s postings record (`Basic` for a field not indexed).
pub(super) fn record_option(schema: &Schema, field: Field) -> IndexRecordOption {
    match schema.get_field_entry(field).field_type() {
        tantivy::schema::FieldType::Str(o) => o
            .get_indexing_options()
            .map_or(IndexRecordOption::Basic, |i| i.index_option()),
        _ => IndexRecordOption::Basic,
    }
}

/// Whether `field` is indexed with positions.
fn has_positions(schema: &Schema, field: Field) -> bool {
    record_option(schema, field).has_positions()
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
        (f.code, CODE_WEIGHT),
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
        let schema = reader.searcher().schema().clone();
        for (field, boost) in text_fields {
            // Every other bigram and the last, at their offsets, as the
            // browser reader looks them up (`Clause::lookups`).
            let terms: Vec<(usize, Term)> = c
                .lookups()
                .into_iter()
                .map(|(i, t)| (i as usize, Term::from_field_text(field, t)))
                .collect();
            // A body without positions has no CJK terms (see `schema`):
            // the phrase cannot match there.
            if has_positions(&schema, field) {
                let q = PhraseQuery::new_with_offset(terms);
                should.push(boosted(Box::new(q), boost));
            }
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
    let clauses = stele_runtime::search::query_clauses(query, algo, false);
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
        let body = get(f.text);
        let url = format!("/{}", get(f.path));
        let title = get(f.title);
        let sub_results = sub_results(locale, &url, &title, &body, &get(f.layout), &clauses);
        hits.push(Hit {
            snippet: snippet_html(&snippet(&body, &clauses, algo, 200)),
            url,
            title,
            score,
            lang: locale.to_string(),
            sub_results,
        });
    }
    Ok((total, hits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(locale: &str, key: &str, body: &str) -> IndexDoc {
        let parsed = crate::markup::parse(std::path::Path::new("x.md"), body);
        crate::search::index_doc(&parsed, key, &format!("{locale}/{key}/"), locale, &[])
    }

    fn urls(index: &Index, locale: &str, q: &str) -> Vec<String> {
        let (_, hits) = search(index, locale, q, 10).expect("query runs");
        let mut urls: Vec<String> = hits.into_iter().map(|h| h.url).collect();
        urls.sort();
        urls
    }

    #[test]
    fn an_index_of_another_layout_is_refused_with_what_to_do() {
        let docs = [doc("en", "a", "Unregistered domain email")];
        let docs: Vec<&IndexDoc> = docs.iter().collect();
        let dir = tempfile::tempdir().expect("tempdir");
        let at = dir.path().join("en");
        write_index(&at, "en", &docs, &crate::search::merge(&docs)).expect("written");
        let index = open_index(&at, "en").expect("opens");
        assert_eq!(urls(&index, "en", "domain"), ["/en/a/"]);
        // The same index as an older Stele wrote it: no layout payload.
        let meta = std::fs::read_to_string(at.join("meta.json")).expect("meta");
        let old = meta.replace(&format!("\"{SCHEMA}\""), "null");
        assert_ne!(old, meta);
        std::fs::write(at.join("meta.json"), old).expect("write");
        let Err(err) = open_index(&at, "en") else {
            panic!("an index without the layout payload opened");
        };
        let err = err.to_string();
        assert!(err.contains("run `stele build`"), "{err}");
    }

    #[test]
    fn body_positions_only_where_a_phrase_can_match() {
        let body = |index: &Index| {
            let f = fields_of(index).expect("fields");
            has_positions(&index.schema(), f.body)
        };
        // No CJK text anywhere: no positions, and a CJK query finds
        // nothing instead of failing.
        let plain = [
            doc("en", "a", "Unregistered domain email"),
            doc("en", "b", "Other text"),
        ];
        let index = ram_index("en", &plain.iter().collect::<Vec<_>>()).expect("index");
        assert!(!body(&index));
        assert_eq!(urls(&index, "en", "domain"), ["/en/a/"]);
        assert!(urls(&index, "en", "未注册").is_empty());
        // One page quotes Chinese: positions, and the phrase must be
        // contiguous (the second page has both bigrams apart).
        let mixed = [
            doc("en", "a", "The product is called 未注册域 in Chinese"),
            doc("en", "b", "未注 and 注册 apart"),
        ];
        let index = ram_index("en", &mixed.iter().collect::<Vec<_>>()).expect("index");
        assert!(body(&index));
        assert_eq!(urls(&index, "en", "未注册"), ["/en/a/"]);
        // A locale without pages still gets a (searchable, empty) index.
        let index = ram_index("en", &[]).expect("empty index");
        assert!(urls(&index, "en", "domain").is_empty());
    }
}
