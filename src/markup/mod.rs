//! The segment model: one localized markdown file parsed once into a typed
//! [`Document`] of front matter, blocks and segments.
//!
//! Every other stage (alignment, checks, rendering, search, policies) reads
//! this model; none of them looks at span markup again.
//!
//! How a file is parsed:
//! 1. split off the YAML front matter and scan its string values for spans;
//! 2. find code (fences, indented blocks, code spans) with pulldown-cmark so
//!    that tags inside code stay text;
//! 3. scan the body for bilingual segments ([`spans`]);
//! 4. build the *marked body*: the body with each segment replaced by its
//!    target text between two private-use marker characters, so that the
//!    markdown parser sees clean target-language markdown and still tells us
//!    where each segment sits;
//! 5. walk the marked body with pulldown-cmark to get the blocks ([`blocks`]).

mod blocks;
pub(crate) mod spans;

use crate::diag::{Diagnostic, LineIndex};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

pub use crate::source::decode;
pub(crate) use blocks::anchor_name;
pub use blocks::{AlertKind, Block, BlockKind};
use stele_runtime::tokenize::written_without_spaces;

/// Marks the start of segment `n`: `SEG_OPEN`, then `char::from_u32(SEG_INDEX_BASE + n)`.
pub(crate) const SEG_OPEN: char = '\u{E000}';
/// Marks the end of the current segment.
pub(crate) const SEG_CLOSE: char = '\u{E001}';
/// Segment indices are encoded as one character of Supplementary Private Use Area-A.
pub(crate) const SEG_INDEX_BASE: u32 = 0xF0000;
/// The most segments one file can hold (the size of that area).
pub const MAX_SEGMENTS: usize = 0xFFFD;

/// The markdown options every stage uses, so that they all see the same blocks.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// A translation ID such as `d6104-104` or `d6104-p102`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SegmentId {
    /// The whole ID as written.
    pub full: String,
    /// The per-file, per-locale prefix (`d6104`).
    pub prefix: String,
    /// The part that numbers the segment in the article (`104`, `p102`).
    pub suffix: String,
    /// The number in the suffix.
    pub number: u32,
    /// True for `pNNN` IDs, which cover several sentences.
    pub paragraph: bool,
}

impl SegmentId {
    /// Splits an ID at its last `-`; `None` when it is not `prefix-[p]digits`.
    pub fn parse(full: &str) -> Option<SegmentId> {
        let (prefix, suffix) = full.rsplit_once('-')?;
        let (paragraph, digits) = match suffix.strip_prefix(['p', 'P']) {
            Some(d) => (true, d),
            None => (false, suffix),
        };
        if prefix.is_empty() || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(SegmentId {
            full: full.to_string(),
            prefix: prefix.to_string(),
            suffix: suffix.to_ascii_lowercase(),
            number: digits.parse().ok()?,
            paragraph,
        })
    }
}

/// One translated segment with its English source.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub id: SegmentId,
    /// Target-language markdown as written (plain anti-autolink spans removed).
    pub target: String,
    /// English markdown as written (plain spans removed).
    pub source: String,
    /// The target as plain text: markdown syntax removed, breaks as spaces.
    pub target_text: String,
    /// The source as plain text.
    pub source_text: String,
    /// Byte range of the whole construct in the file.
    pub range: Range<usize>,
    /// Byte range of the target's inner text in the file.
    pub target_range: Range<usize>,
    /// Byte range of the source's inner text in the file (empty when missing).
    pub source_range: Range<usize>,
    pub line: u32,
    pub col: u32,
    /// Index of the innermost block that holds the segment.
    pub block: Option<usize>,
    /// Set when the segment sits in a front-matter value.
    pub front_matter_key: Option<String>,
}

/// A string value of the front matter (top-level keys only).
#[derive(Debug, Clone, Serialize)]
pub struct FrontMatterValue {
    pub key: String,
    /// The target text, markup removed.
    pub text: String,
    /// The English source, when the value carried span markup.
    pub source: Option<String>,
    pub line: u32,
}

