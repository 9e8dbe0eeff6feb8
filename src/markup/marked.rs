//! The marked body: the markdown body with each segment replaced by its
//! target text between private-use marker characters (see the module docs
//! of [`super`]), and the map from its offsets back to the file.

use super::model::Document;
use super::{spans, SEG_CLOSE, SEG_INDEX_BASE, SEG_OPEN};
use std::ops::Range;
use stele_runtime::tokenize::written_without_spaces;

/// One stretch of the marked body and where it came from.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) marked: Range<usize>,
    pub(super) orig: Range<usize>,
    /// For a segment: where its target text starts in the body.
    pub(super) target_start: usize,
    pub(super) verbatim: bool,
    /// For a segment whose marked text differs from its target as written
    /// (line breaks, plain spans, moved emphasis): `(offset in the piece,
    /// offset in the body)` pairs after which both advance together.
    pub(super) align: Vec<(usize, usize)>,
}

impl Document {
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
}

pub(super) fn push_piece(
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
    // The driver cuts the body at span tags and pulldown-cmark offsets:
    // char boundaries.
    push_clean(marked, body.get(r.clone()).unwrap_or_default());
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
pub(super) fn edge_delimiters(target: &str, written: &str) -> (usize, usize) {
    let is_delim = |c: char| matches!(c, '*' | '_' | '~');
    // `~~~` at the start of a line would open a code fence.
    let movable = |run: &str| !run.is_empty() && !run.contains("~~~");
    let after = target.trim_start_matches(is_delim);
    let head = target.strip_suffix(after).unwrap_or_default();
    let next = after.chars().next();
    let rest = if movable(head)
        && matches!(next, Some(c) if !c.is_whitespace())
        && written.starts_with(head)
    {
        after
    } else {
        target
    };
    let lead = target.len() - rest.len();
    let inner = rest.trim_end_matches(is_delim);
    let run = rest.strip_prefix(inner).unwrap_or_default();
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
pub(super) fn align(piece: &str, written: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = vec![(0, base)];
    let (mut j, mut i) = (0, 0);
    // `j` and `i` advance by whole characters, or `i` to the end of a tag.
    let at = |s: &str, k: usize| s.get(k..).and_then(|r| r.chars().next());
    while let Some(m) = at(piece, j) {
        let w = at(written, i);
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
pub(super) fn neutralize_marker_refs<'a>(
    body: &'a str,
    code: &[Range<usize>],
) -> (std::borrow::Cow<'a, str>, Option<usize>) {
    let bytes = body.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut first = None;
    let mut from = 0;
    // `from` is always just after an ASCII `&#`.
    while let Some(i) = body
        .get(from..)
        .and_then(|r| r.find("&#"))
        .map(|i| i + from)
    {
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
        let digits = body.get(digits_at..digits_at + len).unwrap_or_default();
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
pub(super) fn push_clean(out: &mut String, s: &str) {
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
pub(super) fn push_inline(out: &mut String, target: &str) {
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
