//! The site's glossary for the `terminology` check: `[check] glossary` in
//! `stele.toml` names a TBX file (ISO 30042, TBX-Basic or TBX v3: a
//! `termEntry` or `conceptEntry` per concept, a `langSet xml:lang` per
//! language, its `term`s) or a CSV file (a header row of language tags,
//! one concept per row, alternatives separated by `|`). Read with
//! quick-xml and the csv crate; a file that cannot be read is an input
//! error with its line and column.

use crate::diag::{Diagnostic, LineIndex};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::path::Path;

/// One concept: the source term(s) and the terms per language tag
/// (lowercase, `de`, `pt-br`).
#[derive(Debug, Clone, Default, PartialEq)]
struct Entry {
    terms: HashMap<String, Vec<String>>,
}

/// The glossary, or an empty one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary {
    source: String,
    entries: Vec<Entry>,
}

impl Glossary {
    /// The glossary `[check] glossary` of `site` names, or an empty one.
    /// `stele check` and `stele build` both read it this way, so the
    /// translators' view shows the same `terminology` findings as the
    /// report, and a glossary that cannot be read fails both.
    pub fn for_site(site: &crate::content::Site) -> Result<Glossary, Diagnostic> {
        match &site.config.check.glossary {
            Some(path) => Glossary::load(&site.root, path, &site.locales[site.source].tag),
            None => Ok(Glossary::default()),
        }
    }

    /// Reads `path` (relative to the site root `root`); `source` is the
    /// site's source locale tag.
    pub fn load(root: &Path, path: &str, source: &str) -> Result<Glossary, Diagnostic> {
        let full = root.join(path);
        let text = std::fs::read_to_string(&full).map_err(|e| {
            Diagnostic::error(
                "invalid-config",
                "stele.toml",
                format!("cannot read the glossary {path}: {e}"),
            )
            .hint("give a path relative to the site root, to a .tbx or .csv file")
        })?;
        let entries = if path.to_ascii_lowercase().ends_with(".csv") {
            read_csv(&text).map_err(|(m, l, c)| {
                Diagnostic::error("invalid-config", path, format!("glossary: {m}"))
                    .at(l, c)
                    .hint("a header row of language tags (en,de,fr), then one term per column")
            })?
        } else {
            read_tbx(&text).map_err(|(m, l, c)| {
                Diagnostic::error("invalid-config", path, format!("glossary: {m}"))
                    .at(l, c)
                    .hint("a TBX file: termEntry/conceptEntry > langSet xml:lang > term")
            })?
        };
        Ok(Glossary {
            source: source.to_ascii_lowercase(),
            entries,
        })
    }

    /// The terms a locale uses, by exact tag, else by language subtag.
    fn terms_for<'a>(e: &'a Entry, tag: &str) -> Option<&'a Vec<String>> {
        let tag = tag.to_ascii_lowercase();
        e.terms.get(&tag).or_else(|| {
            let lang = tag.split(['-', '_']).next().unwrap_or("");
            e.terms.get(lang).or_else(|| {
                e.terms
                    .iter()
                    .find(|(k, _)| k.split(['-', '_']).next() == Some(lang))
                    .map(|(_, v)| v)
            })
        })
    }

    /// Source terms in `english` whose translation for `locale` is in
    /// the glossary and none of whose translations is in `target`
    /// (case-insensitive, whole words): `(term, translations)`.
    pub fn missing(&self, english: &str, target: &str, locale: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        for e in &self.entries {
            let Some(src) = Self::terms_for(e, &self.source) else {
                continue;
            };
            let Some(found) = src.iter().find(|t| has_term(english, t)) else {
                continue;
            };
            let Some(want) = Self::terms_for(e, locale) else {
                continue;
            };
            if !want.is_empty() && !want.iter().any(|t| has_term(target, t)) {
                out.push((found.clone(), want.clone()));
            }
        }
        out
    }
}

/// Whether `term` occurs in `text` as whole words, ignoring case. For
/// text written without spaces (CJK) a plain substring is a whole word.
fn has_term(text: &str, term: &str) -> bool {
    let t = text.to_lowercase();
    let term = term.trim().to_lowercase();
    if term.is_empty() {
        return false;
    }
    let word = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() && !stele_runtime::tokenize::is_cjk(c))
    };
    let mut from = 0;
    while let Some(at) = t.get(from..).and_then(|r| r.find(&term)) {
        let s = from + at;
        let e = s + term.len();
        let before = t.get(..s).and_then(|b| b.chars().last());
        let after = t.get(e..).and_then(|a| a.chars().next());
        if !word(before) && !word(after) {
            return true;
        }
        from = s + term.chars().next().map_or(1, char::len_utf8);
    }
    false
}

type ReadError = (String, u32, u32);