/// The YAML front matter of a file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FrontMatter {
    pub values: Vec<FrontMatterValue>,
    /// Byte range of the YAML text (between the `---` lines).
    pub range: Range<usize>,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&FrontMatterValue> {
        self.values.iter().find(|v| v.key == key)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key)
            .map(|v| v.text.as_str())
            .filter(|t| !t.trim().is_empty())
    }
}

/// One parsed markdown file.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub front_matter: FrontMatter,
    /// Byte offset at which the markdown body starts.
    pub body_offset: usize,
    pub segments: Vec<Segment>,
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
    /// The body as target markdown with segment markers (see module docs).
    pub(crate) marked_body: String,
    /// Index of the first body segment (front-matter segments come first).
    pub(crate) body_seg_base: usize,
    pieces: Vec<Piece>,
    lines: LineIndex,
}

/// One stretch of the marked body and where it came from.
#[derive(Debug, Clone)]
struct Piece {
    marked: Range<usize>,
    orig: Range<usize>,
    /// For a segment: where its target text starts in the body.
    target_start: usize,
    verbatim: bool,
    /// For a segment whose marked text differs from its target as written
    /// (line breaks, plain spans, moved emphasis): `(offset in the piece,
    /// offset in the body)` pairs after which both advance together.
    align: Vec<(usize, usize)>,
}

impl Document {
    /// True when the file carries bilingual markup.
    pub fn is_marked(&self) -> bool {
        !self.segments.is_empty()
    }

    /// The page title: front matter `title`, else the first heading.
    pub fn title(&self) -> Option<String> {
        if let Some(t) = self.front_matter.text("title") {
            return Some(t.trim().to_string());
        }
        self.blocks
            .iter()
            .find(|b| matches!(b.kind, BlockKind::Heading { level: 1 }))
            .or_else(|| {
                self.blocks
                    .iter()
                    .find(|b| matches!(b.kind, BlockKind::Heading { .. }))
            })
            .map(|b| b.text.clone())
    }

    /// Maps an offset of the marked body to a byte offset of the file.
    pub(crate) fn marked_to_file(&self, marked: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.marked.end <= marked);
        let off = match self.pieces.get(i) {
            Some(p) if p.verbatim => p.orig.start + (marked.saturating_sub(p.marked.start)),
            Some(p) if marked <= p.marked.start => p.orig.start,
            Some(p) if !p.align.is_empty() => {
                let k = marked - p.marked.start;
                let j = p.align.partition_point(|&(m, _)| m <= k).saturating_sub(1);
                let (m, f) = p.align[j];
                (f + (k - m)).min(p.align.get(j + 1).map_or(usize::MAX, |&(_, f)| f))
            }
            // Inside a segment: the target text starts after the two marker
            // characters and is the target as written.
            Some(p) => {
                let prefix = SEG_OPEN.len_utf8() + 4;
                let inner = marked.saturating_sub(p.marked.start + prefix);
                (p.target_start + inner).min(p.orig.end)
            }
            None => self.pieces.last().map(|p| p.orig.end).unwrap_or(0),
        };
        off + self.body_offset
    }

    /// 1-based line and column of a file byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        self.lines.line_col(text, offset)
    }

    /// Line of a file byte offset, without needing the text.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.lines.line(offset)
    }

    /// Rebuilds the file with every segment replaced by its English source:
    /// how `content/en` of the demo was made from the German halves.
    pub fn source_markdown(&self, text: &str) -> String {
        self.replace_segments(text, |s| &s.source)
    }

    /// Rebuilds the file with every segment replaced by its target text: the
    /// translation without markup, as a locale's "plain" branch has it.
    pub fn target_markdown(&self, text: &str) -> String {
        self.replace_segments(text, |s| &s.target)
    }

    fn replace_segments(&self, text: &str, pick: impl Fn(&Segment) -> &String) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        for s in self
            .segments
            .iter()
            .filter(|s| s.front_matter_key.is_none())
        {
            out.push_str(&text[pos..s.range.start]);
            out.push_str(pick(s));
            pos = s.range.end;
        }
        out.push_str(&text[pos..]);
        out
    }
}

/// A parsed file and its text.
pub struct Parsed {
    pub doc: Document,
    pub text: String,
}

