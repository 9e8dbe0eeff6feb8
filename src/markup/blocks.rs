//! Block structure of a document: headings, paragraphs, list items, table
//! cells, alerts, links, raw HTML cells and includes, each with its source
//! position, its plain target text and the segments it holds.
//!
//! Blocks are what structural alignment maps between a marked source and an
//! unmarked translation, so a file without markup yields the same blocks.

use super::{spans, Document, SEG_CLOSE, SEG_INDEX_BASE, SEG_OPEN};
use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, Parser, Tag, TagEnd};
use serde::Serialize;
use std::ops::Range;

/// The five DocFX / GitHub alert kinds (`> [!NOTE]` ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl AlertKind {
    pub fn name(self) -> &'static str {
        match self {
            AlertKind::Note => "note",
            AlertKind::Tip => "tip",
            AlertKind::Important => "important",
            AlertKind::Warning => "warning",
            AlertKind::Caution => "caution",
        }
    }
}

impl From<BlockQuoteKind> for AlertKind {
    fn from(k: BlockQuoteKind) -> Self {
        match k {
            BlockQuoteKind::Note => AlertKind::Note,
            BlockQuoteKind::Tip => AlertKind::Tip,
            BlockQuoteKind::Important => AlertKind::Important,
            BlockQuoteKind::Warning => AlertKind::Warning,
            BlockQuoteKind::Caution => AlertKind::Caution,
        }
    }
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    List {
        ordered: bool,
    },
    ListItem {
        ordered: bool,
        number: Option<u64>,
    },
    Table,
    TableCell {
        row: u32,
        column: u32,
        header: bool,
    },
    BlockQuote,
    Alert {
        kind: AlertKind,
    },
    CodeBlock {
        lang: Option<String>,
    },
    /// A raw HTML block.
    Html,
    /// A `<td>` / `<th>` inside a raw HTML block.
    HtmlCell {
        row: u32,
        column: u32,
    },
    /// Link text; `dest` is the link target as written.
    Link {
        dest: String,
    },
    Image {
        dest: String,
    },
    /// A DocFX `[!INCLUDE[title](path)]` line.
    Include {
        path: String,
    },
    Footnote {
        label: String,
    },
}

impl BlockKind {
    /// A short name used in locators and reports (`heading`, `table-cell`...).
    pub fn name(&self) -> &'static str {
        match self {
            BlockKind::Heading { .. } => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::List { .. } => "list",
            BlockKind::ListItem { .. } => "list-item",
            BlockKind::Table => "table",
            BlockKind::TableCell { .. } => "table-cell",
            BlockKind::BlockQuote => "blockquote",
            BlockKind::Alert { .. } => "alert",
            BlockKind::CodeBlock { .. } => "code",
            BlockKind::Html => "html",
            BlockKind::HtmlCell { .. } => "html-cell",
            BlockKind::Link { .. } => "link",
            BlockKind::Image { .. } => "image",
            BlockKind::Include { .. } => "include",
            BlockKind::Footnote { .. } => "footnote",
        }
    }

    /// Whether the block gathers the inline text inside it.
    pub fn collects_text(&self) -> bool {
        !matches!(
            self,
            BlockKind::List { .. }
                | BlockKind::Table
                | BlockKind::BlockQuote
                | BlockKind::Alert { .. }
        )
    }
}

/// How many levels of text-collecting blocks (those that are not lists,
/// tables, block quotes or alerts) a block's `text` and `code` reach down:
/// its own, and those of the collecting blocks inside it up to
/// `TEXT_NESTING - 1` levels below. Nesting costs nothing in the source
/// (`- - - - x` is four nested list items), and a text copied into every
/// enclosing item made a 100 KB line under a thousand of them 400 MB and
/// 13 s; with the cap, every piece of text is held by at most this many
/// blocks. A reader that wants each piece of text once takes the blocks
/// whose number of collecting ancestors is a multiple of it (see
/// [`text_levels`]).
pub const TEXT_NESTING: u32 = 16;

/// The number of collecting ancestors of each block. A block holds text
/// that no enclosing block holds (its text is to be read, when each piece
/// of text is wanted once) exactly when its number is a multiple of
/// [`TEXT_NESTING`].
pub fn text_levels(blocks: &[Block]) -> Vec<u32> {
    let mut levels: Vec<u32> = Vec::with_capacity(blocks.len());
    for b in blocks {
        // A parent is opened, and so numbered, before its children.
        let level = match b
            .parent
            .and_then(|p| Some((levels.get(p)?, blocks.get(p)?)))
        {
            Some((&l, p)) => l + u32::from(p.kind.collects_text()),
            None => 0,
        };
        levels.push(level);
    }
    levels
}

