//! Loading a site: its configuration, its locales and the files in
//! `content/<locale>/`. This stage only discovers and reads; it does not
//! parse markdown.
//!
//! The same relative path under two locale folders is the same article.

mod locale;

pub use locale::{fallback_chain, parse_locale};

use crate::diag::Diagnostic;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// Folders under `content/` that are not locales.
pub const RESERVED_CONTENT_DIRS: &[&str] = &["policies"];

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
    /// `[check]`: severities, do-not-translate terms and suppressions of
    /// `stele check` (see `docs/check.md`).
    pub check: crate::check::CheckConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: None,
            base_url: None,
            source_locale: "en".into(),
            locales: None,
            check: Default::default(),
        }
    }
}

/// One locale of the site.
#[derive(Debug, Clone)]
pub struct Locale {
    pub id: LanguageIdentifier,
    /// The folder name and URL segment, exactly as written (`pt-BR`).
    pub tag: String,
}

/// A markdown file of one locale.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, for diagnostics (`content/de/a.md`).
    pub display: PathBuf,
    pub abs: PathBuf,
}

/// What a markdown file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    Article,
    /// Under an `includes/` folder: only pulled into other pages.
    Include,
    /// `TOC.md`: the table of contents of the locale's home page.
    Toc,
}

/// A loaded site: configuration and the inventory of its files.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// Locales in display order; the source locale first.
    pub locales: Vec<Locale>,
    pub source: usize,
    /// Article key (relative path without `.md`, `/`-separated) to its file in
    /// each locale, by locale index.
    pub articles: BTreeMap<String, BTreeMap<usize, SourceFile>>,
    /// Include path (relative, with `.md`) to its file per locale.
    pub includes: BTreeMap<String, BTreeMap<usize, SourceFile>>,
    /// `TOC.md` per locale.
    pub tocs: BTreeMap<usize, SourceFile>,
    /// Other files (images...) per locale: relative path to absolute path.
    pub assets: Vec<(usize, String, PathBuf)>,
}

