//! Error-code policies: `content/policies/*.toml` and the Fluent messages
//! they name, compiled into the blobs the runtime's evaluator reads (see
//! `stele_runtime::policy::data`), with every reference checked.
//!
//! The compiler is the only place that knows the doc writers' format;
//! the runtime only sees code intervals, indices and resolved strings. That
//! keeps the wasm small and makes every fallback a build-time decision.
//! Articles are read through the segment model (`markup::parse`): anchors
//! come from the parsed blocks, never from re-scanning the markdown.

mod encode;
mod index;
mod overlaps;
pub mod pack;
mod schema;
mod validate;

use crate::content::Site;
use crate::diag::{Diagnostic, LineIndex};
use crate::i18n::I18n;
use serde::Serialize;
use std::path::{Path, PathBuf};
use stele_runtime::policy::data::ui;
use unic_langid::LanguageIdentifier;
use validate::{Src, Validator};

/// The evaluator compiled for `wasm32-unknown-unknown` by `build.rs` (the
/// runtime's `lookup-abi` build).
pub const LOOKUP_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stele_lookup.wasm"));

/// The folder under `content/` that holds policy files.
pub const POLICY_DIR: &str = "policies";

/// Fluent IDs of the fixed UI strings, in `data::ui` order.
const UI_IDS: [&str; ui::COUNT] = [
    "lookup-class-2",
    "lookup-class-4",
    "lookup-class-5",
    "lookup-subject-0",
    "lookup-subject-1",
    "lookup-subject-2",
    "lookup-subject-3",
    "lookup-subject-4",
    "lookup-subject-5",
    "lookup-subject-6",
    "lookup-subject-7",
    "lookup-fix-sender",
    "lookup-fix-admin",
    "lookup-fix-recipient",
    "lookup-fix-support",
    "lookup-fix-wait",
    "lookup-severity-info",
    "lookup-severity-warning",
    "lookup-severity-error",
    "lookup-no-code",
];

/// A whole help center's policies, ready to ship.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
    /// The language-neutral rules blob.
    pub rules: Vec<u8>,
    /// One strings blob per site locale (by locale index).
    pub strings: Vec<Vec<u8>>,
    /// The static list on each locale's `/errors/` page (by locale index).
    pub index: Vec<Vec<IndexEntry>>,
}

/// One line of the `/errors/` page's list of known codes.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub rule: String,
    pub codes: String,
    pub title: String,
    /// Relative to the site root.
    pub url: String,
}

/// Reads and compiles the site's policies. A site without
/// `content/policies/` still gets a working lookup (RFC 3463 meanings only).
///
/// The stages: each file is read and parsed (`schema`), its rules checked
/// against the site (`validate`), then across rules (`overlaps`); the
/// valid rules are encoded once (`encode::rules`), their texts once per
/// locale (`encode::strings`), with that locale's `/errors/` list
/// (`index`).
pub fn compile(site: &Site, i18n: &I18n) -> (Compiled, Vec<Diagnostic>) {
    let mut validator = Validator::new(site, i18n);
    for path in policy_files(site) {
        let display = Path::new("content")
            .join(POLICY_DIR)
            .join(path.file_name().unwrap_or_default());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                validator.diags.push(Diagnostic::error(
                    "unreadable",
                    &display,
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let src = Src {
            display: &display,
            text: &text,
            lines: LineIndex::new(&text),
        };
        match toml::from_str::<schema::FileToml>(&text) {
            Ok(file) => validator.file(&src, &file),
            Err(e) => {
                let d = Diagnostic::error("invalid-policy", &display, e.message().to_string())
                    .hint("see docs/lookup.md for the policy file format");
                validator.diags.push(match e.span() {
                    Some(s) => src.at(d, s),
                    None => d,
                });
            }
        }
    }
    let (valid, mut diags) = (validator.out, validator.diags);
    diags.extend(overlaps::overlaps(&valid.rules));

    let mut compiled = Compiled {
        rules: encode::rules(&valid.rules),
        ..Default::default()
    };
    for l in 0..site.locales.len() {
        let texts = encode::outcome_texts(site, i18n, l, &valid);
        compiled
            .strings
            .push(encode::strings(site, i18n, l, &valid, &texts));
        compiled.index.push(index::entries(&valid.rules, &texts));
    }
    (compiled, diags)
}

/// Whether the site has policy files of its own (without them the lookup
/// knows only the RFC 3463 meanings of codes).
pub fn has_policies(site_root: &Path) -> bool {
    std::fs::read_dir(site_root.join("content").join(POLICY_DIR)).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "toml"))
    })
}

/// The `.toml` files of `content/policies/`, in name order.
fn policy_files(site: &Site) -> Vec<PathBuf> {
    let dir = site.root.join("content").join(POLICY_DIR);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Picks the site locale for `--lang`: exact tag, then along the fallback
/// chain (`de-AT` → `de`), else the source locale.
pub fn pick_locale(site: &Site, lang: Option<&str>) -> usize {
    let Some(lang) = lang else { return site.source };
    if let Some(l) = site.locale_index(lang) {
        return l;
    }
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return site.source;
    };
    let ids: Vec<LanguageIdentifier> = site.locales.iter().map(|l| l.id.clone()).collect();
    crate::content::fallback_chain(&id, &ids, &site.locales[site.source].id)
        .first()
        .and_then(|c| site.locales.iter().position(|l| &l.id == c))
        .unwrap_or(site.source)
}
