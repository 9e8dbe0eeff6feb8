//! Inline codes: a segment's markdown as text and codes, the way XLIFF
//! carries it.
//!
//! The segment model gives each segment's markdown (span markup already
//! removed); this module reads that markdown with pulldown-cmark, the same
//! parser and options every stage uses, and splits it into runs of
//! translatable text and *codes*: the markdown of inline elements (links,
//! emphasis, inline code, HTML, breaks). Every byte of the markdown is in
//! exactly one piece, so putting the pieces back together gives the
//! markdown byte for byte; that is what makes export → import unchanged an
//! identity.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// What an inline code stands for; decides the XLIFF `type`/`ctype`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Link,
    Image,
    Bold,
    Italic,
    Strike,
    /// Other formatting (super/subscript).
    Fmt,
    /// Inline code (backticks): never translated.
    Code,
    /// Inline HTML, a hard break, a footnote reference, or block markup at
    /// the start of a segment.
    Other,
}

impl CodeKind {
    /// XLIFF 2.0 `type` and `subType`.
    pub fn xliff2_type(self) -> (&'static str, Option<&'static str>) {
        match self {
            CodeKind::Link => ("link", None),
            CodeKind::Image => ("image", None),
            CodeKind::Bold => ("fmt", Some("xlf:b")),
            CodeKind::Italic => ("fmt", Some("xlf:i")),
            CodeKind::Strike | CodeKind::Fmt => ("fmt", None),
            CodeKind::Code => ("other", Some("stele:code")),
            CodeKind::Other => ("other", None),
        }
    }

    /// XLIFF 1.2 `ctype`.
    pub fn xliff12_ctype(self) -> &'static str {
        match self {
            CodeKind::Link => "link",
            CodeKind::Image => "image",
            CodeKind::Bold => "bold",
            CodeKind::Italic => "italic",
            CodeKind::Strike => "x-strike",
            CodeKind::Fmt => "x-fmt",
            CodeKind::Code => "x-code",
            CodeKind::Other => "x-other",
        }
    }

    fn of_tag(tag: &Tag) -> Option<CodeKind> {
        Some(match tag {
            Tag::Link { .. } => CodeKind::Link,
            Tag::Image { .. } => CodeKind::Image,
            Tag::Strong => CodeKind::Bold,
            Tag::Emphasis => CodeKind::Italic,
            Tag::Strikethrough => CodeKind::Strike,
            Tag::Superscript | Tag::Subscript => CodeKind::Fmt,
            _ => return None,
        })
    }

    fn closes(self, end: &TagEnd) -> bool {
        matches!(
            (self, end),
            (CodeKind::Link, TagEnd::Link)
                | (CodeKind::Image, TagEnd::Image)
                | (CodeKind::Bold, TagEnd::Strong)
                | (CodeKind::Italic, TagEnd::Emphasis)
                | (CodeKind::Strike, TagEnd::Strikethrough)
                | (CodeKind::Fmt, TagEnd::Superscript | TagEnd::Subscript)
        )
    }
}

/// One piece of a segment's markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Translatable text, as written in the markdown (escapes kept).
    Text(String),
    /// A standalone code (`<ph>`): its markdown.
    Ph(CodeKind, String),
    /// The opening markdown of a paired code (`[`, `**`).
    Open(CodeKind, String),
    /// The closing markdown of the paired code opened last (`](x.md)`).
    Close(CodeKind, String),
    /// Half of a pair whose other half is in another segment (a bold run
    /// that crosses a segment edge): its markdown, and whether it opens.
    Isolated(CodeKind, String, bool),
}

/// Puts the pieces back together.
pub fn render(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t)
            | Piece::Ph(_, t)
            | Piece::Open(_, t)
            | Piece::Close(_, t)
            | Piece::Isolated(_, t, _) => s.push_str(t),
        }
    }
    s
}

/// Splits inline markdown into text and codes. Never fails: markdown the
/// walk cannot cover exactly (it should not happen) comes back as one run
/// of text, so the round trip stays an identity.
pub fn split(md: &str) -> Vec<Piece> {
    if !md.contains(|c: char| {
        matches!(
            c,
            '[' | ']'
                | '*'
                | '_'
                | '`'
                | '<'
                | '~'
                | '!'
                | '\\'
                | '&'
                | '#'
                | '-'
                | '+'
                | '>'
                | '|'
                | '^'
                | '='
        ) || c.is_ascii_digit()
            || c == '\n'
    }) {
        return text_only(md);
    }
    let pieces = walk(md);
    if render(&pieces) == md {
        pieces
    } else {
        text_only(md)
    }
}

