//! The translators' side-by-side page of one article and its row on the
//! `/_translation/` index, from the article's alignment (`check`).

use super::{Page, SiteRenderer, StatusCell, TranslationRow};
use crate::content::{self, Site};
use crate::diag::Diagnostic;
use crate::markup::{self, Parsed};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The translators' side-by-side page of one article (see [`crate::check::view`])
/// and its row for the `/_translation/` index; `None` when the article has
/// no source file or no translation.
pub fn article_view(
    site: &Site,
    renderer: &SiteRenderer,
    glossary: &crate::check::glossary::Glossary,
    key: &str,
    files: &BTreeMap<usize, content::SourceFile>,
    docs: &BTreeMap<usize, Parsed>,
) -> Option<(
    Result<Page, Diagnostic>,
    TranslationRow,
    crate::check::ArticleResult,
)> {
    use crate::check::{self, view, Level};
    // An article only the source locale has gets a page too: `stele
    // check` links its `missing-article` findings there.
    let source = docs.get(&site.source)?;
    let ctx = crate::check::Ctx::all_targets(site, glossary);
    let borrowed: BTreeMap<usize, (PathBuf, &markup::Document)> = docs
        .iter()
        .filter_map(|(l, p)| files.get(l).map(|f| (*l, (f.display.clone(), &p.doc))))
        .collect();
    let result = check::check_article(&ctx, key, &borrowed);
    let findings = check::finalize(&ctx, result.findings.clone());
    let tags: Vec<String> = site.locales.iter().map(|l| l.tag.clone()).collect();
    let to_root = "../".repeat(1 + key.split('/').count());
    let links = view::ViewLinks {
        editor: site.config.check.editor_url.as_deref(),
        root: &site.root,
        to_root: &to_root,
    };
    let (table, summaries) = view::table_html(&result, &tags, site.source, &findings, &links);
    let units = result
        .alignment
        .as_ref()
        .map(|a| a.units.len())
        .unwrap_or(0);
    let title = source.doc.title().unwrap_or_else(|| key.to_string());
    let page = renderer.translation_page(key, &title, units, &table, &summaries);
    let cells: Vec<StatusCell> = (0..site.locales.len())
        .filter(|&l| l != site.source)
        .map(|l| {
            let tag = &site.locales[l].tag;
            match summaries.iter().find(|s| &s.tag == tag) {
                Some(s) => {
                    let errors = findings
                        .iter()
                        .any(|f| &f.locale == tag && f.severity == Level::Error);
                    let warnings = findings
                        .iter()
                        .any(|f| &f.locale == tag && f.severity == Level::Warning);
                    // Warnings are not green: amber, like a cell with one.
                    let class = if errors {
                        "st-error"
                    } else if s.missing > 0 || s.stale > 0 {
                        "st-stale"
                    } else if warnings {
                        "st-warning"
                    } else {
                        "st-ok"
                    };
                    StatusCell {
                        class,
                        text: format!("{}/{} · {} findings", s.aligned, units, s.issues),
                    }
                }
                None => StatusCell {
                    class: "st-missing",
                    text: "missing".into(),
                },
            }
        })
        .collect();
    let row = TranslationRow {
        key: key.to_string(),
        href: format!("{key}/"),
        cells,
    };
    // Keep the alignment for the site-wide checks, not the findings.
    let mut result = result;
    result.findings = Vec::new();
    Some((page, row, result))
}
