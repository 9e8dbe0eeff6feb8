//! Structural invariants every parsed [`Document`] must satisfy, whatever the
//! input. Shared by `tests/corpus.rs`, `tests/fuzz_parse.rs` and the
//! cargo-fuzz target in `fuzz/fuzz_targets/parse.rs` (included by path).

use stele::markup::Document;

/// Returns the first broken invariant of `doc` parsed from `text`, if any.
pub fn check(doc: &Document, text: &str) -> Result<(), String> {
    let len = text.len();
    let boundary = |at: usize| text.is_char_boundary(at);
    let line_count = text.split('\n').count() as u32;
    let mut prev_end = 0usize;
    for (i, s) in doc.segments.iter().enumerate() {
        for (what, r) in [
            ("range", &s.range),
            ("target_range", &s.target_range),
            ("source_range", &s.source_range),
        ] {
            if r.start > r.end || r.end > len {
                return Err(format!(
                    "segment {i} ({}): {what} {r:?} outside the text (len {len})",
                    s.id.full
                ));
            }
            if !boundary(r.start) || !boundary(r.end) {
                return Err(format!(
                    "segment {i} ({}): {what} {r:?} not on char boundaries",
                    s.id.full
                ));
            }
        }
        if let Some(b) = s.block {
            if b >= doc.blocks.len() {
                return Err(format!(
                    "segment {i}: block {b} out of {}",
                    doc.blocks.len()
                ));
            }
        }
        if s.front_matter_key.is_some() {
            continue;
        }
        if s.line < 1 || s.col < 1 || s.line > line_count {
            return Err(format!(
                "segment {i} ({}): line/col {}:{} (file has {line_count} lines)",
                s.id.full, s.line, s.col
            ));
        }
        if s.range.is_empty() || !text[s.range.clone()].starts_with('<') {
            return Err(format!(
                "segment {i} ({}): range {:?} does not start at a tag",
                s.id.full, s.range
            ));
        }
        for (what, r) in [("target", &s.target_range), ("source", &s.source_range)] {
            if r.start < s.range.start || r.end > s.range.end {
                return Err(format!(
                    "segment {i} ({}): {what} range {r:?} outside its construct {:?}",
                    s.id.full, s.range
                ));
            }
        }
        if s.range.start < prev_end {
            return Err(format!(
                "segment {i} ({}): range {:?} overlaps the previous segment (ends at {prev_end})",
                s.id.full, s.range
            ));
        }
        prev_end = s.range.end;
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.range.start > b.range.end || b.range.end > len {
            return Err(format!(
                "block {i} ({}): range {:?} outside the text (len {len})",
                b.kind.name(),
                b.range
            ));
        }
        if !boundary(b.range.start) || !boundary(b.range.end) {
            return Err(format!(
                "block {i} ({}): range {:?} not on char boundaries",
                b.kind.name(),
                b.range
            ));
        }
        if b.line < 1 || b.col < 1 || b.line > line_count {
            return Err(format!(
                "block {i} ({}): line/col {}:{} (file has {line_count} lines)",
                b.kind.name(),
                b.line,
                b.col
            ));
        }
        if let Some(p) = b.parent {
            if p >= i {
                return Err(format!("block {i}: parent {p} does not precede it"));
            }
        }
        for &s in &b.segments {
            if s >= doc.segments.len() {
                return Err(format!(
                    "block {i} ({}): segment index {s} out of {}",
                    b.kind.name(),
                    doc.segments.len()
                ));
            }
        }
    }
    for d in &doc.diagnostics {
        if let Some(r) = &d.range {
            if r.start > r.end || r.end > len {
                return Err(format!(
                    "diagnostic {} ({}): range {r:?} outside the text (len {len})",
                    d.code, d.message
                ));
            }
        }
    }
    Ok(())
}
