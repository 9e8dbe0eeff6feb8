//! Markdown body to HTML: pulldown-cmark events from the document's marked
//! body, transformed so that
//! - each segment becomes `<span class="seg">` carrying its English source,
//! - headings keep their `<a name>` anchors as ids,
//! - relative `.md` links point at output URLs (broken ones are reported),
//! - DocFX alerts and includes are rendered,
//! - fenced code is highlighted.
//!
//! The result is sanitized by the caller.

use super::highlight::code_block;
use crate::align::pieces::{weight, Piece, SourcePlan};
use crate::content::{article_url, Site};
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::markup::{self, AlertKind, BlockKind, Document, SEG_CLOSE, SEG_INDEX_BASE, SEG_OPEN};
use crate::util::{html_escape, percent_decode, percent_encode_path};
use fluent_bundle::FluentArgs;
use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use unic_langid::LanguageIdentifier;

/// Parsed include files, per include path and locale.
pub trait Includes: Sync {
    /// The include at locale-relative `path` for locale `locale`, falling back
    /// along the locale chain: the document, its text and its locale.
    fn get(&self, path: &str, locale: usize) -> Option<(&Document, &str)>;
}

/// What the body renderer needs to know about the page it renders for.
pub struct BodyCtx<'a> {
    pub site: &'a Site,
    /// Locale of the page; links point into it.
    pub locale: usize,
    pub lang: &'a LanguageIdentifier,
    /// Folder of the rendered file, relative to its locale folder (`""` or `powershell`).
    pub file_dir: &'a str,
    /// Relative prefix from the page to the site root (`../../`).
    pub root: &'a str,
    pub i18n: &'a I18n,
    pub includes: &'a dyn Includes,
    /// Include nesting depth, to stop include cycles.
    pub depth: u32,
    /// Bytes of include files this body may still pull in, nested ones
    /// counted: [`MAX_INCLUDE_BYTES`] for an article's own body.
    pub include_budget: usize,
    /// Whether h2 and h3 get a link to their section (articles: yes; the
    /// home page's `TOC.md`, whose headings are links already: no).
    pub heading_links: bool,
}

/// How many bytes of include files one article may expand to, all levels
/// counted. The depth limit alone does not bound the work: nine 5 KB files
/// that each include the next one a few times expanded to a 20 MB page and
/// 1.4 GB of memory. 2 MiB is a hundred times the largest real article.
pub const MAX_INCLUDE_BYTES: usize = 2 << 20;

/// A heading of the rendered page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

pub struct RenderedBody {
    pub html: String,
    pub headings: Vec<Heading>,
    pub diagnostics: Vec<Diagnostic>,
    /// Bytes of include files expanded into the body, nested ones too.
    pub included: usize,
    /// The include budget ran out (an error diagnostic says where).
    pub over_budget: bool,
}

