//! The `stele` command line. Subcommands appear here only when they work.
//!
//! Everything the CLI prints goes through `outln!`, `out!` and `errln!`,
//! never `println!`: Rust ignores SIGPIPE, so `println!` into a
//! closed pipe (`stele build | head`) panics, and a build that panicked
//! while printing a warning would not publish. These drop the text when
//! the stream is gone, the way grep goes quiet, and the command carries on.

/// `println!` that never panics (see the module docs).
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::emit(false, format_args!("{}\n", format_args!($($arg)*))) };
}

/// `print!` that never panics.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::emit(false, format_args!($($arg)*)) };
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::emit(true, format_args!("{}\n", format_args!($($arg)*))) };
}

pub mod check;
mod import;
mod init;
mod lookup;
pub mod search;
mod serve;

use crate::build::{build_reporting, BuildOptions};
use crate::diag::{escape_controls, Diagnostic, LineIndex, Severity};
use clap::{Parser, Subcommand};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Stele: a static-site generator for multilingual help centers.
#[derive(Debug, Parser)]
#[command(name = "stele", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site in --root into --out (default: public/).
    Build {
        /// The site folder (holds content/, and optionally stele.toml, locales/, templates/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaced only when the build succeeds.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print only errors and warnings, not the summary line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Live preview: build, serve on localhost and rebuild on every change.
    Serve {
        /// The site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (127.0.0.1 only).
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Check the translations: alignment and QA checks, reports, exports.
    Check(check::CheckArgs),
    /// Write translated XLIFF files back into content/<locale>/.
    ///
    /// Exits 0 when every file was imported, 1 when a file was rejected
    /// (nothing of it is written), 2 on usage errors or an unusable site.
    Import(import::ImportArgs),
    /// Explain an error code or a whole bounce message, as the site's lookup box does.
    ///
    /// Exits 0 when a code or a rule was recognised, 1 when the input has no
    /// code (like grep), 2 on errors.
    Lookup {
        /// The code or bounce text (`550 5.7.750`, a whole NDR); `-` reads standard input.
        text: String,
        /// Answer in this locale (default: the source locale).
        #[arg(long)]
        lang: Option<String>,
        /// `text` for people, `json` for scripts (the page's exact JSON).
        #[arg(long, value_enum, default_value = "text")]
        format: lookup::Format,
        /// Answer a follow-up question: `--answer QUESTION=VALUE` (repeatable).
        #[arg(long = "answer", value_name = "QUESTION=VALUE")]
        answers: Vec<String>,
        /// The site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Search the built site (the index `stele build` writes to .stele/index).
    Search {
        /// The words to look for.
        query: String,
        /// The site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this locale (default: every locale).
        #[arg(long)]
        lang: Option<String>,
        /// At most this many hits.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// `text` (default) or `json`.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Create a new site in DIR that builds straight away.
    Init {
        /// The folder to create (must not exist or be empty); with
        /// --policies, an existing site.
        dir: PathBuf,
        /// Only add the Exchange Online policy pack (content/policies/ and
        /// locales/*/policies.ftl) to the existing site DIR.
        #[arg(long)]
        policies: bool,
    },
}

/// Exit code for problems in the user's input.
pub const EXIT_INPUT: u8 = 1;
/// Exit code for usage errors and failures of the machine.
pub const EXIT_USAGE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, out, quiet } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            // Warnings are printed as soon as they are final, while the
            // last search indexes are still being written.
            match build_reporting(
                &BuildOptions {
                    root: root.clone(),
                    out,
                },
                |d| print_diagnostics(&root, d),
            ) {
                Ok(report) => {
                    if !quiet || report.out.is_none() {
                        if report.out.is_some() {
                            outln!("{}", report.summary());
                        } else {
                            errln!("{}", report.summary());
                        }
                    }
                    if !quiet && !crate::policy::has_policies(&root) {
                        errln!(
                            "note: the error-code lookup knows only the standard meanings of codes: this site has no content/policies/\n  = hint: `stele init --policies {}` adds the Exchange Online pack (docs/lookup.md)",
                            root.display()
                        );
                    }
                    if report.out.is_some() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(EXIT_INPUT)
                    }
                }
                Err(e) => {
                    match crate::output::Refused::from_io(&e) {
                        Some(r) => errln!("error: {r}\n  = hint: {}", r.hint),
                        None => errln!("error: cannot write the output folder: {e}"),
                    }
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        Command::Serve { root, port } => {
            // Ctrl-C, SIGTERM and SIGHUP end the process from the
            // handler's thread: the preview's temporary folders go first.
            if let Err(e) = ctrlc::set_handler(|| {
                crate::output::temp::remove_all();
                std::process::exit(130);
            }) {
                errln!("warning: cannot catch Ctrl-C ({e}); the preview's temporary folder may stay behind");
            }
            let result = serve::serve(&root, port);
            crate::output::temp::remove_all();
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    errln!("error: {e}");
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        Command::Check(args) => check::run(args),
        Command::Import(args) => import::run(args),
        Command::Lookup {
            text,
            lang,
            format,
            answers,
            root,
        } => lookup::lookup(&root, &text, lang.as_deref(), format, &answers),
        Command::Search {
            query,
            root,
            lang,
            limit,
            format,
        } => match search::run_query(&root, &query, lang.as_deref(), limit) {
            Ok(answer) => {
                if answer.query.len() < query.len() {
                    errln!(
                        "note: the query is {} bytes; only its first {} were searched",
                        query.len(),
                        answer.query.len()
                    );
                }
                if format == "json" {
                    match serde_json::to_string_pretty(&answer) {
                        Ok(j) => outln!("{j}"),
                        Err(e) => {
                            errln!("error: {e}");
                            return ExitCode::from(EXIT_USAGE);
                        }
                    }
                } else {
                    search::print_text(&answer);
                }
                if answer.hits.is_empty() {
                    ExitCode::from(EXIT_INPUT)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => {
                errln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        Command::Init { dir, policies } => match if policies {
            init::add_policies(&dir)
        } else {
            init::init(&dir)
        } {
            Ok(()) if policies => {
                outln!("added the Exchange Online policy pack to {}", dir.display());
                ExitCode::SUCCESS
            }
            Ok(()) => {
                outln!("created a new Stele site in {}", dir.display());
                outln!("next: stele build --root {}", dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}

/// Writes to stderr or stdout, dropping the text when the stream is
/// closed or full: what Stele prints is a report, and losing it must not
/// stop a build from publishing.
pub(crate) fn emit(stderr: bool, args: std::fmt::Arguments) {
    use std::io::Write;
    let _ = if stderr {
        std::io::stderr().lock().write_fmt(args)
    } else {
        std::io::stdout().lock().write_fmt(args)
    };
}

/// Prints diagnostics with the offending source line underlined.
pub fn print_diagnostics(root: &Path, diags: &[Diagnostic]) {
    for d in diags {
        // The excerpt quotes the file: escape what a terminal would obey.
        errln!("{}", escape_controls(&render_diagnostic(root, d)));
    }
}

/// One diagnostic as text: the `file:line:col` line, then a source excerpt
/// (codespan-reporting) when the file can be read.
pub fn render_diagnostic(root: &Path, d: &Diagnostic) -> String {
    let head = d.to_string();
    if d.line == 0 {
        return head;
    }
    let Ok(text) = std::fs::read_to_string(root.join(&d.file)) else {
        return head;
    };
    let lines = LineIndex::new(&text);
    let range = d.range.clone().unwrap_or_else(|| {
        let start = lines.line_start(d.line);
        let line_end = text
            .get(start..)
            .and_then(|t| t.find('\n'))
            .map(|i| start + i)
            .unwrap_or(text.len());
        let col_off = text
            .get(start..line_end)
            .unwrap_or("")
            .char_indices()
            .nth(d.col.saturating_sub(1) as usize)
            .map(|(i, _)| start + i)
            .unwrap_or(start);
        col_off..(col_off + 1).min(line_end).max(col_off)
    });
    let mut files = SimpleFiles::new();
    let id = files.add(d.file.display().to_string(), text);
    let cs = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
    }
    .with_code(d.code)
    .with_message(&d.message)
    .with_labels(vec![Label::primary(id, range)])
    .with_notes(d.hint.iter().map(|h| format!("hint: {h}")).collect());
    let config = term::Config::default();
    match term::emit_into_string(&config, &files, &cs) {
        Ok(s) => s.trim_end().to_string(),
        Err(_) => head,
    }
}
