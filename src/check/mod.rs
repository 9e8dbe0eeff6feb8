//! `stele check`: translation QA on top of the alignment.
//!
//! Every check has a stable kebab-case name and a default [`Level`]; both
//! are part of the interface (CI configurations and suppressions name them),
//! so never rename one. Checks read the parsed [`Document`]s and the
//! [`align::ArticleAlignment`], never the raw span markup.
//!
//! The work is split like the build: each article is checked on its own
//! (in parallel), then two site-wide checks that need every article of a
//! locale (`inconsistent-translation`, `length-ratio`) run on what the
//! article checks collected.

pub mod export;
pub mod glossary;
pub mod import;
pub mod output;
mod recall;
mod rules;
pub mod tokens;
pub mod view;

pub use crate::config::{CheckConfig, Level, Suppression};

use crate::align::{self, norm, ArticleAlignment, Counts};
use crate::content::{self, Site, SourceFile};
use crate::diag::Diagnostic;
use crate::markup::{read_and_parse, Document};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A check's name, default severity and one-line description.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CheckInfo {
    pub name: &'static str,
    pub default: Level,
    pub description: &'static str,
}

/// Every check, in the order the docs list them.
pub const CHECKS: &[CheckInfo] = &[
    CheckInfo { name: "missing-article", default: Level::Warning, description: "The article exists in the source locale but not in this locale." },
    CheckInfo { name: "missing-segment", default: Level::Warning, description: "A source segment has nothing aligned to it in this locale." },
    CheckInfo { name: "extra-segment", default: Level::Warning, description: "A segment or block of this locale matches nothing in the source." },
    CheckInfo { name: "stale-source", default: Level::Warning, description: "The English half of the segment differs from the current source: it was translated from an older version." },
    CheckInfo { name: "untranslated", default: Level::Warning, description: "The translation equals the English source (segments made only of code, URLs, numbers or do-not-translate terms are ignored)." },
    CheckInfo { name: "protected-token", default: Level::Error, description: "An error code, URL, inline code, placeholder, number or do-not-translate term did not survive verbatim." },
    CheckInfo { name: "markup", default: Level::Warning, description: "Links, emphasis or inline code differ in number." },
    CheckInfo { name: "id-mismatch", default: Level::Error, description: "`data-ttu-id` and `data-stu-id` of a segment differ." },
    CheckInfo { name: "duplicate-id", default: Level::Error, description: "Two segments of one file carry the same ID." },
    CheckInfo { name: "inconsistent-translation", default: Level::Warning, description: "The same English source is translated differently within one locale." },
    CheckInfo { name: "punctuation", default: Level::Warning, description: "ASCII punctuation in CJK text, or final punctuation that differs from the source." },
    CheckInfo { name: "whitespace", default: Level::Info, description: "Double, leading or trailing spaces that the source does not have." },
    CheckInfo { name: "length-ratio", default: Level::Info, description: "The translation is much longer or shorter than is usual for this locale." },
    CheckInfo { name: "parse", default: Level::Error, description: "The file cannot be read or parsed (encoding, front matter, unbalanced spans, malformed IDs)." },
    CheckInfo { name: "doubled-word", default: Level::Warning, description: "A word of the translation is written twice in a row (`the the`), and the English does not double it." },
    CheckInfo { name: "paired-punctuation", default: Level::Warning, description: "A bracket or quotation mark of the translation (by the locale's quotes: „…“, «…», 「…」) is not paired, where the English pairs its own." },
    CheckInfo { name: "acronym-case", default: Level::Warning, description: "An acronym of the English (`VPN`) is written with another case in the translation (`Vpn`)." },
    CheckInfo { name: "terminology", default: Level::Warning, description: "A glossary term of the English is not translated with the glossary's term for this locale." },
    CheckInfo { name: "custom-rule", default: Level::Warning, description: "A `[[check.rule]]` of stele.toml matches the translation." },
    CheckInfo { name: "unused-suppression", default: Level::Warning, description: "A `[[check.suppress]]` entry of stele.toml matches no finding." },
];

pub fn check_info(name: &str) -> Option<&'static CheckInfo> {
    CHECKS.iter().find(|c| c.name == name)
}