fn text_only(md: &str) -> Vec<Piece> {
    if md.is_empty() {
        Vec::new()
    } else {
        vec![Piece::Text(md.to_string())]
    }
}

fn push_text(out: &mut Vec<Piece>, t: &str) {
    if t.is_empty() {
        return;
    }
    if let Some(Piece::Text(last)) = out.last_mut() {
        last.push_str(t);
    } else {
        out.push(Piece::Text(t.to_string()));
    }
}

/// Bytes between two events that no text event covers: whitespace stays
/// text (so leading and trailing spaces survive as the translator sees
/// them), anything else is markup and becomes a code.
fn push_gap(out: &mut Vec<Piece>, gap: &str) {
    if gap.is_empty() {
        return;
    }
    if gap.trim().is_empty() {
        push_text(out, gap);
    } else {
        out.push(Piece::Ph(CodeKind::Other, gap.to_string()));
    }
}

// every range comes from pulldown-cmark's offset iterator over `md`, and `pos` from their ends: char boundaries.
#[allow(clippy::string_slice)]
fn walk(md: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    // Open paired codes: kind, and where its opening markdown starts while
    // it is still pending (no child seen yet).
    let mut stack: Vec<CodeKind> = Vec::new();
    let mut pending: Option<(CodeKind, usize)> = None;
    let mut pos = 0usize;
    let flush_pending = |out: &mut Vec<Piece>,
                         pending: &mut Option<(CodeKind, usize)>,
                         upto: usize,
                         pos: &mut usize| {
        if let Some((k, start)) = pending.take() {
            let upto = upto.max(start);
            out.push(Piece::Open(k, md[start..upto].to_string()));
            *pos = upto;
        }
    };
    for (ev, r) in Parser::new_ext(md, crate::markup::markdown_options()).into_offset_iter() {
        let r = r.start.max(pos)..r.end.max(pos);
        match ev {
            Event::Start(tag) => {
                if let Some(k) = CodeKind::of_tag(&tag) {
                    flush_pending(&mut out, &mut pending, r.start, &mut pos);
                    push_gap(&mut out, &md[pos..r.start]);
                    pos = r.start;
                    stack.push(k);
                    pending = Some((k, r.start));
                }
            }
            Event::End(end) => {
                if stack.last().is_some_and(|k| k.closes(&end)) {
                    let k = stack.pop().unwrap_or(CodeKind::Other);
                    // An empty element (`[](x)`): all of it is the opening.
                    flush_pending(&mut out, &mut pending, r.end, &mut pos);
                    out.push(Piece::Close(k, md[pos..r.end].to_string()));
                    pos = r.end;
                }
            }
            Event::Text(_) => {
                flush_pending(&mut out, &mut pending, r.start, &mut pos);
                push_gap(&mut out, &md[pos..r.start]);
                push_text(&mut out, &md[r.clone()]);
                pos = r.end;
            }
            Event::SoftBreak => {
                flush_pending(&mut out, &mut pending, r.start, &mut pos);
                push_gap(&mut out, &md[pos..r.start]);
                push_text(&mut out, &md[r.clone()]);
                pos = r.end;
            }
            Event::Code(_) => {
                flush_pending(&mut out, &mut pending, r.start, &mut pos);
                push_gap(&mut out, &md[pos..r.start]);
                out.push(Piece::Ph(CodeKind::Code, md[r.clone()].to_string()));
                pos = r.end;
            }
            Event::InlineHtml(_)
            | Event::Html(_)
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::Rule => {
                flush_pending(&mut out, &mut pending, r.start, &mut pos);
                push_gap(&mut out, &md[pos..r.start]);
                if r.end > r.start {
                    out.push(Piece::Ph(CodeKind::Other, md[r.clone()].to_string()));
                }
                pos = r.end;
            }
        }
    }
    flush_pending(&mut out, &mut pending, md.len(), &mut pos);
    push_gap(&mut out, &md[pos.min(md.len())..]);
    out
}

/// A piece with the code ids the XLIFF uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coded {
    Text(String),
    Ph(u32),
    Open(u32),
    Close(u32),
    /// An isolated code: half of a pair whose other half is in another unit.
    Iso(u32),
}

/// One code of a unit: its id and markdown (`open`, and `close` for a pair).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub id: u32,
    pub kind: CodeKind,
    pub open: String,
    pub close: Option<String>,
    /// True when the code occurs in the source (false: only in the target).
    pub in_source: bool,
    /// For an isolated code: whether it opens (`<sc>`) or closes (`<ec>`).
    pub isolated: Option<bool>,
}

