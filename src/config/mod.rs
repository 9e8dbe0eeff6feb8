//! `stele.toml`: what a site is configured with. Only the types and their
//! defaults live here; `content::load` reads the file, and each stage
//! validates the part it owns (`check::validate_config`).

mod check;

pub use check::{CheckConfig, CustomRule, Level, Pattern, Suppression};

use serde::Deserialize;

/// `stele.toml`. Every key is optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The site's name, shown in page titles and headers.
    pub title: Option<String>,
    /// Absolute URL the site is published at; used in `sitemap.xml` and the
    /// 404 page. Without it those use root-relative URLs.
    pub base_url: Option<String>,
    /// The locale translations are made from (`en` unless set).
    pub source_locale: String,
    /// Restricts and orders the locales; default: every folder in `content/`.
    pub locales: Option<Vec<String>>,
    /// The "edit this page" link of every article: a URL with `{locale}`
    /// (the locale folder) and `{path}` (the file's path inside it, with
    /// `.md`), e.g. `https://github.com/org/repo/edit/main/content/{locale}/{path}`.
    /// No link when unset.
    pub edit_url: Option<String>,
    /// `[check]`: severities, do-not-translate terms and suppressions of
    /// `stele check` (see `docs/check.md`).
    pub check: CheckConfig,
    /// `[build]`: what `stele build` accepts from `content/`.
    pub build: BuildConfig,
}

/// `[build]` of `stele.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BuildConfig {
    /// Copy active content (see
    /// [`active_asset`](crate::content::active_asset)) from `content/` as
    /// it is. Off by default: such a file runs script under the site's own
    /// origin, which the pages' CSP trusts, so it must be trusted like the
    /// site's own templates.
    pub allow_active_assets: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: None,
            base_url: None,
            source_locale: "en".into(),
            locales: None,
            edit_url: None,
            check: Default::default(),
            build: Default::default(),
        }
    }
}