/// One problem found by a check.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub check: &'static str,
    pub severity: Level,
    pub locale: String,
    pub article: String,
    /// The ID suffix (`104`), or a block locator (`paragraph.17`) for
    /// unmarked files; `None` for article-level findings.
    pub segment: Option<String>,
    /// Path relative to the site root.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The English text the finding is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The translation the finding is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// For `stale-source`: a word diff from the translated English to the
    /// current source, `[-removed-]` and `{+added+}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The side-by-side view of the segment, relative to the built site.
    pub view: String,
    /// Identifies the finding across commits: a hash of what it is about
    /// (check, locale, article, source text), never of a line number, plus
    /// its occurrence among findings with the same hash. Set by
    /// [`finalize_all`]; empty before.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
}

/// A finding that a `[[check.suppress]]` entry silenced: kept for the
/// reports (SARIF `suppressions`, the JSON `suppressed` list and counts).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SuppressedFinding {
    #[serde(flatten)]
    pub finding: Finding,
    /// Index of the suppression in `[[check.suppress]]` (0-based).
    pub suppression: usize,
    /// The suppression's `reason`, if it gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The alignment counts of one article in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct AlignmentRow {
    pub article: String,
    pub locale: String,
    pub marked: bool,
    #[serde(flatten)]
    pub counts: Counts,
}

/// What checking one article produced.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    pub key: String,
    /// File per locale index (paths relative to the root).
    pub files: BTreeMap<usize, PathBuf>,
    pub alignment: Option<ArticleAlignment>,
    pub findings: Vec<Finding>,
    /// What the site-wide checks read of each aligned pair, per locale
    /// and in pair order ([`rules::pair_keys`]): computed in the article's
    /// own (parallel) task, so that the site-wide pass, which `stele
    /// serve` runs after every save, only compares.
    pub(crate) site_keys: BTreeMap<usize, Vec<rules::PairKey>>,
    /// Locales whose file says it is a human translation (DocFX's
    /// `ms.translationtype: HT`, as against `MT`): their current units are
    /// exported as final.
    pub human: BTreeSet<usize>,
}

/// The whole report of `stele check`.
#[derive(Debug, Clone)]
pub struct Report {
    pub root: PathBuf,
    /// Locale tags, the source first (indexed like the site's locales).
    pub locales: Vec<String>,
    /// The source and the locales that were checked (`--lang`).
    pub checked_locales: Vec<String>,
    pub articles: Vec<ArticleResult>,
    pub findings: Vec<Finding>,
    /// Findings silenced by `[[check.suppress]]`, in the same order.
    pub suppressed: Vec<SuppressedFinding>,
    /// Non-fatal problems of loading the site (as warnings).
    pub load_diagnostics: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// The do-not-translate terms of `[check]`, which the exports mark.
    pub terms: Vec<String>,
    /// The site's published check reference, `<base_url>/_translation/`
    /// (every check has an anchor of its name there; see
    /// [`published_reference`]); `None` without an absolute `base_url`.
    pub docs_url: Option<String>,
}

impl Report {
    pub fn alignment_rows(&self) -> Vec<AlignmentRow> {
        let mut rows = Vec::new();
        for a in &self.articles {
            let Some(al) = &a.alignment else { continue };
            for (l, la) in &al.locales {
                rows.push(AlignmentRow {
                    article: a.key.clone(),
                    locale: self.locales[*l].clone(),
                    marked: la.marked,
                    counts: la.counts(al.units.len()),
                });
            }
        }
        rows
    }

    /// The highest severity among the findings.
    pub fn worst(&self) -> Level {
        self.findings
            .iter()
            .map(|f| f.severity)
            .max()
            .unwrap_or(Level::Off)
    }

    pub fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.severity == level).count()
    }
}

/// Options of `stele check`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub root: PathBuf,
    /// Restrict to these locale tags (the source is always loaded).
    pub langs: Vec<String>,
}

/// Everything the per-article checks share.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub cfg: &'a CheckConfig,
    /// Locale indices to check (never the source).
    pub targets: Vec<usize>,
    /// `[check] glossary`, read once per run ([`run`], or the build's
    /// session) and shared by every article.
    pub glossary: &'a glossary::Glossary,
}