/// Resolves `rel` against folder `base` (both `/`-separated, locale-relative).
/// `None` when the path climbs above the locale folder.
pub fn resolve_path(base: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = if base.is_empty() {
        Vec::new()
    } else {
        base.split('/').collect()
    };
    for p in rel.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Whether a link target is relative to the current file (no scheme, not
/// absolute, not only a fragment).
// `colon` is `find(':')`'s result: a char boundary.
#[allow(clippy::string_slice)]
fn is_relative(dest: &str) -> bool {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with('/') || dest.starts_with("//") {
        return false;
    }
    match dest.find(':') {
        Some(colon) => dest[..colon].contains(['/', '?', '#']),
        None => true,
    }
}

/// A URL-safe heading id from its text; CJK and other letters are kept.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

struct Renderer<'a, 'b> {
    doc: &'a Document,
    text: &'a str,
    ctx: &'a BodyCtx<'b>,
    out: Vec<Event<'a>>,
    diagnostics: Vec<Diagnostic>,
    headings: Vec<Heading>,
    used_ids: HashSet<String>,
    /// A part of the live segment is open in `out` (its `</span>` is
    /// still to come).
    open_segment: bool,
    /// The inline containers (emphasis, strong, strikethrough, links,
    /// images, inline HTML elements such as `<b>` or `<a>`) open at this
    /// point.
    inline_starts: Vec<OpenInline>,
    /// Where the open part's `<span>` is in `out` (`usize::MAX` inside an
    /// HTML fragment), and how many inline containers were open around it.
    seg_open_at: (usize, usize),
    /// The segment (or planned piece) whose markers are open.
    live: Option<Live>,
    /// The segment ended inside this many containers that opened in its
    /// open part and end right after it: the part closes after their ends.
    close_after: usize,
    /// Set before a text that ends a segment inside containers: the
    /// containers whose ends follow it (see [`container_ends`]).
    ends_next: Vec<Option<String>>,
    /// An inline container just closed around the live segment's part:
    /// a continuation part opens after its end event.
    reopen: bool,
    /// Bytes of include files expanded so far (nested ones too).
    included: usize,
    /// The include budget ran out (and that was reported once).
    over_budget: bool,
    /// Inside a fenced or indented code block: its language and text so
    /// far (highlighted as a whole at its end).
    code: Option<(Option<String>, String)>,
    /// Inside a heading: its level, id, text so far and its start in `out`.
    heading: Option<(u8, String, String, usize)>,
    /// Width and height of the images linked so far, by output URL, for
    /// the markdown images' `<img>` tags (no layout shift as they load).
    image_sizes: HashMap<String, (usize, usize)>,
    /// The source view of an unmarked translation (see
    /// [`crate::align::pieces`]), and per planned block the characters seen
    /// so far, the next piece and whether it was opened.
    plan: Option<&'a SourcePlan>,
    plan_state: Vec<PlanState>,
}

/// An inline container open in `out`.
#[derive(Debug, Clone)]
struct OpenInline {
    /// Index of its start event in `out`.
    at: usize,
    /// The element name of inline HTML (`b`, `a`); `None` for markdown.
    raw: Option<String>,
}

/// The segment between its markers. When an inline element crosses the
/// segment's edge (`Siehe [den ersten Teil.` | `Und den zweiten Teil](url)
/// hier.`), one `<span>` cannot hold the segment and nest, so the segment
/// is written in parts, as HTML's parser itself splits a mis-nested
/// element: the part closes before the crossing element closes (or, when
/// the segment ends inside an element that opened within it, before that
/// element opens) and a continuation part opens right after (or right
/// inside). The first part is the segment's `<span class="seg">`; the
/// others are `<span class="seg-part">` with the same `data-*`
/// attributes, which `stele.js` joins to the segment before them.
#[derive(Debug, Clone)]
struct Live {
    /// The opening tag of the segment's first part.
    head: String,
    /// Whether the first part was written (none opens inside an image's
    /// alt text, and an empty one is taken back).
    head_written: bool,
    /// Indexes in `out` of the parts' opening tags (`usize::MAX` for one
    /// inside an HTML fragment).
    parts: Vec<usize>,
}

impl Live {
    fn new(head: String) -> Self {
        Live {
            head,
            head_written: false,
            parts: Vec::new(),
        }
    }

    /// The opening tag of a continuation part.
    fn continuation(&self) -> String {
        self.head
            .replacen("<span class=\"seg\"", "<span class=\"seg-part\"", 1)
    }
}

/// Phrasing elements that inline HTML may open around part of a segment
/// and that a `<span>` may sit in: the ones the renderer keeps nested.
const PHRASING: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var",
];

/// The phrasing element a piece of inline HTML opens (`<b>`, `<a
/// href="…">`: `(name, false)`) or closes (`</b>`: `(name, true)`); `None`
/// for anything else (comments, void or self-closed elements, block
/// elements). The tag is read by [`markup::html_tag`], as the exports read it.
fn raw_element(html: &str) -> Option<(String, bool)> {
    let (name, opens) = markup::html_tag(html)?;
    PHRASING.contains(&name.as_str()).then_some((name, !opens))
}

/// Where the renderer is in one planned block of a source plan.
#[derive(Debug, Clone, Copy, Default)]
struct PlanState {
    /// Non-whitespace characters of the block seen so far.
    seen: usize,
    /// The piece the open (or next) span starts with…
    first: usize,
    /// …and the piece whose end it waits for (later than `first` when
    /// pieces were merged).
    last: usize,
    /// Whether the span for `first` was opened.
    opened: bool,
}

/// The opening tag of a planned span for `pieces` (one, or several merged).
fn planned_span(pieces: &[Piece]) -> String {
    let source: Vec<&str> = pieces.iter().map(|p| p.source.as_str()).collect();
    let sentence = pieces.len() == 1 && pieces[0].sentence;
    format!(
        "<span class=\"seg\" data-align=\"{}\" data-en=\"{}\">",
        if sentence { "sentence" } else { "block" },
        html_escape(&source.join(" "))
    )
}

impl<'a> Renderer<'a, '_> {
    fn segment_open(&self, n: usize) -> String {
        let Some(seg) = self.doc.segments.get(self.doc.body_seg_base + n) else {
            return "<span class=\"seg\">".into();
        };
        if seg.source.is_empty() {
            return format!(
                "<span class=\"seg\" data-seg=\"{}\">",
                html_escape(&seg.id.suffix)
            );
        }
        format!(
            "<span class=\"seg\" data-seg=\"{}\" data-en=\"{}\">",
            html_escape(&seg.id.suffix),
            html_escape(&seg.source_text)
        )
    }

    /// The segment that `SEG_OPEN` followed by `next` opens, if the index
    /// is one of the body's. The parser keeps marker characters out of the
    /// text it hands on (literal ones and `&#xE000;` references alike), so
    /// this only guards the renderer against a marker without its index.
    fn real_marker(&self, next: Option<char>) -> Option<usize> {
        let n = (next? as u32).checked_sub(SEG_INDEX_BASE)? as usize;
        let body_segments = self
            .doc
            .segments
            .len()
            .saturating_sub(self.doc.body_seg_base);
        (n < body_segments).then_some(n)
    }

    /// Replaces segment markers in an HTML fragment with span tags.
    fn markers_in_html(&mut self, html: &str) -> String {
        let mut out = String::with_capacity(html.len() + 64);
        let mut chars = html.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                SEG_OPEN => match self.real_marker(chars.peek().copied()) {
                    Some(n) => {
                        chars.next();
                        let open = self.segment_open(n);
                        out.push_str(&open);
                        // Inside an HTML fragment: not movable (see `inline_end`).
                        self.seg_open_at = (usize::MAX, self.inline_starts.len());
                        self.open_segment = true;
                        self.live = Some(Live {
                            head_written: true,
                            parts: vec![usize::MAX],
                            ..Live::new(open)
                        });
                    }
                    None => out.push(char::REPLACEMENT_CHARACTER),
                },
                SEG_CLOSE if self.open_segment => {
                    out.push_str("</span>");
                    self.open_segment = false;
                    self.live = None;
                }
                SEG_CLOSE if self.live.is_some() => self.live = None,
                SEG_CLOSE => out.push(char::REPLACEMENT_CHARACTER),
                c => out.push(c),
            }
        }
        out
    }

    /// Emits text, turning markers into segment spans.
    fn text(&mut self, t: CowStr<'a>) {
        if !t.contains([SEG_OPEN, SEG_CLOSE]) {
            self.out.push(Event::Text(t));
            return;
        }
        let mut buf = String::new();
        let mut chars = t.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                SEG_OPEN => {
                    let Some(n) = self.real_marker(chars.peek().copied()) else {
                        buf.push(char::REPLACEMENT_CHARACTER);
                        continue;
                    };
                    chars.next();
                    if !buf.is_empty() {
                        self.out
                            .push(Event::Text(CowStr::from(std::mem::take(&mut buf))));
                    }
                    self.close_part();
                    self.live = Some(Live::new(self.segment_open(n)));
                    self.open_part();
                }
                SEG_CLOSE if self.live.is_some() && self.close_after == 0 => {
                    if !buf.is_empty() {
                        self.out
                            .push(Event::Text(CowStr::from(std::mem::take(&mut buf))));
                    }
                    self.segment_end(chars.peek().is_none());
                }
                SEG_CLOSE => buf.push(char::REPLACEMENT_CHARACTER),
                c => buf.push(c),
            }
        }
        if !buf.is_empty() {
            self.out.push(Event::Text(CowStr::from(buf)));
        }
    }

    /// Opens a part of the live segment here: its first part, or a
    /// continuation. None opens in an image's alt text, which the HTML
    /// writer turns into an attribute; the part after the image does.
    fn open_part(&mut self) {
        if self.open_segment || self.in_image() {
            return;
        }
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let tag = if live.head_written {
            live.continuation()
        } else {
            live.head.clone()
        };
        live.head_written = true;
        live.parts.push(self.out.len());
        self.seg_open_at = (self.out.len(), self.inline_starts.len());
        self.out.push(Event::InlineHtml(CowStr::from(tag)));
        self.open_segment = true;
    }

    /// Closes the open part. A continuation part with nothing in it yet
    /// (the segment ended right after the element it continues past) is
    /// taken back rather than written empty.
    fn close_part(&mut self) {
        if !self.open_segment {
            return;
        }
        self.open_segment = false;
        let at = self.seg_open_at.0;
        if let Some(live) = self.live.as_mut() {
            if live.parts.len() > 1 && live.parts.last() == Some(&at) && at + 1 == self.out.len() {
                live.parts.pop();
                self.out.pop();
                return;
            }
        }
        self.out
            .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
    }

    /// The segment's close marker. When inline containers opened inside
    /// its open part are still open (`Siehe [den ersten Teil.` and the
    /// link goes on in the next segment), the part is split around them
    /// first, so that it closes where it opened.
    fn segment_end(&mut self, last: bool) {
        let (at, depth) = self.seg_open_at;
        let ends = std::mem::take(&mut self.ends_next);
        if self.open_segment && depth < self.inline_starts.len() {
            // The containers end right after the segment (`_Text._` whose
            // closing `_` the parser moved out of the markers): the part
            // closes after them instead, whole.
            let deeper = &self.inline_starts[depth..];
            let wraps = last
                && ends.len() >= deeper.len()
                && deeper.iter().rev().zip(&ends).all(|(o, e)| o.raw == *e);
            if wraps {
                self.close_after = deeper.len();
                return;
            }
            if at != usize::MAX {
                self.split_part(at, depth);
            }
        }
        self.close_part();
        self.live = None;
    }

    /// Splits the open part, which starts at `at` in `out` at container
    /// depth `depth`, around the containers opened inside it since: the
    /// part closes before each one starts and a new part opens just
    /// inside it (none inside an image), so the last part is open in the
    /// innermost container, where the segment ends. A part left empty is
    /// taken back (the first part too, when the segment starts with the
    /// element: the first written part is then the segment's head).
    fn split_part(&mut self, at: usize, depth: usize) {
        let Some(mut live) = self.live.take() else {
            return;
        };
        let starts: Vec<usize> = self.inline_starts[depth..].iter().map(|o| o.at).collect();
        let tail = self.out.split_off(at);
        // The open part is the last one written, at `at`.
        live.parts.retain(|&p| p < at);
        live.head_written = !live.parts.is_empty();
        let mut part = None;
        let mut moved = Vec::with_capacity(starts.len());
        let mut in_image = false;
        for (i, ev) in tail.into_iter().enumerate() {
            if i == 0 {
                live.head_written = true;
                part = Some(self.out.len());
                self.out.push(ev);
                continue;
            }
            if !starts.contains(&(at + i)) {
                self.out.push(ev);
                continue;
            }
            if let Some(p) = part.take() {
                if p + 1 == self.out.len() {
                    self.out.pop();
                    live.head_written = !live.parts.is_empty();
                } else {
                    live.parts.push(p);
                    self.out
                        .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
                }
            }
            in_image |= matches!(ev, Event::Start(Tag::Image { .. }));
            moved.push(self.out.len());
            self.out.push(ev);
            if !in_image {
                let tag = if live.head_written {
                    live.continuation()
                } else {
                    live.head.clone()
                };
                live.head_written = true;
                part = Some(self.out.len());
                self.out.push(Event::InlineHtml(CowStr::from(tag)));
            }
        }
        for (o, m) in self.inline_starts[depth..].iter_mut().zip(moved) {
            o.at = m;
        }
        match part {
            Some(p) => {
                live.parts.push(p);
                self.seg_open_at = (p, self.inline_starts.len());
            }
            None => self.open_segment = false,
        }
        self.live = Some(live);
    }

    /// Rewrites the opening tags of the live segment's parts for a new
    /// first-part tag `head` (a planned piece merged with the next).
    fn retag(&mut self, head: String) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        live.head = head;
        let cont = live.continuation();
        for (k, &p) in live.parts.iter().enumerate() {
            if let Some(Event::InlineHtml(h)) = self.out.get_mut(p) {
                *h = CowStr::from(if k == 0 {
                    live.head.clone()
                } else {
                    cont.clone()
                });
            }
        }
    }

    /// Text of planned block `b` (an unmarked translation's source view):
    /// a piece's span opens before its first visible character and closes
    /// after its last one.
    fn planned_text(&mut self, b: usize, t: CowStr<'a>) {
        let mut buf = String::new();
        for c in t.chars() {
            if c.is_whitespace() {
                buf.push(c);
                continue;
            }
            if !buf.is_empty() && self.plan_can_open(b) {
                self.out
                    .push(Event::Text(CowStr::from(std::mem::take(&mut buf))));
            }
            self.plan_open(b);
            buf.push(c);
            self.plan_state[b].seen += 1;
            if self.plan_reached(b) {
                self.out
                    .push(Event::Text(CowStr::from(std::mem::take(&mut buf))));
                self.plan_close(b);
            }
        }
        if !buf.is_empty() {
            self.out.push(Event::Text(CowStr::from(buf)));
        }
    }

    /// Inline code of planned block `b`: it cannot be split, so a piece
    /// that ends inside it ends after it.
    fn planned_code(&mut self, b: usize, t: CowStr<'a>) {
        let w = weight(&t);
        if w > 0 {
            self.plan_open(b);
        }
        self.out.push(Event::Code(t));
        self.plan_state[b].seen += w;
        if self.plan_reached(b) {
            self.plan_close(b);
        }
    }

    /// Whether the next piece of block `b` would open here: none is open,
    /// it was not opened yet, and this is not an image's alt text (which
    /// the HTML writer turns into an attribute).
    fn plan_can_open(&self, b: usize) -> bool {
        let Some(plan) = self.plan else { return false };
        let st = &self.plan_state[b];
        !self.open_segment && !st.opened && st.first < plan.blocks[b].1.len() && !self.in_image()
    }

    fn in_image(&self) -> bool {
        self.inline_starts
            .iter()
            .any(|o| matches!(self.out.get(o.at), Some(Event::Start(Tag::Image { .. }))))
    }

    fn plan_open(&mut self, b: usize) {
        if !self.plan_can_open(b) {
            return;
        }
        let Some(plan) = self.plan else { return };
        let st = &mut self.plan_state[b];
        st.last = st.first;
        st.opened = true;
        let open = planned_span(&plan.blocks[b].1[st.first..=st.first]);
        self.live = Some(Live::new(open));
        self.open_part();
    }

    /// Whether the characters seen reach the end of block `b`'s awaited piece.
    fn plan_reached(&self, b: usize) -> bool {
        let Some(plan) = self.plan else { return false };
        let st = &self.plan_state[b];
        plan.blocks[b]
            .1
            .get(st.last)
            .is_some_and(|p| st.seen >= p.end)
    }

    /// Closes block `b`'s open piece at its end. Where the span cannot
    /// close (inside an inline container it did not open in, or in an
    /// image's alt text), it stays open and takes the next piece too, its
    /// source text joined: never a mis-nested span, never a wrong source.
    fn plan_close(&mut self, b: usize) {
        let Some(plan) = self.plan else { return };
        let pieces = &plan.blocks[b].1;
        let mut st = self.plan_state[b];
        while st.last + 1 < pieces.len() && st.seen >= pieces[st.last + 1].end {
            st.last += 1;
        }
        let depth = self.seg_open_at.1;
        if self.open_segment && st.opened {
            if depth != self.inline_starts.len() || self.in_image() {
                if st.last + 1 < pieces.len() {
                    st.last += 1;
                    self.retag(planned_span(&pieces[st.first..=st.last]));
                }
                // The block's end closes the last one.
                self.plan_state[b] = st;
                return;
            }
            if st.last > st.first {
                self.retag(planned_span(&pieces[st.first..=st.last]));
            }
            self.close_part();
            self.live = None;
        }
        st.first = st.last + 1;
        st.last = st.first;
        st.opened = false;
        self.plan_state[b] = st;
    }

    /// An inline container (emphasis, strong, link…, or the inline HTML
    /// element `raw`) starts at the next event of `out`.
    fn inline_start(&mut self, raw: Option<String>) {
        self.inline_starts.push(OpenInline {
            at: self.out.len(),
            raw,
        });
    }

    /// An inline container ends (its end event comes next). A segment that
    /// began inside it and goes on past it (`**Server** Die Server…`, where
    /// the parser moved the `**` out of the segment markers) would leave
    /// `<strong><span>Server</strong> Die Server</span>`, which HTML
    /// re-nests into a span around "Server" only. When the segment began
    /// at the container's very start, its `<span>` moves in front of the
    /// container, so the whole segment is wrapped; otherwise (a segment
    /// starting mid-link and going on after it: `[…] <span>Und den zweiten
    /// Teil](url) hier.`) its part closes here and a continuation part
    /// opens after the container's end (`reopen`), so the rest of the
    /// segment is wrapped too, and nothing is mis-nested.
    fn inline_end(&mut self) {
        let Some(start) = self.inline_starts.pop().map(|o| o.at) else {
            return;
        };
        let ends_image = matches!(self.out.get(start), Some(Event::Start(Tag::Image { .. })));
        let (at, depth) = self.seg_open_at;
        if !self.open_segment || depth <= self.inline_starts.len() {
            // A segment that began inside an image's alt text has its
            // first part after the image.
            self.reopen |= ends_image && !self.open_segment && self.live.is_some();
            return;
        }
        let only_starts = at < self.out.len()
            && self.live.as_ref().is_some_and(|l| l.parts.len() == 1)
            && self.out[start..at].iter().all(|e| match e {
                Event::Start(
                    Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. },
                ) => true,
                Event::InlineHtml(h) => raw_element(h).is_some_and(|(_, closing)| !closing),
                _ => false,
            });
        if only_starts {
            let open = self.out.remove(at);
            self.out.insert(start, open);
            self.seg_open_at = (start, self.inline_starts.len());
            if let Some(live) = self.live.as_mut() {
                live.parts = vec![start];
            }
        } else {
            self.close_part();
            self.reopen = self.live.is_some();
        }
    }

    /// A raw inline HTML tag: a phrasing element's start or end is
    /// tracked like a markdown container (its end only when it closes the
    /// innermost one).
    fn track_raw(&mut self, html: &str) {
        match raw_element(html) {
            Some((name, false)) => self.inline_start(Some(name)),
            Some((name, true))
                if self
                    .inline_starts
                    .last()
                    .is_some_and(|o| o.raw.as_deref() == Some(name.as_str())) =>
            {
                self.inline_end()
            }
            _ => {}
        }
    }

    /// After an event was written: the continuation part that `inline_end`
    /// asked for opens.
    fn after_event(&mut self) {
        if std::mem::take(&mut self.reopen) {
            self.open_part();
        }
        if self.close_after > 0 && self.seg_open_at.1 + self.close_after > self.inline_starts.len()
        {
            // One of the containers the ended segment waits for has ended.
            self.close_after -= 1;
            if self.close_after == 0 {
                self.close_part();
                self.live = None;
            }
        }
    }

    /// Closes a segment span left open at a block boundary, so that HTML
    /// stays balanced even when a segment crosses blocks; inline HTML
    /// elements left open there are forgotten.
    fn close_open_segment(&mut self) {
        self.close_after = 0;
        self.close_part();
        self.live = None;
        self.reopen = false;
        self.inline_starts.retain(|o| o.raw.is_none());
    }

    fn warn_at(&mut self, marked_off: usize, code: &'static str, msg: String, hint: &str) {
        let d = Diagnostic::warning(code, &self.doc.path, msg);
        self.report_at(marked_off, d, hint);
    }

    fn report_at(&mut self, marked_off: usize, d: Diagnostic, hint: &str) {
        let off = self.doc.marked_to_file(marked_off);
        let (line, col) = self.doc.line_col(self.text, off);
        self.diagnostics.push(d.at(line, col).hint(hint));
    }

    // `i` comes from `find` of an ASCII char, and `resolved` ends with the ASCII `.md` here: char boundaries.
    #[allow(clippy::string_slice)]
    fn rewrite_link(&mut self, dest: &str, marked_off: usize, image: bool) -> Option<String> {
        if !super::sanitize::keeps_url(dest) {
            let scheme = super::sanitize::scheme(dest.trim_start()).unwrap_or_default();
            self.warn_at(
                marked_off,
                "unsafe-link",
                format!("link `{dest}` uses the scheme `{scheme}:`, which pages never link to, so it was removed"),
                "use an http(s), mailto, tel, ftp or another common scheme, or write the address as text",
            );
            return None;
        }
        if !is_relative(dest) {
            return None;
        }
        let (path, frag) = match dest.find(['#', '?']) {
            Some(i) => (&dest[..i], &dest[i..]),
            None => (dest, ""),
        };
        let decoded = percent_decode(path);
        let Some(resolved) = resolve_path(self.ctx.file_dir, &decoded) else {
            self.warn_at(
                marked_off,
                "broken-link",
                format!("link `{dest}` points outside the locale folder"),
                "link to another article with a relative path such as `other-article.md`",
            );
            return None;
        };
        let tag = &self.ctx.site.locales[self.ctx.locale].tag;
        if resolved.to_ascii_lowercase().ends_with(".md") {
            let key = &resolved[..resolved.len() - 3];
            if self.ctx.site.articles.contains_key(key) {
                return Some(format!(
                    "{}{}{}",
                    self.ctx.root,
                    article_url(tag, key),
                    frag
                ));
            }
            self.warn_at(
                marked_off,
                "broken-link",
                format!(
                    "link `{dest}` points to `{resolved}`, which is not an article of this site"
                ),
                "fix the path, add the article to content/<locale>/, or link to its published URL",
            );
            return None;
        }
        // Other relative files (images, downloads) are copied beside the
        // pages of their locale; a locale that lacks one uses the next
        // along its chain (a translation showing the source's screenshots).
        // `resolved` is decoded, so it is encoded again in the URL.
        let site = self.ctx.site;
        let found = site.chain(self.ctx.locale).into_iter().find_map(|c| {
            site.assets
                .iter()
                .find(|(l, rel, _)| *l == c && *rel == resolved)
                .map(|(_, _, abs)| (c, abs))
        });
        let Some((c, abs)) = found else {
            // A path whose last part has no extension may be a folder or a
            // page of another tool: only what looks like a file is reported.
            let file_like = resolved.rsplit('/').next().is_some_and(|n| n.contains('.'));
            if image {
                self.warn_at(
                    marked_off,
                    "missing-image",
                    format!("image `{dest}` points to `{resolved}`, which is not in content/{tag}/ (or along its fallback chain)"),
                    "add the file next to the article, or fix the path (it is relative to the article's folder)",
                );
            } else if file_like {
                self.warn_at(
                    marked_off,
                    "broken-link",
                    format!("link `{dest}` points to `{resolved}`, which is not a file of content/{tag}/ (or along its fallback chain)"),
                    "add the file, fix the path (it is relative to the article's folder), or link to its published URL",
                );
            }
            return Some(format!(
                "{}{}/{}{}",
                self.ctx.root,
                tag,
                percent_encode_path(&resolved),
                frag
            ));
        };
        let url = format!(
            "{}{}/{}{}",
            self.ctx.root,
            site.locales[c].tag,
            percent_encode_path(&resolved),
            frag
        );
        if image {
            if let Ok(size) = imagesize::size(abs) {
                self.image_sizes
                    .insert(url.clone(), (size.width, size.height));
            }
        }
        Some(url)
    }

    /// Raw HTML with its `<img src="…">` rewritten like markdown images:
    /// the path resolved (and checked) against the article's folder,
    /// `loading="lazy"`, and the file's width and height when known.
    /// `marked_off` is where `html` starts in the marked body.
    // Every index comes from `find` of ASCII text (`<img`) or from
    // `parse_tag`, whose positions are at ASCII bytes: char boundaries.
    #[allow(clippy::string_slice)]
    fn rewrite_raw_images(&mut self, html: &str, marked_off: usize) -> String {
        let lower = html.to_ascii_lowercase();
        let mut out = String::with_capacity(html.len() + 64);
        let mut last = 0;
        let mut from = 0;
        while let Some(i) = lower[from..].find("<img").map(|i| i + from) {
            from = i + 4;
            if !lower[from..].starts_with(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            {
                continue;
            }
            let Some(tag) = parse_tag(html, from) else {
                break;
            };
            let src = tag.attrs.iter().find(|a| a.0.eq_ignore_ascii_case("src"));
            let Some((_, value, range)) = src else {
                continue;
            };
            let Some(url) = self.rewrite_link(value, marked_off + i, true) else {
                continue;
            };
            let has = |n: &str| tag.attrs.iter().any(|a| a.0.eq_ignore_ascii_case(n));
            let mut extra = String::new();
            if !has("loading") {
                extra.push_str(" loading=\"lazy\"");
            }
            if let Some((w, h)) = self.image_sizes.get(&url) {
                if !has("width") && !has("height") {
                    extra.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
                }
            }
            out.push_str(&html[last..i + 4]);
            out.push_str(&extra);
            out.push_str(&html[i + 4..range.start]);
            out.push('"');
            out.push_str(&html_escape(&url));
            out.push('"');
            last = range.end;
            from = tag.end;
        }
        out.push_str(&html[last..]);
        out
    }

    fn unique_id(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = 1;
        while !self.used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    fn include(&mut self, path: &str, marked_off: usize) {
        let Some(resolved) = resolve_path(self.ctx.file_dir, path) else {
            self.warn_at(
                marked_off,
                "broken-include",
                format!("include `{path}` points outside the locale folder"),
                "includes live in an `includes/` folder of the same locale",
            );
            return;
        };
        if self.ctx.depth >= 8 {
            self.warn_at(
                marked_off,
                "broken-include",
                format!("include `{path}` nests more than 8 deep (a cycle?)"),
                "an include must not include itself",
            );
            return;
        }
        if self.over_budget {
            // Reported once, where the budget ran out.
            return;
        }
        match self.ctx.includes.get(&resolved, self.ctx.locale) {
            Some((doc, text)) => {
                let left = self.ctx.include_budget.saturating_sub(self.included);
                if text.len() > left {
                    self.over_budget = true;
                    let d = Diagnostic::error(
                        "include-too-large",
                        &self.doc.path,
                        format!(
                            "include `{path}` makes the article's includes expand past {} KiB \
                             (all levels counted; `{resolved}` is {} bytes)",
                            MAX_INCLUDE_BYTES / 1024,
                            text.len()
                        ),
                    );
                    self.report_at(
                        marked_off,
                        d,
                        "an include that includes another several times multiplies at every \
                         level: include each file once, or split the article",
                    );
                    return;
                }
                self.included += text.len();
                let dir = resolved.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
                let sub = BodyCtx {
                    file_dir: dir,
                    depth: self.ctx.depth + 1,
                    include_budget: left - text.len(),
                    ..*self.ctx
                };
                let body = render_body(doc, text, &sub);
                self.included += body.included;
                self.over_budget |= body.over_budget;
                self.diagnostics.extend(body.diagnostics);
                self.out.push(Event::Html(CowStr::from(format!(
                    "<div class=\"include\">{}</div>",
                    body.html
                ))));
            }
            None => self.warn_at(
                marked_off,
                "broken-include",
                format!("include `{path}` (`{resolved}`) does not exist in any locale"),
                "create the file under content/<locale>/includes/ or fix the path",
            ),
        }
    }
}

/// Renders the body of `doc` to (unsanitized) HTML.
///
/// One pass over pulldown-cmark's events of the marked body: each event
/// either goes to `out` as it is or is handed to the [`Renderer`] method
/// for its kind (segments, headings, code, links, directives, alerts).
pub fn render_body(doc: &Document, text: &str, ctx: &BodyCtx) -> RenderedBody {
    render_body_with(doc, text, ctx, None)
}

/// [`render_body`] for a translation without markup whose alignment gave
/// it a source plan: its sentences (or blocks) become segment spans.
// event ranges come from pulldown-cmark's offset iterator over `marked_body`: char boundaries.
#[allow(clippy::string_slice)]
pub fn render_body_with(
    doc: &Document,
    text: &str,
    ctx: &BodyCtx,
    plan: Option<&SourcePlan>,
) -> RenderedBody {
    let includes: HashMap<usize, &str> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Include { path } => Some((b.marked_range.start, path.as_str())),
            _ => None,
        })
        .collect();
    let anchors: HashMap<usize, &str> = doc
        .blocks
        .iter()
        .filter_map(|b| match (&b.kind, &b.anchor) {
            (BlockKind::Heading { .. }, Some(a)) => Some((b.marked_range.start, a.as_str())),
            _ => None,
        })
        .collect();
    let mut r = Renderer::new(doc, text, ctx, plan);
    let mut iter = Lookahead {
        inner: Parser::new_ext(&doc.marked_body, markup::markdown_options()).into_offset_iter(),
        buf: std::collections::VecDeque::new(),
    };
    while let Some((ev, range)) = iter.next() {
        if r.code.is_some() {
            r.code_event(ev);
            continue;
        }
        if let Event::Text(t) = &ev {
            if t.ends_with(SEG_CLOSE) && r.open_segment && r.seg_open_at.1 < r.inline_starts.len() {
                r.ends_next = container_ends(&mut iter);
            }
        }
        r.track_inline(&ev);
        match ev {
            Event::Start(Tag::Paragraph) if includes.contains_key(&range.start) => {
                skip_paragraph(&mut iter);
                r.include(includes[&range.start], range.start);
            }
            Event::Start(Tag::Paragraph)
                if video_url(&doc.marked_body[range.clone()]).is_some() =>
            {
                skip_paragraph(&mut iter);
                r.video(video_url(&doc.marked_body[range]).unwrap_or_default());
            }
            Event::Start(Tag::CodeBlock(kind)) => r.code_start(kind),
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let id = id
                    .map(|i| i.to_string())
                    .or_else(|| anchors.get(&range.start).map(|s| s.to_string()));
                r.heading_start(level, id, classes, attrs);
            }
            Event::End(TagEnd::Heading(level)) => r.heading_end(level),
            Event::InlineHtml(h)
                if r.heading.is_some() && crate::markup::anchor_name(&h).is_some() =>
            {
                // The `<a name>` anchor became the heading's id.
            }
            Event::Text(t) => {
                if let Some((_, _, text, _)) = r.heading.as_mut() {
                    text.push_str(&t);
                }
                match r.plan.and_then(|p| p.block_at(range.start)) {
                    Some(b) => r.planned_text(b, t),
                    None => r.text(t),
                }
            }
            Event::Code(t) => {
                if let Some((_, _, text, _)) = r.heading.as_mut() {
                    text.push_str(&t);
                }
                match r.plan.and_then(|p| p.block_at(range.start)) {
                    Some(b) => r.planned_code(b, t),
                    None => r.out.push(Event::Code(t)),
                }
            }
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                r.link_start(tag, range.start)
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => r.alert_start(AlertKind::from(kind)),
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                r.close_open_segment();
                r.out.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            Event::Start(Tag::Table(align)) => {
                r.out
                    .push(Event::Html(CowStr::Borrowed("<div class=\"table-wrap\">")));
                r.out.push(Event::Start(Tag::Table(align)));
            }
            Event::End(TagEnd::Table) => {
                r.close_open_segment();
                r.out.push(Event::End(TagEnd::Table));
                r.out.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            Event::Html(h) => {
                let h = r.rewrite_raw_images(&h, range.start);
                let h = r.markers_in_html(&h);
                r.out.push(Event::Html(CowStr::from(h)));
            }
            Event::InlineHtml(h) => {
                r.track_raw(&h);
                let h = r.rewrite_raw_images(&h, range.start);
                let h = r.markers_in_html(&h);
                r.out.push(Event::InlineHtml(CowStr::from(h)));
            }
            Event::End(
                end @ (TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(None)
                | TagEnd::FootnoteDefinition),
            ) => {
                r.close_open_segment();
                r.out.push(Event::End(end));
            }
            ev => r.out.push(ev),
        }
        r.after_event();
    }
    r.finish()
}

