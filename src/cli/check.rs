//! `stele check`: runs the translation checks and prints the report as
//! human text, JSON or SARIF; optionally exports XLIFF or TMX.
//!
//! Exit codes are the CI contract: 0 when no finding reaches `--deny`
//! (default `error`), 1 when one does, 2 for usage or input errors (the site
//! cannot be loaded, bad flags, unwritable export folder). With `--export`
//! the export is the job: it exits 0 once the files are written, printing
//! a one-line summary instead of the report, unless `--deny` is given.

use crate::check::export::{self, XliffVersion};
use crate::check::{self, output, Finding, Level, Options, Report};
use crate::diag::escape_controls;
use clap::ValueEnum;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    Info,
    Warning,
    Error,
    /// Never fail on findings (exit 0 unless the input is unusable).
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportKind {
    Xliff,
    Tmx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum XliffVersionArg {
    #[value(name = "2.0")]
    V20,
    #[value(name = "1.2")]
    V12,
}

/// The arguments of `stele check`.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// The site folder.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Output format of the report (not with --export, which prints a summary).
    #[arg(long, value_enum, conflicts_with = "export")]
    pub format: Option<Format>,
    /// Exit with 1 when a finding of this severity or worse exists
    /// (default `error`; with --export, only when given).
    #[arg(long, value_enum)]
    pub deny: Option<DenyLevel>,
    /// Export the aligned segments (needs --out).
    #[arg(long, value_enum, requires = "out")]
    pub export: Option<ExportKind>,
    /// Folder for --export.
    #[arg(long, requires = "export")]
    pub out: Option<PathBuf>,
    /// XLIFF version for --export xliff (default 2.0).
    #[arg(long, value_enum)]
    pub xliff_version: Option<XliffVersionArg>,
    /// Check only these locales (repeatable, or space separated).
    #[arg(long = "lang", num_args = 1..)]
    pub lang: Vec<String>,
    /// Prefix for the file paths of the JSON and SARIF reports (the site's
    /// folder inside the repository, e.g. `docs/help`), so that code-scanning
    /// tools find the files; paths are relative to --root without it.
    #[arg(long, value_name = "PATH")]
    pub path_prefix: Option<String>,
    /// Where a copy of Stele's check reference (docs/check.md) is
    /// published: the SARIF rules' helpUri is URL#<check>. Default: the
    /// site's translators' page, <base_url>/_translation/, which lists
    /// every check; without either the rules have no helpUri (their help
    /// names docs/check.md).
    #[arg(long, value_name = "URL")]
    pub docs_url: Option<String>,
}