/// A unit's source and target as coded pieces, with the code table they share.
#[derive(Debug, Clone, Default)]
pub struct CodedUnit {
    pub codes: Vec<Code>,
    pub source: Vec<Coded>,
    pub target: Option<Vec<Coded>>,
}

impl Code {
    /// Whether the code is a markdown escape (the `\\` of `\\<name>`): it
    /// only keeps the character after it from being read as markup, so a
    /// translation may leave it out (the import escapes that character
    /// itself, [`push_escaped`]).
    pub fn is_escape(&self) -> bool {
        self.close.is_none() && self.isolated.is_none() && self.open == "\\"
    }
}

/// Appends `text` to the markdown `md`, with each character of `chars`
/// that is not escaped yet (by a backslash in `text` or at the end of
/// `md`, such as a kept escape code) escaped with a backslash: the escapes
/// a source used, applied to a translation whose codes left them out. A
/// backslash before ASCII punctuation is always that character in
/// CommonMark, so this never changes what a reader sees, only what the
/// parser could take for markup.
pub fn push_escaped(md: &mut String, text: &str, chars: &[char]) {
    let mut backslashes = md.len() - md.trim_end_matches('\\').len();
    for c in text.chars() {
        if chars.contains(&c) && backslashes % 2 == 0 {
            md.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        md.push(c);
    }
}

/// The characters `md` escapes with a backslash (ASCII punctuation only,
/// as CommonMark escapes).
pub fn escaped_chars(md: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    let mut it = md.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(&n) = it.peek() {
                if n.is_ascii_punctuation() && n != '\\' && !out.contains(&n) {
                    out.push(n);
                }
                it.next();
            }
        }
    }
    out
}

impl CodedUnit {
    pub fn code(&self, id: u32) -> Option<&Code> {
        self.codes.iter().find(|c| c.id == id)
    }
}

/// Pairs each Open with its Close: returns the Close index for each Open.
fn pair_up(pieces: &[Piece]) -> Vec<Option<usize>> {
    let mut out = vec![None; pieces.len()];
    let mut stack = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        match p {
            Piece::Open(..) => stack.push(i),
            Piece::Close(..) => {
                if let Some(o) = stack.pop() {
                    out[o] = Some(i);
                }
            }
            _ => {}
        }
    }
    out
}

/// Numbers the codes of the source, then matches the target's codes to the
/// source's by kind and markdown (a localized link whose URL differs is a
/// code of the target's own).
pub fn code_unit(source_md: &str, target_md: Option<&str>) -> CodedUnit {
    code_unit_with(source_md, target_md, &[])
}

/// A delimiter of the source whose partner is in another segment: where it
/// is in the source markdown, its length, kind and whether it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub at: usize,
    pub len: usize,
    pub kind: CodeKind,
    pub opens: bool,
}

/// [`code_unit`] with the source's crossing delimiters (`marks`) as
/// isolated codes. The target's are found by their markdown: the first
/// occurrence in its text for an opening one, the last for a closing one.
pub fn code_unit_with(source_md: &str, target_md: Option<&str>, marks: &[Mark]) -> CodedUnit {
    let mut unit = CodedUnit::default();
    let src = isolate_at(split(source_md), marks);
    unit.source = number(&src, &mut unit.codes, true);
    if let Some(t) = target_md {
        let mut tgt = split(t);
        for m in marks {
            let md = source_md.get(m.at..m.at + m.len).unwrap_or_default();
            tgt = isolate_found(tgt, md, m.kind, m.opens);
        }
        unit.target = Some(number(&tgt, &mut unit.codes, false));
    }
    unit
}

/// Cuts the marks out of the text pieces that hold them, at their offsets.
// `at` and `len` are offsets of delimiter characters (ASCII) in the markdown the pieces render.
#[allow(clippy::string_slice)]
fn isolate_at(pieces: Vec<Piece>, marks: &[Mark]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    for p in pieces {
        let len = render(std::slice::from_ref(&p)).len();
        // An inline HTML tag (`<a href="…">`) is a placeholder of its own:
        // it becomes the isolated code when it is the mark whole.
        if let Piece::Ph(_, t) = &p {
            if let Some(m) = marks.iter().find(|m| m.at == pos && m.len == len) {
                out.push(Piece::Isolated(m.kind, t.clone(), m.opens));
                pos += len;
                continue;
            }
        }
        let Piece::Text(t) = &p else {
            out.push(p);
            pos += len;
            continue;
        };
        let mut rest_from = 0usize;
        for m in marks
            .iter()
            .filter(|m| m.at >= pos && m.at + m.len <= pos + len)
        {
            let (a, b) = (m.at - pos, m.at - pos + m.len);
            if a < rest_from || !t.is_char_boundary(a) || !t.is_char_boundary(b) {
                continue;
            }
            push_text(&mut out, &t[rest_from..a]);
            out.push(Piece::Isolated(m.kind, t[a..b].to_string(), m.opens));
            rest_from = b;
        }
        push_text(&mut out, &t[rest_from..]);
        pos += len;
    }
    out
}