impl<'a> Ctx<'a> {
    /// The context of a build (the translators' view): every locale but
    /// the source is a target, with the site's glossary (see
    /// [`glossary::Glossary::for_site`]).
    pub fn all_targets(site: &'a Site, glossary: &'a glossary::Glossary) -> Ctx<'a> {
        Ctx {
            site,
            cfg: &site.config.check,
            targets: (0..site.locales.len())
                .filter(|&l| l != site.source)
                .collect(),
            glossary,
        }
    }

    fn tag(&self, l: usize) -> &str {
        &self.site.locales[l].tag
    }
}

/// The view URL of a unit, relative to the site root.
pub fn view_url(article: &str, segment: Option<&str>) -> String {
    match segment {
        Some(s) => format!("_translation/{article}/#u-{s}"),
        None => format!("_translation/{article}/"),
    }
}

/// Validates the `[check]` configuration: unknown check names are input
/// errors, because a typo would silently keep a check at its default.
pub fn validate_config(cfg: &CheckConfig) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let known = || CHECKS.iter().map(|c| c.name).collect::<Vec<_>>().join(", ");
    for name in cfg.severity.keys() {
        if check_info(name).is_none() {
            out.push(
                Diagnostic::error(
                    "invalid-config",
                    "stele.toml",
                    format!("[check.severity] names an unknown check `{name}`"),
                )
                .hint(format!("the checks are: {}", known())),
            );
        }
    }
    for s in &cfg.suppress {
        if check_info(&s.check).is_none() {
            out.push(
                Diagnostic::error(
                    "invalid-config",
                    "stele.toml",
                    format!("[[check.suppress]] names an unknown check `{}`", s.check),
                )
                .hint(format!("the checks are: {}", known())),
            );
        }
    }
    out
}

