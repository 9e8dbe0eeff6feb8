//! `stele import`: translated XLIFF back into `content/<locale>/`.
//!
//! Reads XLIFF 2.0 and 1.2 (Stele's own exports as a CAT tool returns
//! them, and translate-toolkit's `po2xliff` output, whose units keep
//! Stele's `key#id` location) with quick-xml, checks every unit against
//! the current content ([`super::export::model`], the same model the export
//! wrote) and writes each changed translation into its segment, span markup
//! and IDs kept. A file with any error writes nothing: the errors name the
//! XLIFF file, line and unit.

use super::export::inline::{self, Coded, CodedUnit};
use super::export::model::{self, ExportArticle, ExportUnit};
use super::{Options, Report};

mod place;
mod po;
mod unmarked;
use crate::diag::{Diagnostic, LineIndex};
use crate::markup;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What `stele import` does.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub root: PathBuf,
    pub files: Vec<PathBuf>,
    /// Check and compute the changes, write nothing.
    pub dry_run: bool,
    /// The target locale for files that do not name one, and the pick
    /// among the locales that declare a file's target language.
    pub lang: Option<String>,
}

/// One markdown file the import changes.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Relative to the site root.
    pub file: PathBuf,
    pub old: String,
    pub new: String,
    /// Units whose translation changed.
    pub units: usize,
    /// True when the import creates the file (a new article).
    pub created: bool,
}

/// What happened to one XLIFF file.
#[derive(Debug, Clone)]
pub struct FileOutcome {
    pub xliff: PathBuf,
    /// Errors: when there is any, nothing was written for this file.
    pub errors: Vec<Diagnostic>,
    pub changes: Vec<FileChange>,
    /// Units read.
    pub units: usize,
}

// ---------------------------------------------------------------- reading

/// An inline element of a `<source>` or `<target>`.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Text(String),
    /// A standalone code: its id, and its markdown when the file carries it
    /// (`<ph>` content in 1.2, `dataRef` in 2.0).
    Ph(String, Data),
    Open(String, Data),
    Close(String, Data),
}

/// Where a code's markdown is, if the file has it.
#[derive(Debug, Clone, PartialEq)]
enum Data {
    None,
    Inline(String),
    Ref(String),
}

#[derive(Debug, Default)]
struct XUnit {
    id: String,
    /// `x-gettext-domain-header` marks the PO header that `po2xliff` keeps.
    restype: Option<String>,
    name: Option<String>,
    location: Option<String>,
    line: u32,
    col: u32,
    source: Vec<Item>,
    target: Option<Vec<Item>>,
    data: HashMap<String, String>,
}

#[derive(Debug, Default)]
struct XFile {
    original: Option<String>,
    trg_lang: Option<(String, u32)>,
    units: Vec<XUnit>,
}

#[derive(Debug, Default)]
struct XDoc {
    version: String,
    files: Vec<XFile>,
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or("").to_string()
}

/// Which part of a unit the reader is in.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    None,
    Source,
    Target,
}

/// The reader's state between events.
struct Xr {
    doc: XDoc,
    /// Element names from the root.
    stack: Vec<String>,
    unit: Option<XUnit>,
    part: Part,
    items: Vec<Item>,
    /// Open 2.0 `<pc>`s and 1.2 `<g>`s: id and end data.
    open_pc: Vec<(String, Data)>,
    /// An element whose text is a code's markdown (1.2 `ph`/`bpt`/`ept`/
    /// `it`, 2.0 `data`): what it becomes, and the text so far.
    code: Option<(CodeEl, String)>,
    /// Text of a 1.2 `<context context-type="sourcefile">` in a location group.
    context: Option<String>,
}

#[derive(Debug, Clone)]
enum CodeEl {
    Ph(String),
    Open(String),
    Close(String),
    Data(String),
}

impl Xr {
    fn in_ignored(&self) -> bool {
        self.stack
            .iter()
            .any(|n| n == "alt-trans" || n == "seg-source" || n == "notes" || n == "note")
    }

    fn text(&mut self, t: &str) {
        if let Some((_, buf)) = &mut self.code {
            buf.push_str(t);
            return;
        }
        if let Some(c) = &mut self.context {
            c.push_str(t);
            return;
        }
        if self.part != Part::None && !self.in_ignored() {
            if let Some(Item::Text(last)) = self.items.last_mut() {
                last.push_str(t);
            } else {
                self.items.push(Item::Text(t.to_string()));
            }
        }
    }

    fn open(&mut self, e: &BytesStart, empty: bool, line: u32, col: u32) -> Result<(), String> {
        let name = local(e.name().as_ref());
        let ignored = self.in_ignored();
        match name.as_str() {
            "xliff" => {
                self.doc.version = attr(e, "version").unwrap_or_default();
                if let Some(t) = attr(e, "trgLang") {
                    self.doc.files.push(XFile {
                        trg_lang: Some((t, line)),
                        ..XFile::default()
                    });
                }
            }
            "file" => {
                let inherited = self
                    .doc
                    .files
                    .first()
                    .and_then(|f| f.trg_lang.clone())
                    .filter(|_| self.doc.version.starts_with('2'));
                let trg = attr(e, "target-language").map(|t| (t, line)).or(inherited);
                // The 2.0 placeholder pushed for `trgLang` is replaced by the first file.
                if self.doc.version.starts_with('2')
                    && self.doc.files.len() == 1
                    && self.doc.files[0].original.is_none()
                    && self.doc.files[0].units.is_empty()
                {
                    self.doc.files.clear();
                }
                self.doc.files.push(XFile {
                    original: attr(e, "original"),
                    trg_lang: trg,
                    units: Vec::new(),
                });
            }
            "unit" | "trans-unit" if !ignored => {
                self.unit = Some(XUnit {
                    id: attr(e, "id").unwrap_or_default(),
                    name: attr(e, "name").or_else(|| attr(e, "resname")),
                    restype: attr(e, "restype"),
                    line,
                    col,
                    ..XUnit::default()
                });
            }
            "source" if !ignored && self.unit.is_some() => {
                self.part = Part::Source;
                self.items.clear();
            }
            "target" if !ignored && self.unit.is_some() => {
                self.part = Part::Target;
                self.items.clear();
                if let Some(u) = &mut self.unit {
                    u.target.get_or_insert_with(Vec::new);
                }
            }
            "data" if self.unit.is_some() => {
                self.code = Some((
                    CodeEl::Data(attr(e, "id").unwrap_or_default()),
                    String::new(),
                ));
            }
            "context"
                if self.stack.last().is_some_and(|n| n == "context-group")
                    && attr(e, "context-type").as_deref() == Some("sourcefile") =>
            {
                self.context = Some(String::new());
            }
            _ if self.part != Part::None && !ignored => self.inline_open(&name, e, empty),
            _ => {}
        }
        if !empty {
            self.stack.push(name);
        }
        Ok(())
    }

