//! Lays out a locale's tantivy index as one segment, with tantivy's own
//! serializers, from what the build already knows about its pages.
//!
//! tantivy's `SegmentWriter` takes documents one at a time: it tokenizes
//! every field, hashes each token into an in-memory table of postings,
//! then sorts that table's terms and hands them to its serializers. For
//! the body, nearly all of a page's tokens, a build has already done that
//! work once: each page's analysis ([`IndexDoc::terms`]) and their merge
//! ([`merge`]), which the browser index is cut from, are exactly the
//! body's sorted vocabulary with every page's positions. Hashing the same
//! tokens again cost most of what the tantivy index added to a build, so
//! this module feeds the merge straight to tantivy's public serializers
//! (`InvertedIndexSerializer`, whose contract is terms in byte order and
//! documents in increasing order per term) and builds only the small
//! fields (title, headings, codes) the way `SegmentWriter` does: tokenized
//! by the analyzers the index registers, positions offset per value.
//!
//! The result is the index `SegmentWriter` writes for the same documents,
//! term for term and score for score; `tests` compare the two.
//!
//! [`merge`]: crate::search_reader::write::merge

use super::engine::{record_option, Fields};
use super::IndexDoc;
use crate::search_reader::write::Posting;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use tantivy::directory::{Directory, TerminatingWrite};
use tantivy::fastfield::FastFieldsWriter;
use tantivy::fieldnorm::{FieldNormReaders, FieldNormsSerializer, FieldNormsWriter};
use tantivy::index::SegmentComponent;
use tantivy::postings::{FieldSerializer, InvertedIndexSerializer};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::store::StoreWriter;
use tantivy::tokenizer::{TextAnalyzer, MAX_TOKEN_LEN};
use tantivy::{DocId, Index, IndexMeta, TantivyDocument};

/// A small field's postings: per term (in byte order), per document (in
/// order), every position of the term, repeats included (tantivy counts a
/// token twice when a tokenizer yields it twice at one position).
type Postings = BTreeMap<String, Vec<(DocId, Vec<u32>)>>;

/// A field tokenized here (title, headings, codes), as tantivy's
/// `SegmentWriter` would.
struct SmallField {
    field: Field,
    record: IndexRecordOption,
    analyzer: TextAnalyzer,
    postings: Postings,
    total_tokens: u64,
}

impl SmallField {
    fn new(index: &Index, field: Field) -> tantivy::Result<Self> {
        Ok(SmallField {
            field,
            record: record_option(&index.schema(), field),
            analyzer: index.tokenizer_for_field(field)?,
            postings: Postings::new(),
            total_tokens: 0,
        })
    }

    /// Tokenizes the values of `field` in document `doc` (documents come in
    /// order) and returns the number of tokens, the field's norm. Each
    /// value's positions start one past the end of the previous value's,
    /// as in `SegmentWriter`, so a phrase never spans two headings.
    fn add<'a>(&mut self, doc: DocId, values: impl IntoIterator<Item = &'a str>) -> u32 {
        let mut next_start = 0u32;
        let mut count = 0u32;
        for value in values {
            let mut end = next_start;
            let mut stream = self.analyzer.token_stream(value);
            stream.process(&mut |token| {
                if token.text.len() > MAX_TOKEN_LEN {
                    return;
                }
                let pos = next_start + token.position as u32;
                end = end.max(pos + token.position_length as u32);
                let docs = match self.postings.get_mut(token.text.as_str()) {
                    Some(docs) => docs,
                    None => self.postings.entry(token.text.clone()).or_default(),
                };
                match docs.last_mut() {
                    Some((d, positions)) if *d == doc => positions.push(pos),
                    _ => docs.push((doc, vec![pos])),
                }
                count += 1;
            });
            next_start = end + 1;
        }
        self.total_tokens += u64::from(count);
        count
    }
}

/// Writes one term's postings: `docs` yields each document holding the
/// term with the term's positions there (ascending) and the position they
/// count from. The number of documents comes first: the serializer needs
/// it for the term's BM25 block maxima.
fn write_term<'p>(
    out: &mut FieldSerializer<'_>,
    record: IndexRecordOption,
    term: &[u8],
    doc_freq: u32,
    docs: impl Iterator<Item = (DocId, &'p [u32], u32)>,
    deltas: &mut Vec<u32>,
) -> std::io::Result<()> {
    let freqs = record.has_freq();
    out.new_term(term, doc_freq, freqs)?;
    for (doc, positions, base) in docs {
        deltas.clear();
        if record.has_positions() {
            let mut prev = base;
            for &p in positions {
                deltas.push(p - prev);
                prev = p;
            }
        }
        let tf = if freqs { positions.len() as u32 } else { 0 };
        out.write_doc(doc, tf, deltas);
    }
    out.close_term()
}