/// Runs every check on the site at `opts.root`. `Err` holds the diagnostics
/// that make the site unusable (exit code 2).
pub fn run(opts: &Options) -> Result<Report, Vec<Diagnostic>> {
    let started = Instant::now();
    let (site, load_diagnostics) = content::load(&opts.root)?;
    let bad = validate_config(&site.config.check);
    if !bad.is_empty() {
        return Err(bad);
    }
    let mut targets: Vec<usize> = (0..site.locales.len())
        .filter(|&l| l != site.source)
        .collect();
    if !opts.langs.is_empty() {
        let mut errs = Vec::new();
        for t in &opts.langs {
            if site.locale_index(t).is_none() {
                errs.push(
                    Diagnostic::error(
                        "unknown-locale",
                        "content",
                        format!("--lang {t}: the site has no locale `{t}`"),
                    )
                    .hint(format!(
                        "the site's locales are: {}",
                        site.locales
                            .iter()
                            .map(|l| l.tag.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
        if !errs.is_empty() {
            return Err(errs);
        }
        targets.retain(|&l| {
            opts.langs
                .iter()
                .any(|t| site.locales[l].tag.eq_ignore_ascii_case(t))
        });
    }
    let glossary = glossary::Glossary::for_site(&site).map_err(|d| vec![d])?;
    let ctx = Ctx {
        site: &site,
        cfg: &site.config.check,
        targets,
        glossary: &glossary,
    };
    let all: Vec<(&String, &BTreeMap<usize, SourceFile>)> =
        site.articles.iter().chain(site.includes.iter()).collect();
    let mut articles: Vec<ArticleResult> = all
        .par_iter()
        .map(|(key, files)| {
            let key = key.trim_end_matches(".md");
            let mut parsed = BTreeMap::new();
            let mut errors = Vec::new();
            // Every locale's file is read: the others only for naming the
            // units (`check_article`), so that `--lang` does not rename them.
            for (l, f) in files.iter() {
                let checked = *l == site.source || ctx.targets.contains(l);
                match read_and_parse(f) {
                    Ok(p) => {
                        parsed.insert(*l, (f.display.clone(), p.doc));
                    }
                    Err(d) if checked => errors.push((*l, d)),
                    Err(_) => {}
                }
            }
            let borrowed: BTreeMap<usize, (PathBuf, &Document)> = parsed
                .iter()
                .map(|(l, (p, d))| (*l, (p.clone(), d)))
                .collect();
            let mut r = check_article(&ctx, key, &borrowed);
            for (l, d) in errors {
                r.findings.push(from_diagnostic(&ctx, key, l, &d));
            }
            r
        })
        .collect();
    articles.sort_by(|a, b| a.key.cmp(&b.key));
    let mut findings: Vec<Finding> = articles
        .iter()
        .flat_map(|a| a.findings.iter().cloned())
        .collect();
    let refs: Vec<&ArticleResult> = articles.iter().collect();
    findings.extend(rules::site_wide(&ctx, &refs));
    let Finalized {
        mut findings,
        suppressed,
        used,
    } = finalize_all(&ctx, findings);
    let unused = unused_suppressions(&ctx, &opts.root, &used, !opts.langs.is_empty());
    if !unused.is_empty() {
        findings.extend(unused);
        findings = finalize(&ctx, findings);
    }
    let locales = site.locales.iter().map(|l| l.tag.clone()).collect();
    // Only the checked locales: `--lang de` reports on en and de alone.
    let checked_locales = std::iter::once(site.source)
        .chain(ctx.targets.iter().copied())
        .map(|l| site.locales[l].tag.clone())
        .collect();
    Ok(Report {
        root: opts.root.clone(),
        locales,
        checked_locales,
        articles,
        findings,
        suppressed,
        load_diagnostics,
        elapsed: started.elapsed(),
        terms: site.config.check.do_not_translate.clone(),
        docs_url: published_reference(site.config.base_url.as_deref()),
    })
}

/// Where `stele build` publishes the check reference of a site whose
/// `base_url` is `base`: the translators' index page, which lists every
/// check under an anchor of its name. SARIF rules link there (`helpUri`)
/// unless `--docs-url` names another copy. Only an absolute `http(s)` base
/// gives one: SARIF wants an absolute URI.
pub fn published_reference(base: Option<&str>) -> Option<String> {
    let base = base?.trim();
    let lower = base.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    Some(format!("{}/_translation/", base.trim_end_matches('/')))
}

/// The site-wide checks (`inconsistent-translation`, `length-ratio`) over
/// the given per-article results, with severities and suppressions
/// applied. `stele build` calls it for the translators' index page.
pub fn site_wide(ctx: &Ctx, articles: &[&ArticleResult]) -> Vec<Finding> {
    finalize(ctx, rules::site_wide(ctx, articles))
}

/// Applies severities and suppressions, drops what is off, sorts.
pub fn finalize(ctx: &Ctx, findings: Vec<Finding>) -> Vec<Finding> {
    finalize_all(ctx, findings).findings
}

/// What [`finalize_all`] returns.
#[derive(Debug, Clone, Default)]
pub struct Finalized {
    pub findings: Vec<Finding>,
    pub suppressed: Vec<SuppressedFinding>,
    /// For each `[[check.suppress]]` entry: did it match a finding?
    pub used: Vec<bool>,
}

/// Applies severities and suppressions, drops what is off, sorts, and
/// fingerprints. Suppressed findings are kept apart, not dropped.
pub fn finalize_all(ctx: &Ctx, findings: Vec<Finding>) -> Finalized {
    let mut used = vec![false; ctx.cfg.suppress.len()];
    let mut kept = Vec::new();
    let mut suppressed = Vec::new();
    for mut f in findings {
        if let Some(l) = ctx.cfg.severity.get(f.check) {
            f.severity = *l;
        }
        let by = ctx.cfg.suppress.iter().position(|s| suppresses(s, &f));
        if let Some(i) = by {
            used[i] = true;
        }
        if f.severity == Level::Off {
            continue;
        }
        match by {
            Some(i) => suppressed.push(SuppressedFinding {
                finding: f,
                suppression: i,
                reason: ctx.cfg.suppress[i].reason.clone(),
            }),
            None => kept.push(f),
        }
    }
    sort_findings(&mut kept);
    kept.dedup();
    fingerprint_all(kept.iter_mut());
    suppressed.sort_by(|a, b| order(&a.finding, &b.finding));
    suppressed.dedup();
    fingerprint_all(suppressed.iter_mut().map(|s| &mut s.finding));
    Finalized {
        findings: kept,
        suppressed,
        used,
    }
}

fn suppresses(s: &Suppression, f: &Finding) -> bool {
    s.check == f.check
        && s.locale
            .as_ref()
            .is_none_or(|l| l.eq_ignore_ascii_case(&f.locale))
        && s.article.as_ref().is_none_or(|a| *a == f.article)
        && s.segment
            .as_ref()
            .is_none_or(|x| Some(x) == f.segment.as_ref())
}

fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (&a.article, &a.file, a.line, a.column, a.check)
        .cmp(&(&b.article, &b.file, b.line, b.column, b.check))
}

fn sort_findings(v: &mut [Finding]) {
    v.sort_by(order);
}

/// Content fingerprints: SHA-256 over the check, locale, article and what
/// the finding is about (the English text, else the translation, else a
/// segment ID that is not a line-based block locator), and the message
/// with its digits removed (messages name line numbers and block
/// locators, which move when unrelated text is inserted). Findings with
/// the same hash are told apart by their order, `hash:0`, `hash:1`, so a
/// paragraph inserted elsewhere changes no other finding's fingerprint.
fn fingerprint_all<'a>(findings: impl Iterator<Item = &'a mut Finding>) {
    use sha2::{Digest, Sha256};
    let mut seen: HashMap<String, usize> = HashMap::new();
    for f in findings {
        let about = f
            .source
            .as_deref()
            .or(f.target.as_deref())
            .or(f.segment.as_deref().filter(|s| !s.contains('.')))
            .unwrap_or("");
        let message: String = f.message.chars().filter(|c| !c.is_ascii_digit()).collect();
        let mut h = Sha256::new();
        for part in [
            f.check,
            f.locale.as_str(),
            f.article.as_str(),
            about,
            message.as_str(),
        ] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        let hex: String = h.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let n = seen.entry(hex.clone()).or_insert(0);
        f.fingerprint = format!("{hex}:{n}");
        *n += 1;
    }
}

/// One `unused-suppression` finding per `[[check.suppress]]` entry that
/// matched nothing, at its line in `stele.toml`. With `--lang`, entries
/// that do not name one of the checked locales are not judged: the
/// findings they silence may be in a locale that was not checked.
fn unused_suppressions(ctx: &Ctx, root: &Path, used: &[bool], restricted: bool) -> Vec<Finding> {
    let text = std::fs::read_to_string(root.join("stele.toml")).unwrap_or_default();
    // The n-th `[[check.suppress]]` header is the n-th entry (the inline
    // `suppress = [...]` form has no headers: line 0, the whole file).
    let lines: Vec<u32> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("[[check.suppress]]"))
        .map(|(i, _)| i as u32 + 1)
        .collect();
    let checked = |tag: &str| {
        ctx.targets
            .iter()
            .any(|&l| ctx.tag(l).eq_ignore_ascii_case(tag))
    };
    let mut out = Vec::new();
    for (i, s) in ctx.cfg.suppress.iter().enumerate() {
        if used.get(i).copied().unwrap_or(true) {
            continue;
        }
        match &s.locale {
            Some(l) if !checked(l) => continue,
            None if restricted => continue,
            _ => {}
        }
        let what: Vec<String> = [
            Some(format!("check = \"{}\"", s.check)),
            s.locale.as_ref().map(|v| format!("locale = \"{v}\"")),
            s.article.as_ref().map(|v| format!("article = \"{v}\"")),
            s.segment.as_ref().map(|v| format!("segment = \"{v}\"")),
        ]
        .into_iter()
        .flatten()
        .collect();
        out.push(Finding {
            check: "unused-suppression",
            severity: Level::Warning,
            locale: s.locale.clone().unwrap_or_default(),
            article: s.article.clone().unwrap_or_default(),
            segment: s.segment.clone(),
            file: "stele.toml".to_string(),
            line: lines.get(i).copied().unwrap_or(0),
            column: if lines.get(i).is_some() { 1 } else { 0 },
            message: format!(
                "suppression #{} ({}) matches no finding",
                i + 1,
                what.join(", ")
            ),
            source: None,
            target: None,
            diff: None,
            hint: Some(
                "remove it, or fix its check, locale, article or segment so that it matches"
                    .to_string(),
            ),
            view: String::from("_translation/"),
            fingerprint: String::new(),
        });
    }
    out
}

/// Maps a parser diagnostic onto the check it belongs to.
fn from_diagnostic(ctx: &Ctx, article: &str, l: usize, d: &Diagnostic) -> Finding {
    let check = match d.code {
        "id-mismatch" => "id-mismatch",
        "duplicate-id" => "duplicate-id",
        // The build fails on these, so they belong to `parse` (an error
        // by default), not to `markup` (a warning): `stele check` and
        // `stele build` must agree on what is an error.
        _ => "parse",
    };
    Finding {
        check,
        severity: match d.severity {
            crate::diag::Severity::Error => Level::Error,
            crate::diag::Severity::Warning => Level::Warning,
        },
        locale: ctx.tag(l).to_string(),
        article: article.to_string(),
        segment: None,
        file: d.file.to_string_lossy().replace('\\', "/"),
        line: d.line,
        column: d.col,
        message: d.message.clone(),
        source: None,
        target: None,
        diff: None,
        hint: d.hint.clone(),
        view: view_url(article, None),
        fingerprint: String::new(),
    }
}

/// Checks one article: parser diagnostics, alignment, per-segment checks.
/// `docs` holds the parsed file of each locale (the source included); only
/// the source and `ctx.targets` are checked, the others only name the
/// units ([`align::align_article_among`]).
pub fn check_article(
    ctx: &Ctx,
    key: &str,
    all_docs: &BTreeMap<usize, (PathBuf, &Document)>,
) -> ArticleResult {
    let pool: BTreeMap<usize, &Document> = all_docs
        .iter()
        .filter(|(l, _)| **l != ctx.site.source)
        .map(|(l, (_, d))| (*l, *d))
        .collect();
    let docs: BTreeMap<usize, (PathBuf, &Document)> = all_docs
        .iter()
        .filter(|(l, _)| **l == ctx.site.source || ctx.targets.contains(l))
        .map(|(l, (p, d))| (*l, (p.clone(), *d)))
        .collect();
    let docs = &docs;
    let mut findings = Vec::new();
    let files: BTreeMap<usize, PathBuf> = docs.iter().map(|(l, (p, _))| (*l, p.clone())).collect();
    let human: BTreeSet<usize> = docs
        .iter()
        .filter(|(_, (_, d))| {
            d.front_matter
                .text("ms.translationtype")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("HT"))
        })
        .map(|(l, _)| *l)
        .collect();
    for (l, (_, doc)) in docs {
        for d in &doc.diagnostics {
            findings.push(from_diagnostic(ctx, key, *l, d));
        }
    }
    let Some((src_path, src)) = docs.get(&ctx.site.source) else {
        // A translation without a source article: nothing to align to.
        return ArticleResult {
            key: key.to_string(),
            files,
            alignment: None,
            findings,
            site_keys: BTreeMap::new(),
            human,
        };
    };
    for &l in &ctx.targets {
        if !docs.contains_key(&l) {
            findings.push(Finding {
                check: "missing-article",
                severity: Level::Warning,
                locale: ctx.tag(l).to_string(),
                article: key.to_string(),
                segment: None,
                file: slash(src_path),
                line: 0,
                column: 0,
                message: format!("`{key}` has no {} translation", ctx.tag(l)),
                source: None,
                target: None,
                diff: None,
                hint: Some(format!(
                    "add content/{}/{key}.md, or readers of this locale get the fallback page",
                    ctx.tag(l)
                )),
                view: view_url(key, None),
                fingerprint: String::new(),
            });
        }
    }
    let translations: BTreeMap<usize, &Document> = docs
        .iter()
        .filter(|(l, _)| **l != ctx.site.source && ctx.targets.contains(l))
        .map(|(l, (_, d))| (*l, *d))
        .collect();
    let alignment = align::align_article_among(src, &translations, &pool);
    for (l, la) in &alignment.locales {
        let Some((path, doc)) = docs.get(l) else {
            continue;
        };
        rules::locale_checks(
            ctx,
            key,
            (src_path, *src),
            &alignment,
            la,
            (path, *doc),
            &mut findings,
        );
    }
    ArticleResult {
        key: key.to_string(),
        files,
        site_keys: rules::pair_keys(&alignment),
        alignment: Some(alignment),
        findings,
        human,
    }
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Inconsistent translations are found by grouping; this is the grouping key.
pub(crate) fn group_key(english: &str) -> String {
    norm(english).to_lowercase()
}

/// Counts findings per check, for summaries: every check is listed, with
/// 0 when it found nothing.
pub fn by_check(findings: &[Finding]) -> BTreeMap<&'static str, usize> {
    let mut m: BTreeMap<&'static str, usize> = CHECKS.iter().map(|c| (c.name, 0)).collect();
    for f in findings {
        *m.entry(f.check).or_insert(0) += 1;
    }
    m
}
