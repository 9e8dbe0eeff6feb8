//! `stele import FILES...`: translated XLIFF back into the content.

use crate::check::import::{self, ImportOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// The arguments of `stele import`.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// XLIFF 2.0 or 1.2 files (Stele's exports, translated; or
    /// translate-toolkit's `po2xliff` output of them), or PO files
    /// (`.po`: translate-toolkit's `xliff2po` output).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The site folder.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Check the files and print what would change as a diff; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The target locale of files that name none (a PO file converted
    /// without a `Language` header), and the one to pick when a file's
    /// target language is declared by several locales.
    #[arg(long)]
    pub lang: Option<String>,
}

pub(super) fn run(args: ImportArgs) -> ExitCode {
    let opts = ImportOptions {
        root: args.root.clone(),
        files: args.files.clone(),
        dry_run: args.dry_run,
        lang: args.lang.clone(),
    };
    let outcomes = match import::import(&opts) {
        Ok(o) => o,
        Err(diags) => {
            super::print_diagnostics(&args.root, &diags);
            errln!("import failed: the site could not be loaded");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    let mut failed = false;
    for o in &outcomes {
        if !o.errors.is_empty() {
            failed = true;
            for d in &o.errors {
                errln!("{d}");
            }
            errln!(
                "{}: not imported ({} errors); nothing was written for it",
                o.xliff.display(),
                o.errors.len()
            );
            continue;
        }
        if args.dry_run {
            for c in &o.changes {
                let name = c.file.to_string_lossy().replace('\\', "/");
                let diff = similar::TextDiff::from_lines(&c.old, &c.new);
                out!(
                    "{}",
                    diff.unified_diff()
                        .context_radius(1)
                        .header(&format!("a/{name}"), &format!("b/{name}"))
                );
            }
        }
        for c in o.changes.iter().filter(|c| c.created) {
            let verb = if args.dry_run {
                "would create"
            } else {
                "created"
            };
            errln!(
                "{}: {verb} {} (a new article)",
                o.xliff.display(),
                c.file.to_string_lossy().replace('\\', "/")
            );
        }
        let units: usize = o.changes.iter().map(|c| c.units).sum();
        let verb = if args.dry_run {
            "would update"
        } else {
            "updated"
        };
        errln!(
            "{}: {} units read; {verb} {units} translations in {} files",
            o.xliff.display(),
            o.units,
            o.changes.len()
        );
    }
    if failed {
        ExitCode::from(super::EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}
