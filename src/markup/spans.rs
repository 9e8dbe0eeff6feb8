//! The span scanner: finds the bilingual `data-ttu-id` / `sxs-lookup` constructs
//! in a piece of markdown and turns each one into a [`RawSegment`].
//!
//! The markup looks like this (one segment):
//!
//! ```text
//! <span data-ttu-id="d6104-104">Ziel</span><span class="sxs-lookup"><span data-stu-id="d6104-104">Source</span></span>
//! ```
//!
//! Tags are matched *in balance*: the English side of real files contains
//! plain `<span>://</span>` pairs (put there to stop auto-linking), so a
//! non-greedy "up to the next `</span>`" match would cut segments short.
//! This is the only place in Stele that looks at span tags; everything
//! else reads the segments this produces.

use std::collections::HashMap;
use std::ops::Range;

/// One recognised tag inside the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tag<'a> {
    /// `<span ...>` with its raw attribute text.
    Open { attrs: &'a str },
    /// `</span>`.
    Close,
}

/// A `<span>` or `</span>` tag found at `range`.
#[derive(Debug, Clone)]
pub(crate) struct FoundTag<'a> {
    pub range: Range<usize>,
    pub tag: Tag<'a>,
}

/// Tries to read a span tag starting exactly at `at` (which must hold `<`).
pub(crate) fn tag_at(text: &str, at: usize) -> Option<FoundTag<'_>> {
    let rest = text.get(at..)?;
    let bytes = rest.as_bytes();
    // Callers probe positions after whitespace too: `>span data-stu-id=…>`
    // right after an `sxs-lookup` tag was read as a tag ending past the
    // lookup's `</span>`, and the English range came out inverted (a panic).
    if bytes.first() != Some(&b'<') {
        return None;
    }
    if bytes.len() >= 7 && bytes[1] == b'/' && bytes[2..6].eq_ignore_ascii_case(b"span") {
        let mut i = 6;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'>' {
            return Some(FoundTag {
                range: at..at + i + 1,
                tag: Tag::Close,
            });
        }
        return None;
    }
    if bytes.len() >= 6 && bytes[1..5].eq_ignore_ascii_case(b"span") {
        let next = bytes[5];
        if next != b'>' && !next.is_ascii_whitespace() && next != b'/' {
            return None;
        }
        // Find the end of the tag, honouring quoted attribute values.
        let mut quote: Option<u8> = None;
        let mut i = 5;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => {
                    // `<span` and `>` are ASCII: both ends are char boundaries.
                    let attrs = rest.get(5..i)?.trim().trim_end_matches('/').trim();
                    return Some(FoundTag {
                        range: at..at + i + 1,
                        tag: Tag::Open { attrs },
                    });
                }
                None if b == b'<' => return None,
                None => {}
            }
            i += 1;
        }
    }
    None
}

/// Returns the value of attribute `name` in a raw attribute string.
pub(crate) fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let (key, tail) = rest.split_at_checked(name_end).unwrap_or((rest, ""));
        rest = tail.trim_start();
        if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            let (value, remaining) = match after_eq.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = after_eq.strip_prefix(q).unwrap_or(after_eq);
                    body.split_once(q).unwrap_or((body, ""))
                }
                // The rest is trimmed at the top of the loop, so dropping
                // the whitespace that ends the value changes nothing.
                _ => after_eq
                    .split_once(char::is_whitespace)
                    .unwrap_or((after_eq, "")),
            };
            if key.eq_ignore_ascii_case(name) {
                return Some(value);
            }
            rest = remaining;
        } else {
            if key.eq_ignore_ascii_case(name) {
                return Some("");
            }
            if key.is_empty() {
                break;
            }
        }
    }
    None
}