/// The body tokens of a page: its `(term, position)` pairs past the title
/// (the analysis numbers the title's tokens first), which is what the
/// body field counts for BM25.
fn body_positions(positions: &[u32], title_len: u32) -> &[u32] {
    &positions[positions.partition_point(|&p| p < title_len)..]
}

/// The part of a page's body positions of a term that goes to the `body`
/// field (outside code blocks) or to the `code` field (inside), as
/// [`IndexDoc::terms`]' layout says. Borrowed for a page without code.
fn part<'p>(d: &IndexDoc, positions: &'p [u32], code: bool) -> Cow<'p, [u32]> {
    let base = d.terms.stats.title_len;
    let body = body_positions(positions, base);
    let layout = &d.terms.layout;
    if layout.code.is_empty() {
        return Cow::Borrowed(if code { &[] } else { body });
    }
    Cow::Owned(
        body.iter()
            .copied()
            .filter(|&p| layout.in_code(p - base) == code)
            .collect(),
    )
}

/// Writes the body's postings, outside code blocks (`code` false) or
/// inside them, from the merged vocabulary; a term the part does not hold
/// in any page has no postings there.
#[allow(clippy::too_many_arguments)]
fn write_body_part<'p>(
    postings: &mut InvertedIndexSerializer,
    readers: &FieldNormReaders,
    field: Field,
    record: IndexRecordOption,
    tokens: u64,
    docs: &[&IndexDoc],
    body: &[Posting<'p>],
    code: bool,
    deltas: &mut Vec<u32>,
) -> tantivy::Result<()> {
    if tokens == 0 {
        return Ok(());
    }
    let mut out = postings.new_field(field, tokens, readers.get_field(field)?)?;
    let mut parts: Vec<(DocId, Cow<'p, [u32]>, u32)> = Vec::new();
    for (term, pages) in body {
        parts.clear();
        for &(doc, positions) in pages {
            let Some(d) = docs.get(doc as usize) else {
                continue;
            };
            let p = part(d, positions, code);
            if !p.is_empty() {
                parts.push((doc, p, d.terms.stats.title_len));
            }
        }
        if parts.is_empty() {
            continue;
        }
        let iter = parts.iter().map(|(d, p, base)| (*d, p.as_ref(), *base));
        write_term(
            &mut out,
            record,
            term.as_bytes(),
            parts.len() as u32,
            iter,
            deltas,
        )?;
    }
    out.close()?;
    Ok(())
}

/// Writes the postings of a field tokenized here; a field without a
/// single term gets no entry, as in tantivy.
fn write_small(
    postings: &mut InvertedIndexSerializer,
    readers: &FieldNormReaders,
    s: &SmallField,
    deltas: &mut Vec<u32>,
) -> tantivy::Result<()> {
    if s.postings.is_empty() {
        return Ok(());
    }
    let mut out = postings.new_field(s.field, s.total_tokens, readers.get_field(s.field)?)?;
    for (term, docs) in &s.postings {
        let iter = docs.iter().map(|(d, p)| (*d, p.as_slice(), 0));
        write_term(
            &mut out,
            s.record,
            term.as_bytes(),
            docs.len() as u32,
            iter,
            deltas,
        )?;
    }
    out.close()?;
    Ok(())
}

/// The stored `layout` field of a page ([`super::engine::StoredLayout`]).
pub(super) fn layout_json(d: &IndexDoc) -> tantivy::Result<String> {
    serde_json::to_string(&super::engine::StoredLayout::of(d))
        .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))
}

