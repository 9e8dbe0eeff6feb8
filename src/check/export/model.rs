//! What the exports and `stele import` share: the units of one article in
//! one locale, with their English and translation as coded pieces, their
//! state, notes and where they live in the content.
//!
//! The exports write this model; the importer rebuilds it from the current
//! content and compares what comes back against it, so both sides agree on
//! ids, code numbering and markdown by construction.

use super::inline::{self, CodedUnit};
use crate::align::{ArticleAlignment, Method, Status};
use crate::check::{ArticleResult, Report};
use crate::markup::html_tag;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

/// A unit's workflow state, derived from the alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No translation yet (a missing unit), or the translation equals the
    /// English where it should not.
    Initial,
    /// Translated from the current English.
    Translated,
    /// Translated from an older English: needs review.
    Stale,
    /// Translated from the current English by people, and published:
    /// the file says `ms.translationtype: HT` (machine translations, `MT`,
    /// stay `Translated`, not yet reviewed).
    Final,
}

/// One exported unit.
#[derive(Debug, Clone)]
pub struct ExportUnit {
    /// The segment ID suffix (`104`) or block locator (`paragraph.17`).
    pub id: String,
    /// The current English markdown (several units joined with a space when
    /// one translated segment covers them).
    pub source_md: String,
    /// The translation's markdown: a marked file's segment, or, for a
    /// translation outside any segment (a file without span markup, or a
    /// marked file's alt text, caption or English left verbatim), the
    /// markdown at `target_range` (plain text where the unit has no such
    /// place).
    pub target_md: Option<String>,
    /// For a translation outside any segment: the byte range (of the
    /// decoded text) that holds exactly this unit's translation, where the
    /// alignment pins it ([`crate::align::pieces::pins`], or, for English
    /// left verbatim in a marked file, its one occurrence in its block);
    /// an import writes the unit's new translation over it.
    pub target_range: Option<Range<usize>>,
    /// For a translation outside any segment: why it has no such place
    /// (and so cannot be imported).
    pub unpinned: Option<&'static str>,
    /// How the alignment found the unit's translation (`None`: missing).
    pub method: Option<Method>,
    pub coded: CodedUnit,
    pub state: State,
    /// For stale units: the English the translation was made from.
    pub old_english: Option<String>,
    /// For stale units: the word diff to the current English.
    pub diff: Option<String>,
    /// `(category, text)` notes: location, page, findings.
    pub notes: Vec<(&'static str, String)>,
    /// Indices into the translation's segments (marked files).
    pub segments: Vec<usize>,
    /// The alignment's units the unit covers (indices into the article
    /// alignment's `units`).
    pub units: Range<usize>,
    /// Line in the translation (or the source for missing units).
    pub line: u32,
    /// Where the unit's English markdown is in the source file (`None` when
    /// it cannot be found there as written, and for front matter): where a
    /// new article puts the unit's segment.
    pub source_range: Option<Range<usize>>,
    /// The source container (block) the unit is in; `None` for front matter.
    pub container: Option<usize>,
    /// Set for a unit in a front-matter value (`title`, `description`).
    pub front_matter_key: Option<String>,
    /// In a file without span markup: `target_md` is the file's plain
    /// value of `front_matter_key`, which is certainly this unit's (the
    /// key holds this one unit, whose English is the key's whole English
    /// value); an import replaces that YAML value.
    pub front_matter_target: bool,
    /// True when the English holds nothing to translate (code, numbers,
    /// a name): the translation may be the English as it is.
    pub verbatim_ok: bool,
    /// Emphasis delimiters of the source whose partner is in another
    /// segment of the block: isolated codes.
    pub marks: Vec<inline::Mark>,
}

/// One article in one locale.
#[derive(Debug, Clone)]
pub struct ExportArticle {
    pub key: String,
    /// The translation's file, relative to the root; `None` when the
    /// article is not translated yet.
    pub file: Option<PathBuf>,
    pub source_file: Option<PathBuf>,
    /// Whether the translation carries span markup.
    pub marked: bool,
    pub units: Vec<ExportUnit>,
}

/// An XML `NMTOKEN` form of a name: unit and file ids.
pub fn nmtoken(s: &str) -> String {
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

/// The XLIFF 2.0 unit id of a unit: stable, from the segment ID.
pub fn unit_xml_id(id: &str) -> String {
    format!("u{}", nmtoken(id))
}

/// The XLIFF 2.0 file id of an article: stable, from its path.
pub fn file_xml_id(key: &str) -> String {
    format!("f-{}", nmtoken(key))
}

/// The articles of one locale, in report order. Articles whose source is
/// missing are left out (nothing to translate from).
pub fn articles(report: &Report, locale: usize) -> Vec<ExportArticle> {
    report
        .articles
        .iter()
        .filter_map(|a| {
            let al = a.alignment.as_ref()?;
            Some(article(report, a, al, locale))
        })
        .collect()
}

fn article(
    report: &Report,
    a: &ArticleResult,
    al: &ArticleAlignment,
    locale: usize,
) -> ExportArticle {
    let tag = &report.locales[locale];
    let la = al.locales.get(&locale);
    let file = a.files.get(&locale).cloned();
    let source_file = a.files.get(&0).cloned();
    let placed = source_places(report, source_file.as_ref(), al);
    let source_md_of = |range: Range<usize>| -> String {
        al.units
            .get(range.clone())
            .unwrap_or_default()
            .iter()
            .zip(placed.get(range).unwrap_or_default())
            .map(|(x, p)| match (&x.markdown, p) {
                (Some(md), _) => md.clone(),
                // A block the reference does not cover: its markdown as
                // the English file has it, so its links are inline codes.
                (None, Some((_, md, _))) => md.clone(),
                (None, None) => x.text.clone(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut pinned = match (la, &file) {
        (Some(la), Some(f)) => target_places(report, f, al, la),
        _ => None,
    };
    if let (Some(t), Some(la)) = (pinned.as_mut(), la) {
        if t.marked {
            pin_verbatim(t, la, &source_md_of);
        }
    }
    let fm_values = match (la, &file) {
        (Some(la), Some(f)) if !la.marked => front_matter_values(report, f, &source_file, al),
        _ => Vec::new(),
    };
    let mut units = Vec::new();
    let mut u = 0;
    while u < al.units.len() {
        let pair = la
            .and_then(|la| la.pair_of(u))
            .filter(|p| p.units.start == u);
        let range = pair.map(|p| p.units.clone()).unwrap_or(u..u + 1);
        let range = range.start..range.end.max(u + 1).min(al.units.len());
        let source_md = source_md_of(range.clone());
        let id = al.units[u].id.clone();
        // A translation outside any segment: the pair's place, or why none.
        let pin = pair
            .filter(|p| p.segments.is_empty())
            .and_then(|p| la?.pairs.iter().position(|x| std::ptr::eq(x, p)))
            .and_then(|i| pinned.as_ref()?.pins.get(i).cloned());
        let pin = pin.as_ref();
        let target_range = pin.and_then(|r| r.clone().ok());
        let unpinned = match pin {
            Some(Err(why)) => Some(why.reason()),
            _ => None,
        };
        let fm_value = fm_values
            .get(u)
            .and_then(Option::as_ref)
            .filter(|_| pair.is_none());
        let target_md = pair.map(|p| {
            let pinned_md = target_range
                .as_ref()
                .and_then(|r| pinned.as_ref()?.text.get(r.clone()));
            match (pinned_md, &p.target_markdown) {
                (Some(md), _) => md.to_string(),
                (None, Some(md)) => md.clone(),
                (None, None) => p.target_text.clone(),
            }
        });
        let target_md = target_md.or_else(|| fm_value.cloned());
        let findings: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.article == a.key && &f.locale == tag && f.segment.as_deref() == Some(&id))
            .collect();
        let untranslated = findings.iter().any(|f| f.check == "untranslated");
        let state = match pair {
            None if fm_value.is_some() => State::Translated,
            None => State::Initial,
            Some(p) if p.status == Status::Stale => State::Stale,
            Some(_) if untranslated => State::Initial,
            Some(_) if a.human.contains(&locale) => State::Final,
            Some(_) => State::Translated,
        };
        let (notes, diff) = unit_notes(
            UnitAt {
                key: &a.key,
                tag,
                id: &id,
                file: &file,
                source_file: &source_file,
                line: al.units[u].line,
                marked: la.is_some_and(|la| la.marked),
            },
            pair,
            &findings,
            unpinned,
        );
        let old_english = pair
            .filter(|p| p.status == Status::Stale)
            .and_then(|p| p.english_markdown.clone().or_else(|| p.english.clone()));
        let marks = match (&placed[u], range.len()) {
            (Some((_, _, m)), 1) => m.clone(),
            _ => Vec::new(),
        };
        let coded = inline::code_unit_with(&source_md, target_md.as_deref(), &marks);
        units.push(ExportUnit {
            id,
            source_md,
            target_md,
            coded,
            state,
            old_english,
            diff,
            notes,
            segments: pair.map(|p| p.segments.clone()).unwrap_or_default(),
            units: range.clone(),
            target_range,
            unpinned,
            method: pair.map(|p| p.method),
            line: pair.map(|p| p.line).unwrap_or(al.units[u].line),
            source_range: placed[u]
                .as_ref()
                .filter(|_| range.len() == 1)
                .map(|(r, ..)| r.clone()),
            container: al.units[u].container,
            front_matter_key: al.units[u].front_matter_key.clone(),
            front_matter_target: fm_value.is_some(),
            verbatim_ok: al.units[range.clone()].iter().all(|x| x.verbatim_ok),
            marks,
        });
        u = range.end;
    }
    ExportArticle {
        key: a.key.clone(),
        file,
        source_file,
        marked: la.is_some_and(|la| la.marked),
        units,
    }
}

/// For a translation without span markup: per unit of the alignment, the
/// translation's plain front-matter value that is certainly the unit's:
/// the unit is the only one of its key, its English is the English
/// file's whole value of that key, and the translation has the key as a
/// plain string without span markup. Empty when a file cannot be read.
fn front_matter_values(
    report: &Report,
    file: &PathBuf,
    source_file: &Option<PathBuf>,
    al: &ArticleAlignment,
) -> Vec<Option<String>> {
    let parse = |f: &PathBuf| {
        let bytes = std::fs::read(report.root.join(f)).ok()?;
        let text = crate::markup::decode(f, &bytes).ok()?;
        Some(crate::markup::parse(f, &text).front_matter)
    };
    let (Some(fm), Some(en)) = (parse(file), source_file.as_ref().and_then(parse)) else {
        return Vec::new();
    };
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    al.units
        .iter()
        .map(|x| {
            let key = x.front_matter_key.as_deref()?;
            let alone = al
                .units
                .iter()
                .filter(|y| y.front_matter_key.as_deref() == Some(key))
                .count()
                == 1;
            let whole = en
                .get(key)
                .is_some_and(|v| squash(&v.text) == squash(&x.text));
            let v = fm.get(key).filter(|v| v.source.is_none())?;
            (alone && whole && !v.text.trim().is_empty()).then(|| v.text.clone())
        })
        .collect()
}

/// A translation's file, read for the places of its pairs that are
/// outside any segment.
struct Pinned {
    text: String,
    doc: crate::markup::Document,
    marked: bool,
    /// Per pair of the alignment: the byte range of the pair's markdown
    /// in `text` when it is pinned by structure ([`pieces::pins`]), or why
    /// it is not (meaningless for pairs with a segment).
    pins: Vec<Result<Range<usize>, Unpinned>>,
}

use crate::align::pieces::{self, Unpinned};

/// The places of a translation's pairs that are outside any segment: in a
/// file without span markup, every pair, pinned by its alignment's plan;
/// in a marked file, the blocks aligned whole by structure (alt text and
/// captions, planned the same way), never over a segment. `None` when
/// the file cannot be read.
fn target_places(
    report: &Report,
    file: &PathBuf,
    al: &ArticleAlignment,
    la: &crate::align::LocaleAlignment,
) -> Option<Pinned> {
    let bytes = std::fs::read(report.root.join(file)).ok()?;
    let text = crate::markup::decode(file, &bytes).ok()?;
    let doc = crate::markup::parse(file, &text);
    let plan = if la.marked {
        pieces::plan_structure(&doc, al, la)
    } else {
        pieces::plan(&doc, al, la)
    };
    let mut pins = pieces::pins(&doc, al, la, &plan);
    for p in pins.iter_mut() {
        if let Ok(r) = p {
            if doc.segments.iter().any(|s| overlaps(&s.range, r)) {
                *p = Err(Unpinned::Markup);
            }
        }
    }
    Some(Pinned {
        text,
        marked: la.marked,
        doc,
        pins,
    })
}

/// Pairs outside any segment of a marked translation whose places share
/// bytes (the alignment found the same English for two units): neither
/// is pinned, since which one the text is is a guess.
/// Where a unit is, for its notes.
struct UnitAt<'a> {
    key: &'a str,
    tag: &'a str,
    id: &'a str,
    /// The translation's file and the English file.
    file: &'a Option<PathBuf>,
    source_file: &'a Option<PathBuf>,
    /// The unit's line in the English file.
    line: u32,
    /// Whether the translation has span markup.
    marked: bool,
}

/// A unit's notes (location, page, view, findings, why the import cannot
/// write it, the English a stale translation was made from), and the word
/// diff of a stale one.
fn unit_notes(
    at: UnitAt,
    pair: Option<&crate::align::Pair>,
    findings: &[&crate::check::Finding],
    unpinned: Option<&str>,
) -> (Vec<(&'static str, String)>, Option<String>) {
    let loc = |f: &Option<PathBuf>, line: u32| {
        f.as_ref()
            .map(|p| format!("{}:{line}", p.to_string_lossy().replace('\\', "/")))
    };
    let mut notes = Vec::new();
    match (pair, loc(at.file, pair.map(|p| p.line).unwrap_or(0))) {
        (Some(_), Some(l)) => notes.push(("location", l)),
        _ => {
            if let Some(l) = loc(at.source_file, at.line) {
                notes.push(("location", format!("{l} (English)")));
            }
        }
    }
    notes.push(("url", format!("{}/{}/", at.tag, at.key)));
    notes.push(("view", crate::check::view_url(at.key, Some(at.id))));
    let mut diff = None;
    for f in findings {
        notes.push((
            "finding",
            format!("{} {}: {}", f.severity, f.check, f.message),
        ));
        if f.check == "stale-source" {
            diff = f.diff.clone();
        }
    }
    if let Some(why) = unpinned {
        let file_is = if at.marked {
            "its translation is outside any segment"
        } else {
            "the file has no span markup"
        };
        notes.push((
            "import",
            format!("stele import cannot write this unit: {file_is}, and {why}; edit it in the markdown"),
        ));
    }
    let old_english = pair
        .filter(|p| p.status == Status::Stale)
        .and_then(|p| p.english_markdown.as_ref().or(p.english.as_ref()));
    if let Some(old) = old_english {
        notes.push(("stale-source", format!("translated from: {old}")));
        if let Some(d) = &diff {
            notes.push(("stale-source", format!("word diff: {d}")));
        }
    }
    (notes, diff)
}

/// The places of a marked translation's units left verbatim outside any
/// segment: where the English is found once in the pair's block, unless
/// another such unit of the block has the same English (or English that
/// holds this one's), when which text is whose is a guess.
fn pin_verbatim(
    t: &mut Pinned,
    la: &crate::align::LocaleAlignment,
    source_md_of: &dyn Fn(Range<usize>) -> String,
) {
    let verbatim: Vec<(usize, &crate::align::Pair, String)> = la
        .pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.method == Method::Verbatim && p.segments.is_empty())
        .map(|(i, p)| (i, p, crate::align::norm(&p.target_text)))
        .collect();
    for (i, p, n) in &verbatim {
        // Another unit found in the same block with the same
        // English (or English that holds this one's): which text
        // is whose is a guess.
        let shared = verbatim.iter().any(|(j, q, m)| {
            j != i
                && (q.line, q.col) == (p.line, p.col)
                && (m.contains(n.as_str()) || n.contains(m.as_str()))
        });
        t.pins[*i] = if shared {
            Err(Unpinned::Shared)
        } else {
            verbatim_place(t, p, &source_md_of(p.units.clone()))
        };
    }
    unpin_shared(&mut t.pins, la);
}

fn unpin_shared(pins: &mut [Result<Range<usize>, Unpinned>], la: &crate::align::LocaleAlignment) {
    let mut ok: Vec<(Range<usize>, usize)> = pins
        .iter()
        .enumerate()
        .filter(|(i, _)| la.pairs.get(*i).is_some_and(|p| p.segments.is_empty()))
        .filter_map(|(i, r)| Some((r.clone().ok()?, i)))
        .collect();
    ok.sort_by_key(|(r, _)| (r.start, r.end));
    for w in ok.windows(2) {
        if w[1].0.start < w[0].0.end {
            pins[w[0].1] = Err(Unpinned::Shared);
            pins[w[1].1] = Err(Unpinned::Shared);
        }
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Where English left verbatim outside any segment of a marked
/// translation is (pair `p`, [`Method::Verbatim`]): the one occurrence
/// of the unit's English markdown `md` in the block the alignment found it
/// in, outside the segments (whose English halves hold it too), between
/// word boundaries. None, or several: no place.
// `match_indices` offsets over the block's text, shifted by its start: char boundaries.
#[allow(clippy::string_slice)]
fn verbatim_place(t: &Pinned, p: &crate::align::Pair, md: &str) -> Result<Range<usize>, Unpinned> {
    let conts = crate::align::structure::containers(&t.doc);
    let block = conts
        .iter()
        .find(|c| c.line == p.line && c.col == p.col)
        .and_then(|c| t.doc.blocks.get(c.block))
        .ok_or(Unpinned::NotFound)?;
    let r = block.range.clone();
    let hay = t.text.get(r.clone()).ok_or(Unpinned::NotFound)?;
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let found: Vec<Range<usize>> = hay
        .match_indices(md)
        .filter(|(at, _)| {
            !word(hay[..*at].chars().next_back()) && !word(hay[at + md.len()..].chars().next())
        })
        .map(|(at, _)| r.start + at..r.start + at + md.len())
        .filter(|f| !t.doc.segments.iter().any(|s| overlaps(&s.range, f)))
        .collect();
    match found.as_slice() {
        [one] if !md.trim().is_empty() => Ok(one.clone()),
        [] | [_] => Err(Unpinned::NotFound),
        _ => Err(Unpinned::Ambiguous),
    }
}

/// Where a unit's English is in the source file, that markdown, and its
/// delimiters whose partner is in another segment.
type Place = (Range<usize>, String, Vec<inline::Mark>);

/// Where each unit's English markdown is in the source file, and that
/// markdown: a unit the reference names is its markdown found in its block
/// (in order, from a cursor per block); a block locator covering its whole
/// block is the block's inline markdown. `None` for what is not found as
/// written (the English was edited since the reference was made) and for
/// front matter. Ranges are in the decoded text (no byte-order mark).
// every range comes from pulldown-cmark's offsets or `find` over `text`: char boundaries.
#[allow(clippy::string_slice)]
fn source_places(
    report: &Report,
    source_file: Option<&PathBuf>,
    al: &ArticleAlignment,
) -> Vec<Option<Place>> {
    let none = vec![None; al.units.len()];
    let Some(f) = source_file else { return none };
    let Ok(bytes) = std::fs::read(report.root.join(f)) else {
        return none;
    };
    let Ok(text) = crate::markup::decode(f, &bytes) else {
        return none;
    };
    let doc = crate::markup::parse(f, &text);
    let conts = crate::align::structure::containers(&doc);
    let mut inline = inline_ranges(&text, doc.body_offset);
    // The cells of raw HTML tables (`<td>…</td>`), which pulldown-cmark
    // gives as HTML: their text between the tags.
    for b in &doc.blocks {
        if let crate::markup::BlockKind::HtmlCell { .. } = b.kind {
            let inner = text.get(b.range.clone()).unwrap_or_default();
            let start = b.range.start + (inner.len() - inner.trim_start().len());
            inline
                .entry(b.range.start)
                .or_insert(start..b.range.start + inner.trim_end().len());
        }
    }
    // Per text block (keyed by its inline range's start): where the next
    // unit's search starts; and the end of the last unit placed.
    let mut cursor: BTreeMap<usize, usize> = BTreeMap::new();
    let mut last_end = 0usize;
    al.units
        .iter()
        .map(|u| {
            let c = conts.get(u.container?)?;
            let own = inline.get(&doc.blocks.get(c.block)?.range.start)?.clone();
            let (r, found) = match &u.markdown {
                Some(md) if !md.is_empty() => {
                    // The unit's own block first; then, since the aligner
                    // compares normalized text (escapes dropped), the text
                    // blocks after the last unit placed.
                    let later = inline.values().filter(|x| x.start >= last_end);
                    std::iter::once(&own).chain(later).find_map(|r| {
                        let from = *cursor.get(&r.start).unwrap_or(&r.start);
                        let f = find_despanned(text.get(from..r.end)?, md)?;
                        Some((r.clone(), f.start + from..f.end + from))
                    })?
                }
                Some(_) => return None,
                None if u.offset == 0 && u.text == c.norm.trim() => (own.clone(), own),
                None => return None,
            };
            cursor.insert(r.start, found.end);
            last_end = last_end.max(found.end);
            let md = text[found.clone()].to_string();
            // Marks are offsets into the markdown: only where it is the file's text.
            let exact = u.markdown.as_ref().is_none_or(|m| *m == md);
            let marks = crossing(&text, r)
                .into_iter()
                .filter(|_| exact)
                .filter_map(|(open, close, kind)| {
                    let inside = |d: &Range<usize>| found.start <= d.start && d.end <= found.end;
                    let (d, opens) = match (inside(&open), inside(&close)) {
                        (true, false) => (open, true),
                        (false, true) => (close, false),
                        _ => return None,
                    };
                    Some(inline::Mark {
                        at: d.start - found.start,
                        len: d.len(),
                        kind,
                        opens,
                    })
                })
                .collect();
            Some((found, md, marks))
        })
        .collect()
}

/// Where `md` is in `hay`, also when `hay` has the plain `<span>`/`</span>`
/// tags that keep a URL from being linked (`https<span>://</span>host`),
/// which a segment's markdown leaves out: the range covers them.
// `at` and the map's offsets are byte offsets of `hay` (`find` matches and the bytes copied).
#[allow(clippy::string_slice)]
fn find_despanned(hay: &str, md: &str) -> Option<Range<usize>> {
    if let Some(at) = hay.find(md) {
        return Some(at..at + md.len());
    }
    if !hay.contains("<span>") && !hay.contains("</span>") {
        return None;
    }
    let mut plain = String::with_capacity(hay.len());
    let mut map = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        let rest = &hay[i..];
        if let Some(tag) = ["<span>", "</span>"].iter().find(|t| rest.starts_with(**t)) {
            i += tag.len();
            continue;
        }
        let c = rest.chars().next()?;
        plain.push(c);
        map.extend(i..i + c.len_utf8());
        i += c.len_utf8();
    }
    let at = plain.find(md)?;
    let last = *map.get(at + md.len().checked_sub(1)?)?;
    Some(*map.get(at)?..last + 1)
}

/// The paired inline markup of a block's inline markdown `text[r]`: the
/// file ranges of the opening and closing delimiters of its emphasis runs
/// (bold, italic, strikethrough: `**`), links and images (`[`, `![` and
/// `](url)`) and inline HTML elements (`<a href="…">` and `</a>`). A unit
/// that holds one delimiter and not the other has markup that crosses its
/// segment's edge.
// pulldown-cmark's offsets over `text[r]`, shifted by `r.start`: char boundaries.
#[allow(clippy::string_slice)]
fn crossing(text: &str, r: Range<usize>) -> Vec<(Range<usize>, Range<usize>, inline::CodeKind)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let Some(md) = text.get(r.clone()) else {
        return Vec::new();
    };
    let shift = |x: Range<usize>| r.start + x.start..r.start + x.end;
    let mut out = Vec::new();
    // Open links and images: their range, kind, opening length and where
    // their last child ends (the text before `](url)`).
    let mut links: Vec<(Range<usize>, inline::CodeKind, usize, usize)> = Vec::new();
    // Open inline HTML elements: tag name and range.
    let mut html: Vec<(String, Range<usize>)> = Vec::new();
    for (ev, t) in Parser::new_ext(md, crate::markup::markdown_options()).into_offset_iter() {
        let own_end = matches!(ev, Event::End(TagEnd::Link | TagEnd::Image));
        if !own_end {
            for l in &mut links {
                l.3 = l.3.max(t.end);
            }
        }
        let (kind, want) = match ev {
            Event::Start(Tag::Strong) => (inline::CodeKind::Bold, 2),
            Event::Start(Tag::Emphasis) => (inline::CodeKind::Italic, 1),
            Event::Start(Tag::Strikethrough) => (inline::CodeKind::Strike, 2),
            Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => {
                let (kind, open) = if md[t.clone()].starts_with("![") {
                    (inline::CodeKind::Image, 2)
                } else {
                    (inline::CodeKind::Link, 1)
                };
                // Autolinks (`<https://…>`) are one piece: nothing to cut.
                if md[t.clone()].starts_with('[') || open == 2 {
                    links.push((t.clone(), kind, open, t.start + open));
                }
                continue;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                let Some(pos) = links.iter().rposition(|l| l.0 == t) else {
                    continue;
                };
                let (range, kind, open, child_end) = links.remove(pos);
                let closing = child_end..range.end;
                if child_end > range.start + open && md[closing.clone()].starts_with(']') {
                    out.push((shift(range.start..range.start + open), shift(closing), kind));
                }
                continue;
            }
            Event::InlineHtml(h) => {
                match html_tag(&h) {
                    Some((name, true)) => html.push((name, t.clone())),
                    Some((name, false)) => {
                        if let Some(pos) = html.iter().rposition(|(n, _)| *n == name) {
                            let (_, open) = html.remove(pos);
                            html.truncate(pos);
                            out.push((shift(open), shift(t.clone()), html_kind(&name)));
                        }
                    }
                    None => {}
                }
                continue;
            }
            _ => continue,
        };
        let run = md.as_bytes().get(t.start).copied();
        let Some(ch) = run.filter(|c| matches!(c, b'*' | b'_' | b'~')) else {
            continue;
        };
        let n = md[t.clone()]
            .bytes()
            .take_while(|&b| b == ch)
            .count()
            .min(want);
        if n == 0 || t.len() < 2 * n || !md[t.clone()].ends_with(&md[t.start..t.start + n]) {
            continue;
        }
        out.push((
            r.start + t.start..r.start + t.start + n,
            r.start + t.end - n..r.start + t.end,
            kind,
        ));
    }
    out
}

/// What an inline HTML element stands for, as an inline code.
fn html_kind(name: &str) -> inline::CodeKind {
    match name {
        "a" => inline::CodeKind::Link,
        "b" | "strong" => inline::CodeKind::Bold,
        "i" | "em" => inline::CodeKind::Italic,
        "s" | "del" | "strike" => inline::CodeKind::Strike,
        "sup" | "sub" | "u" | "mark" | "small" | "big" => inline::CodeKind::Fmt,
        _ => inline::CodeKind::Other,
    }
}

/// Open tags while reading a file: `Some((block start, inline range so far))`
/// for text blocks.
type Open = Vec<Option<(usize, Option<Range<usize>>)>>;

/// Only the text block directly open: code blocks, HTML blocks and lists
/// inside it are not its inline content.
fn innermost(stack: &mut Open) -> Option<&mut (usize, Option<Range<usize>>)> {
    stack.last_mut().and_then(|b| b.as_mut())
}

/// The file range of the inline markdown of each text block (heading,
/// paragraph, list item, table cell) of a file without span markup, keyed
/// by the block's start: from its first to its last inline event, nested
/// blocks and a heading's leading `<a name>` anchor left out.
fn inline_ranges(text: &str, body_offset: usize) -> BTreeMap<usize, Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = BTreeMap::new();
    let Some(body) = text.get(body_offset..) else {
        return out;
    };
    let mut stack: Open = Vec::new();
    let mut inline_depth = 0usize;
    for (ev, r) in Parser::new_ext(body, crate::markup::markdown_options()).into_offset_iter() {
        let r = r.start + body_offset..r.end + body_offset;
        let inline_ev = match &ev {
            Event::Start(t) => match t {
                Tag::Heading { .. } | Tag::Paragraph | Tag::Item | Tag::TableCell => {
                    stack.push(Some((r.start, None)));
                    false
                }
                t if crate::markup::is_inline_container(t) => {
                    inline_depth += 1;
                    true
                }
                _ => {
                    stack.push(None);
                    false
                }
            },
            Event::End(t) => match t {
                TagEnd::Link
                | TagEnd::Image
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript => {
                    inline_depth = inline_depth.saturating_sub(1);
                    true
                }
                _ => {
                    if let Some(Some((start, Some(range)))) = stack.pop() {
                        out.insert(start, range);
                    }
                    false
                }
            },
            Event::InlineHtml(h) if inline_depth == 0 => {
                let anchor = {
                    let h = h.trim().to_ascii_lowercase();
                    h == "</a>"
                        || (h.starts_with("<a ") && (h.contains("name=") || h.contains("id=")))
                };
                // A heading's anchor before any text stays outside the segment.
                let leading = innermost(&mut stack).is_some_and(|(_, seen)| seen.is_none());
                !(anchor && leading)
            }
            _ => true,
        };
        if inline_ev {
            if let Some((_, seen)) = innermost(&mut stack) {
                match seen {
                    Some(x) => x.end = x.end.max(r.end),
                    // pulldown-cmark's text of an escape (`\*`) starts after
                    // the backslash: a block whose text starts with one
                    // (`| \*.host.com |`) starts at the backslash, else its
                    // first unit's markdown is not found in it.
                    None => *seen = Some(escape_start(text, r.start)..r.end),
                }
            }
        }
    }
    out
}

/// `at`, or the backslash before it when `at` is an escaped ASCII
/// punctuation character (the backslash cannot be the block's own text:
/// pulldown-cmark would have given it as text, before `at`).
fn escape_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let escaped =
        at > 0 && b.get(at - 1) == Some(&b'\\') && b.get(at).is_some_and(u8::is_ascii_punctuation);
    if escaped {
        at - 1
    } else {
        at
    }
}

/// The protected stretches of one text run, as `(text, protected)` pieces.
/// Protected tokens are not codes (the translator keeps them as text), so
/// the model holds them as text and the writers mark them.
// the ranges are `match_indices` results over `text`: char boundaries.
#[allow(clippy::string_slice)]
pub fn protected<'a>(text: &'a str, terms: &[String]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for r in crate::check::tokens::protected_spans(text, terms) {
        if r.start > pos {
            out.push((&text[pos..r.start], false));
        }
        out.push((&text[r.clone()], true));
        pos = r.end;
    }
    if pos < text.len() {
        out.push((&text[pos..], false));
    }
    out
}

/// The language tag to write for each locale: the `ms.contentlocale` of
/// the locale's articles when it refines the folder's tag (`de-DE` for
/// `de`), else the folder's tag as the configuration names it.
pub fn language_tags(report: &Report) -> Vec<String> {
    declared_tags(report)
        .into_iter()
        .zip(&report.locales)
        .map(|(cl, tag)| {
            let refines = cl.as_ref().is_some_and(|cl| {
                cl.get(..tag.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(tag))
                    && cl.as_bytes().get(tag.len()) == Some(&b'-')
            });
            match cl {
                Some(cl) if refines => cl,
                _ => tag.clone(),
            }
        })
        .collect()
}

/// Per locale, the `ms.contentlocale` its articles declare (the first
/// article that has one), when it is a valid language tag.
pub fn declared_tags(report: &Report) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = vec![None; report.locales.len()];
    let mut seen = vec![false; report.locales.len()];
    for a in &report.articles {
        for (l, f) in &a.files {
            if seen.get(*l).is_none_or(|s| *s) {
                continue;
            }
            let Ok(bytes) = std::fs::read(report.root.join(f)) else {
                continue;
            };
            let Ok(text) = crate::markup::decode(f, &bytes) else {
                continue;
            };
            let doc = crate::markup::parse(f, &text);
            if let Some(cl) = doc.front_matter.text("ms.contentlocale") {
                seen[*l] = true;
                let cl = cl.trim();
                if unic_langid::LanguageIdentifier::from_bytes(cl.as_bytes()).is_ok() {
                    out[*l] = Some(cl.to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_found_across_anti_autolink_spans() {
        let hay = "See https<span>://</span>x.org now.";
        let r = find_despanned(hay, "https://x.org").expect("found");
        assert_eq!(hay.get(r), Some("https<span>://</span>x.org"));
        assert_eq!(find_despanned("a b c", "b"), Some(2..3));
        assert_eq!(find_despanned("a <span>b</span>", "c"), None);
    }

    #[test]
    fn crossing_emphasis_delimiters_are_found() {
        let text = "A **b. C** d.";
        let runs = crossing(text, 0..text.len());
        assert_eq!(runs, vec![(2..4, 8..10, inline::CodeKind::Bold)]);
    }

    #[test]
    fn links_images_and_html_elements_are_paired_markup() {
        use inline::CodeKind::{Bold, Image, Link};
        let text =
            "x [a **b**. C](u.md) ![d](i.png) <a href=\"h\">e. F</a> <br> <b>g</b> <https://x.org>";
        let runs = crossing(text, 0..text.len());
        let at = |s: &str| text.find(s).expect("in the text");
        let lk = at("[a");
        let close = at("](u.md)");
        let img = at("![d");
        let a = at("<a href");
        let end_a = at("</a>");
        let b = at("<b>");
        let bold = at("**b");
        assert_eq!(
            runs,
            vec![
                (bold..bold + 2, bold + 3..bold + 5, Bold),
                (lk..lk + 1, close..close + 7, Link),
                (img..img + 2, img + 3..img + 11, Image),
                (a..a + 12, end_a..end_a + 4, Link),
                (b..b + 3, b + 4..b + 8, Bold),
            ]
        );
        assert_eq!(html_tag("<br/>"), None);
        assert_eq!(html_tag("<!-- x -->"), None);
        assert_eq!(html_tag("</A>"), Some(("a".into(), false)));
    }
}