/// A segment as found in the text, before it is tied to blocks and lines.
#[derive(Debug, Clone)]
pub(crate) struct RawSegment {
    /// The whole construct, from `<span data-ttu-id` to the last `</span>`.
    pub range: Range<usize>,
    /// Inner text of the target span.
    pub target: Range<usize>,
    /// Inner text of the `data-stu-id` span (empty when it is missing).
    pub source: Range<usize>,
    pub ttu_id: String,
    pub stu_id: Option<String>,
}

/// A problem the scanner found, at a byte offset of the scanned text.
#[derive(Debug, Clone)]
pub(crate) struct ScanIssue {
    pub at: Range<usize>,
    pub kind: ScanIssueKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ScanIssueKind {
    /// A `<span data-ttu-id>` without its closing `</span>`.
    UnclosedTarget,
    /// A target span that is not followed by the `sxs-lookup` English span.
    MissingSource,
    /// The `sxs-lookup` span or its `data-stu-id` child is not closed.
    UnclosedSource,
    /// `data-ttu-id` and `data-stu-id` differ.
    IdMismatch { ttu: String, stu: String },
    /// A `data-stu-id` span outside an `sxs-lookup` pair.
    OrphanSource,
}

/// The skipped range (code) that holds byte `at`, if any. `skip` is sorted
/// and its ranges do not overlap.
fn skipped(skip: &[Range<usize>], at: usize) -> Option<&Range<usize>> {
    skip.get(skip.partition_point(|r| r.end <= at))
        .filter(|r| r.contains(&at))
}

/// The span tags of `text` from offset `from` on, outside the `skip`
/// ranges (code), in order. One walk that [`close_table`] and
/// [`matching_close`] share.
fn tags<'a>(
    text: &'a str,
    from: usize,
    skip: &'a [Range<usize>],
) -> impl Iterator<Item = FoundTag<'a>> + 'a {
    let mut pos = from;
    std::iter::from_fn(move || {
        while let Some(at) = find_from(text, pos, '<') {
            if let Some(r) = skipped(skip, at) {
                pos = r.end.max(at + 1);
                continue;
            }
            match tag_at(text, at) {
                Some(t) => {
                    pos = t.range.end;
                    return Some(t);
                }
                None => pos = at + 1,
            }
        }
        None
    })
}

/// Every span tag of `text` matched in balance in one pass: for each open
/// tag, keyed by the offset where it ends, the range of the `</span>` that
/// closes it (`None` when it is never closed). What [`matching_close`]
/// finds, without rescanning the rest of the text for every open tag: files
/// with many unclosed spans took quadratic time (and, with code spans, worse).
fn close_table(text: &str, skip: &[Range<usize>]) -> HashMap<usize, Option<Range<usize>>> {
    let mut table = HashMap::new();
    let mut open: Vec<usize> = Vec::new();
    for t in tags(text, 0, skip) {
        match t.tag {
            Tag::Open { .. } => {
                table.insert(t.range.end, None);
                open.push(t.range.end);
            }
            Tag::Close => {
                if let Some(end) = open.pop() {
                    table.insert(end, Some(t.range));
                }
            }
        }
    }
    table
}

/// The `</span>` that closes the span whose open tag ends at `from`, from
/// `table` when the one-pass scan saw that tag, else by scanning.
fn close_of(
    table: &HashMap<usize, Option<Range<usize>>>,
    text: &str,
    from: usize,
    skip: &[Range<usize>],
) -> Option<Range<usize>> {
    match table.get(&from) {
        Some(close) => close.clone(),
        None => matching_close(text, from, skip),
    }
}

/// Finds the `</span>` that closes the span whose open tag ends at `from`.
/// Returns the range of that closing tag.
fn matching_close(text: &str, from: usize, skip: &[Range<usize>]) -> Option<Range<usize>> {
    let mut depth = 1usize;
    for t in tags(text, from, skip) {
        match t.tag {
            Tag::Open { .. } => depth += 1,
            Tag::Close => {
                depth -= 1;
                if depth == 0 {
                    return Some(t.range);
                }
            }
        }
    }
    None
}