pub fn run(args: CheckArgs) -> ExitCode {
    if args.xliff_version.is_some() && args.export != Some(ExportKind::Xliff) {
        errln!("error: --xliff-version applies only to --export xliff");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let opts = Options {
        root: args.root.clone(),
        langs: args.lang.clone(),
    };
    let report = match check::run(&opts) {
        Ok(r) => r,
        Err(diags) => {
            super::print_diagnostics(&args.root, &diags);
            errln!("check failed: the site could not be loaded");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    if let (Some(kind), Some(out)) = (args.export, &args.out) {
        let version = match args.xliff_version {
            Some(XliffVersionArg::V12) => XliffVersion::V1_2,
            _ => XliffVersion::V2_0,
        };
        let what = match kind {
            ExportKind::Xliff => "xliff",
            ExportKind::Tmx => "tmx",
        };
        match export::write(&report, out, what, version) {
            Ok(files) => {
                let names: Vec<String> = files
                    .iter()
                    .filter_map(|f| f.file_name())
                    .map(|f| f.to_string_lossy().into_owned())
                    .collect();
                outln!(
                    "exported {} articles to {} in {}: {}; {} errors, {} warnings in the content",
                    report
                        .articles
                        .iter()
                        .filter(|a| a.alignment.is_some())
                        .count(),
                    out.display(),
                    what,
                    names.join(", "),
                    report.count(Level::Error),
                    report.count(Level::Warning),
                );
            }
            Err(e) => {
                errln!("error: cannot write the export to {}: {e}", out.display());
                return ExitCode::from(super::EXIT_USAGE);
            }
        }
        if args.deny.is_none() {
            return ExitCode::SUCCESS;
        }
    } else {
        let report_opts = output::ReportOptions {
            path_prefix: args.path_prefix.clone(),
            docs_url: args.docs_url.clone().or_else(|| report.docs_url.clone()),
        };
        match args.format.unwrap_or(Format::Human) {
            Format::Json => outln!("{}", pretty(&output::json(&report, &report_opts))),
            Format::Sarif => outln!("{}", pretty(&output::sarif(&report, &report_opts))),
            Format::Human => print_human(&report),
        }
    }
    let deny = match args.deny.unwrap_or(DenyLevel::Error) {
        DenyLevel::Info => Some(Level::Info),
        DenyLevel::Warning => Some(Level::Warning),
        DenyLevel::Error => Some(Level::Error),
        DenyLevel::Never => None,
    };
    if deny.is_some_and(|d| report.findings.iter().any(|f| f.severity >= d)) {
        ExitCode::from(super::EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Human output: findings grouped by article, each with a source excerpt
/// (codespan-reporting), the English and the translation, then the totals.
fn print_human(report: &Report) {
    let mut files = SimpleFiles::new();
    let mut ids: HashMap<String, Option<usize>> = HashMap::new();
    let config = term::Config::default();
    let mut current = String::new();
    for f in &report.findings {
        if f.article != current {
            current = f.article.clone();
            outln!("\n== {}", escape_controls(&current));
        }
        let id = *ids.entry(f.file.clone()).or_insert_with(|| {
            std::fs::read_to_string(report.root.join(&f.file))
                .ok()
                .map(|t| files.add(f.file.clone(), t))
        });
        // Findings quote the content: escape what a terminal would obey.
        outln!("{}", escape_controls(&render(f, id, &files, &config)));
    }
    for d in &report.load_diagnostics {
        errln!("{d}");
    }
    let rows = report.alignment_rows();
    let units: usize = rows.iter().map(|r| r.counts.units).sum();
    let aligned: usize = rows.iter().map(|r| r.counts.aligned).sum();
    outln!(
        "\nchecked {} articles in {} locales in {:.0} ms: {} errors, {} warnings, {} notes; {aligned} of {units} units aligned",
        report.articles.len(),
        report.checked_locales.len(),
        report.elapsed.as_secs_f64() * 1000.0,
        report.count(Level::Error),
        report.count(Level::Warning),
        report.count(Level::Info),
    );
}

fn render(
    f: &Finding,
    file: Option<usize>,
    files: &SimpleFiles<String, String>,
    config: &term::Config,
) -> String {
    // ` 104` after the locale, when the finding is about one segment.
    let seg = f
        .segment
        .as_deref()
        .map(|s| format!(" {s}"))
        .unwrap_or_default();
    let head = format!(
        "{}:{}:{}: {}[{}] ({}{seg}): {}",
        f.file, f.line, f.column, f.severity, f.check, f.locale, f.message
    );
    let mut notes = Vec::new();
    if let Some(s) = &f.source {
        notes.push(format!("en: {s}"));
    }
    if let Some(t) = &f.target {
        notes.push(format!("{}: {t}", f.locale));
    }
    if let Some(d) = &f.diff {
        notes.push(format!("word diff: {d}"));
    }
    if let Some(h) = &f.hint {
        notes.push(format!("hint: {h}"));
    }
    notes.push(format!("view: {}", f.view));
    let Some(id) = file.filter(|_| f.line > 0) else {
        let mut s = head;
        for n in notes {
            s.push_str("\n  = ");
            s.push_str(&n);
        }
        return s;
    };
    let range = line_range(files, id, f.line, f.column);
    let cs = match f.severity {
        Level::Error => CsDiagnostic::error(),
        Level::Warning => CsDiagnostic::warning(),
        _ => CsDiagnostic::note(),
    }
    .with_code(f.check)
    .with_message(format!("{}{seg}: {}", f.locale, f.message))
    .with_labels(vec![Label::primary(id, range)])
    .with_notes(notes);
    term::emit_into_string(config, files, &cs)
        .map(|s| s.trim_end().to_string())
        .unwrap_or(head)
}

/// The byte range to underline: from the finding's column, at most 60
/// characters, within its line. The line comes from codespan's own table
/// of line starts (built once per file), so a file with thousands of
/// findings costs no more than one pass over it.
fn line_range(
    files: &SimpleFiles<String, String>,
    id: usize,
    line: u32,
    col: u32,
) -> std::ops::Range<usize> {
    use codespan_reporting::files::Files;
    let (Ok(src), Ok(whole)) = (
        files.source(id),
        files.line_range(id, line.saturating_sub(1) as usize),
    ) else {
        return 0..0;
    };
    let Some(text) = src.get(whole.clone()) else {
        return 0..0;
    };
    let (start, text) = (whole.start, text.trim_end_matches(['\n', '\r']));
    let end = start + text.len();
    let at = text
        .char_indices()
        .nth(col.saturating_sub(1) as usize)
        .map(|(i, _)| start + i)
        .unwrap_or(start);
    let stop = text
        .get(at - start..)
        .unwrap_or("")
        .char_indices()
        .nth(60)
        .map(|(i, _)| at + i)
        .unwrap_or(end);
    at..stop.max(at)
}
