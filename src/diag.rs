//! Diagnostics: every problem Stele reports about a user's input carries the
//! file, line and column it is about and a hint that says what to do.
//!
//! Stages never print; they return [`Diagnostic`]s and the CLI decides how to
//! show them (human text through codespan-reporting, or JSON).

use serde::Serialize;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How bad a finding is. Errors fail `stele build`; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name (`unbalanced-span`, `broken-link`...).
    pub code: &'static str,
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line; 0 when the problem is about the file as a whole.
    pub line: u32,
    /// 1-based column in characters; 0 when unknown.
    pub col: u32,
    /// Byte range in the file, used to underline the source.
    #[serde(skip)]
    pub range: Option<Range<usize>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(
        severity: Severity,
        code: &'static str,
        file: impl AsRef<Path>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            code,
            file: file.as_ref().to_path_buf(),
            line: 0,
            col: 0,
            range: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn error(code: &'static str, file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, file, message)
    }

    pub fn warning(code: &'static str, file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, file, message)
    }

    pub fn at(mut self, line: u32, col: u32) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    pub fn span(mut self, range: Range<usize>) -> Self {
        self.range = Some(range);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// The one-line form: `file:line:col: error[code]: message (hint: ...)`.
    /// Control characters from the content (file names, quoted text) are
    /// escaped, see [`escape_controls`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string();
        write!(f, "{}", escape_controls(&file))?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.col > 0 {
                write!(f, ":{}", self.col)?;
            }
        }
        write!(
            f,
            ": {}[{}]: {}",
            self.severity,
            self.code,
            escape_controls(&self.message)
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", escape_controls(h))?;
        }
        Ok(())
    }
}

/// `text` with every control character but line feed and tab written as a
/// Rust escape (`\u{1b}`), for printing on a terminal. Diagnostics quote
/// content (a source line, a segment, a file name), and content may hold
/// escape sequences that retitle, recolour or clear the terminal, or a
/// carriage return that overwrites the line before it. Escaping is
/// idempotent: the result has no control characters left.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let raw = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(raw) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if raw(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Maps byte offsets of one text to 1-based line and column numbers.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    /// Byte offset at which 1-based `line` starts (the end for lines past it).
    pub fn line_start(&self, line: u32) -> usize {
        let i = (line.max(1) - 1) as usize;
        self.starts
            .get(i)
            .or(self.starts.last())
            .copied()
            .unwrap_or(0)
    }

    /// 1-based (line, column); the column counts characters, not bytes, so it
    /// matches what editors show for CJK text.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line as u32 + 1, col as u32 + 1)
    }
}

/// Whether a render with these diagnostics may be published: no error.
/// `stele build` (which then keeps the previous site) and `stele serve`
/// (which keeps serving the last good pages and shows the errors in an
/// overlay) both decide by this, so that they agree on what fails.
pub fn publishable(diags: &[Diagnostic]) -> bool {
    !diags.iter().any(Diagnostic::is_error)
}

/// Puts diagnostics in the order they are reported (by file, line and
/// column) and drops repeats (a problem in an include is found once per
/// page that pulls it in).
pub fn normalize(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    diags.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars() {
        let t = "ab\nä€x\n";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(t, 0), (1, 1));
        assert_eq!(li.line_col(t, 3), (2, 1));
        assert_eq!(li.line_col(t, t.find('x').unwrap()), (2, 3));
    }

    #[test]
    fn control_characters_are_escaped() {
        let d = Diagnostic::error(
            "x",
            "content/de/\u{1b}]0;t\u{7}.md",
            "bad \u{1b}[2J\r\u{9b}",
        )
        .at(1, 2)
        .hint("a\tb\u{7f}");
        assert_eq!(
            d.to_string(),
            "content/de/\\u{1b}]0;t\\u{7}.md:1:2: error[x]: bad \\u{1b}[2J\\u{d}\\u{9b}\n  hint: a\tb\\u{7f}"
        );
        assert_eq!(escape_controls("plain\nline\t"), "plain\nline\t");
        assert_eq!(escape_controls(&escape_controls("\u{1b}")), "\\u{1b}");
    }

    #[test]
    fn display_has_location_and_hint() {
        let d = Diagnostic::error("unbalanced-span", "content/de/a.md", "boom")
            .at(3, 7)
            .hint("fix it");
        assert_eq!(
            d.to_string(),
            "content/de/a.md:3:7: error[unbalanced-span]: boom\n  hint: fix it"
        );
    }
}
