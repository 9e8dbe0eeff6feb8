//! The build pipeline: load → parse → render → write, one way.
//!
//! Articles are the unit of work: each rayon task reads and parses one
//! article's files in every locale, renders its pages and streams them to the
//! staging folder, then returns only a small summary (titles) for the merge
//! steps (home pages, sitemap). No stage holds the whole rendered site.
//!
//! This module only orchestrates: [`session`] renders (through `render`),
//! `search::stage` writes the indexes, `output` stages and publishes.

mod session;

pub use session::Session;

use crate::diag::{normalize, publishable, Diagnostic, Severity};
use crate::output::Staging;
use crate::search::stage::{IndexStage, StagedIndex};
use session::search_enabled;
use std::path::PathBuf;
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
