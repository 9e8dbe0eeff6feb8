//! The module graph runs one way, in the order of the pipeline.
//!
//! Every `crate::<module>` path in `src/**/*.rs` (in `use` items, grouped
//! `use crate::{a, b}` and inline paths) must name a module of a lower
//! layer than the file's own top-level module, or that module itself. An
//! import that runs back up the flow fails this test with its file and
//! line. See "The direction of imports" in ARCHITECTURE.md for why this is
//! a test and not a split into crates.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers, lowest first. A module may import from its own module and
/// from any module of a lower layer, never from its own layer's peers or
/// above (so peers cannot form a cycle either).
const LAYERS: &[&[&str]] = &[
    // Diagnostics, leaf utilities and the runtime crate's re-exports.
    &["diag", "util", "search_reader", "tokenize"],
    &["config"],
    &["content"],
    &["source"],
    &["markup"],
    &["align"],
    &["check"],
    &["i18n"],
    &["policy"],
    &["search"],
    &["render"],
    &["output"],
    &["build"],
    &["http"],
    &["cli"],
];

/// One import that runs back up (or to an unknown module).
#[derive(Debug, PartialEq)]
struct Violation {
    file: String,
    line: usize,
    from: String,
    to: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: `{}` imports `crate::{}`, which is {} in the pipeline",
            self.file,
            self.line,
            self.from,
            self.to,
            match (layer_of(&self.from), layer_of(&self.to)) {
                (_, None) => "not placed".to_string(),
                (Some(a), Some(b)) if a == b => "a peer in its layer".to_string(),
                _ => "later".to_string(),
            }
        )
    }
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module of a file under `src/` (`render/mod.rs` →
/// `render`, `http.rs` → `http`); `None` for the crate roots.
fn module_of(rel: &str) -> Option<String> {
    let first = rel.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_string())
}

/// The text of a file with comments and string literals blanked out
/// (newlines kept, so that line numbers stay right).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |s: &[u8], out: &mut String| {
        for &c in s {
            out.push(if c == b'\n' { '\n' } else { ' ' });
        }
    };
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            let end = text[i..].find('\n').map_or(b.len(), |n| i + n);
            blank(&b[i..end], &mut out);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let end = text[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
            blank(&b[i..end], &mut out);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&b[i..end], &mut out);
            i = end;
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            // A char literal such as '"' (lifetimes are left alone).
            blank(&b[i..i + 3], &mut out);
            i += 3;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            let end = text[i + 2..].find('\'').map_or(b.len(), |n| i + 2 + n + 1);
            blank(&b[i..end], &mut out);
            i = end;
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Every module named right after `crate::` in `code`, with its line:
/// `crate::a::b` gives `a`; `crate::{a, b::c, self}` gives `a` and `b`.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let line_at = |pos: usize| code[..pos].matches('\n').count() + 1;
    let mut from = 0;
    while let Some(n) = code[from..].find("crate::") {
        let at = from + n;
        from = at + "crate::".len();
        // `$crate::` and `some_crate::` are not ours.
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        {
            continue;
        }
        let rest = &code[from..];
        if let Some(group) = rest.strip_prefix('{') {
            // A grouped import: the names at depth 0 of the braces.
            let mut depth = 0;
            let mut start = true;
            for (k, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if c.is_whitespace() => {}
                    _ if start && depth == 0 => {
                        start = false;
                        let name = ident(&group[k..]);
                        if !name.is_empty() && name != "self" {
                            found.push((line_at(from + 1 + k), name));
                        }
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                found.push((line_at(at), name));
            }
        }
    }
    found
}

/// The imports of `files` (path under `src/`, text) that run back up.
fn violations(files: &[(String, String)]) -> Vec<Violation> {
    let mut out = Vec::new();
    for (rel, text) in files {
        let Some(from) = module_of(rel) else { continue };
        for (line, to) in crate_paths(&code_only(text)) {
            if to == from {
                continue;
            }
            let ok = matches!((layer_of(&from), layer_of(&to)), (Some(a), Some(b)) if b < a);
            if !ok {
                out.push(Violation {
                    file: format!("src/{rel}"),
                    line,
                    from: from.clone(),
                    to,
                });
            }
        }
    }
    out
}

fn read_src(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("src/ entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            read_src(&p, base, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let rel = p.strip_prefix(base).expect("under src/");
            let rel = rel.to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&p).expect("source is UTF-8");
            out.push((rel, text));
        }
    }
}

#[test]
fn imports_run_down_the_pipeline() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_src(&src, &src, &mut files);
    let modules: BTreeMap<String, ()> = files
        .iter()
        .filter_map(|(rel, _)| module_of(rel))
        .map(|m| (m, ()))
        .collect();
    let unplaced: Vec<&String> = modules.keys().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "modules without a layer in tests/module_graph.rs: {unplaced:?}"
    );
    let v = violations(&files);
    let list: Vec<String> = v.iter().map(|v| v.to_string()).collect();
    assert!(
        v.is_empty(),
        "{} import(s) run back up the pipeline:\n{}",
        v.len(),
        list.join("\n")
    );
}

#[test]
fn a_back_up_import_is_caught_with_its_line() {
    let files = vec![
        (
            "markup/mod.rs".to_string(),
            "use crate::diag::Diagnostic;\n\
             // crate::render in a comment does not count\n\
             const S: &str = \"crate::build\";\n\
             fn f() { crate::content::x(); }\n\
             use crate::{\n    diag,\n    render::{a, b},\n};\n"
                .to_string(),
        ),
        (
            "render/mod.rs".to_string(),
            "use crate::markup::Document;\nuse crate::render::x;\nfn g() { let _ = crate::build::read(); }\n"
                .to_string(),
        ),
        ("lib.rs".to_string(), "use crate::cli;\n".to_string()),
    ];
    let v = violations(&files);
    let at: Vec<(&str, usize, &str)> = v
        .iter()
        .map(|v| (v.file.as_str(), v.line, v.to.as_str()))
        .collect();
    assert_eq!(
        at,
        vec![
            ("src/markup/mod.rs", 7, "render"),
            ("src/render/mod.rs", 3, "build"),
        ]
    );
    assert!(v[0]
        .to_string()
        .starts_with("src/markup/mod.rs:7: `markup` imports `crate::render`"));
}

#[test]
fn peers_and_unknown_modules_are_refused() {
    let files = vec![
        (
            "policy/a.rs".to_string(),
            "use crate::search::x;\n".to_string(),
        ),
        (
            "search/b.rs".to_string(),
            "use crate::policy::y;\n".to_string(),
        ),
        (
            "cli/c.rs".to_string(),
            "use crate::nowhere::z;\n".to_string(),
        ),
    ];
    let to: Vec<String> = violations(&files).into_iter().map(|v| v.to).collect();
    // policy sits below search, so only search → policy is allowed.
    assert_eq!(to, vec!["search".to_string(), "nowhere".to_string()]);
}
