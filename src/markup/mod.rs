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
//!
//! The parts, one job each: [`model`] (the types every stage reads),
//! [`front_matter`] (step 1), [`spans`] (step 3), [`marked`] (step 4 and
//! the map from marked-body offsets back to the file), [`blocks`] (step 5);
//! this file drives them.

mod blocks;
mod front_matter;
mod marked;
mod model;
pub(crate) mod spans;

use crate::diag::{Diagnostic, LineIndex};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

pub use crate::source::decode;
pub(crate) use blocks::anchor_name;
pub use blocks::{text_levels, AlertKind, Block, BlockKind, TEXT_NESTING};
use front_matter::parse_front_matter;
use marked::{align, edge_delimiters, neutralize_marker_refs, push_inline, push_piece, Piece};
pub use model::{Document, FrontMatter, FrontMatterValue, Parsed, Segment, SegmentId};

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

/// Whether `tag` opens an inline element around text: a link, an image,
/// emphasis, strong, strikethrough, super- or subscript. The exports code
/// each as a pair, and a unit's range in a translation without markup
/// (`align::pieces`) holds each whole or lies inside it.
pub fn is_inline_container(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// An inline HTML tag's element name (lower case) and whether it opens an
/// element that has content: `None` for comments, void elements
/// (`<br>`, `<img>`) and self-closing tags. The exports code an element
/// as a pair by it, and `align::pieces` keeps an import's range from
/// cutting one.
pub fn html_tag(h: &str) -> Option<(String, bool)> {
    let h = h.trim();
    let inner = h.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    const VOID: [&str; 14] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    if VOID.contains(&name.as_str()) || (!closing && inner.trim_end().ends_with('/')) {
        return None;
    }
    Some((name, !closing))
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
    // 0, or just after the `\n` that ends the front matter.
    let body = text.get(body_offset..).unwrap_or_default();

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
        // The scanner's ranges start at a `<` or just after a `>`.
        let cut = |r: &Range<usize>| body.get(r.clone()).unwrap_or_default();
        let target = spans::strip_plain_spans(cut(&r.target));
        let source = spans::strip_plain_spans(cut(&r.source));
        let written = cut(&r.target);
        let (lead, trail) = edge_delimiters(&target, written);
        let (head, inner, tail) = split_edges(&target, lead, trail);
        let start = marked.len();
        marked.push_str(head);
        marked.push(SEG_OPEN);
        marked.push(char::from_u32(SEG_INDEX_BASE + n as u32).unwrap_or(SEG_OPEN));
        push_inline(&mut marked, inner);
        marked.push(SEG_CLOSE);
        marked.push_str(tail);
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
                align(
                    marked.get(start..).unwrap_or_default(),
                    written,
                    r.target.start,
                )
            },
        });
        pos = r.range.end;
        let (line, col) = lines.line_col(text, body_offset + r.range.start);
        let id = segment_id(path, &r.ttu_id, line, col, &mut diagnostics);
        segments.push(Segment {
            target_range: shift(&r.target, body_offset),
            source_range: shift(&r.source, body_offset),
            ..Segment::new(
                id,
                target,
                source,
                shift(&r.range, body_offset),
                (line, col),
            )
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
    texts_in_context(&mut doc.segments, &doc.blocks);
    check_duplicates(path, &mut doc);
    doc
}

/// Reads the plain texts of segments cut by a link again, in the context of
/// their block. A link whose `[` is in one segment and `](url)` in the next
/// leaves those delimiters in each segment's text when the segment is read
/// alone (`See [the first part.`), which then matches no English sentence
/// and shows markdown to readers. Emphasis cut the same way leaves its
/// `**`, `_` or `~~` (`**The warning starts here.`). Only blocks where a
/// segment's text holds a bracket or an emphasis delimiter are read again:
/// the segments' markdown, each between markers, joined by a space, and
/// each segment's text collected between its markers.
fn texts_in_context(segments: &mut [Segment], blocks: &[Block]) {
    // What a segment's text keeps of markup cut by its edges.
    const CUT: [char; 5] = ['[', ']', '*', '_', '~'];
    let cut = |s: &Segment| {
        s.front_matter_key.is_none() && (s.source_text.contains(CUT) || s.target_text.contains(CUT))
    };
    // The text block around a segment: a link or image inside it is not
    // one (the segment half in the link, half out, lies in both).
    let text_block = |s: &Segment| {
        let mut b = s.block?;
        while matches!(
            blocks.get(b)?.kind,
            BlockKind::Link { .. } | BlockKind::Image { .. }
        ) {
            b = blocks.get(b)?.parent?;
        }
        Some(b)
    };
    let around: Vec<Option<usize>> = segments.iter().map(text_block).collect();
    let cut_blocks: std::collections::BTreeSet<usize> = segments
        .iter()
        .zip(&around)
        .filter(|(s, _)| cut(s))
        .filter_map(|(_, b)| *b)
        .collect();
    for b in cut_blocks {
        let members: Vec<usize> = (0..segments.len())
            .filter(|&i| around[i] == Some(b) && segments[i].front_matter_key.is_none())
            .collect();
        if members.len() < 2 {
            continue;
        }
        let read = |md: &dyn Fn(&Segment) -> &str| -> Vec<String> {
            let mut joined = String::new();
            for (k, &i) in members.iter().enumerate() {
                if k > 0 {
                    joined.push(' ');
                }
                // As in the marked body: emphasis runs at a segment's edges
                // go outside its markers, else `**[C]** x` stays literal.
                let md = md(&segments[i]);
                let (lead, trail) = edge_delimiters(md, md);
                let (head, inner, tail) = split_edges(md, lead, trail);
                joined.push_str(head);
                joined.push(SEG_OPEN);
                push_inline(&mut joined, inner);
                joined.push(SEG_CLOSE);
                joined.push_str(tail);
            }
            let mut out = vec![String::new(); members.len()];
            let mut cur: Option<usize> = None;
            let mut next = 0usize;
            let mut take = |t: &str, out: &mut Vec<String>| {
                for c in t.chars() {
                    match c {
                        SEG_OPEN => {
                            cur = Some(next);
                            next += 1;
                        }
                        SEG_CLOSE => cur = None,
                        c => {
                            if let Some(o) = cur.and_then(|k| out.get_mut(k)) {
                                o.push(c);
                            }
                        }
                    }
                }
            };
            for ev in Parser::new_ext(&joined, markdown_options()) {
                match ev {
                    Event::Text(t) | Event::Code(t) => take(&t, &mut out),
                    Event::SoftBreak | Event::HardBreak => take(" ", &mut out),
                    _ => {}
                }
            }
            out.into_iter().map(|t| norm_space(&t)).collect()
        };
        let sources = read(&|s: &Segment| s.source.as_str());
        let targets = read(&|s: &Segment| s.target.as_str());
        for ((&i, src), tgt) in members.iter().zip(sources).zip(targets) {
            // Only the texts that held a bracket or delimiter: the others
            // stay as read alone.
            let s = &mut segments[i];
            if s.source_text.contains(CUT) && !src.is_empty() {
                s.source_text = src;
            }
            if s.target_text.contains(CUT) && !tgt.is_empty() {
                s.target_text = tgt;
            }
        }
    }
}

/// `text` cut into its leading delimiter run of `lead` bytes, the rest, and
/// its trailing run of `trail` bytes (as [`edge_delimiters`] measured them:
/// ASCII runs, so the cuts are on character boundaries).
fn split_edges(text: &str, lead: usize, trail: usize) -> (&str, &str, &str) {
    let (head, rest) = text.split_at_checked(lead).unwrap_or(("", text));
    let (inner, tail) = rest
        .split_at_checked(rest.len().saturating_sub(trail))
        .unwrap_or((rest, ""));
    (head, inner, tail)
}

/// Runs of whitespace as one space, trimmed (as [`inline_text`] gives text).
fn norm_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn shift(r: &Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
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

#[cfg(test)]
mod tests;
