//! The translators' side-by-side view: one table per article with a row per
//! unit and a column per locale, each cell coloured by its status.
//!
//! This module only builds the table's HTML fragment; the page around it is
//! the `translation.html` template, and the fragment goes through the same
//! sanitizer as article bodies. Filtering is done by
//! `templates/assets/translation.js` on the rows' `data-status` attributes,
//! so the page needs no inline script and works from `file://`.

use super::{ArticleResult, Finding, Level};
use crate::align::{Method, Status};
use crate::util::html_escape;
use std::collections::HashMap;

/// A cell's status, also its CSS class (`st-…`) and filter value. A
/// finding decides the colour by its severity (`error`, `warning`; info
/// findings do not colour a cell), but a stale pair stays `stale` when its
/// only finding is the `stale-source` one, so the "stale" filter finds it.
fn status_of(
    method: Option<Method>,
    status: Option<Status>,
    worst: Option<Level>,
    untranslated: bool,
) -> &'static str {
    if untranslated {
        return "untranslated";
    }
    match (method, status, worst) {
        (None, _, _) => "missing",
        (_, _, Some(Level::Error)) => "error",
        (_, Some(Status::Stale), _) => "stale",
        (_, _, Some(Level::Warning)) => "warning",
        (Some(Method::Structure), _, _) => "structural",
        _ => "ok",
    }
}

/// Where the view links to, besides its own rows.
pub struct ViewLinks<'a> {
    /// `[check] editor_url`: `{path}` (absolute), `{file}` (relative to the
    /// site root), `{line}`, `{col}`.
    pub editor: Option<&'a str>,
    /// The site root, for `{path}`.
    pub root: &'a std::path::Path,
    /// From the view page to the site root (`../../`).
    pub to_root: &'a str,
}

impl ViewLinks<'_> {
    fn editor(&self, file: &std::path::Path, line: u32, col: u32) -> Option<String> {
        let pattern = self.editor?;
        let rel = file.to_string_lossy().replace('\\', "/");
        let abs = self.root.join(file);
        let abs = abs.to_string_lossy().replace('\\', "/");
        Some(
            pattern
                .replace("{path}", &abs)
                .replace("{file}", &rel)
                .replace("{line}", &line.max(1).to_string())
                .replace("{col}", &col.max(1).to_string()),
        )
    }

    /// `file:line`, a link into the editor when one is configured.
    fn location(&self, file: &std::path::Path, line: u32, col: u32) -> String {
        let text = format!(
            "{}:{}",
            html_escape(&file.to_string_lossy().replace('\\', "/")),
            line
        );
        match self.editor(file, line, col) {
            Some(url) => format!(
                "<a class=\"sxs-loc\" href=\"{}\">{text}</a>",
                html_escape(&url)
            ),
            None => format!("<span class=\"sxs-loc\">{text}</span>"),
        }
    }
}

/// Per-locale counts shown above the table and on the index page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LocaleSummary {
    pub tag: String,
    pub aligned: usize,
    pub missing: usize,
    pub stale: usize,
    pub issues: usize,
    pub confidence: String,
}

