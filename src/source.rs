//! Source reading: a file of the inventory becomes text. I/O and encoding
//! problems become diagnostics here, so that `markup` only ever sees text.

use crate::content::SourceFile;
use crate::diag::{Diagnostic, LineIndex};
use std::path::Path;

/// Reads one file of the inventory as text.
pub fn read(file: &SourceFile) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(&file.abs)
        .map_err(|e| Diagnostic::error("unreadable", &file.display, format!("cannot read: {e}")))?;
    decode(&file.display, &bytes)
}

/// Reads `bytes` as UTF-8; on failure returns a diagnostic at the first bad byte.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, Diagnostic> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{FEFF}').unwrap_or(s).to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let (line, col) = LineIndex::new(good).line_col(good, good.len());
            Err(Diagnostic::error("invalid-utf8", path, "the file is not valid UTF-8")
                .at(line, col)
                .hint("save the file as UTF-8 (without a legacy code page such as Windows-1252 or Shift-JIS)"))
        }
    }
}
