//! The build pipeline: load → parse → render → write, one way.
//!
//! Articles are the unit of work: each rayon task reads and parses one
//! article's files in every locale, renders its pages and streams them to the
//! staging folder, then returns only a small summary (titles) for the merge
//! steps (home pages, sitemap). No stage holds the whole rendered site.

use crate::content::{self, Site};
use crate::diag::{Diagnostic, Severity};
use crate::markup;
use crate::output::Staging;
use crate::render::i18n::I18n;
use crate::render::templates::{Templates, BUILTIN_ASSETS};
use crate::render::{highlight, ArticleSummary, IncludeStore, Parsed, SiteRenderer};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Options of `stele build`.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages written per locale tag, in site order.
    pub pages: Vec<(String, usize)>,
    pub diagnostics: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// Where the site was written; `None` when errors stopped the build.
    pub out: Option<PathBuf>,
}

impl BuildReport {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// The one-line summary printed after a build.
    pub fn summary(&self) -> String {
        let total: usize = self.pages.iter().map(|(_, n)| n).sum();
        let per: Vec<String> = self.pages.iter().map(|(t, n)| format!("{t} {n}")).collect();
        let ms = self.elapsed.as_secs_f64() * 1000.0;
        match &self.out {
            Some(out) => format!(
                "built {total} pages ({}) into {} in {ms:.0} ms, {} warning{}",
                per.join(", "),
                out.display(),
                self.warnings(),
                if self.warnings() == 1 { "" } else { "s" }
            ),
            None => format!(
                "build failed: {} error{}, {} warning{}; the previous output was left untouched",
                self.errors(),
                if self.errors() == 1 { "" } else { "s" },
                self.warnings(),
                if self.warnings() == 1 { "" } else { "s" }
            ),
        }
    }
}

/// Reads and parses one file; I/O and encoding problems become diagnostics.
pub fn read_and_parse(file: &content::SourceFile) -> Result<Parsed, Diagnostic> {
    let bytes = std::fs::read(&file.abs)
        .map_err(|e| Diagnostic::error("unreadable", &file.display, format!("cannot read: {e}")))?;
    let text = markup::decode(&file.display, &bytes)?;
    let doc = markup::parse(&file.display, &text);
    Ok(Parsed { doc, text })
}