/// Cuts the first (opening) or last (closing) occurrence of `md` in the
/// text pieces out as an isolated code; a placeholder that is `md` whole
/// (an inline HTML tag) counts as an occurrence.
// the cut is a `find`/`rfind` match over the piece's text: char boundaries.
#[allow(clippy::string_slice)]
fn isolate_found(pieces: Vec<Piece>, md: &str, kind: CodeKind, opens: bool) -> Vec<Piece> {
    if md.is_empty() {
        return pieces;
    }
    let hit = |p: &Piece| match p {
        Piece::Text(t) => {
            if opens {
                t.find(md)
            } else {
                t.rfind(md)
            }
        }
        Piece::Ph(CodeKind::Other, t) if t == md => Some(0),
        _ => None,
    };
    let idx = if opens {
        pieces.iter().position(|p| hit(p).is_some())
    } else {
        pieces.iter().rposition(|p| hit(p).is_some())
    };
    let Some(i) = idx else { return pieces };
    let mut out = Vec::with_capacity(pieces.len() + 2);
    for (j, p) in pieces.into_iter().enumerate() {
        match (&p, j == i, hit(&p)) {
            (Piece::Text(t), true, Some(a)) => {
                push_text(&mut out, &t[..a]);
                out.push(Piece::Isolated(kind, md.to_string(), opens));
                push_text(&mut out, &t[a + md.len()..]);
            }
            (Piece::Ph(..), true, Some(_)) => {
                out.push(Piece::Isolated(kind, md.to_string(), opens))
            }
            _ => out.push(p),
        }
    }
    out
}