/// Skips ASCII spaces and tabs (not newlines) from `at`.
fn skip_inline_space(text: &str, mut at: usize) -> usize {
    let b = text.as_bytes();
    while at < b.len() && (b[at] == b' ' || b[at] == b'\t') {
        at += 1;
    }
    at
}

/// Scans `text` for bilingual segments. `skip` lists byte ranges (code spans
/// and code blocks) in which tags are literal text.
pub(crate) fn scan(text: &str, skip: &[Range<usize>]) -> (Vec<RawSegment>, Vec<ScanIssue>) {
    let mut segments = Vec::new();
    let mut issues = Vec::new();
    let mut pos = 0;
    let mut skip_idx = 0;
    // Built on the first translated span: most files without markup never need it.
    let table = std::cell::OnceCell::new();
    let closes = || table.get_or_init(|| close_table(text, skip));
    while let Some(at) = find_from(text, pos, '<') {
        while skip_idx < skip.len() && skip[skip_idx].end <= at {
            skip_idx += 1;
        }
        if skip_idx < skip.len() && skip[skip_idx].contains(&at) {
            pos = skip[skip_idx].end;
            continue;
        }
        let Some(open) = tag_at(text, at) else {
            pos = at + 1;
            continue;
        };
        let Tag::Open { attrs } = open.tag else {
            pos = open.range.end;
            continue;
        };
        if attr(attrs, "data-stu-id").is_some() {
            issues.push(ScanIssue {
                at: open.range.clone(),
                kind: ScanIssueKind::OrphanSource,
            });
            pos = open.range.end;
            continue;
        }
        let Some(ttu) = attr(attrs, "data-ttu-id") else {
            pos = open.range.end;
            continue;
        };
        let Some(target_close) = close_of(closes(), text, open.range.end, skip) else {
            issues.push(ScanIssue {
                at: open.range.clone(),
                kind: ScanIssueKind::UnclosedTarget,
            });
            pos = open.range.end;
            continue;
        };
        let target = open.range.end..target_close.start;
        let mut seg = RawSegment {
            range: at..target_close.end,
            target,
            source: target_close.end..target_close.end,
            ttu_id: ttu.to_string(),
            stu_id: None,
        };
        pos = target_close.end;
        // The English half: <span class="sxs-lookup"><span data-stu-id="..">..</span></span>
        let look = skip_inline_space(text, target_close.end);
        let lookup = tag_at(text, look).filter(|t| match t.tag {
            Tag::Open { attrs } => attr(attrs, "class")
                .map(|c| c.split_whitespace().any(|c| c == "sxs-lookup"))
                .unwrap_or(false),
            Tag::Close => false,
        });
        let Some(lookup) = lookup else {
            issues.push(ScanIssue {
                at: open.range.clone(),
                kind: ScanIssueKind::MissingSource,
            });
            segments.push(seg);
            continue;
        };
        let Some(lookup_close) = close_of(closes(), text, lookup.range.end, skip) else {
            issues.push(ScanIssue {
                at: lookup.range.clone(),
                kind: ScanIssueKind::UnclosedSource,
            });
            segments.push(seg);
            pos = lookup.range.end;
            continue;
        };
        let stu_at = skip_inline_space(text, lookup.range.end);
        let stu = tag_at(text, stu_at)
            .filter(|t| t.range.end <= lookup_close.start)
            .and_then(|t| match t.tag {
                Tag::Open { attrs } => attr(attrs, "data-stu-id").map(|id| (t.range.clone(), id)),
                Tag::Close => None,
            });
        match stu {
            Some((stu_range, stu_id)) => {
                let stu_close = close_of(closes(), text, stu_range.end, skip)
                    .filter(|c| c.end <= lookup_close.start);
                match stu_close {
                    Some(close) => seg.source = stu_range.end..close.start,
                    None => {
                        issues.push(ScanIssue {
                            at: stu_range.clone(),
                            kind: ScanIssueKind::UnclosedSource,
                        });
                        seg.source = stu_range.end..lookup_close.start;
                    }
                }
                if stu_id != ttu {
                    issues.push(ScanIssue {
                        at: stu_range.clone(),
                        kind: ScanIssueKind::IdMismatch {
                            ttu: ttu.to_string(),
                            stu: stu_id.to_string(),
                        },
                    });
                }
                seg.stu_id = Some(stu_id.to_string());
            }
            None => {
                issues.push(ScanIssue {
                    at: lookup.range.clone(),
                    kind: ScanIssueKind::MissingSource,
                });
                seg.source = lookup.range.end..lookup_close.start;
            }
        }
        seg.range.end = lookup_close.end;
        pos = lookup_close.end;
        segments.push(seg);
    }
    (segments, issues)
}

