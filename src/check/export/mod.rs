//! Exports of the aligned segments for CAT tools: XLIFF 2.0 (or 1.2) per
//! locale pair and one TMX 1.4b with every locale. Written with quick-xml so
//! escaping is never done by hand.
//!
//! The XLIFF files are work files: every unit of the source (missing and
//! untranslated ones too) with its inline markup as inline codes
//! ([`inline`]), protected tokens marked untranslatable, a state derived from
//! the alignment, notes (file and line, page, findings, the old English of
//! stale units), ids that depend only on the article path and the segment
//! ID, and whitespace as written. `stele import` ([`crate::check::import`])
//! reads them back.
//!
//! A pair that covers several units (one locale joined two sentences) is
//! exported as one unit whose source is the joined English, so that no
//! target text is duplicated or split by guesswork.

pub mod inline;
pub mod model;

use super::Report;
use inline::{Code, Coded, CodedUnit};
use model::{ExportArticle, ExportUnit, State};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Which XLIFF version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XliffVersion {
    V2_0,
    V1_2,
}
type W = Writer<Vec<u8>>;

fn io(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

fn start(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Start(e)).map_err(io)
}

fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Empty(e)).map_err(io)
}

fn end(w: &mut W, name: &str) -> std::io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name))).map_err(io)
}

fn text(w: &mut W, t: &str) -> std::io::Result<()> {
    w.write_event(Event::Text(BytesText::new(&xml_chars(t))))
        .map_err(io)
}

fn text_el(w: &mut W, name: &str, attrs: &[(&str, &str)], t: &str) -> std::io::Result<()> {
    start(w, name, attrs)?;
    text(w, t)?;
    end(w, name)
}

/// Drops characters XML 1.0 cannot carry (control characters, the
/// segment model's private markers never reach here, but input may hold
/// stray control bytes).
fn xml_chars(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

/// The document written, with a final line break.
fn finish(w: W) -> Vec<u8> {
    let mut out = w.into_inner();
    out.push(b'\n');
    out
}

fn new_writer() -> std::io::Result<W> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io)?;
    Ok(w)
}

/// Writes inline content: `<source>`/`<target>` bodies are mixed content,
/// so they are written without indentation (an indent would be a space in
/// the translation) and handed to the indenting writer as one escaped run.
fn inline_el(w: &mut W, name: &str, attrs: &[(&str, &str)], body: &[u8]) -> std::io::Result<()> {
    start(w, name, attrs)?;
    let body = std::str::from_utf8(body).map_err(io)?;
    w.write_event(Event::Text(BytesText::from_escaped(body)))
        .map_err(io)?;
    end(w, name)
}

/// The data ids of a code in `<originalData>`.
fn data_ids(c: &Code) -> (String, Option<String>) {
    match c.close {
        None => (format!("d{}", c.id), None),
        Some(_) => (format!("d{}", c.id), Some(format!("d{}e", c.id))),
    }
}

/// What a code looks like to a translator (`disp`), shortened.
fn disp(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    if s.chars().count() > 40 {
        let mut t: String = s.chars().take(39).collect();
        t.push('…');
        t
    } else {
        s
    }
}

/// An XLIFF 2.0 code: `<pc>` (opened; `paired`), `<ph/>`, or for an
/// isolated one `<sc isolated="yes"/>`/`<ec isolated="yes"/>`, with its
/// data references, `canDelete="no"` (but `"yes"` for a markdown escape),
/// what it looks like and its type.
fn v2_code(w: &mut W, c: &Code, id: &str, paired: bool) -> std::io::Result<()> {
    let (ds, de) = data_ids(c);
    let mut attrs: Vec<(&str, String)> = vec![("id", id.to_string())];
    if c.isolated.is_some() {
        attrs.extend([
            ("isolated", "yes".into()),
            ("dataRef", ds),
            ("canDelete", "no".into()),
            ("disp", disp(&c.open)),
        ]);
    } else if paired {
        attrs.extend([
            ("dataRefStart", ds),
            ("dataRefEnd", de.unwrap_or_default()),
            ("canDelete", "no".into()),
            ("dispStart", disp(&c.open)),
            ("dispEnd", disp(c.close.as_deref().unwrap_or_default())),
        ]);
    } else {
        // An escape may go: the import escapes the character itself.
        let can_delete = if c.is_escape() { "yes" } else { "no" };
        attrs.extend([
            ("dataRef", ds),
            ("canDelete", can_delete.into()),
            ("disp", disp(&c.open)),
        ]);
    }
    let (ty, sub) = c.kind.xliff2_type();
    attrs.push(("type", ty.into()));
    if let Some(s) = sub {
        attrs.push(("subType", s.into()));
    }
    let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match c.isolated {
        Some(true) => empty(w, "sc", &attrs),
        Some(false) => empty(w, "ec", &attrs),
        None if paired => start(w, "pc", &attrs),
        None => empty(w, "ph", &attrs),
    }
}