/// One block of a document.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The enclosing block (a list item for its paragraph, a paragraph for its link).
    pub parent: Option<usize>,
    pub depth: u32,
    /// Byte range in the file.
    pub range: Range<usize>,
    /// Byte range in the marked body (for the renderer).
    #[serde(skip)]
    pub(crate) marked_range: Range<usize>,
    pub line: u32,
    pub col: u32,
    /// Plain target text, markdown and markup removed.
    pub text: String,
    /// The anchor of a heading (`<a name>` or `{#id}`).
    pub anchor: Option<String>,
    /// Indices of the segments whose start lies directly in this block.
    pub segments: Vec<usize>,
    /// The inline code spans inside the block (and its inline children), in
    /// order: alignment uses them as anchors and checks as protected tokens,
    /// without parsing the block's markdown again.
    pub code: Vec<String>,
}

struct Builder<'a> {
    doc: &'a Document,
    seg_base: usize,
    blocks: Vec<Block>,
    /// One entry per open pulldown tag; `Some` when it opened a block.
    stack: Vec<Option<usize>>,
    lists: Vec<(bool, Option<u64>)>,
    table_row: u32,
    table_col: u32,
    in_head: bool,
}

impl Builder<'_> {
    fn innermost(&self) -> Option<usize> {
        self.stack.iter().rev().find_map(|b| *b)
    }

    fn open(&mut self, kind: BlockKind, marked: Range<usize>) -> usize {
        if !matches!(kind, BlockKind::Link { .. } | BlockKind::Image { .. }) {
            self.separate();
        }
        let parent = self.innermost();
        let depth = parent.map(|p| self.blocks[p].depth + 1).unwrap_or(0);
        let start = self.doc.marked_to_file(marked.start);
        let end = self.doc.marked_to_file(marked.end).max(start);
        let line = self.doc.line_of(start);
        let col = 1 + start.saturating_sub(self.doc.lines.line_start(line)) as u32;
        self.blocks.push(Block {
            kind,
            parent,
            depth,
            range: start..end,
            marked_range: marked,
            line,
            col,
            text: String::new(),
            anchor: None,
            segments: Vec::new(),
            code: Vec::new(),
        });
        self.blocks.len() - 1
    }

    /// Ends the text of the open collecting blocks with a space before a
    /// block starts inside them: a nested list item's text must not glue
    /// onto its parent's last word (`see xlevel1` was one search term).
    fn separate(&mut self) {
        let mut left = TEXT_NESTING;
        for b in self.stack.iter().rev().flatten() {
            let block = &mut self.blocks[*b];
            if left > 0 && block.kind.collects_text() {
                if !block.text.is_empty() && !block.text.ends_with(char::is_whitespace) {
                    block.text.push(' ');
                }
                left -= 1;
            }
        }
    }

    /// Appends inline text to every collecting block that is open, and
    /// records segment markers in the innermost block.
    fn text(&mut self, t: &str) {
        let mut chars = t.chars();
        let mut clean = String::with_capacity(t.len());
        while let Some(c) = chars.next() {
            if c == SEG_OPEN {
                self.record_marker(&mut chars);
            } else if c != SEG_CLOSE {
                clean.push(c);
            }
        }
        if clean.is_empty() {
            return;
        }
        let mut left = TEXT_NESTING;
        for b in self.stack.iter().rev().flatten() {
            let block = &mut self.blocks[*b];
            if left > 0 && block.kind.collects_text() {
                block.text.push_str(&clean);
                left -= 1;
            }
        }
    }

    /// Records an inline code span in every open block that collects text.
    fn code(&mut self, t: &str) {
        let clean: String = t
            .chars()
            .filter(|&c| c != SEG_OPEN && c != SEG_CLOSE && (c as u32) < SEG_INDEX_BASE)
            .collect();
        let mut left = TEXT_NESTING;
        for b in self.stack.iter().rev().flatten() {
            let block = &mut self.blocks[*b];
            if left > 0 && block.kind.collects_text() {
                block.code.push(clean.clone());
                left -= 1;
            }
        }
    }

    /// Records markers inside raw HTML without adding the HTML as text.
    fn markers_only(&mut self, t: &str) {
        let mut chars = t.chars();
        while let Some(c) = chars.next() {
            if c == SEG_OPEN {
                self.record_marker(&mut chars);
            }
        }
    }

    /// Reads the index character that follows a `SEG_OPEN` just taken from
    /// `chars` and records that segment in the innermost block.
    fn record_marker(&mut self, chars: &mut std::str::Chars<'_>) {
        if let Some(idx) = chars.next() {
            let n = (idx as u32).wrapping_sub(SEG_INDEX_BASE) as usize;
            if let Some(b) = self.innermost() {
                self.blocks[b].segments.push(self.seg_base + n);
            }
        }
    }

    fn close(&mut self) {
        let Some(Some(b)) = self.stack.pop() else {
            return;
        };
        let text = normalize_space(&self.blocks[b].text);
        self.blocks[b].text = text;
        match &self.blocks[b].kind {
            BlockKind::Paragraph => self.detect_include(b),
            BlockKind::Html => self.html_cells(b),
            _ => {}
        }
    }

    /// `[!INCLUDE[title](path)]` is a paragraph made of one link in brackets.
    fn detect_include(&mut self, b: usize) {
        let text = &self.blocks[b].text;
        let upper = text.trim_start().get(..9).map(|s| s.to_ascii_uppercase());
        if upper.as_deref() != Some("[!INCLUDE") || !text.trim_end().ends_with(']') {
            return;
        }
        let link = self.blocks[b + 1..]
            .iter()
            .find(|c| c.parent == Some(b) && matches!(c.kind, BlockKind::Link { .. }));
        if let Some(Block {
            kind: BlockKind::Link { dest },
            ..
        }) = link
        {
            self.blocks[b].kind = BlockKind::Include { path: dest.clone() };
        }
    }

    /// Splits a raw HTML block into `<td>`/`<th>` cells, moving each cell's
    /// segments from the HTML block to the cell.
    fn html_cells(&mut self, b: usize) {
        let marked = self.blocks[b].marked_range.clone();
        // pulldown-cmark's range of the block: char boundaries.
        let html = self.doc.marked_body.get(marked.clone()).unwrap_or_default();
        let plain: String = strip_tags(html)
            .chars()
            .filter(|&c| c != SEG_CLOSE && c != SEG_OPEN && (c as u32) < SEG_INDEX_BASE)
            .collect();
        self.blocks[b].text = normalize_space(&plain);
        let lower = html.to_ascii_lowercase();
        let mut pos = 0;
        let mut row = 0u32;
        let mut col = 0u32;
        let mut cells = Vec::new();
        // `lower` is the ASCII lowercase of `html`: the same offsets, and
        // every offset below is at or just after an ASCII `<` or `>`.
        while let Some(at) = spans::find_from(&lower, pos, '<') {
            let rest = lower.get(at..).unwrap_or_default();
            let tag = |name: &str| {
                rest.strip_prefix(name)
                    .is_some_and(|r| r.starts_with(|c: char| c == '>' || c.is_whitespace()))
            };
            if tag("<tr") {
                row += 1;
                col = 0;
                pos = at + 3;
                continue;
            }
            let is_cell = tag("<td") || tag("<th");
            if !is_cell {
                pos = at + 1;
                continue;
            }
            let Some(gt) = rest.find('>') else { break };
            let inner_start = at + gt + 1;
            let after = lower.get(inner_start..).unwrap_or_default();
            let close = [after.find("</td"), after.find("</th")]
                .into_iter()
                .flatten()
                .min();
            let Some(close) = close else { break };
            let inner_end = inner_start + close;
            col += 1;
            cells.push((
                row.max(1),
                col,
                marked.start + inner_start..marked.start + inner_end,
            ));
            pos = inner_end;
        }
        for (row, column, range) in cells {
            let inner = self.doc.marked_body.get(range.clone()).unwrap_or_default();
            let cell = self.open(BlockKind::HtmlCell { row, column }, range.clone());
            self.blocks[cell].parent = Some(b);
            self.blocks[cell].depth = self.blocks[b].depth + 1;
            self.stack.push(Some(cell));
            self.text(&strip_tags(inner));
            self.stack.pop();
            let text = normalize_space(&self.blocks[cell].text);
            self.blocks[cell].text = text;
            let moved = self.blocks[cell].segments.clone();
            self.blocks[b].segments.retain(|s| !moved.contains(s));
        }
    }
}

