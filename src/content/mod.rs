//! Loading a site: its configuration, its locales and the files in
//! `content/<locale>/`. This stage only discovers and reads; it does not
//! parse markdown.
//!
//! The same relative path under two locale folders is the same article.

pub mod git;
mod locale;

pub use locale::{fallback_chain, parse_locale};

use crate::config::{BuildConfig, Config};
use crate::diag::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// Folders under `content/` that are not locales.
pub const RESERVED_CONTENT_DIRS: &[&str] = &["policies"];

/// The output URL of article `key` in locale `tag`, relative to the root:
/// the URL scheme is part of the inventory, so the lookup's policies, the
/// renderer and the build agree on it.
pub fn article_url(tag: &str, key: &str) -> String {
    format!("{tag}/{key}/")
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
    /// The files of `static/`: path relative to it (`/`-separated) and
    /// absolute path, copied to the site root as they are.
    pub statics: Vec<(String, PathBuf)>,
    /// Last commit date of each content file (by `SourceFile::display`)
    /// when the site is in a git repository; see [`git`].
    pub git_dates: BTreeMap<PathBuf, String>,
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
    // git reads the history while the folders are walked.
    let git_root = root.to_path_buf();
    let git = std::thread::spawn(move || git::last_commit_dates(&git_root));
    let content = root.join("content");
    let entries = std::fs::read_dir(&content).map_err(|e| {
        vec![Diagnostic::error("no-content", "content", format!("cannot read the content folder {}: {e}", content.display()))
            .hint("a site needs `content/<locale>/*.md`; run `stele init DIR` to scaffold one, or pass `--root DIR`")]
    })?;
    let mut found: Vec<(String, LanguageIdentifier)> = Vec::new();
    let mut errors = Vec::new();
    let inside = Inside::new(root);
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !entry.path().is_dir()
            || name.starts_with('.')
            || RESERVED_CONTENT_DIRS.contains(&name.as_str())
        {
            continue;
        }
        if let Err(d) = inside.check(&entry.path(), &Path::new("content").join(&name)) {
            diags.push(d);
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
        statics: Vec::new(),
        git_dates: BTreeMap::new(),
    };
    for li in 0..site.locales.len() {
        let tag = site.locales[li].tag.clone();
        let shown = Path::new("content").join(&tag);
        for (rel_str, abs) in walk(&inside, &content.join(&tag), &shown, &mut diags) {
            let display = shown.join(&rel_str);
            if role_of(&rel_str).is_none() {
                if let Err(d) = check_asset(&site.config.build, &abs, &display) {
                    diags.push(d);
                    continue;
                }
            }
            let file = SourceFile {
                display,
                abs: abs.clone(),
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
                None => site.assets.push((li, rel_str, abs)),
            }
        }
    }
    let stat = root.join("static");
    if stat.is_dir() {
        match inside.check(&stat, Path::new("static")) {
            Ok(()) => site.statics = walk(&inside, &stat, Path::new("static"), &mut diags),
            Err(d) => diags.push(d),
        }
    }
    site.git_dates = git.join().unwrap_or_default();
    Ok((site, diags))
}

/// Where the site root really is, to tell the symlinks that stay in it
/// (followed) from those that leave it (skipped with a warning: a link
/// into the author's home folder must not be published).
struct Inside {
    root: Option<PathBuf>,
}

impl Inside {
    fn new(root: &Path) -> Inside {
        Inside {
            root: root.canonicalize().ok(),
        }
    }

    /// `Ok` when `path` is no symlink, or one that resolves inside the
    /// site root; else the warning that names it.
    fn check(&self, path: &Path, display: &Path) -> Result<(), Diagnostic> {
        let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(());
        }
        let target = path.canonicalize();
        match (&self.root, &target) {
            (Some(root), Ok(t)) if t.starts_with(root) => Ok(()),
            _ => Err(Diagnostic::warning(
                "symlink-outside",
                display,
                match target {
                    Ok(t) => format!(
                        "`{}` is a symbolic link to `{}`, outside the site; it is not followed",
                        display.display(),
                        t.display()
                    ),
                    Err(e) => format!(
                        "`{}` is a symbolic link that cannot be resolved ({e}); it is not followed",
                        display.display()
                    ),
                },
            )
            .hint("copy the file or folder into the site, or point the link at a place inside the site root")),
        }
    }
}

/// The files under `dir` (skipping dot files), as `/`-separated paths
/// relative to it and absolute paths. Symlinks are followed when they
/// stay inside the site root; the others get a warning (`display` names
/// `dir` in it) and are skipped.
fn walk(
    inside: &Inside,
    dir: &Path,
    display: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            if e.depth() > 0 && e.path_is_symlink() {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                if let Err(d) = inside.check(e.path(), &display.join(rel)) {
                    skipped.push(d);
                    return false;
                }
            }
            true
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let rel = e.path().and_then(|p| p.strip_prefix(dir).ok());
                diags.push(Diagnostic::warning(
                    "unreadable",
                    rel.map_or_else(|| display.to_path_buf(), |r| display.join(r)),
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel_str = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        out.push((rel_str, entry.path().to_path_buf()));
    }
    diags.append(&mut skipped);
    out
}

/// Extensions of files a browser runs script from when it opens them:
/// HTML and XHTML pages, SVG images (opened directly, not through
/// `<img>`), scripts and XSLT style sheets. Compared without regard to
/// case.
pub const ACTIVE_EXTENSIONS: &[&str] = &[
    "html", "htm", "shtml", "xhtml", "xht", "svg", "svgz", "js", "mjs", "cjs", "xsl", "xslt",
];

/// Whether an asset of `content/` is active content, which runs script
/// under the site's origin when opened: a file with one of
/// [`ACTIVE_EXTENSIONS`], or an `.xml` file whose text (ASCII case
/// ignored) holds a `script` element (`<script`, or a prefixed
/// `:script`), the XHTML or SVG namespace (a browser renders such a
/// document as a page, event handlers included) or an `<?xml-stylesheet`
/// instruction (XSLT that can produce a page). Unreadable `.xml` counts
/// as active.
pub fn active_asset(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ACTIVE_EXTENSIONS.contains(&ext.as_str()) {
        return true;
    }
    if ext != "xml" {
        return false;
    }
    let Ok(bytes) = std::fs::read(path) else {
        return true;
    };
    let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
    [
        "<script",
        ":script",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/2000/svg",
        "<?xml-stylesheet",
    ]
    .iter()
    .any(|needle| text.contains(needle))
}

/// Refuses an active asset unless `[build] allow_active_assets` is set.
fn check_asset(cfg: &BuildConfig, abs: &Path, display: &Path) -> Result<(), Diagnostic> {
    if cfg.allow_active_assets || !active_asset(abs) {
        return Ok(());
    }
    Err(Diagnostic::error(
        "active-asset",
        display,
        format!(
            "`{}` is active content (HTML, SVG, script or XML with script): published next to the pages, it would run script with the site's own rights",
            display.display()
        ),
    )
    .hint("remove the file or convert it (an SVG drawing to PNG); if you trust every file in content/, set `allow_active_assets = true` under `[build]` in stele.toml"))
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

#[cfg(test)]
mod tests {
    #[test]
    fn article_urls() {
        assert_eq!(super::article_url("de", "powershell/x"), "de/powershell/x/");
    }
}