fn read_csv(text: &str) -> Result<Vec<Entry>, ReadError> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let pos = |p: Option<&csv::Position>| p.map_or((0, 0), |p| (p.line() as u32, 1));
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| {
            let (l, c) = pos(e.position());
            (e.to_string(), l, c)
        })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if headers.len() < 2 || headers.iter().any(String::is_empty) {
        return Err((
            "the first row must name two or more languages (en,de,…)".into(),
            1,
            1,
        ));
    }
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let (l, c) = pos(e.position());
            (e.to_string(), l, c)
        })?;
        let mut e = Entry::default();
        for (h, cell) in headers.iter().zip(rec.iter()) {
            let terms: Vec<String> = cell
                .split('|')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect();
            if !terms.is_empty() {
                e.terms.insert(h.clone(), terms);
            }
        }
        if e.terms.len() >= 2 {
            out.push(e);
        }
    }
    Ok(out)
}

fn read_tbx(text: &str) -> Result<Vec<Entry>, ReadError> {
    let index = LineIndex::new(text);
    let at = |p: usize| index.line_col(text, p.min(text.len()));
    let mut r = Reader::from_str(text);
    let mut out = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut lang: Option<String> = None;
    let mut term: Option<String> = None;
    let mut saw_entry = false;
    loop {
        let ev = r.read_event().map_err(|e| {
            let (l, c) = at(r.error_position() as usize);
            (format!("not well-formed XML: {e}"), l, c)
        })?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                "termEntry" | "conceptEntry" => {
                    entry = Some(Entry::default());
                    saw_entry = true;
                }
                "langSet" | "langSec" => {
                    lang = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "xml:lang")
                        .map(|a| a.value.to_ascii_lowercase());
                }
                "term" => term = Some(String::new()),
                _ => {}
            },
            Event::Text(t) => {
                if let Some(s) = term.as_mut() {
                    s.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(g) => {
                if let Some(s) = term.as_mut() {
                    match g.resolve_char_ref() {
                        Ok(Some(c)) => s.push(c),
                        _ => {
                            let name = g.xml10_content();
                            if let Some(v) = quick_xml::escape::resolve_predefined_entity(&name) {
                                s.push_str(v);
                            }
                        }
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "term" => {
                    if let (Some(t), Some(l), Some(en)) =
                        (term.take(), lang.as_ref(), entry.as_mut())
                    {
                        let t = t.trim().to_string();
                        if !t.is_empty() {
                            en.terms.entry(l.clone()).or_default().push(t);
                        }
                    }
                }
                "langSet" | "langSec" => lang = None,
                "termEntry" | "conceptEntry" => {
                    if let Some(en) = entry.take().filter(|e| e.terms.len() >= 2) {
                        out.push(en);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    if !saw_entry {
        return Err(("no termEntry or conceptEntry: not a TBX file".into(), 1, 1));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TBX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>mailbox</term></termSec></langSec>
      <langSec xml:lang="de"><termSec><term>Postfach</term></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>boîte aux lettres</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>"#;

    fn glossary(entries: Vec<Entry>) -> Glossary {
        Glossary {
            source: "en".into(),
            entries,
        }
    }

    #[test]
    fn tbx_terms_are_checked_per_locale() {
        let g = glossary(read_tbx(TBX).expect("tbx"));
        assert_eq!(g.entries.len(), 1);
        assert!(g
            .missing("Open the mailbox.", "Öffnen Sie das Postfach.", "de")
            .is_empty());
        assert_eq!(
            g.missing("Open the mailbox.", "Öffnen Sie die Mailbox.", "de-DE"),
            vec![("mailbox".to_string(), vec!["Postfach".to_string()])]
        );
        // A locale the glossary has no term for, and English without the
        // term, are not checked; `mailboxes` is not the whole word.
        assert!(g
            .missing("Open the mailbox.", "Abra el buzón.", "es")
            .is_empty());
        assert!(g
            .missing("Open mailboxes.", "Öffnen Sie Mailboxen.", "de")
            .is_empty());
    }

    #[test]
    fn csv_with_alternatives() {
        let g =
            glossary(read_csv("en,de,ja\nsign in,anmelden|Anmeldung,サインイン\n").expect("csv"));
        assert!(g
            .missing("Sign in now.", "Jetzt anmelden.", "de")
            .is_empty());
        assert!(g
            .missing("Sign in now.", "今すぐサインインします。", "ja")
            .is_empty());
        assert_eq!(g.missing("Sign in now.", "Jetzt einloggen.", "de").len(), 1);
    }

    #[test]
    fn bad_files_name_their_line() {
        let (_, l, _) = read_tbx("<tbx>\n<conceptEntry>\n</tbx>").expect_err("bad xml");
        assert!(l >= 2, "{l}");
        assert!(read_tbx("<html></html>").is_err());
        let (_, l, _) = read_csv("en\nx\n").expect_err("one language");
        assert_eq!(l, 1);
    }
}