fn number(pieces: &[Piece], codes: &mut Vec<Code>, source: bool) -> Vec<Coded> {
    let pairs = pair_up(pieces);
    let mut used: Vec<u32> = Vec::new();
    let mut ids: Vec<Option<u32>> = vec![None; pieces.len()];
    let mut out = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let isolated = match p {
            Piece::Isolated(_, _, opens) => Some(*opens),
            _ => None,
        };
        let (kind, open, close) = match p {
            Piece::Text(t) => {
                out.push(Coded::Text(t.clone()));
                continue;
            }
            Piece::Close(..) => {
                match ids[i] {
                    Some(id) => out.push(Coded::Close(id)),
                    // A close without an open cannot come out of `walk`.
                    None => out.push(Coded::Text(render(std::slice::from_ref(p)))),
                }
                continue;
            }
            Piece::Ph(k, d) | Piece::Isolated(k, d, _) => (*k, d.clone(), None),
            Piece::Open(k, d) => {
                let close = pairs[i].and_then(|c| match &pieces[c] {
                    Piece::Close(_, d) => Some(d.clone()),
                    _ => None,
                });
                (*k, d.clone(), close)
            }
        };
        let existing = if source {
            None
        } else {
            codes
                .iter()
                .find(|c| {
                    !used.contains(&c.id)
                        && c.kind == kind
                        && c.open == open
                        && c.close == close
                        && c.isolated == isolated
                })
                .map(|c| c.id)
        };
        let id = existing.unwrap_or_else(|| {
            let id = codes.iter().map(|c| c.id).max().unwrap_or(0) + 1;
            codes.push(Code {
                id,
                kind,
                open: open.clone(),
                close: close.clone(),
                in_source: source,
                isolated,
            });
            id
        });
        used.push(id);
        match p {
            Piece::Ph(..) => out.push(Coded::Ph(id)),
            Piece::Isolated(..) => out.push(Coded::Iso(id)),
            _ => {
                if let Some(c) = pairs[i] {
                    ids[c] = Some(id);
                }
                out.push(Coded::Open(id));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn escapes_a_source_used_are_applied_once() {
        assert_eq!(escaped_chars(r"a \<b> \* \\ c \<"), vec!['<', '*']);
        let mut md = String::new();
        push_escaped(&mut md, "x <y> * z", &['<', '*']);
        assert_eq!(md, r"x \<y> \* z");
        // After a kept escape code, and where the text escapes already.
        let mut md = String::from("\\");
        push_escaped(&mut md, r"<a> \<b> \\<c>", &['<']);
        assert_eq!(md, r"\<a> \<b> \\\<c>");
    }
    use super::*;

    fn codes(md: &str) -> Vec<Piece> {
        let p = split(md);
        assert_eq!(render(&p), md);
        p
    }

    #[test]
    fn links_emphasis_and_code_become_codes() {
        let p = codes("Run `Set-Mailbox` in **the [admin center](https://x.org/a)** now.");
        assert_eq!(
            p,
            vec![
                Piece::Text("Run ".into()),
                Piece::Ph(CodeKind::Code, "`Set-Mailbox`".into()),
                Piece::Text(" in ".into()),
                Piece::Open(CodeKind::Bold, "**".into()),
                Piece::Text("the ".into()),
                Piece::Open(CodeKind::Link, "[".into()),
                Piece::Text("admin center".into()),
                Piece::Close(CodeKind::Link, "](https://x.org/a)".into()),
                Piece::Close(CodeKind::Bold, "**".into()),
                Piece::Text(" now.".into()),
            ]
        );
    }

    #[test]
    fn whitespace_html_and_block_markup_round_trip() {
        for md in [
            "  leading and trailing  ",
            "a <b>bold</b> word",
            "# not a heading",
            "- not a list",
            "1. not a list",
            "line one\nline two",
            "hard  \nbreak",
            "escaped \\* star &amp; entity",
            "[]()",
            "<https://x.org>",
            "![alt](i.png) and [ref][1]",
            "**unclosed",
            "",
        ] {
            codes(md);
        }
        assert_eq!(
            codes("- x"),
            vec![
                Piece::Ph(CodeKind::Other, "- ".into()),
                Piece::Text("x".into())
            ]
        );
    }

    #[test]
    fn crossing_delimiters_become_isolated_codes_on_both_sides() {
        let mark = Mark {
            at: 4,
            len: 2,
            kind: CodeKind::Bold,
            opens: true,
        };
        let u = code_unit_with("The **first.", Some("Der **erste **x."), &[mark]);
        assert_eq!(
            u.source,
            vec![
                Coded::Text("The ".into()),
                Coded::Iso(1),
                Coded::Text("first.".into())
            ]
        );
        // The first `**` of the target is the opening one.
        assert_eq!(
            u.target,
            Some(vec![
                Coded::Text("Der ".into()),
                Coded::Iso(1),
                Coded::Text("erste **x.".into())
            ])
        );
        assert_eq!(u.codes[0].isolated, Some(true));
        assert_eq!(u.codes.len(), 1);
    }

    #[test]
    fn crossing_links_and_html_tags_become_isolated_codes() {
        // (source, target, the mark's offset and length, whether it opens,
        // the target's text before and after its code)
        for (src, tgt, at, len, opens, (before, after)) in [
            (
                "See [the first.",
                "Siehe [den ersten.",
                4,
                1,
                true,
                ("Siehe ", "den ersten."),
            ),
            (
                "And it</a> ends.",
                "Und es</a> endet.",
                6,
                4,
                false,
                ("Und es", " endet."),
            ),
        ] {
            let kind = CodeKind::Link;
            let u = code_unit_with(
                src,
                Some(tgt),
                &[Mark {
                    at,
                    len,
                    kind,
                    opens,
                }],
            );
            let around = |a: &str, b: &str| {
                vec![Coded::Text(a.into()), Coded::Iso(1), Coded::Text(b.into())]
            };
            let (head, tail) = (src.get(..at), src.get(at + len..));
            assert_eq!(u.source, around(head.unwrap_or(""), tail.unwrap_or("")));
            assert_eq!(u.target, Some(around(before, after)));
            assert_eq!((u.codes.len(), u.codes[0].isolated), (1, Some(opens)));
        }
    }

    #[test]
    fn target_codes_match_source_codes_by_markdown() {
        let u = code_unit(
            "See [this](a.md) and `x`.",
            Some("`x`: siehe [dies](a.md) und [das](b.md)."),
        );
        assert_eq!(u.codes.len(), 3);
        assert_eq!(
            u.target,
            Some(vec![
                Coded::Ph(2),
                Coded::Text(": siehe ".into()),
                Coded::Open(1),
                Coded::Text("dies".into()),
                Coded::Close(1),
                Coded::Text(" und ".into()),
                Coded::Open(3),
                Coded::Text("das".into()),
                Coded::Close(3),
                Coded::Text(".".into()),
            ])
        );
        assert!(!u.codes[2].in_source);
    }
}