    /// An inline element of a source or target: a code (2.0 `<ph>`, `<pc>`,
    /// `<sc>`/`<ec>`; 1.2 `<ph>`, `<it>`, `<bpt>`/`<ept>`, `<g>`, `<x/>`,
    /// `<bx/>`/`<ex/>`) or a `<cp>` character; markers (`<mrk>`) are
    /// transparent.
    fn inline_open(&mut self, name: &str, e: &BytesStart, empty: bool) {
        let id = || attr(e, "id").unwrap_or_default();
        match name {
            // 2.0
            "ph" if self.doc.version.starts_with('2') => {
                let d = attr(e, "dataRef").map(Data::Ref).unwrap_or(Data::None);
                self.items.push(Item::Ph(id(), d));
            }
            "pc" => {
                let ds = attr(e, "dataRefStart").map(Data::Ref).unwrap_or(Data::None);
                let de = attr(e, "dataRefEnd").map(Data::Ref).unwrap_or(Data::None);
                self.items.push(Item::Open(id(), ds));
                if empty {
                    self.items.push(Item::Close(id(), de));
                } else {
                    self.open_pc.push((id(), de));
                }
            }
            // An isolated `<sc>`/`<ec>` (its partner is in another
            // unit) stands alone in this one, like a placeholder.
            "sc" | "ec" if attr(e, "isolated").as_deref() == Some("yes") => {
                let d = attr(e, "dataRef").map(Data::Ref).unwrap_or(Data::None);
                self.items.push(Item::Ph(id(), d));
            }
            "sc" => {
                let d = attr(e, "dataRef").map(Data::Ref).unwrap_or(Data::None);
                self.items.push(Item::Open(id(), d));
            }
            "ec" => {
                let d = attr(e, "dataRef").map(Data::Ref).unwrap_or(Data::None);
                let sid = attr(e, "startRef").unwrap_or_else(id);
                self.items.push(Item::Close(sid, d));
            }
            "cp" => {
                let c = attr(e, "hex")
                    .and_then(|h| u32::from_str_radix(&h, 16).ok())
                    .and_then(char::from_u32);
                if let Some(c) = c {
                    self.text(&c.to_string());
                }
            }
            // 1.2
            "ph" | "it" => {
                if empty {
                    self.items.push(Item::Ph(id(), Data::None));
                } else {
                    self.code = Some((CodeEl::Ph(id()), String::new()));
                }
            }
            "bpt" => {
                if empty {
                    self.items.push(Item::Open(id(), Data::None));
                } else {
                    self.code = Some((CodeEl::Open(id()), String::new()));
                }
            }
            "ept" => {
                if empty {
                    self.items.push(Item::Close(id(), Data::None));
                } else {
                    self.code = Some((CodeEl::Close(id()), String::new()));
                }
            }
            "g" => {
                self.items.push(Item::Open(id(), Data::None));
                if empty {
                    self.items.push(Item::Close(id(), Data::None));
                } else {
                    self.open_pc.push((id(), Data::None));
                }
            }
            "x" => self.items.push(Item::Ph(id(), Data::None)),
            "bx" => self.items.push(Item::Open(id(), Data::None)),
            "ex" => self.items.push(Item::Close(id(), Data::None)),
            // mrk, sm, em, sub: transparent.
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        let name = local(name);
        self.stack.pop();
        let ignored = self.in_ignored();
        if let Some((el, buf)) = self.code.take() {
            let matches = matches!(
                (&el, name.as_str()),
                (CodeEl::Ph(_), "ph" | "it")
                    | (CodeEl::Open(_), "bpt")
                    | (CodeEl::Close(_), "ept")
                    | (CodeEl::Data(_), "data")
            );
            if !matches {
                // A `<sub>` inside a code: keep collecting.
                self.code = Some((el, buf));
                return;
            }
            match el {
                CodeEl::Ph(id) => self.items.push(Item::Ph(id, Data::Inline(buf))),
                CodeEl::Open(id) => self.items.push(Item::Open(id, Data::Inline(buf))),
                CodeEl::Close(id) => self.items.push(Item::Close(id, Data::Inline(buf))),
                CodeEl::Data(id) => {
                    if let Some(u) = &mut self.unit {
                        u.data.insert(id, buf);
                    }
                }
            }
            return;
        }
        match name.as_str() {
            "context" => {
                if let (Some(c), Some(u)) = (self.context.take(), &mut self.unit) {
                    // translate-toolkit percent-escapes PO locations (`%23`).
                    let c = crate::util::percent_decode(c.trim());
                    if c.contains('#') && u.location.is_none() {
                        u.location = Some(c);
                    }
                }
            }
            "pc" | "g" if self.part != Part::None && !ignored => {
                if let Some((id, d)) = self.open_pc.pop() {
                    self.items.push(Item::Close(id, d));
                }
            }
            "source" | "target" if self.part != Part::None && !ignored => {
                let items = std::mem::take(&mut self.items);
                if let Some(u) = &mut self.unit {
                    // Several `<segment>`s (a tool split the unit): joined.
                    let dest = if self.part == Part::Source {
                        &mut u.source
                    } else {
                        u.target.get_or_insert_with(Vec::new)
                    };
                    dest.extend(items);
                }
                self.part = Part::None;
            }
            "unit" | "trans-unit" if !ignored => {
                if let Some(u) = self.unit.take() {
                    if self.doc.files.is_empty() {
                        self.doc.files.push(XFile::default());
                    }
                    if let Some(f) = self.doc.files.last_mut() {
                        f.units.push(u);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Reads an XLIFF document. Errors carry the line and column.
fn read_xliff(text: &str) -> Result<XDoc, (String, u32, u32)> {
    let lines = LineIndex::new(text);
    let at = |pos: usize| lines.line_col(text, pos.min(text.len()));
    let mut r = Reader::from_str(text);
    r.config_mut().trim_text(false);
    let mut x = Xr {
        doc: XDoc::default(),
        stack: Vec::new(),
        unit: None,
        part: Part::None,
        items: Vec::new(),
        open_pc: Vec::new(),
        code: None,
        context: None,
    };
    loop {
        let pos = r.buffer_position() as usize;
        let ev = r.read_event().map_err(|e| {
            let (l, c) = at(r.error_position() as usize);
            (format!("not well-formed XML: {e}"), l, c)
        })?;
        let (line, col) = at(pos);
        let fail = |m: String| (m, line, col);
        match ev {
            Event::Eof => break,
            Event::Start(e) => x.open(&e, false, line, col).map_err(fail)?,
            Event::Empty(e) => x.open(&e, true, line, col).map_err(fail)?,
            Event::End(e) => x.close(e.name().as_ref()),
            Event::Text(t) => x.text(&t.xml10_content()),
            // quick-xml reports `&amp;`, `&#xA0;` and the like as events of
            // their own; the reader joins them to the text around them.
            Event::GeneralRef(r) => {
                let t = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.xml10_content();
                        resolve_predefined_entity(&name)
                            .map(str::to_string)
                            .ok_or_else(|| {
                                fail(format!(
                                    "unknown entity `&{name};` (XLIFF has only &amp; &lt; &gt; &quot; &apos; and character references)"
                                ))
                            })?
                    }
                    Err(e) => return Err(fail(format!("bad character reference: {e}"))),
                };
                x.text(&t);
            }
            Event::CData(t) => x.text(&t.xml10_content()),
            _ => {}
        }
    }
    if !x.doc.version.starts_with('2') && !x.doc.version.starts_with('1') {
        return Err((
            "not an XLIFF document (no <xliff version=\"2.0\"> or \"1.2\")".into(),
            1,
            1,
        ));
    }
    Ok(x.doc)
}

// ---------------------------------------------------------------- checking

/// The markdown of a code as the XLIFF gives it, else as the model has it.
fn code_md(
    unit: &XUnit,
    coded: &CodedUnit,
    id: &str,
    data: &Data,
    closing: bool,
) -> Result<String, String> {
    match data {
        Data::Inline(s) => return Ok(s.clone()),
        Data::Ref(r) => {
            if let Some(s) = unit.data.get(r) {
                return Ok(s.clone());
            }
        }
        Data::None => {}
    }
    let code = id.parse::<u32>().ok().and_then(|n| coded.code(n));
    match code {
        Some(c) if closing => c
            .close
            .clone()
            .ok_or_else(|| format!("inline code {id} is not a paired code")),
        Some(c) => Ok(c.open.clone()),
        None => Err(format!(
            "unknown inline code {id}: the unit has no such code and the file gives no markdown for it"
        )),
    }
}

fn is_code(i: &Item) -> bool {
    !matches!(i, Item::Text(_))
}

/// Markdown from source or target items; `check` validates the codes of a
/// target against the unit's source codes.
fn markdown_of(
    unit: &XUnit,
    model: &ExportUnit,
    items: &[Item],
    check: bool,
) -> Result<String, String> {
    let coded = &model.coded;
    if check && !items.iter().any(is_code) {
        // No codes at all: the target is markdown as typed (translate-
        // toolkit's PO round trip flattens codes into their markdown).
        let md: String = items
            .iter()
            .map(|i| match i {
                Item::Text(t) => t.as_str(),
                _ => "",
            })
            .collect();
        let again = inline::code_unit_with(&model.source_md, Some(&md), &model.marks);
        check_counts(coded, again.target.as_deref().unwrap_or_default())?;
        return Ok(md);
    }
    // The source's escapes that the target leaves out: their characters
    // are escaped in its text instead.
    let dropped_escapes = check
        && coded.codes.iter().any(|c| {
            c.in_source
                && c.is_escape()
                && !items
                    .iter()
                    .any(|i| matches!(i, Item::Ph(id, _) if *id == c.id.to_string()))
        });
    let escaped = if dropped_escapes {
        inline::escaped_chars(&model.source_md)
    } else {
        Vec::new()
    };
    let mut md = String::new();
    let mut open: Vec<String> = Vec::new();
    let mut seen_open: HashMap<String, usize> = HashMap::new();
    let mut seen_ph: HashMap<String, usize> = HashMap::new();
    for i in items {
        match i {
            Item::Text(t) if !escaped.is_empty() => inline::push_escaped(&mut md, t, &escaped),
            Item::Text(t) => md.push_str(t),
            Item::Ph(id, d) => {
                *seen_ph.entry(id.clone()).or_default() += 1;
                md.push_str(&code_md(unit, coded, id, d, false)?);
            }
            Item::Open(id, d) => {
                *seen_open.entry(id.clone()).or_default() += 1;
                open.push(id.clone());
                md.push_str(&code_md(unit, coded, id, d, false)?);
            }
            Item::Close(id, d) => {
                match open.iter().rposition(|o| o == id) {
                    None => {
                        return Err(format!(
                            "inline code {id} is closed before it is opened: codes were reordered illegally"
                        ))
                    }
                    Some(p) if p + 1 != open.len() && check => {
                        return Err(format!(
                            "inline codes {id} and {} overlap: markdown elements must nest",
                            open[open.len() - 1]
                        ))
                    }
                    Some(p) => {
                        open.remove(p);
                    }
                }
                md.push_str(&code_md(unit, coded, id, d, true)?);
            }
        }
    }
    if let Some(id) = open.first() {
        return Err(format!("inline code {id} is opened but never closed"));
    }
    if check {
        for c in coded.codes.iter().filter(|c| c.in_source) {
            let id = c.id.to_string();
            let n = if c.close.is_some() {
                seen_open.get(&id).copied().unwrap_or(0)
            } else {
                seen_ph.get(&id).copied().unwrap_or(0)
            };
            if n == 0 && !c.is_escape() {
                return Err(format!(
                    "inline code {id} (`{}`) of the source is missing in the target",
                    c.open
                ));
            }
            if n > 1 {
                return Err(format!(
                    "inline code {id} (`{}`) occurs {n} times in the target",
                    c.open
                ));
            }
        }
    }
    Ok(md)
}

/// Every source code once in a target given as markdown (coded again
/// against the same source, so the ids agree); an escape may be left out.
fn check_counts(coded: &CodedUnit, target: &[Coded]) -> Result<(), String> {
    for c in coded.codes.iter().filter(|c| c.in_source) {
        let n = target
            .iter()
            .filter(|p| matches!(p, Coded::Ph(i) | Coded::Open(i) | Coded::Iso(i) if *i == c.id))
            .count();
        if n == 0 && !c.is_escape() {
            return Err(format!(
                "the markdown `{}{}` of the source is missing in the target",
                c.open,
                c.close.as_deref().unwrap_or("")
            ));
        }
        if n > 1 {
            return Err(format!(
                "the markdown `{}` occurs {n} times in the target",
                c.open
            ));
        }
    }
    Ok(())
}

/// Where a translation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// The target half of an existing segment (its index in the file).
    Segment(usize),
    /// A new segment in the translation's file, for the article's unit at
    /// this index: the translation has no segment for it yet.
    Missing(usize),
    /// A segment of an article that has no file in the locale yet.
    New(usize),
    /// The pinned byte range of the article's unit at this index in a
    /// translation without span markup, or of its text outside any segment
    /// in a marked one (alt text, a caption: [`ExportUnit::target_range`]),
    /// written over without span markup.
    Range(usize),
    /// The front-matter value of the article's unit at this index in a
    /// translation without span markup
    /// ([`ExportUnit::front_matter_target`]).
    FrontMatter(usize),
    /// The pinned byte range of the English left verbatim outside any
    /// segment of a marked translation, for the article's unit at this
    /// index: replaced by a new segment in span markup.
    Verbatim(usize),
}

/// A translation to write.
struct Edit {
    target: Target,
    new: String,
    unit: String,
    line: u32,
    col: u32,
}

/// The translation locale a file's target language `tag` names: the
/// locale whose folder is `tag` (an exact match wins); else the locale
/// the export writes `tag` for (`tags`: its `ms.contentlocale` where that
/// refines the folder's tag, `de-DE` for `de`), so that an export comes
/// back where it came from; else the locale whose articles declare it in
/// `ms.contentlocale` (`declared`). A tag that several locales claim at
/// the same step is ambiguous: `lang` (`--lang`, a locale folder) picks
/// one of them, else the error names the candidates.
fn locale_of(
    report: &Report,
    tag: &str,
    (tags, declared): (&[String], &[Option<String>]),
    lang: Option<&str>,
) -> Result<usize, (String, String)> {
    let same = |a: &str| a.eq_ignore_ascii_case(tag);
    let locales = 1..report.locales.len();
    if let Some(l) = locales.clone().find(|&l| same(&report.locales[l])) {
        return Ok(l);
    }
    let written: Vec<usize> = locales
        .clone()
        .filter(|&l| tags.get(l).is_some_and(|t| same(t)))
        .collect();
    let claim = if written.is_empty() {
        locales
            .filter(|&l| declared.get(l).and_then(|d| d.as_deref()).is_some_and(same))
            .collect()
    } else {
        written
    };
    match claim.as_slice() {
        [l] => Ok(*l),
        [] => Err((
            format!("the target language `{tag}` is not a locale of this site"),
            format!(
                "the site's translation locales are: {}",
                report.locales[1..].join(", ")
            ),
        )),
        more => {
            let names: Vec<&str> = more.iter().map(|&l| report.locales[l].as_str()).collect();
            if let Some(l) = lang.and_then(|g| {
                more.iter()
                    .copied()
                    .find(|&l| report.locales[l].eq_ignore_ascii_case(g))
            }) {
                return Ok(l);
            }
            Err((
                format!(
                    "the target language `{tag}` could be more than one locale of this site: the files of {} all say `ms.contentlocale: {tag}`, and no locale folder is named `{tag}`",
                    names.join(" and ")
                ),
                format!(
                    "name the locale with --lang ({}), or make the folders' ms.contentlocale tell them apart",
                    names.join(" or ")
                ),
            ))
        }
    }
}

/// Imports the files in order; each file is checked against the content as
/// the files before it left it. `Err` when the site cannot be loaded.
pub fn import(opts: &ImportOptions) -> Result<Vec<FileOutcome>, Vec<Diagnostic>> {
    let check_opts = Options {
        root: opts.root.clone(),
        langs: Vec::new(),
    };
    let mut report = super::run(&check_opts)?;
    let mut out = Vec::new();
    for path in &opts.files {
        let outcome = import_one(&report, path, opts);
        let wrote = !opts.dry_run && outcome.errors.is_empty() && !outcome.changes.is_empty();
        let mut outcome = outcome;
        if wrote {
            if let Err(e) = write_changes(&opts.root, &outcome.changes) {
                outcome.errors.push(Diagnostic::error(
                    "import-write",
                    path,
                    format!("cannot write the translations: {e}"),
                ));
            }
            report = super::run(&check_opts)?;
        }
        out.push(outcome);
    }
    Ok(out)
}

fn import_one(report: &Report, path: &Path, opts: &ImportOptions) -> FileOutcome {
    let mut outcome = FileOutcome {
        xliff: path.to_path_buf(),
        errors: Vec::new(),
        changes: Vec::new(),
        units: 0,
    };
    let err = |line: u32, col: u32, msg: String, hint: &str| {
        let d = Diagnostic::error("import", path, msg).at(line, col);
        if hint.is_empty() {
            d
        } else {
            d.hint(hint.to_string())
        }
    };
    let doc = match read_doc(path) {
        Ok(d) => d,
        Err((m, l, c, hint)) => {
            outcome.errors.push(err(l, c, m, hint));
            return outcome;
        }
    };
    let tags = model::language_tags(report);
    let declared = model::declared_tags(report);
    let mut models: HashMap<usize, HashMap<String, ExportArticle>> = HashMap::new();
    // Per markdown file: the edits.
    let mut edits: std::collections::BTreeMap<PathBuf, (usize, String, Vec<Edit>)> =
        Default::default();
    for f in &doc.files {
        let (tag, tag_line) = match (&f.trg_lang, &opts.lang) {
            (Some((t, l)), _) => (t.clone(), *l),
            (None, Some(t)) => (t.clone(), 0),
            (None, None) => {
                outcome.errors.push(err(
                    1,
                    1,
                    "the file names no target language".into(),
                    "give it with --lang, or set trgLang (2.0) or target-language (1.2)",
                ));
                continue;
            }
        };
        let locale = match locale_of(report, &tag, (&tags, &declared), opts.lang.as_deref()) {
            Ok(l) => l,
            Err((m, hint)) => {
                outcome.errors.push(err(tag_line, 1, m, &hint));
                continue;
            }
        };
        let arts = models.entry(locale).or_insert_with(|| {
            model::articles(report, locale)
                .into_iter()
                .map(|a| (a.key.clone(), a))
                .collect()
        });
        for u in &f.units {
            if u.restype.as_deref() == Some("x-gettext-domain-header") {
                continue;
            }
            outcome.units += 1;
            let (key, uid) = match u.location.as_deref().and_then(|l| l.rsplit_once('#')) {
                Some((k, i)) => (k.to_string(), i.to_string()),
                None => (
                    f.original.clone().unwrap_or_default(),
                    u.name.clone().unwrap_or_else(|| u.id.clone()),
                ),
            };
            let unit_name = if uid.is_empty() {
                u.id.clone()
            } else {
                uid.clone()
            };
            let at_unit =
                |m: String, hint: &str| err(u.line, u.col, format!("unit {unit_name}: {m}"), hint);
            let Some(art) = arts.get(&key) else {
                outcome.errors.push(at_unit(
                    format!(
                        "the site has no article `{key}` in {}",
                        report.locales[locale]
                    ),
                    "was the article renamed or deleted? export again",
                ));
                continue;
            };
            match unit_edit(report, locale, art, &key, &uid, u) {
                Ok(Some((file, edit))) => edits
                    .entry(file)
                    .or_insert_with(|| (locale, key.clone(), Vec::new()))
                    .2
                    .push(Edit {
                        unit: unit_name.clone(),
                        ..edit
                    }),
                Ok(None) => {}
                Err((m, hint)) => outcome.errors.push(at_unit(m, hint)),
            }
        }
    }
    if !outcome.errors.is_empty() {
        return outcome;
    }
    for (file, (locale, key, es)) in edits {
        let Some(art) = models.get(&locale).and_then(|m| m.get(&key)) else {
            continue;
        };
        match write_article(report, (locale, &tags[locale]), &file, art, &es) {
            Ok(c) => outcome.changes.push(c),
            Err(ds) => outcome.errors.extend(ds.into_iter().map(|(e, m)| {
                // What the parse of the result found, or where a new
                // segment or article could not be placed.
                let hint = if m.contains("read back") || m.contains("fail to parse") {
                    "the translation must not contain span markup or break the file"
                } else {
                    "nothing of this file was written; see the message for what to change"
                };
                err(e.line, e.col, format!("unit {}: {m}", e.unit), hint)
            })),
        }
    }
    if !outcome.errors.is_empty() {
        outcome.changes.clear();
    }
    outcome
}

/// The units of an XLIFF or PO file (PO by its extension), or what is
/// wrong with it: message, line, column and what to do.
fn read_doc(path: &Path) -> Result<XDoc, (String, u32, u32, &'static str)> {
    let text = read_text(path).map_err(|(m, hint)| (m, 0, 0, hint))?;
    let is_po = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("po") || e.eq_ignore_ascii_case("pot"));
    if is_po {
        po::read_po(&text).map_err(|(m, l, c)| {
            (m, l, c, "the file must be a PO file as translate-toolkit's `xliff2po` writes it from Stele's XLIFF 1.2")
        })
    } else {
        read_xliff(&text).map_err(|(m, l, c)| {
            (
                m,
                l,
                c,
                "the file must be XLIFF 2.0 or 1.2, as `stele check --export xliff` writes it",
            )
        })
    }
}

/// The edits of one article's file, written the way its file needs: over
/// pinned ranges of a translation without span markup, into the segments
/// of a marked one, or as a new file (`locale` and its language tag).
fn write_article<'a>(
    report: &Report,
    (locale, tag): (usize, &str),
    file: &Path,
    art: &ExportArticle,
    es: &'a [Edit],
) -> Result<FileChange, Failed<'a>> {
    if art.file.is_some() && !art.marked {
        unmarked::apply(report, locale, file, art, es)
    } else if art.file.is_some() {
        apply(report, locale, file, art, es)
    } else {
        let new = place::NewFile {
            locale,
            tag,
            art,
            file,
        };
        place::create(report, new, es)
    }
}

/// The text of an XLIFF file, or what is wrong with it and what to do.
fn read_text(path: &Path) -> Result<String, (String, &'static str)> {
    let bytes = std::fs::read(path).map_err(|e| (format!("cannot read: {e}"), ""))?;
    String::from_utf8(bytes).map_err(|_| ("the file is not UTF-8".to_string(), "save it as UTF-8"))
}

/// What one unit of an XLIFF file asks for, checked against the article's
/// current export model: nothing (no translation, or the translation as it
/// is), an edit of one segment of the translation's file, or the reason it
/// cannot be imported and what to do (message, hint).
fn unit_edit(
    report: &Report,
    locale: usize,
    art: &ExportArticle,
    key: &str,
    uid: &str,
    u: &XUnit,
) -> Result<Option<(PathBuf, Edit)>, (String, &'static str)> {
    let Some(m) = art
        .units
        .iter()
        .find(|x| x.id == uid || model::unit_xml_id(&x.id) == u.id && u.name.is_none())
    else {
        return Err((
            format!("`{key}` has no unit `{uid}`"),
            "the English changed since the export: export again and carry the translations over",
        ));
    };
    let source = markdown_of(u, m, &u.source, false).map_err(|e| (e, ""))?;
    if source != m.source_md {
        return Err((
            format!(
                "the source no longer matches the current English: the file has `{}`, the content `{}`",
                short(&source),
                short(&m.source_md)
            ),
            "the file was translated against an older source: export again and translate the changed units",
        ));
    }
    let Some(target) = &u.target else {
        return Ok(None);
    };
    if target
        .iter()
        .all(|i| matches!(i, Item::Text(t) if t.is_empty()))
    {
        return Ok(None);
    }
    // Unchanged (the usual case for most units): nothing to check
    // or write, whatever the current translation holds.
    if markdown_of(u, m, target, false).ok().as_deref() == m.target_md.as_deref() {
        return Ok(None);
    }
    // A translation outside any segment that has no place of its own:
    // refused for that (its target, plain text, has no inline codes to
    // check, and what to do is to edit the markdown).
    if let (Some(file), None, Some(why)) = (&art.file, &m.target_range, m.unpinned) {
        return Err(unplaced(file, why, art.marked));
    }
    let new = markdown_of(u, m, target, true).map_err(|e| {
        (
            e,
            "keep every inline code of the source once, in an order that nests",
        )
    })?;
    if m.target_md.as_deref() == Some(new.as_str()) {
        return Ok(None);
    }
    let index = art
        .units
        .iter()
        .position(|x| std::ptr::eq(x, m))
        .unwrap_or_default();
    let edit = |target| Edit {
        target,
        new: new.clone(),
        unit: String::new(),
        line: u.line,
        col: u.col,
    };
    let Some(file) = &art.file else {
        let file = place::new_file(report, locale, art).ok_or((
            format!(
                "`{key}` has no {} file yet, and its English file is not under content/{}/",
                report.locales[locale], report.locales[0]
            ),
            "create the article's file by hand",
        ))?;
        return Ok(Some((file, edit(Target::New(index)))));
    };
    if !art.marked {
        return match (&m.target_range, m.unpinned, &m.target_md) {
            (Some(_), ..) => Ok(Some((file.clone(), edit(Target::Range(index))))),
            (None, None, Some(_)) if m.front_matter_target => {
                Ok(Some((file.clone(), edit(Target::FrontMatter(index)))))
            }
            (None, Some(why), _) => Err(unplaced(file, why, false)),
            (None, None, _) if m.front_matter_key.is_some() => Err((
                format!(
                    "the front-matter value `{}` of {} is not certainly this unit's: the file has no such key as a plain string, or the English value holds more than this unit",
                    m.front_matter_key.as_deref().unwrap_or_default(),
                    file.display()
                ),
                "edit the value in the file's front matter by hand",
            )),
            (None, None, _) => Err((
                format!(
                    "the unit has no translation in {}, which has no span markup: where a new sentence belongs in its text is a guess, and the file's style has no segments to add",
                    file.display()
                ),
                "add the sentence to the markdown by hand, or replace the file with a marked one (move it away and import the whole article)",
            )),
        };
    }
    match m.segments.as_slice() {
        [s] => Ok(Some((file.clone(), edit(Target::Segment(*s))))),
        // Translated outside any segment (alt text, a caption, English
        // left verbatim): written where it is, never as a new segment
        // beside it (which would leave the old text: a duplicate).
        [] if m.target_md.is_some() => match (&m.target_range, m.method) {
            (Some(_), Some(crate::align::Method::Verbatim)) => {
                Ok(Some((file.clone(), edit(Target::Verbatim(index)))))
            }
            (Some(_), _) => Ok(Some((file.clone(), edit(Target::Range(index))))),
            (None, _) => Err(unplaced(
                file,
                m.unpinned
                    .unwrap_or("it has no place the import can write over"),
                true,
            )),
        },
        [] => Ok(Some((file.clone(), edit(Target::Missing(index))))),
        more => Err((
            format!(
                "the unit covers {} segments of {}",
                more.len(),
                file.display()
            ),
            "translate the segments one by one",
        )),
    }
}

/// Why a unit translated outside any segment (of a `marked` file or of
/// one without span markup) cannot be imported: it has no place of its
/// own in `file`, for the reason `why`; and what to do.
fn unplaced(file: &Path, why: &str, marked: bool) -> (String, &'static str) {
    if marked {
        (
            format!(
                "the unit's translation in {} is outside any segment, and {why}: there is no place in it that holds exactly this unit's translation",
                file.display()
            ),
            "edit this text in the markdown itself",
        )
    } else {
        (
            format!(
                "{} has no span markup, and {why}: there is no place in it that holds exactly this unit's translation",
                file.display()
            ),
            "edit this sentence in the markdown itself, or replace the file with a marked one (move it away and import the whole article)",
        )
    }
}

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        let mut t: String = s.chars().take(79).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

/// Writes the edits into the file's text and checks the result by parsing
/// it again: every edited segment must read back as the new translation and
/// no new parse error may appear.
fn apply<'a>(
    report: &Report,
    locale: usize,
    file: &Path,
    art: &ExportArticle,
    edits: &'a [Edit],
) -> Result<FileChange, Failed<'a>> {
    let fail = |m: String| first_fails(edits, m);
    let root = &report.root;
    let (old, bom) = read_translation(root, file, edits)?;
    let doc = markup::parse(file, &old);
    let english = if edits.iter().any(|e| matches!(e.target, Target::Missing(_))) {
        place::english(root, art).map_err(fail)?
    } else {
        String::new()
    };
    let en = markup::parse(
        art.source_file.as_deref().unwrap_or(Path::new("en.md")),
        &english,
    );
    let mut st = Splices {
        ids: place::Ids::of(&doc),
        list: Vec::new(),
        new_blocks: HashMap::new(),
        in_new_list: HashMap::new(),
    };
    let cx = MissingCx {
        art,
        edits,
        doc: &doc,
        old: &old,
        en: &en,
        english: &english,
    };
    // Missing units in article order, so a block's first unit opens it.
    let mut ordered: Vec<&Edit> = edits.iter().collect();
    ordered.sort_by_key(|e| match e.target {
        Target::Missing(u) => u,
        _ => 0,
    });
    for e in ordered {
        match e.target {
            Target::Segment(i) => {
                let Some(s) = doc.segments.get(i) else {
                    return Err(vec![(e, "the segment is gone".into())]);
                };
                // The file's plain spans (`https<span>://</span>host`) stay.
                let written = old.get(s.target_range.clone()).unwrap_or_default();
                st.list.push((
                    s.target_range.clone(),
                    0,
                    markup::spans::keep_plain_spans(written, &e.new),
                    e,
                    s.id.full.clone(),
                ));
            }
            Target::Missing(u) => st.missing(&cx, e, u)?,
            Target::New(_) => {
                return Err(vec![(e, format!("{} exists already", file.display()))]);
            }
            Target::FrontMatter(_) => {
                return Err(vec![(e, format!("{} has span markup now", file.display()))]);
            }
            Target::Range(u) | Target::Verbatim(u) => {
                let unit = &art.units[u];
                let Some(r) = unit
                    .target_range
                    .clone()
                    .filter(|r| old.get(r.clone()).is_some())
                else {
                    return Err(vec![(
                        e,
                        format!("{} changed since it was read", file.display()),
                    )]);
                };
                // Alt text and captions stay unmarked (the house style);
                // English left verbatim becomes the unit's segment.
                let (text, id) = if e.target == Target::Verbatim(u) {
                    let id = st.ids.next(&unit.id);
                    (place::span(&id, &e.new, &unit.source_md), id)
                } else {
                    (e.new.clone(), String::new())
                };
                st.list.push((r, u, text, e, id));
            }
        }
    }
    // From the end, so that earlier offsets stay valid; insertions at one
    // place go in from the last unit, which leaves them in unit order.
    let mut splices = st.list;
    splices.sort_by_key(|(r, u, ..)| std::cmp::Reverse((r.start, *u)));
    if let Some(w) = splices.windows(2).find(|w| w[1].0.end > w[0].0.start) {
        return Err(vec![(
            w[0].3,
            format!(
                "the unit's place in {} overlaps another unit's",
                file.display()
            ),
        )]);
    }
    let mut new = old.clone();
    for (r, _, text, ..) in &splices {
        new.replace_range(r.clone(), text);
    }
    let expected: Vec<(&Edit, String)> = splices
        .iter()
        .filter(|(.., id)| !id.is_empty())
        .map(|(_, _, _, e, id)| (*e, id.clone()))
        .collect();
    verify(file, &doc, &new, &expected)?;
    // Text written outside any segment: where it is in the new file.
    let mut placed: Vec<(std::ops::Range<usize>, &Edit, usize)> = Vec::new();
    let mut shift: isize = 0;
    for (r, _, text, e, _) in splices.iter().rev() {
        let start = (r.start as isize + shift) as usize;
        if let Target::Range(u) = e.target {
            placed.push((start..start + text.len(), *e, u));
        }
        shift += text.len() as isize - r.len() as isize;
    }
    if !placed.is_empty() {
        let after = markup::parse(file, &new);
        let marked: Failed = placed
            .iter()
            .filter(|(r, ..)| after.segments.iter().any(|s| r.contains(&s.range.start)))
            .map(|(_, e, _)| {
                (
                    *e,
                    "the translation of text outside any segment (alt text, a caption) would put span markup into it: it stays unmarked; type it without `<span>` tags".to_string(),
                )
            })
            .collect();
        if !marked.is_empty() {
            return Err(marked);
        }
        unmarked::realigned(report, locale, file, art, &after, &placed)?;
    }
    Ok(change(file, old, new, bom, edits.len()))
}

