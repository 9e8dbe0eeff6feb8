//! A reader of gettext PO files as translate-toolkit's `xliff2po` writes
//! them from Stele's XLIFF 1.2: each entry's `#:` location (or its
//! `msgctxt`) is the unit's `article#id`, `msgid` the English markdown and
//! `msgstr` the translation, codes flattened into their markdown. The
//! entries become the same units the XLIFF reader returns, so the checks
//! and errors are the XLIFF's.
//!
//! Hand-written rather than `polib`: its messages carry no line numbers,
//! and every error of `stele import` names the file's line; the part of
//! the format this needs (comments, `msgctxt`/`msgid`/`msgstr` with
//! continuation strings, C escapes) is small.

use super::{Item, XDoc, XFile, XUnit};

/// One entry while it is read.
#[derive(Default)]
struct Entry {
    line: u32,
    references: Vec<String>,
    ctxt: Option<String>,
    id: Option<String>,
    str: Option<String>,
    /// `msgid_plural`/`msgstr[n]`: not something Stele exports.
    plural: bool,
}

/// Which string the continuation lines extend.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    None,
    Ctxt,
    Id,
    Str,
}

/// A PO string literal's content, unescaped; `Err` with what is wrong.
fn literal(s: &str) -> Result<String, String> {
    let s = s.trim();
    let inner = s
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| format!("expected a quoted string, found `{s}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(o) => return Err(format!("unknown escape `\\{o}`")),
            None => return Err("a string ends with a backslash".into()),
        }
    }
    Ok(out)
}

/// The PO header's `Language:` value.
fn header_language(msgstr: &str) -> Option<String> {
    msgstr.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        (k.trim().eq_ignore_ascii_case("language") && !v.trim().is_empty())
            .then(|| v.trim().to_string())
    })
}

/// Reads a PO file into units. Errors carry the line and column.
pub(super) fn read_po(text: &str) -> Result<XDoc, (String, u32, u32)> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut cur = Entry::default();
    let mut field = Field::None;
    let mut started = false;
    let flush = |cur: &mut Entry, entries: &mut Vec<Entry>, started: &mut bool| {
        if *started {
            entries.push(std::mem::take(cur));
        }
        *started = false;
    };
    for (i, raw) in text.lines().enumerate() {
        let n = i as u32 + 1;
        let line = raw.trim_start_matches('\u{FEFF}').trim();
        let fail = |m: String| (m, n, 1);
        if line.is_empty() {
            flush(&mut cur, &mut entries, &mut started);
            field = Field::None;
            continue;
        }
        // A comment after a msgstr starts the next entry.
        let starts_entry = line.starts_with('#') || line.starts_with("msgctxt");
        if starts_entry && cur.str.is_some() {
            flush(&mut cur, &mut entries, &mut started);
        }
        if !started {
            cur.line = n;
            started = true;
        }
        if let Some(refs) = line.strip_prefix("#:") {
            cur.references
                .extend(refs.split_whitespace().map(str::to_string));
            continue;
        }
        if line.starts_with("#~") {
            // An obsolete entry: not a unit.
            started = false;
            cur = Entry::default();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (key, rest) = match line.split_once(char::is_whitespace) {
            Some((k, r)) => (k, r),
            None if line.starts_with('"') => ("", line),
            None => return Err(fail(format!("unexpected line `{line}`"))),
        };
        if line.starts_with('"') {
            let s = literal(line).map_err(fail)?;
            let target = match field {
                Field::Ctxt => cur.ctxt.as_mut(),
                Field::Id => cur.id.as_mut(),
                Field::Str => cur.str.as_mut(),
                Field::None => None,
            };
            match target {
                Some(t) => t.push_str(&s),
                None if cur.plural => {}
                None => return Err(fail("a string that continues nothing".into())),
            }
            continue;
        }
        let s = literal(rest).map_err(fail)?;
        match key {
            "msgctxt" => {
                cur.ctxt = Some(s);
                field = Field::Ctxt;
            }
            "msgid" => {
                cur.id = Some(s);
                field = Field::Id;
            }
            "msgstr" => {
                cur.str = Some(s);
                field = Field::Str;
            }
            k if k == "msgid_plural" || k.starts_with("msgstr[") => {
                cur.plural = true;
                field = Field::None;
            }
            k => return Err(fail(format!("unknown keyword `{k}`"))),
        }
    }
    flush(&mut cur, &mut entries, &mut started);
    let mut file = XFile::default();
    let mut any = false;
    for e in entries {
        let Some(id) = e.id else { continue };
        any = true;
        if id.is_empty() {
            // The header.
            if let Some(lang) = e.str.as_deref().and_then(header_language) {
                file.trg_lang = Some((lang, e.line));
            }
            continue;
        }
        if e.plural {
            return Err((
                "a plural entry: Stele's units have no plural forms".into(),
                e.line,
                1,
            ));
        }
        // translate-toolkit percent-escapes locations (`%23` for `#`).
        let location = e
            .references
            .iter()
            .map(|r| crate::util::percent_decode(r))
            .chain(e.ctxt.clone())
            .find(|r| r.contains('#'));
        let name = location
            .as_deref()
            .and_then(|l| l.rsplit_once('#'))
            .map(|(_, u)| u.to_string());
        file.units.push(XUnit {
            id: name.clone().unwrap_or_default(),
            name,
            location,
            line: e.line,
            col: 1,
            source: vec![Item::Text(id)],
            target: e.str.filter(|s| !s.is_empty()).map(|s| vec![Item::Text(s)]),
            ..XUnit::default()
        });
    }
    if !any {
        return Err(("not a PO file: no msgid".into(), 1, 1));
    }
    Ok(XDoc {
        version: "po".into(),
        files: vec![file],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_become_units_with_their_location_and_line() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n#. note\n#: a%23101\n#, fuzzy\nmsgid \"\"\n\"See [x](a.md) \"\n\"now\"\nmsgstr \"Siehe \\\"[x](a.md)\\\"\"\n\n#: b%23p102\nmsgid \"Two\"\nmsgstr \"\"\n";
        let doc = read_po(po).expect("reads");
        let f = &doc.files[0];
        assert_eq!(f.trg_lang, Some(("de".to_string(), 1)));
        assert_eq!(f.units.len(), 2);
        let u = &f.units[0];
        assert_eq!(u.location.as_deref(), Some("a#101"));
        assert_eq!(u.line, 5);
        assert_eq!(u.source, vec![Item::Text("See [x](a.md) now".into())]);
        assert_eq!(
            u.target,
            Some(vec![Item::Text("Siehe \"[x](a.md)\"".into())])
        );
        assert_eq!(f.units[1].target, None);
        assert_eq!(f.units[1].name.as_deref(), Some("p102"));
    }

    #[test]
    fn bad_lines_are_errors_with_their_line() {
        let (m, line, _) = read_po("msgid \"a\"\nmsgstr \"b\\q\"\n").expect_err("bad escape");
        assert!(m.contains("unknown escape"), "{m}");
        assert_eq!(line, 2);
        let (m, line, _) = read_po("msgid \"a\"\nmsgstr b\n").expect_err("unquoted");
        assert!(m.contains("quoted string"), "{m}");
        assert_eq!(line, 2);
    }
}