fn parse_all(
    files: &BTreeMap<usize, content::SourceFile>,
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<usize, Parsed> {
    let mut out = BTreeMap::new();
    for (l, f) in files {
        match read_and_parse(f) {
            Ok(mut p) => {
                diags.append(&mut p.doc.diagnostics);
                out.insert(*l, p);
            }
            Err(d) => diags.push(d),
        }
    }
    out
}

/// Builds the site at `opts.root` into `opts.out`. Errors in the input are
/// reported in the returned report (with `out: None`); `Err` is for failures
/// of the machine (I/O on the output folder).
pub fn build(opts: &BuildOptions) -> std::io::Result<BuildReport> {
    let started = Instant::now();
    let failed = |diagnostics: Vec<Diagnostic>| BuildReport {
        pages: Vec::new(),
        diagnostics,
        elapsed: started.elapsed(),
        out: None,
    };
    let (site, mut diags) = match content::load(&opts.root) {
        Ok(s) => s,
        Err(d) => return Ok(failed(d)),
    };
    let source_id = site.locales[site.source].id.clone();
    let (i18n, mut d) = I18n::load(Some(&opts.root.join("locales")), &source_id);
    diags.append(&mut d);
    let i18n = Arc::new(i18n);
    let templates = match Templates::load(Some(&opts.root.join("templates")), i18n.clone()) {
        Ok(t) => t,
        Err(mut d) => {
            diags.append(&mut d);
            return Ok(failed(diags));
        }
    };

    // Includes and tables of contents are small and shared by many pages.
    let mut includes = IncludeStore {
        chains: (0..site.locales.len()).map(|l| site.chain(l)).collect(),
        ..Default::default()
    };
    for (path, files) in &site.includes {
        let parsed = parse_all(files, &mut diags);
        includes.files.insert(path.clone(), parsed);
    }
    let tocs = parse_all(&site.tocs, &mut diags);
    let renderer = SiteRenderer::new(&site, i18n, templates, includes);

    let staging = Staging::begin(&opts.out)?;
    type ArticleOut = (
        ArticleSummary,
        Vec<usize>,
        Vec<Diagnostic>,
        Option<serde_json::Value>,
    );
    let results: Vec<std::io::Result<ArticleOut>> = site
        .articles
        .par_iter()
        .map(|(key, files)| {
            let mut diags = Vec::new();
            let docs = parse_all(files, &mut diags);
            let (pages, summary, mut d) = renderer.article_pages(key, &docs);
            diags.append(&mut d);
            let mut counts = vec![0usize; site.locales.len()];
            for page in pages {
                staging.write(&page.path, page.html.as_bytes())?;
                if let Some(l) = page
                    .path
                    .split('/')
                    .next()
                    .and_then(|t| site.locale_index(t))
                {
                    counts[l] += 1;
                }
            }
            let row = match translation_view(&site, &renderer, key, files, &docs) {
                Some((Ok(page), row)) => {
                    staging.write(&page.path, page.html.as_bytes())?;
                    Some(row)
                }
                Some((Err(d), _)) => {
                    diags.push(d);
                    None
                }
                None => None,
            };
            Ok((summary, counts, diags, row))
        })
        .collect();
    let mut summaries = Vec::new();
    let mut counts = vec![0usize; site.locales.len()];
    let mut translation_rows = Vec::new();
    for r in results {
        let (s, c, mut d, row) = r?;
        translation_rows.extend(row);
        if !s.titles.is_empty() {
            summaries.push(s);
        }
        for (i, n) in c.into_iter().enumerate() {
            counts[i] += n;
        }
        diags.append(&mut d);
    }

    // Merge steps.
    for l in 0..site.locales.len() {
        let (page, mut d) = renderer.home_page(l, &summaries, &tocs);
        diags.append(&mut d);
        staging.write(&page.path, page.html.as_bytes())?;
        counts[l] += 1;
    }
    for page in [renderer.root_page(), renderer.not_found_page()] {
        match page {
            Ok(p) => staging.write(&p.path, p.html.as_bytes())?,
            Err(d) => diags.push(d),
        }
    }
    staging.write("sitemap.xml", renderer.sitemap(&summaries).as_bytes())?;
    if !translation_rows.is_empty() {
        match renderer.translation_index(&translation_rows) {
            Ok(p) => staging.write(&p.path, p.html.as_bytes())?,
            Err(d) => diags.push(d),
        }
    }
    if site.config.base_url.is_none() {
        diags.push(
            Diagnostic::warning(
                "no-base-url",
                "stele.toml",
                "sitemap.xml uses root-relative URLs because no base_url is set",
            )
            .hint("add `base_url = \"https://example.org/help/\"` to stele.toml"),
        );
    }
    write_assets(&site, &staging)?;

    diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    diags.dedup();
    let pages: Vec<(String, usize)> = site
        .locales
        .iter()
        .zip(counts)
        .map(|(l, n)| (l.tag.clone(), n))
        .collect();
    if diags.iter().any(Diagnostic::is_error) {
        return Ok(BuildReport {
            pages,
            diagnostics: diags,
            elapsed: started.elapsed(),
            out: None,
        });
    }
    let out = staging.commit()?;
    Ok(BuildReport {
        pages,
        diagnostics: diags,
        elapsed: started.elapsed(),
        out: Some(out),
    })
}

/// The translators' side-by-side page of one article (see [`crate::check::view`])
/// and its row for the `/_translation/` index; `None` when the article has
/// no source file or no translation.
fn translation_view(
    site: &Site,
    renderer: &SiteRenderer,
    key: &str,
    files: &BTreeMap<usize, content::SourceFile>,
    docs: &BTreeMap<usize, Parsed>,
) -> Option<(Result<crate::render::Page, Diagnostic>, serde_json::Value)> {
    use crate::check::{self, view, Level};
    let source = docs.get(&site.source)?;
    if docs.len() < 2 {
        return None;
    }
    let ctx = check::Ctx {
        site,
        cfg: &site.config.check,
        targets: (0..site.locales.len())
            .filter(|&l| l != site.source)
            .collect(),
    };
    let borrowed: BTreeMap<usize, (PathBuf, &markup::Document)> = docs
        .iter()
        .filter_map(|(l, p)| files.get(l).map(|f| (*l, (f.display.clone(), &p.doc))))
        .collect();
    let result = check::check_article(&ctx, key, &borrowed);
    let findings = check::finalize(&ctx, result.findings.clone());
    let tags: Vec<String> = site.locales.iter().map(|l| l.tag.clone()).collect();
    let (table, summaries) = view::table_html(&result, &tags, site.source, &findings);
    let units = result
        .alignment
        .as_ref()
        .map(|a| a.units.len())
        .unwrap_or(0);
    let title = source.doc.title().unwrap_or_else(|| key.to_string());
    let page = renderer.translation_page(key, &title, units, &table, &summaries);
    let cells: Vec<serde_json::Value> = (0..site.locales.len())
        .filter(|&l| l != site.source)
        .map(|l| {
            let tag = &site.locales[l].tag;
            match summaries.iter().find(|s| &s.tag == tag) {
                Some(s) => {
                    let errors = findings.iter().any(|f| &f.locale == tag && f.severity == Level::Error);
                    let class = if errors {
                        "st-issue"
                    } else if s.missing > 0 || s.stale > 0 {
                        "st-stale"
                    } else {
                        "st-ok"
                    };
                    serde_json::json!({ "class": class, "text": format!("{}/{} · {} findings", s.aligned, units, s.issues) })
                }
                None => serde_json::json!({ "class": "st-missing", "text": "missing" }),
            }
        })
        .collect();
    let row = serde_json::json!({ "key": key, "href": format!("{key}/"), "cells": cells });
    Some((page, row))
}

/// Copies Stele's assets (site overrides first), the site's `static/` folder
/// and the non-markdown files of each locale folder.
fn write_assets(site: &Site, staging: &Staging) -> std::io::Result<()> {
    let overrides = site.root.join("templates").join("assets");
    for (name, builtin) in BUILTIN_ASSETS {
        let custom = overrides.join(name);
        let bytes = if custom.is_file() {
            std::fs::read(custom)?
        } else {
            builtin.as_bytes().to_vec()
        };
        staging.write(&format!("_stele/{name}"), &bytes)?;
    }
    staging.write("_stele/syntax.css", highlight::stylesheet().as_bytes())?;
    let stat = site.root.join("static");
    if stat.is_dir() {
        copy_tree(&stat, staging.path())?;
    }
    for (l, rel, abs) in &site.assets {
        let dest = format!("{}/{}", site.locales[*l].tag, rel);
        staging.write(&dest, &std::fs::read(abs)?)?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(from).unwrap_or(e.path());
            let dest = to.join(rel);
            if let Some(p) = dest.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::copy(e.path(), dest)?;
        }
    }
    Ok(())
}
