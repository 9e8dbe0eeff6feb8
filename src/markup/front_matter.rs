//! YAML front matter: split off the body, parsed with serde_norway, and
//! its string values scanned for bilingual spans like the body.

// The `clippy::string_slice` audit of `markup` is not done yet (issue 13):
// its slices are offsets of the span scanner and pulldown-cmark, and
// `tests/fuzz_parse.rs` and `tests/fuzz_pipeline.rs` find none off a char
// boundary, but each still needs its `get(..)` or its reason.
#![allow(clippy::string_slice)]

use super::model::{FrontMatter, FrontMatterValue, Segment};
use super::{inline_text, report_scan_issues, segment_id, spans};
use crate::diag::{Diagnostic, LineIndex};
use std::path::Path;

/// Splits off and parses the YAML front matter. Returns it and the body offset.
pub(super) fn parse_front_matter(
    path: &Path,
    text: &str,
    lines: &LineIndex,
    segments: &mut Vec<Segment>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (FrontMatter, usize) {
    let first_line_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return (FrontMatter::default(), 0);
    }
    let yaml_start = first_line_end;
    let mut pos = yaml_start;
    let mut close: Option<(usize, usize)> = None;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            close = Some((pos, end));
            break;
        }
        pos = end;
    }
    let Some((yaml_end, body_offset)) = close else {
        diagnostics.push(
            Diagnostic::error(
                "front-matter",
                path,
                "front matter starts with `---` but is never closed",
            )
            .at(1, 1)
            .hint("end the YAML block with a line holding only `---`"),
        );
        return (FrontMatter::default(), 0);
    };
    let yaml = &text[yaml_start..yaml_end];
    let mut fm = FrontMatter {
        values: Vec::new(),
        range: yaml_start..yaml_end,
    };
    let value: serde_norway::Value = match serde_norway::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            let (line, col) = e
                .location()
                .map(|l| (l.line() as u32 + 1, l.column() as u32))
                .unwrap_or((2, 1));
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            diagnostics.push(
                Diagnostic::error("invalid-yaml", path, format!("invalid YAML front matter: {msg}"))
                    .at(line, col.max(1))
                    .hint("front matter is YAML between two `---` lines; quote values that contain `: ` or start with a special character"),
            );
            return (fm, body_offset);
        }
    };
    let map = match value {
        serde_norway::Value::Mapping(m) => m,
        serde_norway::Value::Null => return (fm, body_offset),
        _ => {
            diagnostics.push(
                Diagnostic::error(
                    "invalid-yaml",
                    path,
                    "front matter must be a YAML mapping of `key: value` lines",
                )
                .at(2, 1)
                .hint("write each setting as `key: value`"),
            );
            return (fm, body_offset);
        }
    };
    for (k, v) in map {
        let (Some(key), serde_norway::Value::String(s)) = (k.as_str(), &v) else {
            continue;
        };
        let key_line = find_key_line(text, yaml_start, yaml_end, key, lines);
        let (raw, issues) = spans::scan(s, &[]);
        report_scan_issues(path, text, 0, lines, &issues, Some(key_line), diagnostics);
        if raw.is_empty() {
            fm.values.push(FrontMatterValue {
                key: key.to_string(),
                text: s.clone(),
                source: None,
                line: key_line,
            });
            continue;
        }
        let mut target_md = String::new();
        let mut source_md = String::new();
        let mut p = 0;
        for r in &raw {
            target_md.push_str(&s[p..r.range.start]);
            source_md.push_str(&s[p..r.range.start]);
            let target = spans::strip_plain_spans(&s[r.target.clone()]);
            let source = spans::strip_plain_spans(&s[r.source.clone()]);
            target_md.push_str(&target);
            source_md.push_str(&source);
            p = r.range.end;
            let id = segment_id(path, &r.ttu_id, key_line, 1, diagnostics);
            let line_start = lines.line_start(key_line);
            segments.push(Segment {
                id,
                target_text: inline_text(&target),
                source_text: inline_text(&source),
                target,
                source,
                range: line_start..line_start,
                target_range: line_start..line_start,
                source_range: line_start..line_start,
                line: key_line,
                col: 1,
                block: None,
                front_matter_key: Some(key.to_string()),
            });
        }
        target_md.push_str(&s[p..]);
        source_md.push_str(&s[p..]);
        fm.values.push(FrontMatterValue {
            key: key.to_string(),
            text: inline_text(&target_md),
            source: Some(inline_text(&source_md)),
            line: key_line,
        });
    }
    (fm, body_offset)
}

fn find_key_line(text: &str, start: usize, end: usize, key: &str, lines: &LineIndex) -> u32 {
    let mut pos = start;
    for line in text[start..end].split_inclusive('\n') {
        if line.starts_with(key) && line[key.len()..].trim_start().starts_with(':') {
            return lines.line_col(text, pos).0;
        }
        pos += line.len();
    }
    lines.line_col(text, start).0
}