/// Writes `docs` (in document-id order) as the only segment of `index`, a
/// new, empty index with the schema of [`super::engine`], and commits it.
/// `body` is [`merge`] of the pages' terms.
///
/// [`merge`]: crate::search_reader::write::merge
pub(super) fn write<'p>(
    index: &Index,
    f: &Fields,
    docs: &[&IndexDoc],
    body: &[Posting<'p>],
) -> tantivy::Result<()> {
    let schema = index.schema();
    let settings = index.settings().clone();
    let mut segment = index.new_segment();
    let max_doc = docs.len() as DocId;

    // The small fields and every field's norms, document by document; the
    // stored fields go to the document store in the same pass.
    let mut title = SmallField::new(index, f.title)?;
    let mut headings = SmallField::new(index, f.headings)?;
    let mut codes = SmallField::new(index, f.codes)?;
    let mut norms = FieldNormsWriter::for_schema(&schema);
    let mut fast = FastFieldsWriter::from_schema_and_tokenizer_manager(
        &schema,
        index.fast_field_tokenizer().clone(),
    )?;
    let mut store = StoreWriter::new(
        segment.open_write(SegmentComponent::Store)?,
        settings.docstore_compression,
        settings.docstore_blocksize,
        false,
    )?;
    let mut body_tokens = 0u64;
    let mut code_tokens = 0u64;
    for (doc, d) in docs.iter().enumerate() {
        let doc = doc as DocId;
        let n = title.add(doc, [d.title.as_str()]);
        norms.record(doc, f.title, n);
        let n = headings.add(doc, d.headings.iter().map(String::as_str));
        norms.record(doc, f.headings, n);
        let (mut prose, mut code) = (0usize, 0usize);
        for (_, p) in d.terms.terms() {
            prose += part(d, p, false).len();
            code += part(d, p, true).len();
        }
        norms.record(doc, f.body, prose as u32);
        norms.record(doc, f.code, code as u32);
        body_tokens += prose as u64;
        code_tokens += code as u64;
        let n = codes.add(doc, d.codes.iter().map(String::as_str));
        norms.record(doc, f.codes, n);
        // The stored fields, in the order the schema's fields come.
        let mut stored = TantivyDocument::default();
        stored.add_text(f.title, &d.title);
        stored.add_text(f.text, &d.body);
        stored.add_text(f.path, &d.url);
        for c in &d.codes {
            stored.add_text(f.codes, c);
        }
        stored.add_text(f.layout, layout_json(d)?);
        store.store(&stored, &schema)?;
        fast.add_document(&stored)?;
    }
    norms.fill_up_to_max_doc(max_doc);
    norms.serialize(FieldNormsSerializer::from_write(
        segment.open_write(SegmentComponent::FieldNorms)?,
    )?)?;
    let readers = FieldNormReaders::open(segment.open_read(SegmentComponent::FieldNorms)?)?;

    // The postings, field by field in field order, as tantivy does.
    let mut postings = InvertedIndexSerializer::open(&mut segment)?;
    let mut deltas = Vec::new();
    write_small(&mut postings, &readers, &title, &mut deltas)?;
    write_small(&mut postings, &readers, &headings, &mut deltas)?;
    // The body: the merged vocabulary, each page's positions moved past
    // its title; a term only a title holds has no body postings. Prose
    // goes to `body`, code blocks to `code`.
    let record = record_option(&schema, f.body);
    for (field, tokens, code) in [(f.body, body_tokens, false), (f.code, code_tokens, true)] {
        write_body_part(
            &mut postings,
            &readers,
            field,
            record,
            tokens,
            docs,
            body,
            code,
            &mut deltas,
        )?;
    }
    write_small(&mut postings, &readers, &codes, &mut deltas)?;
    postings.close()?;

    let mut fast_write = segment.open_write(SegmentComponent::FastFields)?;
    fast.serialize(&mut fast_write)?;
    fast_write.terminate()?;
    store.close()?;

    // Commit: a meta.json naming the one segment, written the way tantivy
    // writes it (pretty JSON and a newline, replaced atomically), with the
    // index layout as the commit's payload.
    let meta = IndexMeta {
        index_settings: settings,
        segments: vec![index.new_segment_meta(segment.id(), max_doc)],
        schema,
        opstamp: 0,
        payload: Some(super::engine::SCHEMA.to_string()),
    };
    let mut json = serde_json::to_vec_pretty(&meta).map_err(std::io::Error::other)?;
    json.push(b'\n');
    index
        .directory()
        .atomic_write(Path::new("meta.json"), &json)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::engine::{ram_index, register, schema};
    use super::*;
    use tantivy::directory::RamDirectory;
    use tantivy::tokenizer::{PreTokenizedString, Token};
    use tantivy::IndexSettings;

    fn doc(locale: &str, key: &str, text: &str) -> IndexDoc {
        let parsed = crate::markup::parse(Path::new("x.md"), text);
        let anchors: Vec<crate::search::Anchor> = parsed
            .blocks
            .iter()
            .filter_map(|b| match b.kind {
                crate::markup::BlockKind::Heading { level } => Some((level, b.text.clone())),
                _ => None,
            })
            .enumerate()
            .map(|(i, (level, text))| crate::search::Anchor {
                level,
                id: format!("h{i}"),
                text,
            })
            .collect();
        crate::search::index_doc(&parsed, key, &format!("{locale}/{key}/"), locale, &anchors)
    }

    /// The index tantivy's own `SegmentWriter` writes for `docs`, the body
    /// handed over as the analysis's `(term, position)` pairs.
    fn reference(locale: &str, docs: &[&IndexDoc]) -> (RamDirectory, Index) {
        let cjk = docs.iter().any(|d| d.terms.has_cjk());
        let (schema, f) = schema(cjk);
        let settings = IndexSettings {
            docstore_compress_dedicated_thread: false,
            ..IndexSettings::default()
        };
        let ram = RamDirectory::create();
        let index = Index::create(ram.clone(), schema, settings).expect("index");
        register(&index, locale);
        let mut writer =
            tantivy::SingleSegmentIndexWriter::<TantivyDocument>::new(index, 1 << 24).expect("w");
        for d in docs {
            let base = d.terms.stats.title_len;
            let mut tokens: Vec<Token> = Vec::new();
            let mut code: Vec<Token> = Vec::new();
            for (term, positions) in d.terms.terms() {
                for &p in body_positions(positions, base) {
                    let to = if d.terms.layout.in_code(p - base) {
                        &mut code
                    } else {
                        &mut tokens
                    };
                    to.push(Token {
                        text: term.to_string(),
                        position: (p - base) as usize,
                        ..Token::default()
                    });
                }
            }
            tokens.sort_by_key(|t| t.position);
            code.sort_by_key(|t| t.position);
            let mut doc = TantivyDocument::default();
            doc.add_text(f.title, &d.title);
            for h in &d.headings {
                doc.add_text(f.headings, h);
            }
            doc.add_pre_tokenized_text(
                f.body,
                PreTokenizedString {
                    text: String::new(),
                    tokens,
                },
            );
            doc.add_pre_tokenized_text(
                f.code,
                PreTokenizedString {
                    text: String::new(),
                    tokens: code,
                },
            );
            doc.add_text(f.text, &d.body);
            doc.add_text(f.path, &d.url);
            for c in &d.codes {
                doc.add_text(f.codes, c);
            }
            doc.add_text(f.layout, layout_json(d).expect("layout"));
            writer.add_document(doc).expect("add");
        }
        let index = writer.finalize().expect("finalize");
        (ram, index)
    }

    /// Every file of the index's one segment, by component.
    fn components(index: &Index) -> Vec<(String, Vec<u8>)> {
        let segments = index.searchable_segments().expect("segments");
        assert_eq!(segments.len(), 1);
        SegmentComponent::iterator()
            .filter(|c| !matches!(c, SegmentComponent::Delete | SegmentComponent::TempStore))
            .map(|c| {
                let path = segments[0].relative_path(*c);
                let name = path
                    .extension()
                    .map_or_else(String::new, |e| e.to_string_lossy().into_owned());
                let bytes = segments[0]
                    .open_read(*c)
                    .unwrap_or_else(|e| panic!("{name}: {e}"))
                    .read_bytes()
                    .expect("read");
                (name, bytes.as_slice().to_vec())
            })
            .collect()
    }

    #[test]
    fn the_segment_is_the_one_tantivys_writer_writes() {
        let sites = [
            (
                "de",
                vec![
                    doc(
                        "de",
                        "a",
                        "# Domänen registrieren\n\nNicht registrierte Domänen: 550 5.7.750, \
                         Get-InboundConnector.\n\n## Fehler 5.7.750\n\nDomänen, Domänen und 550.\n\n\
                         ## Get-InboundConnector\n\n- Eins\n- Zwei 5.7.750\n\n\
                         ```json\n{\"Domänen\": 5.7.750}\n```\n",
                    ),
                    // Only a title: no body, heading or code terms.
                    doc("de", "b", "# Nur ein Titel\n"),
                    doc(
                        "de",
                        "c",
                        "# Andere Seite\n\nText über Domänen und Set-InboundConnector 1.2.3.\n",
                    ),
                ],
            ),
            (
                "ja",
                vec![
                    doc(
                        "ja",
                        "a",
                        "# サブスクリプション\n\n未登録のドメインからのメール 550 5.7.750\n\n\
                         ## ドメイン\n\nドメイン ドメイン Get-InboundConnector\n",
                    ),
                    doc("ja", "b", "# 別のページ\n\nメールのドメイン\n"),
                ],
            ),
            ("it", Vec::new()),
            // More pages than a postings block (128) holds: full blocks
            // carry BM25 maxima, which read each term's document count.
            (
                "en",
                (0..300)
                    .map(|i| {
                        let words = "common ".repeat(i % 7 + 1);
                        let text = format!("# Page {i}\n\n{words} text {i}\n\n## Common\n");
                        doc("en", &format!("p{i}"), &text)
                    })
                    .collect(),
            ),
        ];
        for (locale, docs) in &sites {
            let docs: Vec<&IndexDoc> = docs.iter().collect();
            let ours = ram_index(locale, &docs).expect("ours");
            let (_ram, theirs) = reference(locale, &docs);
            let (a, b) = (components(&ours), components(&theirs));
            assert_eq!(a.len(), b.len(), "{locale}");
            for ((c, x), (_, y)) in a.iter().zip(&b) {
                assert!(
                    x == y,
                    "{locale}: .{c} differs ({} vs {} bytes)",
                    x.len(),
                    y.len()
                );
            }
            let meta = |i: &Index| {
                let m = i.load_metas().expect("metas");
                (m.segments[0].max_doc(), m.segments[0].num_docs(), m.opstamp)
            };
            assert_eq!(meta(&ours), meta(&theirs), "{locale}");
        }
    }
}