/// Reads and parses one file of the inventory; I/O and encoding problems
/// become diagnostics.
pub fn read_and_parse(file: &crate::content::SourceFile) -> Result<Parsed, Diagnostic> {
    let text = crate::source::read(file)?;
    let doc = parse(&file.display, &text);
    Ok(Parsed { doc, text })
}

/// Parses one markdown file. Never fails: problems become diagnostics and the
/// document holds whatever could be understood.
pub fn parse(path: &Path, text: &str) -> Document {
    let lines = LineIndex::new(text);
    let mut diagnostics = Vec::new();
    let mut segments = Vec::new();

    let (front_matter, body_offset) =
        parse_front_matter(path, text, &lines, &mut segments, &mut diagnostics);
    let body = &text[body_offset..];

    if let Some(at) = body.find([SEG_OPEN, SEG_CLOSE]) {
        let (line, col) = lines.line_col(text, body_offset + at);
        diagnostics.push(
            Diagnostic::warning(
                "reserved-char",
                path,
                "the private-use characters U+E000 and U+E001 are reserved by Stele and are shown as U+FFFD",
            )
            .at(line, col)
            .span(body_offset + at..body_offset + at + SEG_OPEN.len_utf8())
            .hint("remove the character, or use another private-use code point for icon fonts"),
        );
    }

    let code = code_ranges(body);
    // `&#xE000;` and friends would become marker characters when
    // pulldown-cmark decodes them, after this parser ran: rewrite them (in
    // the same number of bytes, outside code) to references to U+FFFD.
    let (cleaned, first) = neutralize_marker_refs(body, &code);
    if let Some(at) = first {
        let (line, col) = lines.line_col(text, body_offset + at);
        diagnostics.push(
            Diagnostic::warning(
                "reserved-char",
                path,
                "character references to U+E000 and U+E001 (reserved by Stele) are shown as U+FFFD",
            )
            .at(line, col)
            .hint("remove the reference, or use another private-use code point for icon fonts"),
        );
    }
    let body: &str = &cleaned;
    let (raw, issues) = spans::scan(body, &code);
    report_scan_issues(
        path,
        text,
        body_offset,
        &lines,
        &issues,
        None,
        &mut diagnostics,
    );

    let mut pieces = Vec::new();
    let mut marked = String::with_capacity(body.len());
    let mut pos = 0;
    let body_seg_base = segments.len();
    for r in raw.iter() {
        let n = segments.len() - body_seg_base;
        if n >= MAX_SEGMENTS {
            let (line, col) = lines.line_col(text, body_offset + r.range.start);
            diagnostics.push(
                Diagnostic::error(
                    "too-many-segments",
                    path,
                    format!("more than {MAX_SEGMENTS} segments in one file"),
                )
                .at(line, col)
                .hint("split the article into smaller files"),
            );
            break;
        }
        push_piece(&mut pieces, &mut marked, body, pos..r.range.start, true);
        let target = spans::strip_plain_spans(&body[r.target.clone()]);
        let source = spans::strip_plain_spans(&body[r.source.clone()]);
        let written = &body[r.target.clone()];
        let (lead, trail) = edge_delimiters(&target, written);
        let start = marked.len();
        marked.push_str(&target[..lead]);
        marked.push(SEG_OPEN);
        marked.push(char::from_u32(SEG_INDEX_BASE + n as u32).unwrap_or(SEG_OPEN));
        push_inline(&mut marked, &target[lead..target.len() - trail]);
        marked.push(SEG_CLOSE);
        marked.push_str(&target[target.len() - trail..]);
        let exact =
            lead == 0 && trail == 0 && target.len() == written.len() && !written.contains('\n');
        pieces.push(Piece {
            marked: start..marked.len(),
            orig: r.range.clone(),
            target_start: r.target.start,
            verbatim: false,
            align: if exact {
                Vec::new()
            } else {
                align(&marked[start..], written, r.target.start)
            },
        });
        pos = r.range.end;
        let (line, col) = lines.line_col(text, body_offset + r.range.start);
        let id = segment_id(path, &r.ttu_id, line, col, &mut diagnostics);
        segments.push(Segment {
            id,
            target_text: inline_text(&target),
            source_text: inline_text(&source),
            target,
            source,
            range: shift(&r.range, body_offset),
            target_range: shift(&r.target, body_offset),
            source_range: shift(&r.source, body_offset),
            line,
            col,
            block: None,
            front_matter_key: None,
        });
    }
    push_piece(&mut pieces, &mut marked, body, pos..body.len(), true);

    let mut doc = Document {
        path: path.to_path_buf(),
        front_matter,
        body_offset,
        segments,
        blocks: Vec::new(),
        diagnostics,
        marked_body: marked,
        body_seg_base,
        pieces,
        lines,
    };
    doc.blocks = blocks::build(&doc, body_seg_base);
    for (bi, b) in doc.blocks.iter().enumerate() {
        for &s in &b.segments {
            if let Some(seg) = doc.segments.get_mut(s) {
                seg.block = Some(bi);
            }
        }
    }
    check_duplicates(path, &mut doc);
    doc
}

