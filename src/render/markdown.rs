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
    open_segment: bool,
    /// Indexes in `out` of the inline containers (emphasis, strong,
    /// strikethrough, links, images) open at this point.
    inline_starts: Vec<usize>,
    /// Where the open segment's `<span>` is in `out`, and how many inline
    /// containers were open around it.
    seg_open_at: (usize, usize),
    /// Segment ends still to come for spans already closed early (a
    /// segment that began inside an inline container and outlived it).
    orphan_closes: usize,
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
                        out.push_str(&self.segment_open(n));
                        // Inside an HTML fragment: not movable (see `inline_end`).
                        self.seg_open_at = (usize::MAX, self.inline_starts.len());
                        self.open_segment = true;
                    }
                    None => out.push(char::REPLACEMENT_CHARACTER),
                },
                SEG_CLOSE if self.open_segment => {
                    out.push_str("</span>");
                    self.open_segment = false;
                }
                SEG_CLOSE if self.orphan_closes > 0 => self.orphan_closes -= 1,
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
                    let open = self.segment_open(n);
                    self.seg_open_at = (self.out.len(), self.inline_starts.len());
                    self.out.push(Event::InlineHtml(CowStr::from(open)));
                    self.open_segment = true;
                }
                SEG_CLOSE if self.open_segment => {
                    if !buf.is_empty() {
                        self.out
                            .push(Event::Text(CowStr::from(std::mem::take(&mut buf))));
                    }
                    self.out
                        .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
                    self.open_segment = false;
                }
                SEG_CLOSE if self.orphan_closes > 0 => self.orphan_closes -= 1,
                SEG_CLOSE => buf.push(char::REPLACEMENT_CHARACTER),
                c => buf.push(c),
            }
        }
        if !buf.is_empty() {
            self.out.push(Event::Text(CowStr::from(buf)));
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
            .any(|&i| matches!(self.out.get(i), Some(Event::Start(Tag::Image { .. }))))
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
        self.seg_open_at = (self.out.len(), self.inline_starts.len());
        self.out.push(Event::InlineHtml(CowStr::from(open)));
        self.open_segment = true;
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
        let (at, depth) = self.seg_open_at;
        if self.open_segment && st.opened {
            if depth != self.inline_starts.len() || self.in_image() {
                if st.last + 1 < pieces.len() {
                    st.last += 1;
                    if let Some(Event::InlineHtml(h)) = self.out.get_mut(at) {
                        *h = CowStr::from(planned_span(&pieces[st.first..=st.last]));
                    }
                }
                // The block's end closes the last one.
                self.plan_state[b] = st;
                return;
            }
            if st.last > st.first {
                if let Some(Event::InlineHtml(h)) = self.out.get_mut(at) {
                    *h = CowStr::from(planned_span(&pieces[st.first..=st.last]));
                }
            }
            self.out
                .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
            self.open_segment = false;
        } else if st.opened && self.orphan_closes > 0 {
            // `inline_end` closed it early.
            self.orphan_closes -= 1;
        }
        st.first = st.last + 1;
        st.last = st.first;
        st.opened = false;
        self.plan_state[b] = st;
    }

    /// An inline container (emphasis, strong, link…) starts at the next
    /// event of `out`.
    fn inline_start(&mut self) {
        self.inline_starts.push(self.out.len());
    }

    /// An inline container ends (its end event comes next). A segment that
    /// began inside it and goes on past it (`**Server** Die Server…`, where
    /// the parser moved the `**` out of the segment markers) would leave
    /// `<strong><span>Server</strong> Die Server</span>`, which HTML
    /// re-nests into a span around "Server" only. When the segment began
    /// at the container's very start, its `<span>` moves in front of the
    /// container, so the whole segment is wrapped; otherwise (a segment
    /// starting mid-link and going on after it) the span is closed here and
    /// the rest of the segment stays unwrapped, never mis-nested.
    fn inline_end(&mut self) {
        let Some(start) = self.inline_starts.pop() else {
            return;
        };
        let (at, depth) = self.seg_open_at;
        if !self.open_segment || depth <= self.inline_starts.len() {
            return;
        }
        let only_starts = at < self.out.len()
            && self.out[start..at].iter().all(|e| {
                matches!(
                    e,
                    Event::Start(
                        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }
                    )
                )
            });
        if only_starts {
            let open = self.out.remove(at);
            self.out.insert(start, open);
            self.seg_open_at = (start, self.inline_starts.len());
        } else {
            self.out
                .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
            self.open_segment = false;
            self.orphan_closes += 1;
        }
    }

    /// Closes a segment span left open at a block boundary, so that HTML
    /// stays balanced even when a segment crosses blocks.
    fn close_open_segment(&mut self) {
        if self.open_segment {
            self.out
                .push(Event::InlineHtml(CowStr::Borrowed("</span>")));
            self.open_segment = false;
        }
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
    let mut r = Renderer {
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
        orphan_closes: 0,
        included: 0,
        over_budget: false,
        code: None,
        heading: None,
        image_sizes: HashMap::new(),
        plan: plan.filter(|p| !p.is_empty()),
        plan_state: vec![PlanState::default(); plan.map_or(0, |p| p.blocks.len())],
    };
    let mut iter = Parser::new_ext(&doc.marked_body, markup::markdown_options()).into_offset_iter();
    while let Some((ev, range)) = iter.next() {
        if r.code.is_some() {
            r.code_event(ev);
            continue;
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
    }
    r.finish()
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
            ) => self.inline_start(),
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
