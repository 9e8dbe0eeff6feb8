//! A loaded site and its render: [`Session`] holds what the pages need
//! (inventory, strings, templates, includes, tables of contents, policies)
//! and what each article's render left for the merge steps. `stele build`
//! renders once; `stele serve` keeps the session and re-renders single
//! articles.

use crate::check::glossary::Glossary;
use crate::content::{self, Site};
use crate::diag::{normalize, publishable, Diagnostic};
use crate::i18n::I18n;
use crate::markup::{read_and_parse, Parsed};
use crate::output::assets::{write_assets, write_lookup};
use crate::policy::{self, Compiled};
use crate::render::templates::Templates;
use crate::render::translation::article_view;
use crate::render::{ArticleSummary, IncludeStore, SiteRenderer, TranslationRow};
use crate::search::stage::IndexStage;
use crate::search::{self, IndexDoc};
use crate::util::write_file;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// `STELE_NO_SEARCH=1` skips both search indexes; the benchmark uses it to
/// measure what indexing adds to a build.
pub(super) fn search_enabled() -> bool {
    std::env::var_os("STELE_NO_SEARCH").is_none_or(|v| v.is_empty())
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

/// What rendering one article yields: its summary, pages per locale, its
/// diagnostics, its row of the translators' index (`/_translation/`) and
/// what its pages contribute to the search indexes.
type ArticleOutput = (
    ArticleSummary,
    Vec<usize>,
    Vec<Diagnostic>,
    Option<(TranslationRow, crate::check::ArticleResult)>,
    Vec<IndexDoc>,
);
/// One article's render, or the I/O error that stopped it.
type ArticleResult = std::io::Result<ArticleOutput>;

/// A loaded site ready to render: the inventory, strings, templates,
/// includes and tables of contents, plus each article's summary from the
/// last render. `stele build` uses it once; `stele serve` keeps it and
/// re-renders single articles when their files change.
pub struct Session {
    pub renderer: SiteRenderer,
    /// The error-code policies, compiled once per session.
    pub policies: Compiled,
    /// `[check] glossary`, for the translators' view.
    glossary: Glossary,
    tocs: BTreeMap<usize, Parsed>,
    summaries: BTreeMap<String, ArticleSummary>,
    translation_rows: BTreeMap<String, TranslationRow>,
    /// Each article's alignment (findings dropped), for the site-wide
    /// checks shown on the translators' index page.
    check_results: BTreeMap<String, crate::check::ArticleResult>,
    /// What each article's pages contribute to the search indexes.
    search_docs: BTreeMap<String, Vec<IndexDoc>>,
}

impl Session {
    /// Loads everything but the articles. Returns the session and the
    /// diagnostics found so far, or the diagnostics that make the site
    /// unusable.
    pub fn open(root: &Path) -> Result<(Session, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (mut site, mut diags) = content::load(root)?;
        diags.append(&mut crate::render::remove_colliding_assets(&mut site));
        let source_id = site.locales[site.source].id.clone();
        let (i18n, mut d) = I18n::load(Some(&root.join("locales")), &source_id);
        diags.append(&mut d);
        let i18n = Arc::new(i18n);
        let templates = match Templates::load(Some(&root.join("templates")), i18n.clone()) {
            Ok(t) => t,
            Err(mut d) => {
                diags.append(&mut d);
                return Err(diags);
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
        let (policies, mut d) = policy::compile(&site, &i18n);
        diags.append(&mut d);
        let glossary = match Glossary::for_site(&site) {
            Ok(g) => g,
            Err(d) => {
                diags.push(d);
                return Err(diags);
            }
        };
        let renderer = SiteRenderer::new(site, i18n, templates, includes).with_tocs(&tocs);
        Ok((
            Session {
                renderer,
                policies,
                glossary,
                tocs,
                summaries: BTreeMap::new(),
                translation_rows: BTreeMap::new(),
                check_results: BTreeMap::new(),
                search_docs: BTreeMap::new(),
            },
            diags,
        ))
    }

    pub fn site(&self) -> &Site {
        &self.renderer.site
    }

    /// Parses and renders one article in every locale and writes its pages
    /// under `out`. Returns pages written per locale and the diagnostics.
    fn article(&self, key: &str, out: &Path) -> std::io::Result<ArticleOutput> {
        let (pages, output) = self.article_unwritten(key);
        write_pages(out, &pages)?;
        Ok(output)
    }

    /// [`Session::article`] without writing: the pages (the translators'
    /// view last) and the rest, so that `render_article` can check the
    /// diagnostics before a page reaches the folder being served.
    fn article_unwritten(&self, key: &str) -> (Vec<crate::render::Page>, ArticleOutput) {
        let site = self.site();
        let mut diags = Vec::new();
        let files = site.articles.get(key).cloned().unwrap_or_default();
        let docs = parse_all(&files, &mut diags);
        // The translators' view first: its alignment says which
        // translations are older than the source (stale segments), which
        // their pages disclose.
        let view = article_view(site, &self.renderer, &self.glossary, key, &files, &docs);
        let alignment = view
            .as_ref()
            .and_then(|(_, _, result)| result.alignment.as_ref());
        let (pages, summary, mut d) = self.renderer.article_pages(key, &docs, alignment);
        diags.append(&mut d);
        let mut counts = vec![0usize; site.locales.len()];
        for page in &pages {
            if let Some(l) = page
                .path
                .split('/')
                .next()
                .and_then(|t| site.locale_index(t))
            {
                counts[l] += 1;
            }
        }
        let mut pages = pages;
        let row = match view {
            Some((Ok(page), row, result)) => {
                pages.push(page);
                Some((row, result))
            }
            Some((Err(d), _, _)) => {
                diags.push(d);
                None
            }
            None => None,
        };
        // Only translated pages are indexed: a fallback page would make the
        // same text a hit in every locale.
        let search_docs = docs
            .iter()
            .filter(|_| search_enabled())
            .filter_map(|(l, p)| {
                let tag = &site.locales[*l].tag;
                let title = summary.titles.get(l)?;
                let anchors: Vec<search::Anchor> = summary
                    .headings
                    .get(l)
                    .into_iter()
                    .flatten()
                    .map(|h| search::Anchor {
                        level: h.level,
                        id: h.id.clone(),
                        text: h.text.clone(),
                    })
                    .collect();
                Some(search::index_doc(
                    &p.doc,
                    title,
                    &content::article_url(tag, key),
                    tag,
                    &anchors,
                ))
            })
            .collect();
        (pages, (summary, counts, diags, row, search_docs))
    }

    /// Renders the whole site into `out`: articles in parallel, then the
    /// merge steps. Returns pages per locale and the diagnostics.
    pub fn render_all(&mut self, out: &Path) -> std::io::Result<(Vec<usize>, Vec<Diagnostic>)> {
        let (mut counts, mut diags) = self.render_articles(out)?;
        let (homes, mut d) = self.render_site_wide(out)?;
        diags.append(&mut d);
        if search_enabled() {
            self.write_browser_index(out)?;
        }
        for (c, h) in counts.iter_mut().zip(homes) {
            *c += h;
        }
        Ok((counts, diags))
    }

    /// The per-article stage: renders every article in parallel and keeps
    /// what the merge steps and the indexes need. Returns pages per locale
    /// and the diagnostics.
    pub fn render_articles(
        &mut self,
        out: &Path,
    ) -> std::io::Result<(Vec<usize>, Vec<Diagnostic>)> {
        let results: Vec<ArticleResult> = self
            .site()
            .articles
            .par_iter()
            .map(|(key, _)| self.article(key, out))
            .collect();
        let mut diags = Vec::new();
        let mut counts = vec![0usize; self.site().locales.len()];
        self.summaries.clear();
        self.translation_rows.clear();
        self.check_results.clear();
        self.search_docs.clear();
        for r in results {
            let (s, c, mut d, row, docs) = r?;
            if let Some((row, result)) = row {
                self.translation_rows.insert(s.key.clone(), row);
                self.check_results.insert(s.key.clone(), result);
            }
            self.search_docs.insert(s.key.clone(), docs);
            for (i, n) in c.into_iter().enumerate() {
                counts[i] += n;
            }
            diags.append(&mut d);
            if !s.titles.is_empty() {
                self.summaries.insert(s.key.clone(), s);
            }
        }
        Ok((counts, diags))
    }

    /// The site-wide steps after [`Session::render_articles`]: home pages,
    /// root, 404, sitemap, assets, the lookup's files and the search
    /// reader (not the browser search index: see
    /// [`Session::stage_search_index`]). Returns pages written per locale
    /// and the diagnostics.
    pub fn render_site_wide(&self, out: &Path) -> std::io::Result<(Vec<usize>, Vec<Diagnostic>)> {
        let (homes, diags) = self.render_merge(out)?;
        write_assets(self.site(), out, self.renderer.live_reload)?;
        write_lookup(self.site(), &self.policies, out)?;
        if search_enabled() {
            let tags: Vec<&str> = self.site().locales.iter().map(|l| l.tag.as_str()).collect();
            search::browser::write_reader(out, &tags)?;
        }
        Ok((homes, diags))
    }

    /// Re-renders one article (after its file changed) and the pages that
    /// list it. This is the incremental path of `stele serve`.
    ///
    /// Like `stele build`, it publishes nothing when the article has an
    /// error ([`publishable`]): the pages under `out` and the session stay
    /// as they were, and only the diagnostics come back.
    pub fn render_article(&mut self, key: &str, out: &Path) -> std::io::Result<Vec<Diagnostic>> {
        let (pages, (summary, _, mut diags, row, docs)) = self.article_unwritten(key);
        if !publishable(&diags) {
            normalize(&mut diags);
            return Ok(diags);
        }
        write_pages(out, &pages)?;
        match row {
            Some((row, result)) => {
                self.translation_rows.insert(key.to_string(), row);
                self.check_results.insert(key.to_string(), result);
            }
            None => {
                self.translation_rows.remove(key);
                self.check_results.remove(key);
            }
        }
        // Only the locales whose indexed text changed get a new browser
        // index: rewriting every locale's shards would cost a large site
        // far more than the 50 ms a preview rebuild may take.
        fn text(d: &IndexDoc) -> (&str, &str, &str, &str, &[String]) {
            (&d.locale, &d.url, &d.title, &d.body, &d.headings)
        }
        let before: BTreeSet<_> = self
            .search_docs
            .get(key)
            .into_iter()
            .flatten()
            .map(text)
            .collect();
        let after: BTreeSet<_> = docs.iter().map(text).collect();
        let changed: BTreeSet<String> = before
            .symmetric_difference(&after)
            .map(|t| t.0.to_string())
            .collect();
        self.search_docs.insert(key.to_string(), docs);
        if summary.titles.is_empty() {
            self.summaries.remove(key);
        } else {
            self.summaries.insert(key.to_string(), summary);
        }
        // The browser index and the merge pages (with the site-wide checks)
        // read different parts of the session: write them side by side.
        let this = &*self;
        let (index, merge) = rayon::join(
            || {
                if search_enabled() && !changed.is_empty() {
                    this.write_browser_index_of(out, true, |tag| changed.contains(tag))
                } else {
                    Ok(())
                }
            },
            || this.render_merge(out),
        );
        index?;
        let (_, mut d) = merge?;
        diags.append(&mut d);
        normalize(&mut diags);
        Ok(diags)
    }

    /// The pages to index, per locale index, in page-number order (sorted
    /// by URL so that page numbers do not depend on thread scheduling).
    pub fn search_docs(&self) -> Vec<Vec<&IndexDoc>> {
        let site = self.site();
        let mut per: Vec<Vec<&IndexDoc>> = vec![Vec::new(); site.locales.len()];
        for d in self.search_docs.values().flatten() {
            if let Some(l) = site.locale_index(&d.locale) {
                per[l].push(d);
            }
        }
        for v in &mut per {
            v.sort_by(|a, b| a.url.cmp(&b.url));
        }
        per
    }

    /// Writes the browser search index of every locale into `out`.
    fn write_browser_index(&self, out: &Path) -> std::io::Result<()> {
        self.write_browser_index_of(out, false, |_| true)
    }

    /// Writes the browser search index of the locales `pick` accepts
    /// (`in_place`: over a previous one, skipping unchanged files).
    fn write_browser_index_of(
        &self,
        out: &Path,
        in_place: bool,
        pick: impl Fn(&str) -> bool + Sync,
    ) -> std::io::Result<()> {
        self.search_docs()
            .par_iter()
            .enumerate()
            .filter(|(l, _)| pick(&self.site().locales[*l].tag))
            .try_for_each(|(l, docs)| {
                let tag = &self.site().locales[l].tag;
                let terms = search::merge(docs);
                search::browser::write_locale(out, tag, docs, &terms, in_place).map(|_| ())
            })
    }

    /// Starts staging the search indexes of every locale (see
    /// [`search::stage::stage`]): `stele build` does this while the
    /// site-wide pages are written and installs the index only if the
    /// build succeeds.
    pub fn stage_search_index(
        &self,
        browser_out: Option<&Path>,
    ) -> std::io::Result<IndexStage<'_>> {
        let site = self.site();
        let locales = self
            .search_docs()
            .into_iter()
            .enumerate()
            .map(|(l, docs)| (site.locales[l].tag.as_str(), docs))
            .collect();
        search::stage::stage(&site.root, locales, browser_out)
    }

    /// Home pages, root, 404 and sitemap: the small steps that read every
    /// article's summary. Returns pages written per locale.
    fn render_merge(&self, out: &Path) -> std::io::Result<(Vec<usize>, Vec<Diagnostic>)> {
        let site = self.site();
        let summaries: Vec<ArticleSummary> = self.summaries.values().cloned().collect();
        let mut diags = Vec::new();
        let mut counts = vec![0usize; site.locales.len()];
        for (l, count) in counts.iter_mut().enumerate() {
            let (page, mut d) = self.renderer.home_page(l, &summaries, &self.tocs);
            diags.append(&mut d);
            write_file(out, &page.path, page.html.as_bytes())?;
            *count += 1;
        }
        for (l, count) in counts.iter_mut().enumerate() {
            match self.renderer.errors_page(l, &self.policies.index[l]) {
                Ok(p) => {
                    write_file(out, &p.path, p.html.as_bytes())?;
                    *count += 1;
                }
                Err(d) => diags.push(d),
            }
        }
        for l in 0..site.locales.len() {
            match self.renderer.search_page(l) {
                Ok(p) => write_file(out, &p.path, p.html.as_bytes())?,
                Err(d) => diags.push(d),
            }
        }
        for page in [self.renderer.root_page(), self.renderer.not_found_page()] {
            match page {
                Ok(p) => write_file(out, &p.path, p.html.as_bytes())?,
                Err(d) => diags.push(d),
            }
        }
        write_file(
            out,
            "sitemap.xml",
            self.renderer.sitemap(&summaries).as_bytes(),
        )?;
        if !self.translation_rows.is_empty() {
            let rows: Vec<TranslationRow> = self.translation_rows.values().cloned().collect();
            let ctx = crate::check::Ctx::all_targets(site, &self.glossary);
            let results: Vec<&crate::check::ArticleResult> = self.check_results.values().collect();
            let site_wide = crate::check::site_wide(&ctx, &results);
            match self.renderer.translation_index(&rows, &site_wide) {
                Ok(p) => write_file(out, &p.path, p.html.as_bytes())?,
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
        Ok((counts, diags))
    }
}

fn write_pages(out: &Path, pages: &[crate::render::Page]) -> std::io::Result<()> {
    for page in pages {
        write_file(out, &page.path, page.html.as_bytes())?;
    }
    Ok(())
}