fn shift(r: &Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

fn push_piece(
    pieces: &mut Vec<Piece>,
    marked: &mut String,
    body: &str,
    r: Range<usize>,
    verbatim: bool,
) {
    if r.is_empty() {
        return;
    }
    let start = marked.len();
    push_clean(marked, &body[r.clone()]);
    pieces.push(Piece {
        marked: start..marked.len(),
        orig: r.clone(),
        target_start: r.start,
        verbatim,
        align: Vec::new(),
    });
}

/// Byte lengths of the emphasis delimiter runs (`*`, `_`, `~`) that open and
/// close a segment's target, when they can move out of the segment markers.
///
/// In the file the target sits between `>` and `<`, which CommonMark counts
/// as punctuation, so `<span…>*Gilt.*</span>` is emphasis. The markers of the
/// marked body are not punctuation: left next to the delimiters they would
/// stop `*Gilt.*`, `**(optional)**` and `_x_` from being emphasis. Moving the
/// runs outside the markers keeps the emphasis (around the segment) and
/// keeps `<strong>` and the segment's `<span>` properly nested.
fn edge_delimiters(target: &str, written: &str) -> (usize, usize) {
    let is_delim = |c: char| matches!(c, '*' | '_' | '~');
    // `~~~` at the start of a line would open a code fence.
    let movable = |run: &str| !run.is_empty() && !run.contains("~~~");
    let mut lead = target.len() - target.trim_start_matches(is_delim).len();
    let next = target[lead..].chars().next();
    if !movable(&target[..lead])
        || !matches!(next, Some(c) if !c.is_whitespace())
        || !written.starts_with(&target[..lead])
    {
        lead = 0;
    }
    let rest = &target[lead..];
    let inner = rest.trim_end_matches(is_delim);
    let run = &rest[inner.len()..];
    let prev = inner.chars().next_back();
    // After an odd number of backslashes the run starts with a literal `*`.
    let escaped = (inner.len() - inner.trim_end_matches('\\').len()) % 2 == 1;
    let trail = if movable(run)
        && matches!(prev, Some(c) if !c.is_whitespace())
        && !escaped
        && written.ends_with(run)
    {
        run.len()
    } else {
        0
    };
    if lead + trail >= written.len() {
        return (0, 0);
    }
    (lead, trail)
}

/// Aligns a segment's piece of the marked body with its target as written
/// (which starts at `base` in the body): equal characters advance together;
/// markers, joining spaces, dropped whitespace and removed plain span tags
/// advance one side. Returns the points after which both advance together,
/// so that mapped offsets are exact and on character boundaries.
fn align(piece: &str, written: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = vec![(0, base)];
    let (mut j, mut i) = (0, 0);
    while let Some(m) = piece[j..].chars().next() {
        let w = written[i..].chars().next();
        if w == Some(m) {
            j += m.len_utf8();
            i += m.len_utf8();
            continue;
        }
        match w {
            _ if m == SEG_OPEN || m == SEG_CLOSE || m as u32 >= SEG_INDEX_BASE => j += m.len_utf8(),
            Some(w) if w.is_whitespace() => i += w.len_utf8(),
            Some('<') => match spans::tag_at(written, i) {
                Some(t) => i = t.range.end,
                None => {
                    j += m.len_utf8();
                    i += 1;
                }
            },
            _ if m == ' ' => j += 1,
            Some(w) => {
                j += m.len_utf8();
                i += w.len_utf8();
            }
            None => j += m.len_utf8(),
        }
        out.push((j, base + i));
    }
    out
}

/// Rewrites numeric character references to the marker characters
/// (`&#xE000;`, `&#57345;`, with any leading zeros) outside `code` into
/// references to U+FFFD with the same number of digits, so every byte
/// offset stays valid. Borrowed when there is none (almost always); the
/// offset of the first rewritten reference comes with it.
fn neutralize_marker_refs<'a>(
    body: &'a str,
    code: &[Range<usize>],
) -> (std::borrow::Cow<'a, str>, Option<usize>) {
    let bytes = body.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut first = None;
    let mut from = 0;
    while let Some(i) = body[from..].find("&#").map(|i| i + from) {
        from = i + 2;
        let hex = matches!(bytes.get(i + 2), Some(b'x' | b'X'));
        let digits_at = i + 2 + usize::from(hex);
        let len = bytes[digits_at..]
            .iter()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if len == 0 || bytes.get(digits_at + len) != Some(&b';') {
            continue;
        }
        let digits = &body[digits_at..digits_at + len];
        let value = u32::from_str_radix(digits, if hex { 16 } else { 10 }).ok();
        let (replacement, width) = if hex { ("FFFD", 4) } else { ("65533", 5) };
        if !matches!(value, Some(0xE000 | 0xE001))
            || len < width
            || code.iter().any(|r| r.contains(&i))
        {
            continue;
        }
        first.get_or_insert(i);
        let out = out.get_or_insert_with(|| bytes.to_vec());
        let padded = format!("{}{replacement}", "0".repeat(len - width));
        out[digits_at..digits_at + len].copy_from_slice(padded.as_bytes());
    }
    let cleaned = match out {
        // Only ASCII digits were replaced by ASCII digits: still UTF-8.
        Some(v) => {
            std::borrow::Cow::Owned(String::from_utf8(v).unwrap_or_else(|_| body.to_string()))
        }
        None => std::borrow::Cow::Borrowed(body),
    };
    (cleaned, first)
}