/// The body of a `<source>` or `<target>` in the given version.
fn inline_body(
    pieces: &[Coded],
    unit: &CodedUnit,
    version: XliffVersion,
    terms: &[String],
    mrk: &mut u32,
) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    let w = &mut w;
    // Close ids in the order they must appear (pieces are nested by construction).
    for p in pieces {
        match p {
            Coded::Text(t) => {
                for (run, protected) in model::protected(t, terms) {
                    if !protected {
                        text(w, run)?;
                        continue;
                    }
                    *mrk += 1;
                    let id = format!("m{mrk}");
                    match version {
                        XliffVersion::V2_0 => {
                            text_el(w, "mrk", &[("id", &id), ("translate", "no")], run)?
                        }
                        // 1.2's `mid` refers to `<seg-source>` markers: none here.
                        XliffVersion::V1_2 => text_el(w, "mrk", &[("mtype", "protected")], run)?,
                    }
                }
            }
            Coded::Iso(id) => {
                let Some(c) = unit.code(*id) else { continue };
                let sid = id.to_string();
                let pos = if c.isolated == Some(true) {
                    "open"
                } else {
                    "close"
                };
                match version {
                    XliffVersion::V2_0 => v2_code(w, c, &sid, false)?,
                    // 1.2's isolated tag.
                    XliffVersion::V1_2 => text_el(
                        w,
                        "it",
                        &[
                            ("id", &sid),
                            ("pos", pos),
                            ("ctype", c.kind.xliff12_ctype()),
                        ],
                        &c.open,
                    )?,
                }
            }
            Coded::Ph(id) | Coded::Open(id) => {
                let paired = matches!(p, Coded::Open(_));
                let Some(c) = unit.code(*id) else { continue };
                let sid = id.to_string();
                match version {
                    XliffVersion::V2_0 => v2_code(w, c, &sid, paired)?,
                    XliffVersion::V1_2 => text_el(
                        w,
                        if paired { "bpt" } else { "ph" },
                        &[("id", &sid), ("ctype", c.kind.xliff12_ctype())],
                        &c.open,
                    )?,
                }
            }
            Coded::Close(id) => {
                let Some(c) = unit.code(*id) else { continue };
                match version {
                    XliffVersion::V2_0 => end(w, "pc")?,
                    XliffVersion::V1_2 => text_el(
                        w,
                        "ept",
                        &[("id", &id.to_string())],
                        c.close.as_deref().unwrap_or_default(),
                    )?,
                }
            }
        }
    }
    Ok(std::mem::take(w.get_mut()))
}

/// A unit's `<source>` and `<target>` bodies, their protected-token
/// markers numbered across both.
fn bodies(
    u: &ExportUnit,
    version: XliffVersion,
    terms: &[String],
) -> std::io::Result<(Vec<u8>, Option<Vec<u8>>)> {
    let mut mrk = 0;
    let source = inline_body(&u.coded.source, &u.coded, version, terms, &mut mrk)?;
    let target = match &u.coded.target {
        Some(t) => Some(inline_body(t, &u.coded, version, terms, &mut mrk)?),
        None => None,
    };
    Ok((source, target))
}

/// The codes a piece list uses, in order.
fn used_codes(pieces: &[Coded]) -> Vec<u32> {
    pieces
        .iter()
        .filter_map(|p| match p {
            Coded::Ph(i) | Coded::Open(i) | Coded::Iso(i) => Some(*i),
            _ => None,
        })
        .collect()
}

fn unit_v2(w: &mut W, u: &ExportUnit, terms: &[String]) -> std::io::Result<()> {
    let uid = model::unit_xml_id(&u.id);
    start(w, "unit", &[("id", &uid), ("name", &u.id)])?;
    start(w, "notes", &[])?;
    for (cat, n) in &u.notes {
        text_el(w, "note", &[("category", cat)], n)?;
    }
    end(w, "notes")?;
    let mut used = used_codes(&u.coded.source);
    if let Some(t) = &u.coded.target {
        used.extend(used_codes(t));
    }
    if !used.is_empty() {
        start(w, "originalData", &[])?;
        for c in &u.coded.codes {
            if !used.contains(&c.id) {
                continue;
            }
            let (ds, de) = data_ids(c);
            text_el(w, "data", &[("id", &ds)], &c.open)?;
            if let (Some(de), Some(close)) = (de, &c.close) {
                text_el(w, "data", &[("id", &de)], close)?;
            }
        }
        end(w, "originalData")?;
    }
    let state = match u.state {
        State::Initial | State::Stale => "initial",
        State::Translated => "translated",
        State::Final => "final",
    };
    let mut attrs = vec![("state", state)];
    if u.state == State::Stale {
        attrs.push(("subState", "stele:stale-source"));
    }
    start(w, "segment", &attrs)?;
    let (source, target) = bodies(u, XliffVersion::V2_0, terms)?;
    inline_el(w, "source", &[("xml:space", "preserve")], &source)?;
    if let Some(body) = target {
        inline_el(w, "target", &[("xml:space", "preserve")], &body)?;
    }
    end(w, "segment")?;
    end(w, "unit")
}

