//! The build pipeline: load → parse → render → write, one way.
//!
//! Articles are the unit of work: each rayon task reads and parses one
//! article's files in every locale, renders its pages and streams them to the
//! staging folder, then returns only a small summary (titles) for the merge
//! steps (home pages, sitemap). No stage holds the whole rendered site.

use crate::content::{self, Site};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::I18n;
use crate::markup::{self, read_and_parse, Parsed};
use crate::output::Staging;
use crate::policy::{self, Compiled};
use crate::render::templates::{Templates, BUILTIN_ASSETS};
use crate::render::{
    highlight, ArticleSummary, IncludeStore, SiteRenderer, StatusCell, TranslationRow,
};
use crate::search::{self, IndexDoc};
use crate::util::write_file;

/// The live-reload script `stele serve` adds to pages: it polls the
/// server's build counter and reloads when a rebuild finished.
pub const LIVE_RELOAD_JS: &str = include_str!("../templates/assets/live.js");
/// The stylesheet of `stele serve`'s error overlay, loaded by live.js.
pub const LIVE_RELOAD_CSS: &str = include_str!("../templates/assets/live.css");
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// `STELE_NO_SEARCH=1` skips both search indexes; the benchmark uses it to
/// measure what indexing adds to a build.
fn search_enabled() -> bool {
    std::env::var_os("STELE_NO_SEARCH").is_none_or(|v| v.is_empty())
}

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
        let renderer = SiteRenderer::new(site, i18n, templates, includes);
        Ok((
            Session {
                renderer,
                policies,
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
        // The pages and the translators' view of the article are
        // independent: render them side by side.
        let ((pages, summary, mut d), view) = rayon::join(
            || self.renderer.article_pages(key, &docs),
            || translation_view(site, &self.renderer, key, &files, &docs),
        );
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
                Some(search::index_doc(
                    &p.doc,
                    title,
                    &content::article_url(tag, key),
                    tag,
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

    /// Starts staging the search indexes of every locale: the tantivy
    /// index in a temporary folder beside `<root>/.stele/index/`, and,
    /// with `browser_out`, the browser index into that output folder. Both
    /// are written from one merge of each locale's pages. A locale whose
    /// pages did not change since the last build (same fingerprint) keeps
    /// its tantivy index (its files are linked, not rebuilt). The work is
    /// left for [`IndexStage::help`]; [`IndexStage::finish`] hands the
    /// result to [`StagedIndex::install`], which swaps it in. `stele build`
    /// does this while the site-wide pages are written and installs the
    /// index only if the build succeeds.
    pub fn stage_search_index(
        &self,
        browser_out: Option<&Path>,
    ) -> std::io::Result<IndexStage<'_>> {
        let site = self.site();
        let final_dir = search::engine::index_root(&site.root);
        let parent = final_dir.parent().unwrap_or(&site.root).to_path_buf();
        std::fs::create_dir_all(&parent)?;
        let tmp = tempfile::Builder::new()
            .prefix("index-new-")
            .tempdir_in(&parent)?;
        let mut todo = Vec::new();
        for (l, docs) in self.search_docs().into_iter().enumerate() {
            let tag = site.locales[l].tag.as_str();
            let fp = search::engine::fingerprint(tag, &docs);
            let old = std::fs::read_to_string(final_dir.join(fingerprint_file(tag)));
            let dest = tmp.path().join(tag);
            let fp = if old.is_ok_and(|old| old == fp)
                && search::engine::link_index(&final_dir.join(tag), &dest).is_ok()
            {
                std::fs::write(tmp.path().join(fingerprint_file(tag)), fp)?;
                None
            } else {
                let _ = std::fs::remove_dir_all(&dest);
                Some(fp)
            };
            if fp.is_some() || browser_out.is_some() {
                todo.push((tag, docs, fp));
            }
        }
        // Largest first: the threads that share the work then finish
        // together instead of one waiting on the last big locale.
        todo.sort_by_key(|(_, docs, fp)| {
            let tokens: u32 = docs.iter().map(|d| d.terms.stats.len).sum();
            std::cmp::Reverse((fp.is_some(), tokens))
        });
        Ok(IndexStage {
            staged: StagedIndex { tmp, final_dir },
            todo,
            browser_out: browser_out.map(Path::to_path_buf),
            next: std::sync::atomic::AtomicUsize::new(0),
        })
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
            let ctx = check_ctx(site);
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

/// Where a locale's index fingerprint is kept, beside its index folder.
fn fingerprint_file(tag: &str) -> String {
    format!("{tag}.fingerprint")
}

/// The locale indexes a build still has to write (see
/// [`Session::stage_search_index`]).
pub struct IndexStage<'a> {
    staged: StagedIndex,
    /// Locale tag and pages of each locale left, with the fingerprint of
    /// its tantivy index when that index must be written (`None`: reused).
    todo: Vec<(&'a str, Vec<&'a IndexDoc>, Option<String>)>,
    /// Where the browser index goes, if this stage writes it.
    browser_out: Option<PathBuf>,
    /// The next entry of `todo` nobody has taken yet.
    next: std::sync::atomic::AtomicUsize,
}

impl IndexStage<'_> {
    /// Writes indexes until none is left. Several threads may help: each
    /// takes the next locale, so a thread that finishes its other work
    /// early (the site-wide pages) shares the indexing instead of waiting.
    pub fn help(&self) -> std::io::Result<()> {
        use std::sync::atomic::Ordering;
        while let Some((tag, docs, fp)) = self.todo.get(self.next.fetch_add(1, Ordering::Relaxed)) {
            let terms = search::merge(docs);
            if let Some(fp) = fp {
                let dir = self.staged.tmp.path();
                search::engine::write_index(&dir.join(tag), tag, docs, &terms)
                    .map_err(|e| std::io::Error::other(format!("search index {tag}: {e}")))?;
                std::fs::write(dir.join(fingerprint_file(tag)), fp)?;
            }
            if let Some(out) = &self.browser_out {
                search::browser::write_locale(out, tag, docs, &terms, false)?;
            }
        }
        Ok(())
    }

    /// Writes what is left and returns the staged index.
    pub fn finish(self) -> std::io::Result<StagedIndex> {
        self.help()?;
        Ok(self.staged)
    }
}

/// A tantivy index written to a temporary folder, removed on drop unless
/// installed.
pub struct StagedIndex {
    tmp: tempfile::TempDir,
    final_dir: PathBuf,
}

impl StagedIndex {
    /// Replaces `<root>/.stele/index/` with the staged index.
    pub fn install(self) -> std::io::Result<()> {
        // Two builds of one site may finish together (tests, editors that
        // build on save): whoever renames last wins, and a rename that
        // loses the race retries instead of failing the build.
        let new_dir = self.tmp.keep();
        let mut last = None;
        for _ in 0..8 {
            let _ = std::fs::remove_dir_all(&self.final_dir);
            match std::fs::rename(&new_dir, &self.final_dir) {
                Ok(()) => return Ok(()),
                Err(e) => last = Some(e),
            }
        }
        let _ = std::fs::remove_dir_all(&new_dir);
        Err(last.unwrap_or_else(|| std::io::Error::other("cannot replace the search index")))
    }
}

/// Whether a render with these diagnostics may be published: no error.
/// `stele build` (which then keeps the previous site) and `stele serve`
/// (which keeps serving the last good pages and shows the errors in an
/// overlay) both decide by this, so that they agree on what fails.
pub fn publishable(diags: &[Diagnostic]) -> bool {
    !diags.iter().any(Diagnostic::is_error)
}

/// Puts diagnostics in the order they are reported (by file, line and
/// column) and drops repeats (a problem in an include is found once per
/// page that pulls it in).
pub fn normalize(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    diags.dedup();
}

fn write_pages(out: &Path, pages: &[crate::render::Page]) -> std::io::Result<()> {
    for page in pages {
        write_file(out, &page.path, page.html.as_bytes())?;
    }
    Ok(())
}

/// Builds the site at `opts.root` into `opts.out`. Errors in the input are
/// reported in the returned report (with `out: None`); `Err` is for failures
/// of the machine (I/O on the output folder).
pub fn build(opts: &BuildOptions) -> std::io::Result<BuildReport> {
    build_reporting(opts, |_| {})
}

/// [`build`], handing the diagnostics (sorted, final; the same list the
/// report carries) to `report` as soon as the pages are written, before
/// the last search indexes are: `stele build` prints its warnings while
/// they finish instead of after (rendering a few hundred warnings takes
/// tens of milliseconds on one thread). Not called when the build fails
/// on I/O.
pub fn build_reporting(
    opts: &BuildOptions,
    report: impl FnOnce(&[Diagnostic]),
) -> std::io::Result<BuildReport> {
    let started = Instant::now();
    let (mut session, mut diags) = match Session::open(&opts.root) {
        Ok(s) => s,
        Err(d) => {
            report(&d);
            return Ok(BuildReport {
                pages: Vec::new(),
                diagnostics: d,
                elapsed: started.elapsed(),
                out: None,
            });
        }
    };
    let staging = Staging::begin(&opts.root, &opts.out)?;
    let (mut counts, mut d) = session.render_articles(staging.path())?;
    diags.append(&mut d);
    // The search indexes need only the articles' index documents: a
    // thread writes them while the site-wide pages are written, and this
    // thread helps once those are done and reported.
    let session = &session;
    let stage = if search_enabled() {
        Some(session.stage_search_index(Some(staging.path()))?)
    } else {
        None
    };
    let (homes, indexed) = std::thread::scope(|scope| {
        let helper = stage.as_ref().map(|s| scope.spawn(|| s.help()));
        let homes = session
            .render_site_wide(staging.path())
            .map(|(homes, mut d)| {
                diags.append(&mut d);
                normalize(&mut diags);
                report(&diags);
                homes
            });
        let mine = stage.as_ref().map_or(Ok(()), IndexStage::help);
        let theirs = helper.map_or(Ok(()), |h| {
            h.join()
                .unwrap_or_else(|_| Err(std::io::Error::other("the search indexer panicked")))
        });
        (homes, mine.and(theirs))
    });
    let index = stage.map(|stage| indexed.and_then(|()| stage.finish()));
    for (c, h) in counts.iter_mut().zip(homes?) {
        *c += h;
    }
    let pages: Vec<(String, usize)> = session
        .site()
        .locales
        .iter()
        .zip(counts)
        .map(|(l, n)| (l.tag.clone(), n))
        .collect();
    if !publishable(&diags) {
        return Ok(BuildReport {
            pages,
            diagnostics: diags,
            elapsed: started.elapsed(),
            out: None,
        });
    }
    let index = index.transpose()?;
    let (out, old_site) = staging.commit()?;
    // Removing the previous site (thousands of files) overlaps installing
    // the index; both finish before the build returns.
    std::thread::scope(|scope| {
        scope.spawn(|| old_site.remove());
        index.map(StagedIndex::install).transpose()
    })?;
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
) -> Option<(
    Result<crate::render::Page, Diagnostic>,
    TranslationRow,
    crate::check::ArticleResult,
)> {
    use crate::check::{self, view, Level};
    let source = docs.get(&site.source)?;
    if docs.len() < 2 {
        return None;
    }
    let ctx = check_ctx(site);
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
    let cells: Vec<StatusCell> = (0..site.locales.len())
        .filter(|&l| l != site.source)
        .map(|l| {
            let tag = &site.locales[l].tag;
            match summaries.iter().find(|s| &s.tag == tag) {
                Some(s) => {
                    let errors = findings
                        .iter()
                        .any(|f| &f.locale == tag && f.severity == Level::Error);
                    let class = if errors {
                        "st-issue"
                    } else if s.missing > 0 || s.stale > 0 {
                        "st-stale"
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

/// The check context of a build: every locale but the source is a target.
fn check_ctx(site: &Site) -> crate::check::Ctx<'_> {
    crate::check::Ctx {
        site,
        cfg: &site.config.check,
        targets: (0..site.locales.len())
            .filter(|&l| l != site.source)
            .collect(),
    }
}

/// Copies Stele's assets (site overrides first), the site's `static/` folder
/// and the non-markdown files of each locale folder.
fn write_assets(site: &Site, out: &Path, live_reload: bool) -> std::io::Result<()> {
    let overrides = site.root.join("templates").join("assets");
    for (name, builtin) in BUILTIN_ASSETS {
        let custom = overrides.join(name);
        let bytes = if custom.is_file() {
            std::fs::read(custom)?
        } else {
            builtin.as_bytes().to_vec()
        };
        write_file(out, &format!("_stele/{name}"), &bytes)?;
    }
    if live_reload {
        write_file(out, "_stele/live.js", LIVE_RELOAD_JS.as_bytes())?;
        write_file(out, "_stele/live.css", LIVE_RELOAD_CSS.as_bytes())?;
    }
    write_file(out, "_stele/syntax.css", highlight::stylesheet().as_bytes())?;
    for (rel, abs) in &site.statics {
        write_file(out, rel, &std::fs::read(abs)?)?;
    }
    for (l, rel, abs) in &site.assets {
        let dest = format!("{}/{}", site.locales[*l].tag, rel);
        write_file(out, &dest, &std::fs::read(abs)?)?;
    }
    Ok(())
}

/// Writes the lookup's runtime next to the other assets: the wasm and the
/// compiled rules as raw files (for servers and tools) and as classic
/// scripts that set `window.SteleLookup` (pages opened from `file://`
/// cannot `fetch`), plus one strings script per locale.
fn write_lookup(site: &Site, policies: &Compiled, out: &Path) -> std::io::Result<()> {
    write_file(out, "_stele/lookup.wasm", policy::LOOKUP_WASM)?;
    write_file(out, "_stele/lookup-rules.bin", &policies.rules)?;
    let script = |field: &str, bytes: &[u8]| {
        format!(
            "(window.SteleLookup=window.SteleLookup||{{}}).{field}=\"{}\";\n",
            STANDARD.encode(bytes)
        )
    };
    write_file(
        out,
        "_stele/lookup-wasm.js",
        script("wasm", policy::LOOKUP_WASM).as_bytes(),
    )?;
    write_file(
        out,
        "_stele/lookup-rules.js",
        script("rules", &policies.rules).as_bytes(),
    )?;
    for (l, strings) in policies.strings.iter().enumerate() {
        let tag = &site.locales[l].tag;
        write_file(out, &format!("_stele/lookup-strings-{tag}.bin"), strings)?;
        write_file(
            out,
            &format!("_stele/lookup-{tag}.js"),
            script("strings", strings).as_bytes(),
        )?;
    }
    Ok(())
}