/// Appends `s`, replacing literal marker characters with U+FFFD (the same
/// UTF-8 length, so offsets in the marked body still map to the file): a
/// marker in the input would otherwise open or close a phantom segment.
fn push_clean(out: &mut String, s: &str) {
    if !s.contains([SEG_OPEN, SEG_CLOSE]) {
        out.push_str(s);
        return;
    }
    out.extend(s.chars().map(|c| match c {
        SEG_OPEN | SEG_CLOSE => char::REPLACEMENT_CHARACTER,
        c => c,
    }));
}

/// Appends a segment's target as *inline* content: a segment is a run of
/// sentences, so line breaks inside it are soft. Real files break lines inside
/// segments, even in the middle of a table row; keeping those newlines would
/// split the row. Between two characters of a script written without spaces
/// (Han, kana; not Hangul) the break disappears, elsewhere it becomes a
/// space.
fn push_inline(out: &mut String, target: &str) {
    let mut lines = target.split('\n').peekable();
    let mut first = true;
    while let Some(line) = lines.next() {
        let line = if first { line } else { line.trim_start() };
        let line = if lines.peek().is_some() {
            line.trim_end()
        } else {
            line
        };
        if !first && !line.is_empty() {
            let prev = out.chars().last();
            let next = line.chars().next();
            let joined_cjk = matches!((prev, next), (Some(a), Some(b)) if written_without_spaces(a) && written_without_spaces(b));
            if !joined_cjk
                && prev.is_some_and(|c| {
                    !c.is_whitespace() && c != SEG_OPEN && (c as u32) < SEG_INDEX_BASE
                })
            {
                out.push(' ');
            }
        }
        push_clean(out, line);
        first = false;
    }
}

