//! The translators' side-by-side view: one table per article with a row per
//! unit and a column per locale, each cell coloured by its status.
//!
//! This module only builds the table's HTML fragment; the page around it is
//! the `translation.html` template, and the fragment goes through the same
//! sanitizer as article bodies. Filtering is done by
//! `templates/assets/translation.js` on the rows' `data-status` attributes,
//! so the page needs no inline script and works from `file://`.

use super::{ArticleResult, Finding};
use crate::align::{Method, Status};
use crate::util::html_escape;
use std::collections::HashMap;

/// A cell's status, also its CSS class (`st-…`) and filter value.
fn status_of(
    method: Option<Method>,
    status: Option<Status>,
    has_issue: bool,
    untranslated: bool,
) -> &'static str {
    if untranslated {
        return "untranslated";
    }
    if has_issue {
        return "issue";
    }
    match (method, status) {
        (None, _) => "missing",
        (_, Some(Status::Stale)) => "stale",
        (Some(Method::Structure), _) => "structural",
        _ => "ok",
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
/// `findings` are that article's findings.
pub fn table_html(
    result: &ArticleResult,
    locales: &[String],
    source: usize,
    findings: &[Finding],
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
    h.push_str(&format!(
        "<th scope=\"col\" data-col=\"{0}\" lang=\"{0}\">{0}</th>",
        html_escape(&locales[source])
    ));
    for &l in &cols {
        h.push_str(&format!(
            "<th scope=\"col\" data-col=\"{0}\" lang=\"{0}\">{0}</th>",
            html_escape(&locales[l])
        ));
    }
    h.push_str("</tr></thead><tbody>");
    for (u, unit) in al.units.iter().enumerate() {
        let mut statuses: Vec<&str> = Vec::new();
        let mut cells = String::new();
        for &l in &cols {
            let tag = locales[l].as_str();
            let la = &al.locales[&l];
            let pair = la.pair_of(u);
            let issues: Vec<&Finding> = by_seg
                .get(&(tag, unit.id.as_str()))
                .cloned()
                .unwrap_or_default();
            let untranslated = issues.iter().any(|f| f.check == "untranslated");
            let continued = pair.is_some_and(|p| p.units.start != u);
            let st = if continued {
                "joined"
            } else {
                status_of(
                    pair.map(|p| p.method),
                    pair.map(|p| p.status),
                    !issues.is_empty(),
                    untranslated,
                )
            };
            statuses.push(st);
            cells.push_str(&format!(
                "<td class=\"st-{st}\" data-col=\"{}\" lang=\"{}\"",
                html_escape(tag),
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
                Some(p) => cells.push_str(&html_escape(&p.target_text)),
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
        }
        statuses.sort_unstable();
        statuses.dedup();
        h.push_str(&format!(
            "<tr id=\"u-{id}\" data-status=\"{}\"><th scope=\"row\" class=\"sxs-id\"><a href=\"#u-{id}\">{id}</a></th><td data-col=\"{src}\" lang=\"{src}\">{}</td>{cells}</tr>",
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