impl Site {
    pub fn locale_index(&self, tag: &str) -> Option<usize> {
        self.locales
            .iter()
            .position(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// Locale indices to try, in order, for content in locale `l`.
    pub fn chain(&self, l: usize) -> Vec<usize> {
        let ids: Vec<LanguageIdentifier> = self.locales.iter().map(|l| l.id.clone()).collect();
        fallback_chain(&self.locales[l].id, &ids, &self.locales[self.source].id)
            .into_iter()
            .filter_map(|id| self.locales.iter().position(|l| l.id == id))
            .collect()
    }

    pub fn title(&self) -> &str {
        self.config.title.as_deref().unwrap_or("Help center")
    }
}

/// Loads `stele.toml` (if any) and inventories `content/`.
/// Returns the site and non-fatal diagnostics, or the diagnostics that make
/// the site unusable.
pub fn load(root: &Path) -> Result<(Site, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let config = load_config(root)?;
    let content = root.join("content");
    let entries = std::fs::read_dir(&content).map_err(|e| {
        vec![Diagnostic::error("no-content", "content", format!("cannot read the content folder {}: {e}", content.display()))
            .hint("a site needs `content/<locale>/*.md`; run `stele init DIR` to scaffold one, or pass `--root DIR`")]
    })?;
    let mut found: Vec<(String, LanguageIdentifier)> = Vec::new();
    let mut errors = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !entry.path().is_dir()
            || name.starts_with('.')
            || RESERVED_CONTENT_DIRS.contains(&name.as_str())
        {
            continue;
        }
        match parse_locale(&name) {
            Some(id) => found.push((name, id)),
            None => errors.push(
                Diagnostic::error("unknown-locale", Path::new("content").join(&name), format!("`{name}` is not a BCP 47 locale tag"))
                    .hint("locale folders are named by language tag, like `de`, `zh`, `zh-Hant` or `pt-BR`; rename the folder or move it out of `content/`"),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Some(order) = &config.locales {
        let mut ordered = Vec::new();
        for tag in order {
            match found.iter().position(|(n, _)| n.eq_ignore_ascii_case(tag)) {
                Some(i) => ordered.push(found[i].clone()),
                None => diags.push(
                    Diagnostic::warning(
                        "missing-locale",
                        "stele.toml",
                        format!("locale `{tag}` is listed but `content/{tag}/` does not exist"),
                    )
                    .hint("create the folder or remove the locale from `locales`"),
                ),
            }
        }
        found = ordered;
    } else {
        found.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let source_id = parse_locale(&config.source_locale).ok_or_else(|| {
        vec![Diagnostic::error(
            "unknown-locale",
            "stele.toml",
            format!(
                "source_locale `{}` is not a BCP 47 tag",
                config.source_locale
            ),
        )
        .hint("use a tag such as `en`")]
    })?;
    let source = match found.iter().position(|(_, id)| *id == source_id) {
        Some(i) => i,
        None if found.is_empty() => {
            return Err(vec![Diagnostic::error(
                "no-content",
                "content",
                "the content folder has no locale folders",
            )
            .hint(
                "put markdown files in `content/<locale>/`, for example `content/en/index.md`",
            )]);
        }
        None => {
            diags.push(
                Diagnostic::warning("missing-locale", "content", format!("source locale `{}` has no folder; using `{}`", config.source_locale, found[0].0))
                    .hint("create `content/en/` with the source articles, or set `source_locale` in stele.toml"),
            );
            0
        }
    };
    // Source locale first, the rest in their order.
    let src = found.remove(source);
    found.insert(0, src);
    let locales: Vec<Locale> = found
        .into_iter()
        .map(|(tag, id)| Locale { id, tag })
        .collect();

    let mut site = Site {
        root: root.to_path_buf(),
        config,
        locales,
        source: 0,
        articles: BTreeMap::new(),
        includes: BTreeMap::new(),
        tocs: BTreeMap::new(),
        assets: Vec::new(),
    };
    for li in 0..site.locales.len() {
        let dir = content.join(&site.locales[li].tag);
        for entry in walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'))
        {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.push(Diagnostic::warning(
                        "unreadable",
                        e.path().unwrap_or(&dir),
                        format!("cannot read: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
            let rel_str = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let display = Path::new("content").join(&site.locales[li].tag).join(rel);
            let file = SourceFile {
                display,
                abs: entry.path().to_path_buf(),
            };
            match role_of(&rel_str) {
                Some(FileRole::Article) => {
                    let key = rel_str.trim_end_matches(".md").to_string();
                    site.articles.entry(key).or_default().insert(li, file);
                }
                Some(FileRole::Include) => {
                    site.includes.entry(rel_str).or_default().insert(li, file);
                }
                Some(FileRole::Toc) => {
                    site.tocs.insert(li, file);
                }
                None => site.assets.push((li, rel_str, entry.path().to_path_buf())),
            }
        }
    }
    Ok((site, diags))
}

/// Classifies a locale-relative path; `None` for non-markdown files.
pub fn role_of(rel: &str) -> Option<FileRole> {
    if !rel.ends_with(".md") {
        return None;
    }
    if rel.eq_ignore_ascii_case("toc.md") {
        return Some(FileRole::Toc);
    }
    if rel.split('/').any(|c| c == "includes") {
        return Some(FileRole::Include);
    }
    Some(FileRole::Article)
}

fn load_config(root: &Path) -> Result<Config, Vec<Diagnostic>> {
    let path = root.join("stele.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(vec![Diagnostic::error(
                "unreadable",
                "stele.toml",
                format!("cannot read stele.toml: {e}"),
            )])
        }
    };
    toml::from_str::<Config>(&text).map_err(|e| {
        let (line, col) = e
            .span()
            .map(|s| crate::diag::LineIndex::new(&text).line_col(&text, s.start))
            .unwrap_or((0, 0));
        vec![
            Diagnostic::error("invalid-config", "stele.toml", e.message().to_string())
                .at(line, col)
                .hint("see the README for the keys stele.toml accepts"),
        ]
    })
}