/// `new` (a segment's text as a translator edited it, without plain spans)
/// with the plain spans that `written` (the segment's text in the file)
/// put inside its words put back around the same words: the corpus writes
/// bare URLs as `https<span>://</span>host` so that they are not linked,
/// and an edited segment must keep them so. A word of `written` that holds
/// a plain span replaces each occurrence of its plain reading in `new`.
pub(crate) fn keep_plain_spans(written: &str, new: &str) -> String {
    if !written.contains("<span>") {
        return new.to_string();
    }
    let mut out = new.to_string();
    for word in written.split_whitespace() {
        let plain = strip_plain_spans(word);
        if plain != word && !plain.is_empty() && !out.contains(word) {
            out = out.replace(&plain, word);
        }
    }
    out
}

/// Removes attribute-less `<span>` / `</span>` pairs (anti-autolink guards such
/// as `https<span>://</span>host`) from a segment's inner text. Spans with
/// attributes are kept: they are content and go through the sanitizer later.
pub(crate) fn strip_plain_spans(inner: &str) -> String {
    if !inner.contains('<') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut pos = 0;
    // Depth stack: true when the open span was a plain one we removed.
    let mut stack: Vec<bool> = Vec::new();
    while let Some(at) = find_from(inner, pos, '<') {
        out.push_str(inner.get(pos..at).unwrap_or_default());
        match tag_at(inner, at) {
            Some(FoundTag {
                range,
                tag: Tag::Open { attrs },
            }) => {
                let plain = attrs.is_empty();
                stack.push(plain);
                if !plain {
                    out.push_str(inner.get(range.clone()).unwrap_or_default());
                }
                pos = range.end;
            }
            Some(FoundTag {
                range,
                tag: Tag::Close,
            }) => {
                let plain = stack.pop().unwrap_or(true);
                if !plain {
                    out.push_str(inner.get(range.clone()).unwrap_or_default());
                }
                pos = range.end;
            }
            None => {
                out.push('<');
                pos = at + 1;
            }
        }
    }
    out.push_str(inner.get(pos..).unwrap_or_default());
    out
}

/// The offset of the first `pat` at or after `from`. The scanners step
/// from one ASCII delimiter (`<`, `>`) or one pulldown-cmark range end to
/// the next, all char boundaries; should an offset ever fall inside a
/// character, the scan ends there instead of panicking.
pub(crate) fn find_from(text: &str, from: usize, pat: char) -> Option<usize> {
    text.get(from..)?.find(pat).map(|rel| from + rel)
}

#[cfg(test)]
// A test's slice that panics is a failing test.
#[allow(clippy::string_slice)]
mod tests {

    #[test]
    fn plain_spans_of_a_word_are_kept_in_an_edit() {
        let written = "Nutzen Sie https<span>://</span>a.com und (http<span>://</span>b.com).";
        assert_eq!(
            keep_plain_spans(written, "Nehmen Sie https://a.com/x und (http://b.com)."),
            "Nehmen Sie https<span>://</span>a.com/x und (http<span>://</span>b.com)."
        );
        // Nothing to keep, or kept already.
        assert_eq!(keep_plain_spans("a b", "https://a.com"), "https://a.com");
        assert_eq!(
            keep_plain_spans(written, "https<span>://</span>a.com"),
            "https<span>://</span>a.com"
        );
    }
    use super::*;