/// Removes HTML tags from a fragment, keeping text and segment markers.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    // Every offset is at or just after an ASCII `<` or `>`.
    while let Some(at) = spans::find_from(html, pos, '<') {
        out.push_str(html.get(pos..at).unwrap_or_default());
        match spans::find_from(html, at, '>') {
            Some(end) => {
                let gt = end - at;
                let tag = html.get(at..end).unwrap_or_default();
                if tag.eq_ignore_ascii_case("<br")
                    || tag.to_ascii_lowercase().starts_with("<br ")
                    || tag.ends_with("br/")
                {
                    out.push(' ');
                }
                pos = at + gt + 1;
            }
            None => {
                out.push('<');
                pos = at + 1;
            }
        }
    }
    out.push_str(html.get(pos..).unwrap_or_default());
    out
}

/// Collapses runs of whitespace (including NBSP) to one space and trims.
pub(crate) fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Reads the `name` or `id` of an `<a name="...">` anchor.
pub(crate) fn anchor_name(html: &str) -> Option<String> {
    let t = html.trim();
    let rest = t.strip_prefix("<a").or_else(|| t.strip_prefix("<A"))?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let (attrs, _) = rest.split_once('>')?;
    spans::attr(attrs, "name")
        .or_else(|| spans::attr(attrs, "id"))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

pub(super) fn build(doc: &Document, seg_base: usize) -> Vec<Block> {
    let mut b = Builder {
        doc,
        seg_base,
        blocks: Vec::new(),
        stack: Vec::new(),
        lists: Vec::new(),
        table_row: 0,
        table_col: 0,
        in_head: false,
    };
    for (ev, range) in
        Parser::new_ext(&doc.marked_body, super::markdown_options()).into_offset_iter()
    {
        match ev {
            Event::Start(tag) => {
                let kind = match tag {
                    Tag::Paragraph => Some(BlockKind::Paragraph),
                    Tag::Heading { level, id, .. } => {
                        let i = b.open(BlockKind::Heading { level: level as u8 }, range);
                        b.blocks[i].anchor = id.map(|s| s.to_string());
                        b.stack.push(Some(i));
                        continue;
                    }
                    Tag::BlockQuote(Some(k)) => Some(BlockKind::Alert { kind: k.into() }),
                    Tag::BlockQuote(None) => Some(BlockKind::BlockQuote),
                    Tag::CodeBlock(k) => Some(BlockKind::CodeBlock {
                        lang: match k {
                            CodeBlockKind::Fenced(l) => {
                                let l = l.split_whitespace().next().unwrap_or("").to_string();
                                (!l.is_empty()).then_some(l)
                            }
                            CodeBlockKind::Indented => None,
                        },
                    }),
                    Tag::HtmlBlock => Some(BlockKind::Html),
                    Tag::List(start) => {
                        b.lists.push((start.is_some(), start));
                        Some(BlockKind::List {
                            ordered: start.is_some(),
                        })
                    }
                    Tag::Item => {
                        let (ordered, number) = match b.lists.last_mut() {
                            Some((ordered, next)) => {
                                let n = *next;
                                if let Some(v) = next.as_mut() {
                                    *v += 1;
                                }
                                (*ordered, n)
                            }
                            None => (false, None),
                        };
                        Some(BlockKind::ListItem { ordered, number })
                    }
                    Tag::Table(_) => {
                        b.table_row = 0;
                        Some(BlockKind::Table)
                    }
                    Tag::TableHead => {
                        b.in_head = true;
                        b.table_col = 0;
                        None
                    }
                    Tag::TableRow => {
                        b.table_row += 1;
                        b.table_col = 0;
                        None
                    }
                    Tag::TableCell => {
                        b.table_col += 1;
                        Some(BlockKind::TableCell {
                            row: b.table_row,
                            column: b.table_col,
                            header: b.in_head,
                        })
                    }
                    Tag::Link { dest_url, .. } => Some(BlockKind::Link {
                        dest: dest_url.to_string(),
                    }),
                    Tag::Image { dest_url, .. } => Some(BlockKind::Image {
                        dest: dest_url.to_string(),
                    }),
                    Tag::FootnoteDefinition(label) => Some(BlockKind::Footnote {
                        label: label.to_string(),
                    }),
                    _ => None,
                };
                let entry = kind.map(|k| b.open(k, range));
                b.stack.push(entry);
            }
            Event::End(end) => {
                match end {
                    TagEnd::TableHead => b.in_head = false,
                    TagEnd::List(_) => {
                        b.lists.pop();
                    }
                    _ => {}
                }
                b.close();
            }
            Event::Text(t) => b.text(&t),
            Event::Code(t) => {
                b.code(&t);
                b.text(&t);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => b.text(&t),
            Event::SoftBreak | Event::HardBreak => b.text(" "),
            Event::InlineHtml(h) | Event::Html(h) => {
                if let Some(name) = anchor_name(&h) {
                    if let Some(i) = b.innermost() {
                        if matches!(b.blocks[i].kind, BlockKind::Heading { .. })
                            && b.blocks[i].anchor.is_none()
                        {
                            b.blocks[i].anchor = Some(name);
                        }
                    }
                }
                if h.trim_start().to_ascii_lowercase().starts_with("<br") {
                    b.text(" ");
                }
                b.markers_only(&h);
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) | Event::Rule => {}
        }
    }
    b.blocks
}