/// What a missing unit's placement reads: the article, all edits of the
/// file (a new list takes its later units' translations), and the
/// translation and English, parsed and as text.
struct MissingCx<'a> {
    art: &'a ExportArticle,
    edits: &'a [Edit],
    doc: &'a markup::Document,
    old: &'a str,
    en: &'a markup::Document,
    english: &'a str,
}

/// The splices of one file's import: `(range replaced, order among
/// insertions at one place, text, edit, segment ID)`, and what later
/// missing units join.
struct Splices<'e> {
    ids: place::Ids,
    list: Vec<(std::ops::Range<usize>, usize, String, &'e Edit, String)>,
    /// English blocks that this import adds to the translation as new
    /// blocks: their container, the splice that writes the block and the
    /// length of what follows its segments there. The block's later units
    /// join that splice rather than each opening a block of its own.
    new_blocks: HashMap<usize, (usize, usize)>,
    /// Units a new list writes (`place::new_list`), with where and their IDs.
    in_new_list: HashMap<usize, (usize, String)>,
}

impl<'e> Splices<'e> {
    /// The splice of missing unit `u` (edit `e`): into a block this import
    /// adds already, as part of a new list, or where [`place::position`]
    /// says.
    fn missing(&mut self, cx: &MissingCx, e: &'e Edit, u: usize) -> Result<(), Failed<'e>> {
        let new_of = |i: usize| {
            cx.edits
                .iter()
                .find(|e| e.target == Target::Missing(i))
                .map(|e| e.new.clone())
        };
        let art = cx.art;
        let unit = &art.units[u];
        let joined = unit
            .container
            .and_then(|c| self.new_blocks.get(&c).copied());
        if let Some((k, tail)) = joined {
            let id = self.ids.next(&unit.id);
            let span = place::span(&id, &e.new, &unit.source_md);
            let (range, text) = match self.list.get_mut(k) {
                Some((range, _, text, ..)) => (range.clone(), text),
                None => return Err(vec![(e, "internal: lost the block's splice".into())]),
            };
            text.insert_str(text.len() - tail, &format!(" {span}"));
            // Written by the block's splice; listed for `verify`.
            self.list
                .push((range.start..range.start, u, String::new(), e, id));
            return Ok(());
        }
        if let Some((at, id)) = self.in_new_list.remove(&u) {
            // Written by the list's splice; listed for `verify`.
            self.list.push((at..at, u, String::new(), e, id));
            return Ok(());
        }
        let list = place::new_list(
            art,
            u,
            (cx.doc, cx.old),
            (cx.en, cx.english),
            &new_of,
            &mut self.ids,
        );
        if let Some(list) = list {
            let place::NewList { at, text, units } = list.map_err(|m| vec![(e, m)])?;
            let mut units = units.into_iter();
            let Some((first, id)) = units.next().filter(|(i, _)| *i == u) else {
                return Err(vec![(
                    e,
                    "internal: the new list does not start with its first unit".into(),
                )]);
            };
            self.in_new_list.extend(units.map(|(i, id)| (i, (at, id))));
            self.list.push((at..at, first, text, e, id));
            return Ok(());
        }
        let spot =
            place::position(art, u, cx.doc, cx.old, cx.english, cx.en).map_err(|m| vec![(e, m)])?;
        let id = self.ids.next(&unit.id);
        let span = place::span(&id, &e.new, &unit.source_md);
        if spot.new_block {
            if let Some(c) = unit.container {
                self.new_blocks
                    .insert(c, (self.list.len(), spot.after.len()));
            }
        }
        let at = spot.at;
        self.list.push((
            at..at,
            u,
            format!("{}{span}{}", spot.before, spot.after),
            e,
            id,
        ));
        Ok(())
    }
}

/// The decoded text of a translation's file (relative to `root`), and
/// whether it starts with a byte-order mark, or why it cannot be read.
fn read_translation<'a>(
    root: &Path,
    file: &Path,
    edits: &'a [Edit],
) -> Result<(String, bool), Failed<'a>> {
    let fail = |m: String| first_fails(edits, m);
    let bytes = std::fs::read(root.join(file))
        .map_err(|e| fail(format!("cannot read {}: {e}", file.display())))?;
    let bom = bytes.starts_with("\u{FEFF}".as_bytes());
    let old = markup::decode(file, &bytes).map_err(|d| fail(d.message))?;
    Ok((old, bom))
}