    const ONE: &str = r#"<span data-ttu-id="d6104-104">Nicht registrierte Domänen-E-Mails</span><span class="sxs-lookup"><span data-stu-id="d6104-104">Unregistered Domain Email</span></span>"#;

    #[test]
    fn scans_one_segment() {
        let (segs, issues) = scan(ONE, &[]);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(segs.len(), 1);
        assert_eq!(
            &ONE[segs[0].target.clone()],
            "Nicht registrierte Domänen-E-Mails"
        );
        assert_eq!(&ONE[segs[0].source.clone()], "Unregistered Domain Email");
        assert_eq!(segs[0].range, 0..ONE.len());
    }

    #[test]
    fn nested_plain_spans_are_balanced() {
        let t = r#"<span data-ttu-id="a-1">Siehe https<span>://</span>x.de</span><span class="sxs-lookup"><span data-stu-id="a-1">See https<span>://</span>x.de</span></span> rest"#;
        let (segs, issues) = scan(t, &[]);
        assert!(issues.is_empty());
        assert_eq!(&t[segs[0].source.clone()], "See https<span>://</span>x.de");
        assert_eq!(
            strip_plain_spans(&t[segs[0].target.clone()]),
            "Siehe https://x.de"
        );
        assert!(t[segs[0].range.end..].starts_with(" rest"));
    }

    #[test]
    fn id_mismatch_and_missing_source_are_reported() {
        let t = r#"<span data-ttu-id="a-1">X</span><span class="sxs-lookup"><span data-stu-id="a-2">Y</span></span> <span data-ttu-id="a-3">Z</span> tail"#;
        let (segs, issues) = scan(t, &[]);
        assert_eq!(segs.len(), 2);
        assert!(matches!(issues[0].kind, ScanIssueKind::IdMismatch { .. }));
        assert_eq!(issues[1].kind, ScanIssueKind::MissingSource);
    }

    #[test]
    fn unclosed_target_is_reported() {
        let t = r#"<span data-ttu-id="a-1">X and no end"#;
        let (segs, issues) = scan(t, &[]);
        assert!(segs.is_empty());
        assert_eq!(issues[0].kind, ScanIssueKind::UnclosedTarget);
    }

    #[test]
    fn tags_in_skipped_ranges_are_text() {
        let t = r#"`<span data-ttu-id="a-1">`"#;
        let (segs, issues) = scan(t, std::slice::from_ref(&(0..t.len())));
        assert!(segs.is_empty() && issues.is_empty());
    }

    #[test]
    fn close_table_agrees_with_matching_close() {
        for t in [
            r#"<span a>x<span>y</span></span></span><span b>"#,
            r#"</span><span data-ttu-id="a-1">`</span>`<span>z</span> <span>"#,
            r#"<span title="a<b">q</span><span <span>r</span>"#,
        ] {
            let skip: Vec<Range<usize>> = t
                .match_indices('`')
                .collect::<Vec<_>>()
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| c[0].0..c[1].0 + 1)
                .collect();
            let table = close_table(t, &skip);
            assert!(!table.is_empty());
            for (&from, close) in &table {
                assert_eq!(*close, matching_close(t, from, &skip), "{t:?} from {from}");
            }
        }
    }

    #[test]
    fn attr_parsing() {
        assert_eq!(attr(r#"class="sxs-lookup""#, "class"), Some("sxs-lookup"));
        assert_eq!(
            attr(r#"a='1' data-ttu-id="x-2""#, "data-ttu-id"),
            Some("x-2")
        );
        assert_eq!(attr("hidden", "hidden"), Some(""));
        assert_eq!(attr(r#"class="x""#, "id"), None);
    }
}
