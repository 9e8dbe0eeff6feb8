//! YAML front matter: split off the body, parsed with serde_norway, and
//! its string values scanned for bilingual spans like the body.

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
    let (first, rest) = match text.split_once('\n') {
        Some((first, rest)) => (first, rest),
        None => (text, ""),
    };
    if first.trim_end() != "---" {
        return (FrontMatter::default(), 0);
    }
    let yaml_start = text.len() - rest.len();
    let mut pos = yaml_start;
    let mut close: Option<(usize, usize)> = None;
    for line in rest.split_inclusive('\n') {
        let end = pos + line.len();
        let line = line.trim_end();
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
    // Both ends are just after a `\n`: char boundaries.
    let yaml = text.get(yaml_start..yaml_end).unwrap_or_default();
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
        // The scanner's ranges of `s` start at a `<` or just after a `>`.
        let cut = |r: std::ops::Range<usize>| s.get(r).unwrap_or_default();
        for r in &raw {
            target_md.push_str(cut(p..r.range.start));
            source_md.push_str(cut(p..r.range.start));
            let target = spans::strip_plain_spans(cut(r.target.clone()));
            let source = spans::strip_plain_spans(cut(r.source.clone()));
            target_md.push_str(&target);
            source_md.push_str(&source);
            p = r.range.end;
            let id = segment_id(path, &r.ttu_id, key_line, 1, diagnostics);
            let line_start = lines.line_start(key_line);
            segments.push(Segment {
                front_matter_key: Some(key.to_string()),
                ..Segment::new(id, target, source, line_start..line_start, (key_line, 1))
            });
        }
        target_md.push_str(cut(p..s.len()));
        source_md.push_str(cut(p..s.len()));
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
    for line in text
        .get(start..end)
        .unwrap_or_default()
        .split_inclusive('\n')
    {
        if line
            .strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'))
        {
            return lines.line_col(text, pos).0;
        }
        pos += line.len();
    }
    lines.line_col(text, start).0
}