/// The change of an existing file from `old` to `new` (decoded text; the
/// byte-order mark put back where the file had one).
fn change(file: &Path, old: String, new: String, bom: bool, units: usize) -> FileChange {
    let (old, new) = if bom {
        (format!("\u{FEFF}{old}"), format!("\u{FEFF}{new}"))
    } else {
        (old, new)
    };
    FileChange {
        file: file.to_path_buf(),
        old,
        new,
        units,
        created: false,
    }
}

/// Why edits cannot be written: each with its edit (for the XLIFF line).
type Failed<'a> = Vec<(&'a Edit, String)>;

/// An error that concerns a whole file, reported on its first edit.
fn first_fails(edits: &[Edit], m: String) -> Vec<(&Edit, String)> {
    edits.iter().take(1).map(|e| (e, m.clone())).collect()
}

/// The number of error diagnostics of a parse.
fn error_count(doc: &markup::Document) -> usize {
    doc.diagnostics
        .iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
        .count()
}

/// What is wrong when `after` (the file with the translations written)
/// has more parse errors than `before`: the first error's message.
fn new_parse_error(
    file: &Path,
    before: &markup::Document,
    after: &markup::Document,
) -> Option<String> {
    if error_count(after) <= error_count(before) {
        return None;
    }
    let d = after
        .diagnostics
        .iter()
        .find(|d| d.severity == crate::diag::Severity::Error)
        .map(|d| d.message.clone())
        .unwrap_or_default();
    Some(format!(
        "the translations would make {} fail to parse: {d}",
        file.display()
    ))
}