impl<'a, 'b> Renderer<'a, 'b> {
    /// A renderer at the start of `doc`'s marked body, nothing written yet.
    fn new(
        doc: &'a Document,
        text: &'a str,
        ctx: &'a BodyCtx<'b>,
        plan: Option<&'a SourcePlan>,
    ) -> Self {
        Renderer {
            doc,
            text,
            ctx,
            out: Vec::new(),
            diagnostics: Vec::new(),
            headings: Vec::new(),
            // Ids the page templates use: a heading must not take them.
            used_ids: RESERVED_IDS.iter().map(|s| s.to_string()).collect(),
            open_segment: false,
            inline_starts: Vec::new(),
            seg_open_at: (0, 0),
            live: None,
            close_after: 0,
            ends_next: Vec::new(),
            reopen: false,
            included: 0,
            over_budget: false,
            code: None,
            heading: None,
            image_sizes: HashMap::new(),
            plan: plan.filter(|p| !p.is_empty()),
            plan_state: vec![PlanState::default(); plan.map_or(0, |p| p.blocks.len())],
        }
    }
}

/// An iterator that can look a few items ahead.
struct Lookahead<I: Iterator> {
    inner: I,
    buf: std::collections::VecDeque<I::Item>,
}

impl<I: Iterator> Iterator for Lookahead<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.buf.pop_front().or_else(|| self.inner.next())
    }
}