/// The table of one article. `locales` are all locale tags (source first);
/// `findings` are that article's findings. An article only the source
/// locale has gets its table too (every locale's column says missing), so
/// the `view:` links of its `missing-article` findings open a page.
pub fn table_html(
    result: &ArticleResult,
    locales: &[String],
    source: usize,
    findings: &[Finding],
    links: &ViewLinks,
) -> (String, Vec<LocaleSummary>) {
    let Some(al) = &result.alignment else {
        return (
            String::from("<p>No source article to align to.</p>"),
            Vec::new(),
        );
    };
    let mut by_seg: HashMap<(&str, &str), Vec<&Finding>> = HashMap::new();
    for f in findings {
        if let Some(s) = &f.segment {
            by_seg
                .entry((f.locale.as_str(), s.as_str()))
                .or_default()
                .push(f);
        }
    }
    let cols: Vec<usize> = al.locales.keys().copied().collect();
    let mut h = String::with_capacity(al.units.len() * 600);
    h.push_str("<table class=\"sxs\"><thead><tr><th scope=\"col\" class=\"sxs-id\">ID</th>");
    let page = |tag: &str| {
        format!(
            " <a class=\"sxs-page-link\" href=\"{}{}\">page</a>",
            links.to_root,
            html_escape(&crate::content::article_url(tag, &result.key))
        )
    };
    h.push_str(&format!(
        "<th scope=\"col\" data-col=\"{0}\" lang=\"{0}\">{0}{1}</th>",
        html_escape(&locales[source]),
        page(&locales[source])
    ));
    for &l in &cols {
        h.push_str(&format!(
            "<th scope=\"col\" data-col=\"{0}\" lang=\"{0}\">{0}{1}</th>",
            html_escape(&locales[l]),
            page(&locales[l])
        ));
    }
    h.push_str("</tr></thead><tbody>");
    for (u, unit) in al.units.iter().enumerate() {
        let mut statuses: Vec<&str> = Vec::new();
        let mut cells = String::new();
        for &l in &cols {
            let tag = locales[l].as_str();
            let issues: Vec<&Finding> = by_seg
                .get(&(tag, unit.id.as_str()))
                .cloned()
                .unwrap_or_default();
            let (cell, tags) = cell_html(result, al, u, l, tag, &issues, links);
            statuses.extend(tags);
            cells.push_str(&cell);
        }
        statuses.sort_unstable();
        statuses.dedup();
        let src_loc = result
            .files
            .get(&source)
            .map(|f| format!("<br>{}", links.location(f, unit.line, 1)))
            .unwrap_or_default();
        h.push_str(&format!(
            "<tr id=\"u-{id}\" data-status=\"{}\"><th scope=\"row\" class=\"sxs-id\"><a href=\"#u-{id}\">{id}</a></th><td data-col=\"{src}\" lang=\"{src}\">{}{src_loc}</td>{cells}</tr>",
            statuses.join(" "),
            html_escape(&unit.text),
            id = html_escape(&unit.id),
            src = html_escape(&locales[source]),
        ));
    }
    h.push_str("</tbody></table>");
    let summaries = cols
        .iter()
        .map(|&l| {
            let c = al.locales[&l].counts(al.units.len());
            LocaleSummary {
                tag: locales[l].clone(),
                aligned: c.aligned,
                missing: c.missing,
                stale: c.stale,
                issues: findings.iter().filter(|f| f.locale == locales[l]).count(),
                confidence: format!("{:.2}", c.confidence),
            }
        })
        .collect();
    (h, summaries)
}

/// One translation cell of the table: its HTML and the filter values it
/// adds to its row (its colour, plus stale and finding where the colour
/// hides them).
fn cell_html(
    result: &ArticleResult,
    al: &crate::align::ArticleAlignment,
    u: usize,
    l: usize,
    tag: &str,
    issues: &[&Finding],
    links: &ViewLinks,
) -> (String, Vec<&'static str>) {
    let mut cells = String::new();
    let la = &al.locales[&l];
    let pair = la.pair_of(u);
    let untranslated = issues.iter().any(|f| f.check == "untranslated");
    let continued = pair.is_some_and(|p| p.units.start != u);
    // What colours the cell: findings other than the stale-source
    // one (the status says that), and no info.
    let worst = issues
        .iter()
        .filter(|f| f.check != "stale-source" && f.severity > Level::Info)
        .map(|f| f.severity)
        .max();
    let st = if continued {
        "joined"
    } else {
        status_of(
            pair.map(|p| p.method),
            pair.map(|p| p.status),
            worst,
            untranslated,
        )
    };
    // The filter values of the cell: its colour, plus stale and
    // findings when the colour hides them.
    let mut tags = vec![st];
    if pair.is_some_and(|p| p.status == Status::Stale) && st != "stale" {
        tags.push("stale");
    }
    if !issues.is_empty() {
        tags.push("finding");
    }
    cells.push_str(&format!(
        "<td class=\"st-{st}\" data-col=\"{}\" data-status=\"{}\" lang=\"{}\"",
        html_escape(tag),
        tags.join(" "),
        html_escape(tag)
    ));
    if let Some(p) = pair {
        cells.push_str(&format!(
            " title=\"{} · confidence {:.2}\"",
            st, p.confidence
        ));
    } else {
        cells.push_str(" title=\"missing\"");
    }
    cells.push('>');
    match pair {
        Some(_) if continued => {
            cells.push_str("<span class=\"sxs-note\">↑ joined with the row above</span>")
        }
        Some(p) => {
            cells.push_str(&html_escape(&p.target_text));
            if let Some(file) = result.files.get(&l) {
                cells.push_str(&format!("<br>{}", links.location(file, p.line, p.col)));
            }
        }
        None => cells.push_str("<span class=\"sxs-note\">missing</span>"),
    }
    if !issues.is_empty() {
        cells.push_str("<ul class=\"sxs-issues\">");
        for f in issues {
            cells.push_str(&format!(
                "<li class=\"sev-{}\"><strong>{}</strong> {}{}</li>",
                f.severity,
                html_escape(f.check),
                html_escape(&f.message),
                f.diff
                    .as_ref()
                    .map(|d| format!("<br><code>{}</code>", html_escape(d)))
                    .unwrap_or_default()
            ));
        }
        cells.push_str("</ul>");
    }
    cells.push_str("</td>");
    (cells, tags)
}
