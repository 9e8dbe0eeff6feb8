//! The segment model's types: a parsed [`Document`] with its front
//! matter, blocks and [`Segment`]s, each segment with its translation ID,
//! target and source text and positions in the file.

use super::marked::Piece;
use super::{Block, BlockKind};
use crate::diag::{Diagnostic, LineIndex};
use serde::Serialize;
use std::ops::Range;
use std::path::PathBuf;

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

impl Segment {
    /// A segment of `target` and `source` markdown at `range` of the file,
    /// its plain texts derived; the body and the front matter both build
    /// theirs from it, setting the inner ranges and the key they know.
    pub(super) fn new(
        id: SegmentId,
        target: String,
        source: String,
        range: Range<usize>,
        (line, col): (u32, u32),
    ) -> Segment {
        Segment {
            id,
            target_text: super::inline_text(&target),
            source_text: super::inline_text(&source),
            target,
            source,
            target_range: range.clone(),
            source_range: range.clone(),
            range,
            line,
            col,
            block: None,
            front_matter_key: None,
        }
    }
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
    pub(super) pieces: Vec<Piece>,
    pub(super) lines: LineIndex,
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

    // Segment ranges run from a `<` to just past a `>` of the text the
    // document was parsed from: char boundaries of `text`.
    #[allow(clippy::string_slice)]
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