/// Whether segment `s` of the file text `new` reads back as the
/// translation `written`. The segment model leaves out the plain
/// `<span>`/`</span>` tags that keep a URL from being linked
/// (`https<span>://</span>host`), which a translation keeps as codes; such
/// a translation reads back when the model reads it without them and the
/// file holds it byte for byte.
fn reads_back(new: &str, s: &markup::Segment, written: &str) -> bool {
    if s.target == written {
        return true;
    }
    s.target == markup::spans::strip_plain_spans(written)
        && new.get(s.target_range.clone()) == Some(written)
}

/// Parses `new` and checks that each edit's segment (by its full ID) reads
/// back as the translation written, and that no parse error appeared that
/// `before` (the file as it was; `None` for a new file) did not have.
fn verify<'a>(
    file: &Path,
    before: &markup::Document,
    new: &str,
    expected: &[(&'a Edit, String)],
) -> Result<(), Failed<'a>> {
    let again = markup::parse(file, new);
    let mut bad = Vec::new();
    for (e, id) in expected {
        let ok = again
            .segments
            .iter()
            .any(|s| &s.id.full == id && reads_back(new, s, &e.new));
        if !ok {
            bad.push((
                *e,
                format!(
                    "the translation does not read back from {} as written",
                    file.display()
                ),
            ));
        }
    }
    if let (true, Some(m), Some((e, _))) = (
        bad.is_empty(),
        new_parse_error(file, before, &again),
        expected.first(),
    ) {
        bad.push((*e, m));
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad)
    }
}

