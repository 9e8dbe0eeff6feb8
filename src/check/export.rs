//! Exports of the aligned segments for CAT tools: XLIFF 2.0 (or 1.2) per
//! locale pair and one TMX 1.4b with every locale. Written with quick-xml so
//! escaping is never done by hand.
//!
//! A pair that covers several units (one locale joined two sentences) is
//! exported as one unit whose source is the joined English, so that no
//! target text is duplicated or split by guesswork.

use super::{ArticleResult, Report};
use crate::align::{ArticleAlignment, Status};
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

/// One exported row: units, English, and the translation if any.
struct Row {
    id: String,
    source: String,
    target: Option<String>,
    stale: bool,
}

fn rows(al: &ArticleAlignment, locale: usize) -> Vec<Row> {
    let la = al.locales.get(&locale);
    let mut out = Vec::new();
    let mut u = 0;
    while u < al.units.len() {
        let pair = la
            .and_then(|la| la.pair_of(u))
            .filter(|p| p.units.start == u);
        match pair {
            Some(p) => {
                let source: Vec<&str> = al.units[p.units.clone()]
                    .iter()
                    .map(|x| x.text.as_str())
                    .collect();
                out.push(Row {
                    id: al.units[u].id.clone(),
                    source: source.join(" "),
                    target: Some(p.target_text.clone()),
                    stale: p.status == Status::Stale,
                });
                u = p.units.end.max(u + 1);
            }
            None => {
                out.push(Row {
                    id: al.units[u].id.clone(),
                    source: al.units[u].text.clone(),
                    target: None,
                    stale: false,
                });
                u += 1;
            }
        }
    }
    out
}

type W = Writer<Vec<u8>>;

fn start(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Start(e))
        .map_err(std::io::Error::other)
}

fn end(w: &mut W, name: &str) -> std::io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))
        .map_err(std::io::Error::other)
}

fn text_el(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> std::io::Result<()> {
    start(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::new(&xml_chars(text))))
        .map_err(std::io::Error::other)?;
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

fn new_writer() -> std::io::Result<W> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(std::io::Error::other)?;
    Ok(w)
}

/// An XML ID-safe form of a unit ID (`xsd:NMTOKEN`, and no leading digit
/// where an `xsd:ID` is needed).
fn nmtoken(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// XLIFF for one locale pair: one `<file>` per article.
pub fn xliff(report: &Report, locale: usize, version: XliffVersion) -> std::io::Result<Vec<u8>> {
    let src = report.locales.first().map(String::as_str).unwrap_or("en");
    let tgt = report.locales[locale].as_str();
    let mut w = new_writer()?;
    let articles: Vec<&ArticleResult> = report
        .articles
        .iter()
        .filter(|a| {
            a.alignment
                .as_ref()
                .is_some_and(|al| al.locales.contains_key(&locale))
        })
        .collect();
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
            for (i, a) in articles.iter().enumerate() {
                let Some(al) = &a.alignment else { continue };
                let fid = format!("f{}", i + 1);
                start(&mut w, "file", &[("id", &fid), ("original", &a.key)])?;
                for r in rows(al, locale) {
                    let uid = format!("u{}", nmtoken(&r.id));
                    start(&mut w, "unit", &[("id", &uid), ("name", &r.id)])?;
                    let state = match (&r.target, r.stale) {
                        (None, _) | (_, true) => "initial",
                        (Some(_), false) => "translated",
                    };
                    if r.stale {
                        start(
                            &mut w,
                            "segment",
                            &[("state", state), ("subState", "stele:stale-source")],
                        )?;
                    } else {
                        start(&mut w, "segment", &[("state", state)])?;
                    }
                    text_el(&mut w, "source", &[], &r.source)?;
                    if let Some(t) = &r.target {
                        text_el(&mut w, "target", &[], t)?;
                    }
                    end(&mut w, "segment")?;
                    end(&mut w, "unit")?;
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
                let Some(al) = &a.alignment else { continue };
                start(
                    &mut w,
                    "file",
                    &[
                        ("original", &a.key),
                        ("source-language", src),
                        ("target-language", tgt),
                        ("datatype", "plaintext"),
                    ],
                )?;
                start(&mut w, "body", &[])?;
                for r in rows(al, locale) {
                    start(&mut w, "trans-unit", &[("id", &r.id)])?;
                    text_el(&mut w, "source", &[], &r.source)?;
                    if let Some(t) = &r.target {
                        let state = if r.stale {
                            "needs-review-translation"
                        } else {
                            "translated"
                        };
                        text_el(&mut w, "target", &[("state", state)], t)?;
                    }
                    end(&mut w, "trans-unit")?;
                }
                end(&mut w, "body")?;
                end(&mut w, "file")?;
            }
            end(&mut w, "xliff")?;
        }
    }
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

/// One TMX 1.4b document with a `<tu>` per unit and a `<tuv>` per locale
/// that has a current (not stale) translation of exactly that unit range.
pub fn tmx(report: &Report) -> std::io::Result<Vec<u8>> {
    let src = report.locales.first().map(String::as_str).unwrap_or("en");
    let mut w = new_writer()?;
    w.get_mut()
        .extend_from_slice(b"\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
    start(&mut w, "tmx", &[("version", "1.4")])?;
    w.write_event(Event::Empty({
        let mut e = BytesStart::new("header");
        for (k, v) in [
            ("creationtool", "Stele"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "stele"),
            ("adminlang", "en"),
            ("srclang", src),
            ("datatype", "plaintext"),
        ] {
            e.push_attribute((k, v));
        }
        e
    }))
    .map_err(std::io::Error::other)?;
    start(&mut w, "body", &[])?;
    for a in &report.articles {
        let Some(al) = &a.alignment else { continue };
        let per_locale: Vec<(usize, Vec<Row>)> =
            al.locales.keys().map(|&l| (l, rows(al, l))).collect();
        for u in 0..al.units.len() {
            let id = &al.units[u].id;
            // Rows of each locale that start at this unit and cover exactly it.
            let mut tuvs: Vec<(usize, String)> = Vec::new();
            for (l, rs) in &per_locale {
                if let Some(r) = rs.iter().find(|r| &r.id == id && !r.stale) {
                    if let (Some(t), true) = (&r.target, r.source == al.units[u].text) {
                        tuvs.push((*l, t.clone()));
                    }
                }
            }
            if tuvs.is_empty() {
                continue;
            }
            start(&mut w, "tu", &[("tuid", &format!("{}#{}", a.key, id))])?;
            text_el(&mut w, "prop", &[("type", "x-article")], &a.key)?;
            start(&mut w, "tuv", &[("xml:lang", src)])?;
            text_el(&mut w, "seg", &[], &al.units[u].text)?;
            end(&mut w, "tuv")?;
            for (l, t) in tuvs {
                start(&mut w, "tuv", &[("xml:lang", &report.locales[l])])?;
                text_el(&mut w, "seg", &[], &t)?;
                end(&mut w, "tuv")?;
            }
            end(&mut w, "tu")?;
        }
    }
    end(&mut w, "body")?;
    end(&mut w, "tmx")?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
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
                    xliff(report, l, version)?,
                )?;
            }
        }
        _ => save("stele.tmx".into(), tmx(report)?)?,
    }
    Ok(written)
}