impl<I: Iterator> Lookahead<I> {
    fn peek_nth(&mut self, n: usize) -> Option<&I::Item> {
        while self.buf.len() <= n {
            let item = self.inner.next()?;
            self.buf.push_back(item);
        }
        self.buf.get(n)
    }
}

/// The inline containers whose ends come next, innermost first: `None`
/// for markdown ones, the element name for inline HTML end tags.
fn container_ends<'e, I>(iter: &mut Lookahead<I>) -> Vec<Option<String>>
where
    I: Iterator<Item = (Event<'e>, std::ops::Range<usize>)>,
{
    let mut ends = Vec::new();
    while let Some((ev, _)) = iter.peek_nth(ends.len()) {
        match ev {
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => ends.push(None),
            Event::InlineHtml(h) => match raw_element(h) {
                Some((name, true)) => ends.push(Some(name)),
                _ => break,
            },
            _ => break,
        }
    }
    ends
}

/// Skips the events of a directive's paragraph (an include, a video): the
/// directive is rendered in their place.
fn skip_paragraph<'e>(iter: &mut impl Iterator<Item = (Event<'e>, std::ops::Range<usize>)>) {
    for (ev, _) in iter.by_ref() {
        if matches!(ev, Event::End(TagEnd::Paragraph)) {
            break;
        }
    }
}