/// The location a PO file keeps (`#: key#id`), which survives
/// `xliff2po` → `po2xliff` when the unit ids do not.
pub fn po_location(key: &str, id: &str) -> String {
    format!("{key}#{id}")
}

fn unit_v12(w: &mut W, a: &ExportArticle, u: &ExportUnit, terms: &[String]) -> std::io::Result<()> {
    let mut attrs = vec![
        ("id", u.id.as_str()),
        ("resname", u.id.as_str()),
        ("xml:space", "preserve"),
    ];
    if u.coded.target.is_some() {
        attrs.push((
            "approved",
            if matches!(u.state, State::Translated | State::Final) {
                "yes"
            } else {
                "no"
            },
        ));
    }
    start(w, "trans-unit", &attrs)?;
    let (source, target) = bodies(u, XliffVersion::V1_2, terms)?;
    inline_el(w, "source", &[], &source)?;
    if let Some(body) = target {
        let state = match u.state {
            State::Translated => "translated",
            State::Final => "final",
            State::Stale => "needs-review-translation",
            State::Initial => "needs-translation",
        };
        inline_el(w, "target", &[("state", state)], &body)?;
    }
    start(w, "context-group", &[("purpose", "location")])?;
    text_el(
        w,
        "context",
        &[("context-type", "sourcefile")],
        &po_location(&a.key, &u.id),
    )?;
    end(w, "context-group")?;
    for (cat, n) in &u.notes {
        text_el(
            w,
            "note",
            &[("from", "stele"), ("annotates", "general")],
            &format!("{cat}: {n}"),
        )?;
    }
    end(w, "trans-unit")
}

/// XLIFF for one locale pair: one `<file>` per article, every unit of the
/// source in it (missing ones without a target).
pub fn xliff(report: &Report, locale: usize, version: XliffVersion) -> std::io::Result<Vec<u8>> {
    let tags = model::language_tags(report);
    xliff_with(report, locale, version, &tags)
}

fn xliff_with(
    report: &Report,
    locale: usize,
    version: XliffVersion,
    tags: &[String],
) -> std::io::Result<Vec<u8>> {
    let src = tags.first().map(String::as_str).unwrap_or("en");
    let tgt = tags[locale].as_str();
    let terms = &report.terms;
    let mut w = new_writer()?;
    let articles = model::articles(report, locale);
    match version {
        XliffVersion::V2_0 => {
            start(
                &mut w,
                "xliff",
                &[
                    ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
                    ("version", "2.0"),
                    ("srcLang", src),
                    ("trgLang", tgt),
                ],
            )?;
            for a in &articles {
                let fid = model::file_xml_id(&a.key);
                start(&mut w, "file", &[("id", &fid), ("original", &a.key)])?;
                for u in &a.units {
                    unit_v2(&mut w, u, terms)?;
                }
                end(&mut w, "file")?;
            }
            end(&mut w, "xliff")?;
        }
        XliffVersion::V1_2 => {
            start(
                &mut w,
                "xliff",
                &[
                    ("xmlns", "urn:oasis:names:tc:xliff:document:1.2"),
                    ("version", "1.2"),
                ],
            )?;
            for a in &articles {
                start(
                    &mut w,
                    "file",
                    &[
                        ("original", &a.key),
                        ("source-language", src),
                        ("target-language", tgt),
                        ("datatype", "x-markdown"),
                    ],
                )?;
                start(&mut w, "body", &[])?;
                for u in &a.units {
                    unit_v12(&mut w, a, u, terms)?;
                }
                end(&mut w, "body")?;
                end(&mut w, "file")?;
            }
            end(&mut w, "xliff")?;
        }
    }
    Ok(finish(w))
}