/// Plain text of a small piece of inline markdown: what a reader sees.
pub fn inline_text(md: &str) -> String {
    if !md.contains(['*', '_', '[', '`', '<', '&', '\\', '\n', '~']) {
        return md.trim().to_string();
    }
    let mut out = String::with_capacity(md.len());
    for ev in Parser::new_ext(md, markdown_options()) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak if !out.ends_with(' ') => out.push(' '),
            Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Byte ranges of the body in which tags are literal: fenced and indented code
/// blocks, and inline code spans.
fn code_ranges(body: &str) -> Vec<Range<usize>> {
    if !body.contains('`')
        && !body.contains("~~~")
        && !body.contains("\n    ")
        && !body.contains("\n\t")
    {
        return Vec::new();
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut in_code_block: Option<usize> = None;
    for (ev, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = in_code_block.take() {
                    out.push(start..range.end);
                }
            }
            Event::Code(_) => out.push(range),
            _ => {}
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

fn segment_id(
    path: &Path,
    full: &str,
    line: u32,
    col: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> SegmentId {
    SegmentId::parse(full).unwrap_or_else(|| {
        diagnostics.push(
            Diagnostic::warning("malformed-id", path, format!("translation ID `{full}` is not of the form `prefix-123` or `prefix-p123`"))
                .at(line, col)
                .hint("keep the IDs your translation tool wrote; Stele aligns this segment by its English text instead"),
        );
        SegmentId { full: full.to_string(), prefix: String::new(), suffix: full.to_string(), number: 0, paragraph: false }
    })
}

#[allow(clippy::too_many_arguments)]
fn report_scan_issues(
    path: &Path,
    text: &str,
    base: usize,
    lines: &LineIndex,
    issues: &[spans::ScanIssue],
    fixed_line: Option<u32>,
    out: &mut Vec<Diagnostic>,
) {
    use spans::ScanIssueKind::*;
    for issue in issues {
        let (line, col) = match fixed_line {
            Some(l) => (l, 1),
            None => lines.line_col(text, base + issue.at.start),
        };
        let d = match &issue.kind {
            UnclosedTarget => Diagnostic::error("unbalanced-span", path, "this `<span data-ttu-id>` is never closed")
                .hint("add the missing `</span>` after the translated text, before `<span class=\"sxs-lookup\">`"),
            UnclosedSource => Diagnostic::error("unbalanced-span", path, "the English `sxs-lookup` span is not closed")
                .hint("the English half must end with `</span></span>`"),
            MissingSource => Diagnostic::error("missing-source", path, "translated span without its English source")
                .hint("follow the target span with `<span class=\"sxs-lookup\"><span data-stu-id=\"SAME-ID\">English</span></span>`"),
            IdMismatch { ttu, stu } => Diagnostic::error(
                "id-mismatch",
                path,
                format!("`data-ttu-id=\"{ttu}\"` is paired with `data-stu-id=\"{stu}\"`"),
            )
            .hint("the translation and its English source must carry the same ID; re-export the file from your translation tool or fix the ID by hand"),
            OrphanSource => Diagnostic::error("unbalanced-span", path, "`data-stu-id` span outside a translated pair")
                .hint("an English `data-stu-id` span must directly follow its `data-ttu-id` span inside `<span class=\"sxs-lookup\">`"),
        };
        let d = d.at(line, col);
        out.push(if fixed_line.is_none() {
            d.span(base + issue.at.start..base + issue.at.end)
        } else {
            d
        });
    }
}

fn check_duplicates(path: &Path, doc: &mut Document) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut extra = Vec::new();
    for (i, s) in doc.segments.iter().enumerate() {
        if let Some(&first) = seen.get(s.id.full.as_str()) {
            let f = &doc.segments[first];
            extra.push(
                Diagnostic::error(
                    "duplicate-id",
                    path,
                    format!(
                        "translation ID `{}` is used twice (first at line {})",
                        s.id.full, f.line
                    ),
                )
                .at(s.line, s.col)
                .span(s.range.start..s.range.start + 1)
                .hint(
                    "each segment needs its own ID; re-export the file, or renumber one of the two",
                ),
            );
        } else {
            seen.insert(&s.id.full, i);
        }
    }
    doc.diagnostics.extend(extra);
}

/// Splits off and parses the YAML front matter. Returns it and the body offset.
fn parse_front_matter(
    path: &Path,
    text: &str,
    lines: &LineIndex,
    segments: &mut Vec<Segment>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (FrontMatter, usize) {
    let first_line_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return (FrontMatter::default(), 0);
    }
    let yaml_start = first_line_end;
    let mut pos = yaml_start;
    let mut close: Option<(usize, usize)> = None;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            close = Some((pos, end));
            break;
        }
        pos = end;
    }
    let Some((yaml_end, body_offset)) = close else {
        diagnostics.push(
            Diagnostic::error(
                "front-matter",
                path,
                "front matter starts with `---` but is never closed",
            )
            .at(1, 1)
            .hint("end the YAML block with a line holding only `---`"),
        );
        return (FrontMatter::default(), 0);
    };
    let yaml = &text[yaml_start..yaml_end];
    let mut fm = FrontMatter {
        values: Vec::new(),
        range: yaml_start..yaml_end,
    };
    let value: serde_norway::Value = match serde_norway::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            let (line, col) = e
                .location()
                .map(|l| (l.line() as u32 + 1, l.column() as u32))
                .unwrap_or((2, 1));
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            diagnostics.push(
                Diagnostic::error("invalid-yaml", path, format!("invalid YAML front matter: {msg}"))
                    .at(line, col.max(1))
                    .hint("front matter is YAML between two `---` lines; quote values that contain `: ` or start with a special character"),
            );
            return (fm, body_offset);
        }
    };
    let map = match value {
        serde_norway::Value::Mapping(m) => m,
        serde_norway::Value::Null => return (fm, body_offset),
        _ => {
            diagnostics.push(
                Diagnostic::error(
                    "invalid-yaml",
                    path,
                    "front matter must be a YAML mapping of `key: value` lines",
                )
                .at(2, 1)
                .hint("write each setting as `key: value`"),
            );
            return (fm, body_offset);
        }
    };
    for (k, v) in map {
        let (Some(key), serde_norway::Value::String(s)) = (k.as_str(), &v) else {
            continue;
        };
        let key_line = find_key_line(text, yaml_start, yaml_end, key, lines);
        let (raw, issues) = spans::scan(s, &[]);
        report_scan_issues(path, text, 0, lines, &issues, Some(key_line), diagnostics);
        if raw.is_empty() {
            fm.values.push(FrontMatterValue {
                key: key.to_string(),
                text: s.clone(),
                source: None,
                line: key_line,
            });
            continue;
        }
        let mut target_md = String::new();
        let mut source_md = String::new();
        let mut p = 0;
        for r in &raw {
            target_md.push_str(&s[p..r.range.start]);
            source_md.push_str(&s[p..r.range.start]);
            let target = spans::strip_plain_spans(&s[r.target.clone()]);
            let source = spans::strip_plain_spans(&s[r.source.clone()]);
            target_md.push_str(&target);
            source_md.push_str(&source);
            p = r.range.end;
            let id = segment_id(path, &r.ttu_id, key_line, 1, diagnostics);
            let line_start = lines.line_start(key_line);
            segments.push(Segment {
                id,
                target_text: inline_text(&target),
                source_text: inline_text(&source),
                target,
                source,
                range: line_start..line_start,
                target_range: line_start..line_start,
                source_range: line_start..line_start,
                line: key_line,
                col: 1,
                block: None,
                front_matter_key: Some(key.to_string()),
            });
        }
        target_md.push_str(&s[p..]);
        source_md.push_str(&s[p..]);
        fm.values.push(FrontMatterValue {
            key: key.to_string(),
            text: inline_text(&target_md),
            source: Some(inline_text(&source_md)),
            line: key_line,
        });
    }
    (fm, body_offset)
}

fn find_key_line(text: &str, start: usize, end: usize, key: &str, lines: &LineIndex) -> u32 {
    let mut pos = start;
    for line in text[start..end].split_inclusive('\n') {
        if line.starts_with(key) && line[key.len()..].trim_start().starts_with(':') {
            return lines.line_col(text, pos).0;
        }
        pos += line.len();
    }
    lines.line_col(text, start).0
}

#[cfg(test)]
mod tests;