impl<'a> Renderer<'a, '_> {
    /// Keeps `inline_starts` up to date: segments that start inside an
    /// inline container are closed and reopened around its end.
    fn track_inline(&mut self, ev: &Event<'a>) {
        match ev {
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. },
            ) => self.inline_start(None),
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => self.inline_end(),
            _ => {}
        }
    }

    fn code_start(&mut self, kind: pulldown_cmark::CodeBlockKind<'a>) {
        self.close_open_segment();
        let lang = match kind {
            pulldown_cmark::CodeBlockKind::Fenced(l) => l
                .split_whitespace()
                .next()
                .map(str::to_string)
                .filter(|l| !l.is_empty()),
            pulldown_cmark::CodeBlockKind::Indented => None,
        };
        self.code = Some((lang, String::new()));
    }

    /// An event inside a code block: its text is collected and the whole
    /// block highlighted at its end.
    fn code_event(&mut self, ev: Event<'a>) {
        let Some((_, buf)) = self.code.as_mut() else {
            return;
        };
        match ev {
            Event::Text(t) => buf.push_str(&t),
            Event::End(TagEnd::CodeBlock) => {
                let (lang, buf) = self.code.take().unwrap_or_default();
                self.out
                    .push(Event::Html(CowStr::from(code_block(&buf, lang.as_deref()))));
            }
            _ => {}
        }
    }

    fn heading_start(
        &mut self,
        level: pulldown_cmark::HeadingLevel,
        explicit: Option<String>,
        classes: Vec<CowStr<'a>>,
        attrs: Vec<(CowStr<'a>, Option<CowStr<'a>>)>,
    ) {
        if self.ctx.heading_links && anchored(level as u8) {
            self.out
                .push(Event::Html(CowStr::Borrowed("<div class=\"hx\">")));
        }
        self.heading = Some((
            level as u8,
            explicit.unwrap_or_default(),
            String::new(),
            self.out.len(),
        ));
        self.out.push(Event::Start(Tag::Heading {
            level,
            id: None,
            classes,
            attrs,
        }));
    }

    /// Ends a heading: its id (explicit, `<a name>`, or from its text,
    /// made unique), its link, and its entry in the outline.
    fn heading_end(&mut self, level: pulldown_cmark::HeadingLevel) {
        self.close_open_segment();
        let Some((lvl, id, text, idx)) = self.heading.take() else {
            self.out.push(Event::End(TagEnd::Heading(level)));
            return;
        };
        let text = markup_text(&text);
        let id = self.unique_id(if id.is_empty() { slugify(&text) } else { id });
        if let Some(Event::Start(Tag::Heading {
            level,
            classes,
            attrs,
            ..
        })) = self.out.get(idx).cloned()
        {
            self.out[idx] = Event::Start(Tag::Heading {
                level,
                id: Some(CowStr::from(id.clone())),
                classes,
                attrs,
            });
        }
        self.out.push(Event::End(TagEnd::Heading(level)));
        if self.ctx.heading_links && anchored(lvl) {
            // A link to the section beside its heading, not in
            // it: inside, its name would join the heading's.
            let mut args = FluentArgs::new();
            args.set("heading", text.clone());
            let label = self
                .ctx
                .i18n
                .msg(self.ctx.lang, "heading-link", Some(&args));
            self.out.push(Event::Html(CowStr::from(format!(
                "<a class=\"heading-anchor\" href=\"#{}\" aria-label=\"{}\">#</a></div>\n",
                html_escape(&id),
                html_escape(&label)
            ))));
        }
        self.headings.push(Heading {
            level: lvl,
            id,
            text,
        });
    }

    /// DocFX's `[!VIDEO url]`: a link, not an embed, so no third-party
    /// player loads (and the CSP stays closed).
    fn video(&mut self, url: &str) {
        let label = self.ctx.i18n.msg_html(self.ctx.lang, "video-link", None);
        self.out.push(Event::Html(CowStr::from(format!(
            "<p class=\"video\"><a href=\"{}\">{}</a> <span class=\"video-host\">({})</span></p>\n",
            html_escape(url),
            label,
            html_escape(url.split('/').nth(2).unwrap_or(url))
        ))));
    }

    /// A link or an image: its target rewritten to the output's URL (and
    /// checked), except e-mail autolinks (`<support@contoso.com>`), to
    /// which the HTML writer adds `mailto:`.
    fn link_start(&mut self, tag: Tag<'a>, marked_off: usize) {
        let tag = match tag {
            Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let email = matches!(link_type, pulldown_cmark::LinkType::Email);
                let dest = (!email)
                    .then(|| self.rewrite_link(&dest_url, marked_off, false))
                    .flatten()
                    .map(CowStr::from)
                    .unwrap_or(dest_url);
                Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }
            }
            Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let dest = self
                    .rewrite_link(&dest_url, marked_off, true)
                    .map(CowStr::from)
                    .unwrap_or(dest_url);
                Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }
            }
            other => other,
        };
        self.out.push(Event::Start(tag));
    }

    /// `> [!NOTE]` and its kin: a titled box, the title in the page's
    /// language.
    fn alert_start(&mut self, kind: AlertKind) {
        let title = self
            .ctx
            .i18n
            .msg_html(self.ctx.lang, &format!("alert-{}", kind.name()), None);
        self.out.push(Event::Html(CowStr::from(format!(
            "<div class=\"alert alert-{}\" role=\"note\"><p class=\"alert-title\">{title}</p>\n",
            kind.name(),
        ))));
    }

    /// Writes the events as HTML.
    // The image sizing slices at `find` of ASCII `<img src="` and 10 bytes
    // after it: char boundaries.
    #[allow(clippy::string_slice)]
    fn finish(mut self) -> RenderedBody {
        self.close_open_segment();
        let len = self.doc.marked_body.len();
        let mut html = String::with_capacity(len + len / 2);
        pulldown_cmark::html::push_html(&mut html, self.out.into_iter());
        // Table column alignment: the HTML writer puts it in a style attribute,
        // which the sanitizer and the CSP (no inline styles) would drop.
        if html.contains(" style=\"text-align: ") {
            for cell in ["th", "td"] {
                for side in ["left", "center", "right"] {
                    html = html.replace(
                        &format!("<{cell} style=\"text-align: {side}\">"),
                        &format!("<{cell} class=\"align-{side}\">"),
                    );
                }
            }
        }
        // Markdown images: lazy, and sized when the file's size is known (the
        // HTML writer prints `<img src="` and the URL as given for plain paths).
        if html.contains("<img src=\"") {
            let mut sized = String::with_capacity(html.len() + 64);
            let mut rest = html.as_str();
            while let Some(i) = rest.find("<img src=\"") {
                sized.push_str(&rest[..i]);
                let after = &rest[i + 10..];
                let url = after.split('"').next().unwrap_or("");
                sized.push_str("<img loading=\"lazy\"");
                if let Some((w, h)) = self.image_sizes.get(&url.replace("&amp;", "&")) {
                    sized.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
                }
                sized.push_str(" src=\"");
                rest = after;
            }
            sized.push_str(rest);
            html = sized;
        }
        RenderedBody {
            html,
            headings: self.headings,
            diagnostics: self.diagnostics,
            included: self.included,
            over_budget: self.over_budget,
        }
    }
}