/// TMX inline content: paired codes as `<bpt>`/`<ept>`, others as `<ph>`,
/// each holding its markdown.
fn tmx_body(pieces: &[Coded], unit: &CodedUnit) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    for p in pieces {
        match p {
            Coded::Text(t) => text(&mut w, t)?,
            Coded::Iso(id) => {
                if let Some(c) = unit.code(*id) {
                    let pos = if c.isolated == Some(true) {
                        "begin"
                    } else {
                        "end"
                    };
                    text_el(
                        &mut w,
                        "it",
                        &[("pos", pos), ("x", &id.to_string())],
                        &c.open,
                    )?;
                }
            }
            Coded::Ph(id) => {
                if let Some(c) = unit.code(*id) {
                    text_el(&mut w, "ph", &[("x", &id.to_string())], &c.open)?;
                }
            }
            Coded::Open(id) => {
                if let Some(c) = unit.code(*id) {
                    let i = id.to_string();
                    text_el(&mut w, "bpt", &[("i", &i), ("x", &i)], &c.open)?;
                }
            }
            Coded::Close(id) => {
                if let Some(c) = unit.code(*id) {
                    text_el(
                        &mut w,
                        "ept",
                        &[("i", &id.to_string())],
                        c.close.as_deref().unwrap_or_default(),
                    )?;
                }
            }
        }
    }
    Ok(w.into_inner())
}

/// One TMX 1.4b document with a `<tu>` per unit and a `<tuv>` per locale
/// that has a current (not stale) translation of exactly that unit. It names
/// no DTD, so that strict XML parsers read it without looking for one.
pub fn tmx(report: &Report) -> std::io::Result<Vec<u8>> {
    let tags = model::language_tags(report);
    let src = tags.first().map(String::as_str).unwrap_or("en");
    let mut w = new_writer()?;
    start(&mut w, "tmx", &[("version", "1.4")])?;
    empty(
        &mut w,
        "header",
        &[
            ("creationtool", "Stele"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "stele"),
            ("adminlang", "en"),
            ("srclang", src),
            ("datatype", "x-markdown"),
        ],
    )?;
    start(&mut w, "body", &[])?;
    let per_locale: Vec<(usize, std::collections::HashMap<String, ExportArticle>)> =
        (1..report.locales.len())
            .map(|l| {
                let arts = model::articles(report, l)
                    .into_iter()
                    .map(|a| (a.key.clone(), a))
                    .collect();
                (l, arts)
            })
            .collect();
    for a in &report.articles {
        let Some(al) = &a.alignment else { continue };
        for unit in &al.units {
            let mut tuvs: Vec<(usize, &ExportUnit)> = Vec::new();
            for (l, arts) in &per_locale {
                let Some(art) = arts.get(&a.key) else {
                    continue;
                };
                if let Some(x) = art.units.iter().find(|x| x.id == unit.id) {
                    let single =
                        x.source_md == unit.markdown.clone().unwrap_or_else(|| unit.text.clone());
                    if x.coded.target.is_some()
                        && matches!(x.state, State::Translated | State::Final)
                        && single
                    {
                        tuvs.push((*l, x));
                    }
                }
            }
            let Some((_, first)) = tuvs.first() else {
                continue;
            };
            start(&mut w, "tu", &[("tuid", &format!("{}#{}", a.key, unit.id))])?;
            text_el(&mut w, "prop", &[("type", "x-article")], &a.key)?;
            start(&mut w, "tuv", &[("xml:lang", src)])?;
            let body = tmx_body(&first.coded.source, &first.coded)?;
            inline_el(&mut w, "seg", &[], &body)?;
            end(&mut w, "tuv")?;
            for (l, x) in &tuvs {
                start(&mut w, "tuv", &[("xml:lang", &tags[*l])])?;
                let body = tmx_body(x.coded.target.as_deref().unwrap_or_default(), &x.coded)?;
                inline_el(&mut w, "seg", &[], &body)?;
                end(&mut w, "tuv")?;
            }
            end(&mut w, "tu")?;
        }
    }
    end(&mut w, "body")?;
    end(&mut w, "tmx")?;
    Ok(finish(w))
}

/// Writes the exports into `dir`; returns the files written.
pub fn write(
    report: &Report,
    dir: &Path,
    what: &str,
    version: XliffVersion,
) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let src = report.locales.first().cloned().unwrap_or_default();
    let tags = model::language_tags(report);
    let mut save = |name: String, bytes: Vec<u8>| -> std::io::Result<()> {
        let p = dir.join(name);
        let mut f = std::fs::File::create(&p)?;
        f.write_all(&bytes)?;
        written.push(p);
        Ok(())
    };
    match what {
        "xliff" => {
            let locales: std::collections::BTreeSet<usize> = report
                .articles
                .iter()
                .filter_map(|a| a.alignment.as_ref())
                .flat_map(|al| al.locales.keys().copied())
                .collect();
            for l in locales {
                let suffix = if version == XliffVersion::V1_2 {
                    ".xliff12.xlf"
                } else {
                    ".xlf"
                };
                save(
                    format!("{src}-{}{suffix}", report.locales[l]),
                    xliff_with(report, l, version, &tags)?,
                )?;
            }
        }
        _ => save("stele.tmx".into(), tmx(report)?)?,
    }
    Ok(written)
}