/// Writes every changed file through a temporary file beside it and a
/// rename, so that no file is left half-written.
fn write_changes(root: &Path, changes: &[FileChange]) -> std::io::Result<()> {
    let mut staged = Vec::new();
    for c in changes {
        let target = root.join(&c.file);
        if c.created {
            // Never over a file that appeared since the check.
            if target.exists() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    format!("{} exists already", target.display()),
                ));
            }
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir)?;
            }
        }
        let tmp = target.with_extension("md.stele-import");
        std::fs::write(&tmp, &c.new)?;
        staged.push((tmp, target));
    }
    for (tmp, target) in staged {
        std::fs::rename(&tmp, &target)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xliff(target: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
 <file id="f1" original="a">
  <unit id="u1"><segment><source>A &amp; B</source><target>{target}</target></segment></unit>
 </file>
</xliff>"#
        )
    }

    fn target_text(doc: &XDoc) -> String {
        let items = doc.files[0].units[0].target.as_ref().expect("a target");
        items
            .iter()
            .map(|i| match i {
                Item::Text(t) => t.as_str(),
                _ => "<code>",
            })
            .collect()
    }

    /// quick-xml reports references as events of their own: they must join
    /// the text around them, resolved, in one piece.
    #[test]
    fn references_join_the_text_around_them() {
        let doc = read_xliff(&xliff("A &amp; B&#160;C&#x3C;D &quot;E&apos;")).expect("reads");
        assert_eq!(target_text(&doc), "A & B\u{a0}C<D \"E'");
        assert_eq!(doc.files[0].units[0].source.len(), 1, "one text item");
    }

    #[test]
    fn unknown_entities_are_errors_with_a_position() {
        let (msg, line, col) = read_xliff(&xliff("A &nbsp; B")).expect_err("refused");
        assert!(msg.contains("&nbsp;"), "{msg}");
        assert_eq!(line, 4, "{msg}");
        assert!(col > 1, "{col}");
    }
}