/// An HTML start tag's attributes, read from `html` just after its name:
/// (name, value, byte range of the value with its quotes) each, and where
/// the tag ends. `None` when the tag does not end.
struct RawTag {
    attrs: Vec<(String, String, std::ops::Range<usize>)>,
    end: usize,
}

// `i` only ever stops at ASCII bytes (whitespace, `=`, `>`, `/`, quotes)
// or at the end: char boundaries.
#[allow(clippy::string_slice)]
fn parse_tag(html: &str, mut i: usize) -> Option<RawTag> {
    let b = html.as_bytes();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if b[i] == b'>' {
            return Some(RawTag { attrs, end: i + 1 });
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = html[name_start..i].to_string();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let start = i;
            let value = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = html[i + 1..].find(q as char)? + i + 1;
                    i = close + 1;
                    &html[start + 1..close]
                }
                Some(_) => {
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    &html[start..i]
                }
                None => return None,
            };
            attrs.push((name, decode_entities(value), start..i));
        } else {
            attrs.push((name, String::new(), i..i));
        }
    }
}

/// The few entities a hand-written `src` may hold.
fn decode_entities(v: &str) -> String {
    v.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Whether headings of this level get a link to their section (h2, h3:
/// the outline's levels; h1 is the page itself).
fn anchored(level: u8) -> bool {
    matches!(level, 2 | 3)
}

/// The https URL of a DocFX `[!VIDEO https://…]` paragraph.
fn video_url(p: &str) -> Option<&str> {
    let inner = p.trim().strip_prefix("[!VIDEO")?.strip_suffix(']')?.trim();
    (inner.starts_with("https://") && !inner.contains(char::is_whitespace)).then_some(inner)
}

/// Element ids of the built-in templates (`base.html`, `page.html`,
/// `errors.html`, `search.html`, and those stele.js adds); heading ids skip
/// them (`main` becomes `main-1`).
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "lookup-q",
    "lookup-results",
    "lookup-page-q",
    "lookup-page-results",
    "search-suggest",
    "search-page",
    "seg-tip",
    "on-this-page-title",
];

/// Removes segment markers from text collected for headings.
pub(crate) fn markup_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            SEG_OPEN => {
                chars.next();
            }
            SEG_CLOSE => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_links() {
        assert_eq!(
            resolve_path("powershell", "../a.md").as_deref(),
            Some("a.md")
        );
        assert_eq!(resolve_path("", "./x/y.md").as_deref(), Some("x/y.md"));
        assert_eq!(resolve_path("", "../a.md"), None);
        assert!(is_relative("a.md#x"));
        assert!(!is_relative("https://x"));
        assert!(!is_relative("mailto:a@b"));
        assert!(!is_relative("#top"));
        assert!(!is_relative("/Office365/x"));
    }

    struct NoIncludes;
    impl Includes for NoIncludes {
        fn get(&self, _: &str, _: usize) -> Option<(&Document, &str)> {
            None
        }
    }

    /// `<span data-ttu-id>` markup for German `de` over English `en`.
    fn seg(id: u32, de: &str, en: &str) -> String {
        format!(
            "<span data-ttu-id=\"ab-{id}\">{de}</span><span class=\"sxs-lookup\"><span data-stu-id=\"ab-{id}\">{en}</span></span>"
        )
    }

    /// The unsanitized HTML of a German body (the sanitizer would repair
    /// mis-nesting and hide it).
    fn render_de(body: &str) -> String {
        let tmp = tempfile::tempdir().expect("tempdir");
        for l in ["en", "de"] {
            std::fs::create_dir_all(tmp.path().join("content").join(l)).expect("mkdir");
            std::fs::write(
                tmp.path().join("content").join(l).join("a.md"),
                "---\ntitle: A\n---\nA.\n",
            )
            .expect("write");
        }
        let (site, _) = crate::content::load(tmp.path()).expect("site");
        let (i18n, _) = I18n::load(None, &"en".parse().expect("lang"));
        let lang: LanguageIdentifier = "de".parse().expect("lang");
        let text = format!("---\ntitle: A\n---\n{body}\n");
        let doc = markup::parse(std::path::Path::new("content/de/a.md"), &text);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        let ctx = BodyCtx {
            site: &site,
            locale: site.locale_index("de").expect("de"),
            lang: &lang,
            file_dir: "",
            root: "../../",
            i18n: &i18n,
            includes: &NoIncludes,
            depth: 0,
            include_budget: MAX_INCLUDE_BYTES,
            heading_links: false,
        };
        render_body(&doc, &text, &ctx).html
    }

    /// Reads `html` as a stack of tags: panics on an end tag that does
    /// not close the innermost open element, and on text outside every
    /// segment part; returns each segment's text (by `data-seg`, parts
    /// joined) and, per segment, its parts' classes in order.
    // Every index comes from `find` of an ASCII character: char boundaries.
    #[allow(clippy::string_slice)]
    fn segment_texts(html: &str) -> Vec<(String, String, Vec<String>)> {
        const VOID: &[&str] = &["br", "img", "hr", "wbr"];
        let attr = |tag: &str, name: &str| {
            let key = format!(" {name}=\"");
            tag.find(&key).map(|i| {
                let v = &tag[i + key.len()..];
                v[..v.find('"').expect("quote")].to_string()
            })
        };
        let mut stack: Vec<(String, Option<String>)> = Vec::new();
        let mut segs: Vec<(String, String, Vec<String>)> = Vec::new();
        let mut rest = html;
        while !rest.is_empty() {
            let (text, tag) = match rest.find('<') {
                Some(0) => {
                    let end = rest.find('>').expect("tag end") + 1;
                    let tag = &rest[..end];
                    rest = &rest[end..];
                    ("", Some(tag))
                }
                Some(i) => {
                    let t = &rest[..i];
                    rest = &rest[i..];
                    (t, None)
                }
                None => (std::mem::take(&mut rest), None),
            };
            if let Some(tag) = tag {
                if let Some(name) = tag.strip_prefix("</") {
                    let name = name.trim_end_matches('>');
                    let open = stack.pop().map(|(n, _)| n);
                    assert_eq!(open.as_deref(), Some(name), "mis-nested in {html}");
                } else {
                    let name: String = tag[1..]
                        .chars()
                        .take_while(char::is_ascii_alphanumeric)
                        .collect();
                    if VOID.contains(&name.as_str()) {
                        continue;
                    }
                    let id = attr(tag, "data-seg");
                    if let (Some(id), Some(class)) = (&id, attr(tag, "class")) {
                        match segs.iter_mut().find(|s| &s.0 == id) {
                            Some(s) => s.2.push(class),
                            None => segs.push((id.clone(), String::new(), vec![class])),
                        }
                    }
                    stack.push((name, id));
                }
            } else if !text.trim().is_empty() {
                let Some(id) = stack.iter().rev().find_map(|(_, id)| id.as_ref()) else {
                    panic!("{text:?} is outside every segment in {html}");
                };
                let s = segs.iter_mut().find(|s| &s.0 == id).expect("segment");
                s.1.push_str(text);
            } else if let Some(id) = stack.iter().rev().find_map(|(_, id)| id.as_ref()) {
                let s = segs.iter_mut().find(|s| &s.0 == id).expect("segment");
                s.1.push_str(text);
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?} in {html}");
        segs
    }

    fn one_part(id: &str, text: &str) -> (String, String, Vec<String>) {
        (id.into(), text.into(), vec!["seg".into()])
    }

    fn parts(id: &str, text: &str, n: usize) -> (String, String, Vec<String>) {
        let mut classes = vec!["seg".to_string()];
        classes.resize(n, "seg-part".into());
        (id.into(), text.into(), classes)
    }

    /// A link, `<a>` or `<b>` across a segment edge: the segment is
    /// written in parts, each inside the element or outside it, so the
    /// HTML nests and every character is in a part of its segment.
    #[test]
    fn elements_across_a_segment_edge_split_the_segment_into_parts() {
        let body = format!(
            "{} {} {} {}\n\n{} {}",
            seg(101, "Siehe [den ersten Teil.", "See [the first part."),
            seg(
                102,
                "Und den zweiten Teil](https://example.com/a) hier.",
                "And the second part](https://example.com/a) here."
            ),
            seg(
                103,
                "Auch <a href=\"https://example.com/b\">ein Satz.",
                "Also <a href=\"https://example.com/b\">one sentence."
            ),
            seg(104, "Und noch einer</a> Ende.", "And another</a> end."),
            seg(
                105,
                "Dann beachten Sie <b>diesen Satz.",
                "Then note <b>this sentence."
            ),
            seg(106, "Und jenen</b> auch.", "And that one</b> too."),
        );
        let html = render_de(&body);
        assert_eq!(
            segment_texts(&html),
            [
                parts("101", "Siehe den ersten Teil.", 2),
                parts("102", "Und den zweiten Teil hier.", 2),
                parts("103", "Auch ein Satz.", 2),
                parts("104", "Und noch einer Ende.", 2),
                parts("105", "Dann beachten Sie diesen Satz.", 2),
                parts("106", "Und jenen auch.", 2),
            ],
            "{html}"
        );
        // One link each, not cut in two.
        assert_eq!(html.matches("<a href").count(), 2, "{html}");
        assert!(
            html.contains("data-en=\"And the second part here.\"> hier.</span>"),
            "{html}"
        );
    }

    /// Emphasis the parser cannot move out of the markers, nested
    /// elements, and a segment that starts with the crossing element.
    #[test]
    fn emphasis_and_nested_elements_across_a_segment_edge() {
        let body = format!(
            "{} {}\n\n{} {}\n\n{} {}",
            seg(101, "Lies **das hier.", "Read **this."),
            seg(102, "Und das** auch.", "And that** too."),
            seg(103, "Siehe [*den ersten Teil.", "See [*the first part."),
            seg(
                104,
                "Und den* zweiten](https://example.com/a) hier.",
                "And the* second](https://example.com/a) here."
            ),
            seg(105, "[Der Link.", "[The link."),
            seg(
                106,
                "Geht weiter](https://example.com/c) und endet.",
                "Goes on](https://example.com/c) and ends."
            ),
        );
        let html = render_de(&body);
        assert_eq!(
            segment_texts(&html),
            [
                parts("101", "Lies das hier.", 2),
                parts("102", "Und das auch.", 2),
                parts("103", "Siehe den ersten Teil.", 2),
                parts("104", "Und den zweiten hier.", 3),
                one_part("105", "Der Link."),
                parts("106", "Geht weiter und endet.", 2),
            ],
            "{html}"
        );
        assert!(
            html.contains("<a href=\"https://example.com/c\"><span class=\"seg\" data-seg=\"105\""),
            "{html}"
        );
    }

    /// An image whose alt text two segments share: no part opens in the
    /// alt text (an attribute); the second segment's text after the image
    /// is its first part.
    #[test]
    fn an_image_across_a_segment_edge_holds_no_part() {
        let body = format!(
            "{} {}",
            seg(101, "Siehe ![Bild eins.", "See ![Picture one."),
            seg(
                102,
                "Bild zwei](https://example.com/x.png) hier.",
                "Picture two](https://example.com/x.png) here."
            ),
        );
        let html = render_de(&body);
        assert_eq!(
            segment_texts(&html),
            [one_part("101", "Siehe "), one_part("102", " hier.")],
            "{html}"
        );
        assert!(html.contains("alt=\"Bild eins. Bild zwei\""), "{html}");
    }

    /// Segments that hold their elements whole stay one span each.
    #[test]
    fn segments_holding_their_elements_stay_whole() {
        let body = format!(
            "{} {}",
            seg(
                101,
                "Siehe [den Teil](https://example.com/a).",
                "See [the part](https://example.com/a)."
            ),
            seg(102, "Und <b>das</b> auch.", "And <b>that</b> too."),
        );
        let html = render_de(&body);
        assert_eq!(
            segment_texts(&html),
            [
                one_part("101", "Siehe den Teil."),
                one_part("102", "Und das auch.")
            ],
            "{html}"
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("5.7.705: Tenant has exceeded"),
            "5-7-705-tenant-has-exceeded"
        );
        assert_eq!(slugify("未注册域的问题"), "未注册域的问题");
        assert_eq!(slugify("!!"), "section");
    }
}
