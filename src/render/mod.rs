//! Rendering: parsed documents to complete HTML pages.
//!
//! Each function here is a pure function of its inputs (the site inventory,
//! one article's documents, the shared templates and strings), so pages can
//! be rendered in parallel and re-rendered one at a time by `stele serve`.

pub mod highlight;
mod language_names;
pub mod markdown;
pub mod nav;
pub mod sanitize;
pub mod source_view;
pub mod templates;
pub mod translation;

use crate::content::article_url;
use crate::content::Site;
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::markup::{Document, Parsed};
use crate::util::html_escape;
use fluent_bundle::FluentArgs;
use markdown::{render_body, BodyCtx, Includes};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use templates::Templates;
use tera::Context;
use unic_langid::LanguageIdentifier;

/// The Content-Security-Policy of every page: only our own scripts, styles
/// and WebAssembly (`wasm-unsafe-eval` lets our scripts compile Wasm; it does
/// not allow `eval`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/// The pages Stele writes under a locale's folder, each with what it is:
/// the home page, the lookup and search pages, and one page per article
/// (every locale gets every article, translated or as a fallback). Paths
/// are relative to the site root, as [`Page::path`].
fn locale_pages(site: &Site, l: usize) -> Vec<(String, String)> {
    let tag = &site.locales[l].tag;
    let mut pages = vec![
        (
            format!("{tag}/index.html"),
            format!("the home page of `{tag}`"),
        ),
        (
            format!("{tag}/errors/index.html"),
            format!("the error-code lookup page of `{tag}`"),
        ),
        (
            format!("{tag}/search/index.html"),
            format!("the search page of `{tag}`"),
        ),
    ];
    for (key, files) in &site.articles {
        let from = files
            .values()
            .next()
            .map(|f| format!(" ({})", f.display.display()))
            .unwrap_or_default();
        pages.push((
            format!("{}index.html", article_url(tag, key)),
            format!("the page of article `{key}`{from}"),
        ));
    }
    pages
}

/// Takes the assets of `content/<locale>/` whose output path is that of
/// a generated page (`content/de/index.html`), or a folder of one, out of
/// the inventory, with an error naming both: copied, the asset would
/// replace the page.
pub fn remove_colliding_assets(site: &mut Site) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let per_locale: Vec<Vec<(String, String)>> = (0..site.locales.len())
        .map(|l| locale_pages(site, l))
        .collect();
    let tags: Vec<String> = site.locales.iter().map(|l| l.tag.clone()).collect();
    site.assets.retain(|(l, rel, _)| {
        let dest = format!("{}/{rel}", tags[*l]);
        let hit = per_locale[*l].iter().find(|(page, _)| {
            *page == dest
                || page.strip_prefix(dest.as_str()).is_some_and(|r| r.starts_with('/'))
                || dest.strip_prefix(page.as_str()).is_some_and(|r| r.starts_with('/'))
        });
        let Some((page, what)) = hit else {
            return true;
        };
        let file = std::path::Path::new("content").join(&tags[*l]).join(rel);
        diags.push(
            Diagnostic::error(
                "asset-collision",
                &file,
                format!(
                    "`{}` would be published as `{dest}`, where Stele writes {what} (`{page}`)",
                    file.display()
                ),
            )
            .hint("rename or move the file; the generated page cannot be replaced from content/ (use templates/ to change how pages look)"),
        );
        false
    });
    diags
}

/// UI strings of the lookup box that its script shows (see `lookup_ui`).
const LOOKUP_UI_KEYS: &[&str] = &[
    "lookup-loading",
    "lookup-unavailable",
    "lookup-fix-by",
    "lookup-steps",
    "lookup-cause",
    "lookup-read-article",
    "lookup-other-language",
    "lookup-candidates",
    "lookup-generic",
    "lookup-corrected",
    "lookup-no-rule",
    "lookup-close",
];

/// One article's row in the translators' index (`/_translation/`): its
/// key, its page and, per target locale in site order, a status cell.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationRow {
    pub key: String,
    pub href: String,
    pub cells: Vec<StatusCell>,
}

/// One locale's status in a [`TranslationRow`]: a CSS class (`st-ok`,
/// `st-stale`, `st-warning`, `st-error`, `st-missing`) and its text.
#[derive(Debug, Clone, Serialize)]
pub struct StatusCell {
    pub class: &'static str,
    pub text: String,
}

/// Include files parsed once per build, looked up along the locale chain.
#[derive(Default)]
pub struct IncludeStore {
    pub files: HashMap<String, BTreeMap<usize, Parsed>>,
    pub chains: Vec<Vec<usize>>,
}

impl Includes for IncludeStore {
    fn get(&self, path: &str, locale: usize) -> Option<(&Document, &str)> {
        let per = self.files.get(path)?;
        let chain = self.chains.get(locale)?;
        chain
            .iter()
            .find_map(|l| per.get(l))
            .or_else(|| per.values().next())
            .map(|p| (&p.doc, p.text.as_str()))
    }
}

/// One entry of the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub tag: String,
    pub name: String,
    pub href: String,
    /// The same page's path from the site root (`de/article/`), for the
    /// absolute `hreflang` links when `base_url` is set.
    pub path: String,
    pub current: bool,
    /// False when the article has no translation in that locale (the link
    /// then leads to the fallback page).
    pub available: bool,
}

/// A rendered page, ready to write.
pub struct Page {
    /// Output path relative to the site root (`de/article/index.html`).
    pub path: String,
    pub html: String,
}

/// Everything shared by all pages of one build.
pub struct SiteRenderer {
    pub site: Site,
    pub i18n: Arc<I18n>,
    pub templates: Templates,
    pub includes: IncludeStore,
    pub chains: Vec<Vec<usize>>,
    /// Adds the live-reload script to pages (`stele serve`).
    pub live_reload: bool,
    /// Each `TOC.md` read as navigation, by its locale; a locale without
    /// one uses the first along its fallback chain, like its home page.
    pub navs: BTreeMap<usize, nav::Nav>,
}

/// What one article contributes to the locale home pages and the sitemap.
#[derive(Debug, Clone)]
pub struct ArticleSummary {
    pub key: String,
    /// Title per locale index, for the locales that have the article.
    pub titles: BTreeMap<usize, String>,
    /// The headings (level, id, text) of each translated page, by locale
    /// index: the search links its sections by these ids.
    pub headings: BTreeMap<usize, Vec<markdown::Heading>>,
}

fn depth_prefix(levels: usize) -> String {
    "../".repeat(levels)
}

impl SiteRenderer {
    pub fn new(site: Site, i18n: Arc<I18n>, templates: Templates, includes: IncludeStore) -> Self {
        let chains = (0..site.locales.len()).map(|l| site.chain(l)).collect();
        SiteRenderer {
            site,
            i18n,
            templates,
            includes,
            chains,
            live_reload: false,
            navs: BTreeMap::new(),
        }
    }

    /// Reads the parsed `TOC.md` of each locale as the articles' sidebar
    /// and previous/next order.
    pub fn with_tocs(mut self, tocs: &BTreeMap<usize, Parsed>) -> Self {
        self.navs = tocs
            .iter()
            .map(|(l, p)| (*l, nav::Nav::from_toc(&p.doc, &self.site)))
            .collect();
        self
    }

    /// The navigation of locale `l` and the locale it is written in.
    fn nav(&self, l: usize) -> Option<(usize, &nav::Nav)> {
        self.chains[l]
            .iter()
            .find_map(|c| self.navs.get(c).map(|n| (*c, n)))
    }

    /// "The source article (English) has changed since…" in locale `l`'s
    /// words, as HTML (see [`SiteRenderer::msg_naming`]).
    fn stale_notice(&self, l: usize, count: usize) -> String {
        let src = self.site.source;
        self.msg_naming(l, "stale-notice", &[("language", src)], Some(count))
            .1
    }

    /// The name of locale `of` in the language that message `id` is shown
    /// in on locale `l`'s pages (the first bundle along `l`'s chain that has
    /// it): CLDR's name in that language (`Englisch`, `英語`) from the
    /// generated table, and `true`; else the locale's own name (its
    /// autonym), which is in another language, and `false`.
    fn name_in_ui(&self, l: usize, id: &str, of: usize) -> (String, bool) {
        let ui = self
            .i18n
            .chain(self.lang(l))
            .into_iter()
            .find(|c| self.i18n.get(c, id, None).is_some());
        let of_id = self.lang(of);
        let found = ui.as_ref().and_then(|ui| {
            let ui = ui.to_string();
            language_names::name(&ui, self.tag(of))
                .or_else(|| language_names::name(&ui, of_id.language.as_str()))
        });
        match found {
            Some(name) => (name.to_string(), true),
            // A language named in itself needs no mark.
            None => (
                self.language_name(of),
                ui.is_some_and(|ui| ui.language == of_id.language),
            ),
        }
    }

    /// Message `id` in locale `l`'s words with language names as
    /// arguments (`names`: argument and locale), as (text, HTML). Each name
    /// is in the message's language where the CLDR table has it, else the
    /// locale's own name marked with its `lang` in the HTML; the whole is
    /// marked with the message's `lang` when it fell back to another
    /// language.
    fn msg_naming(
        &self,
        l: usize,
        id: &str,
        names: &[(&str, usize)],
        count: Option<usize>,
    ) -> (String, String) {
        let mut args = FluentArgs::new();
        let mut marked = FluentArgs::new();
        if let Some(n) = count {
            args.set("count", n);
            marked.set("count", n);
        }
        let mut placeholders = Vec::new();
        for (i, (arg, of)) in names.iter().enumerate() {
            let (name, in_ui) = self.name_in_ui(l, id, *of);
            let mark = char::from_u32(0xE002 + i as u32).unwrap_or('\u{E002}');
            args.set(*arg, name.clone());
            marked.set(*arg, mark.to_string());
            let html = if in_ui {
                html_escape(&name)
            } else {
                format!(
                    "<span lang=\"{}\">{}</span>",
                    html_escape(self.tag(*of)),
                    html_escape(&name)
                )
            };
            placeholders.push((mark, html));
        }
        let text = self.i18n.msg(self.lang(l), id, Some(&args));
        let (with_marks, other) = self.i18n.msg_lang(self.lang(l), id, Some(&marked));
        let mut html = html_escape(&with_marks);
        for (mark, name) in placeholders {
            html = html.replace(mark, &name);
        }
        let html = match other {
            Some(o) => format!("<span lang=\"{o}\">{html}</span>"),
            None => html,
        };
        (text, html)
    }

    /// The sidebar, previous/next and "edit this page" of article `key`
    /// in locale `l`, whose content comes from locale `cl`.
    fn insert_navigation(&self, c: &mut Context, l: usize, cl: usize, key: &str, root: &str) {
        #[derive(Serialize)]
        struct Link {
            title: String,
            href: String,
        }
        let mut sidebar = String::new();
        let mut sidebar_lang = String::new();
        let (mut prev, mut next) = (None, None);
        if let Some((tl, nav)) = self.nav(l) {
            sidebar = nav.html(key, self.tag(l), root);
            if tl != l {
                sidebar_lang = self.tag(tl).to_string();
            }
            let link = |k: &str| Link {
                title: nav.title_of(k).unwrap_or(k).to_string(),
                href: format!("{root}{}", article_url(self.tag(l), k)),
            };
            let (p, n) = nav.neighbours(key);
            prev = p.map(link);
            next = n.map(link);
        }
        c.insert("sidebar_html", &sidebar);
        c.insert("sidebar_lang", &sidebar_lang);
        c.insert("prev", &prev);
        c.insert("next", &next);
        let edit = self
            .site
            .config
            .edit_url
            .as_deref()
            .zip(self.site.articles.get(key).and_then(|f| f.get(&cl)))
            .map(|(pattern, file)| {
                let tag = self.tag(cl);
                let shown = std::path::Path::new("content").join(tag);
                let path = file
                    .display
                    .strip_prefix(&shown)
                    .unwrap_or(&file.display)
                    .to_string_lossy()
                    .replace('\\', "/");
                pattern.replace("{locale}", tag).replace("{path}", &path)
            })
            .unwrap_or_default();
        c.insert("edit_href", &edit);
    }

    pub fn lang(&self, l: usize) -> &LanguageIdentifier {
        &self.site.locales[l].id
    }

    fn tag(&self, l: usize) -> &str {
        &self.site.locales[l].tag
    }

    /// The locale's name in its own language: the site's or the built-in
    /// UI strings for it, else CLDR's autonym (`autonym`), else the tag.
    pub fn language_name(&self, l: usize) -> String {
        let id = self.lang(l);
        let tag = &self.site.locales[l].tag;
        if self.i18n.has(id) {
            return self.i18n.msg(id, "language-name", None);
        }
        if let Some(name) = autonym(tag) {
            return name.to_string();
        }
        if self.i18n.has(&LanguageIdentifier::from_parts(
            id.language,
            None,
            None,
            &[],
        )) {
            return self.i18n.msg(id, "language-name", None);
        }
        autonym(id.language.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| tag.clone())
    }

    fn base_context(&self, l: usize, root: &str, kind: &str) -> Context {
        let mut c = Context::new();
        c.insert("lang", self.tag(l));
        c.insert("dir", if is_rtl(self.lang(l)) { "rtl" } else { "ltr" });
        c.insert("root", root);
        c.insert("page_kind", kind);
        c.insert("site_title", self.site.title());
        c.insert("csp", CSP);
        c.insert("home_href", &format!("{root}{}/", self.tag(l)));
        c.insert("description", "");
        c.insert("canonical", "");
        // With `base_url`, hreflang, canonical and og:url links are
        // absolute, as search engines require; `page_path` is this page's
        // path from the root, set by each page kind.
        c.insert(
            "abs_base",
            &self
                .site
                .config
                .base_url
                .as_deref()
                .map(|b| format!("{}/", b.trim_end_matches('/')))
                .unwrap_or_default(),
        );
        c.insert("page_path", "");
        c.insert("canonical_path", "");
        c.insert("x_default", &format!("{}/", self.tag(self.site.source)));
        c.insert("live_reload", &self.live_reload);
        c.insert("lookup_href", &format!("{root}{}/errors/", self.tag(l)));
        c.insert("lookup_ui", &self.lookup_ui(l));
        // The source view names the source locale, whatever it is.
        let src = self.site.source;
        c.insert("source_lang", self.tag(src));
        let names = [("language", src)];
        let (label, _) = self.msg_naming(l, "source-text", &names, None);
        let (show, show_html) = self.msg_naming(l, "show-source", &names, None);
        c.insert("source_label", &label);
        c.insert("show_source", &show);
        c.insert("show_source_html", &show_html);
        c.insert(
            "segment_hint_html",
            &self.msg_naming(l, "segment-hint", &names, None).1,
        );
        c.insert(
            "mt_source_link_html",
            &self.msg_naming(l, "mt-source-link", &names, None).1,
        );
        c.insert("search_counts", &self.search_counts(l));
        c
    }

    /// `search-count` for a few sample counts, as JSON `[[n, "{n} …"], …]`
    /// for `search.js`, which picks the sample equal to the count or one in
    /// its CLDR plural category (`Intl.PluralRules`, the rules Fluent
    /// selects by), so that the count reads "1 result" / "1 Ergebnis".
    /// The samples cover every integer category of CLDR's languages (zero,
    /// one, two, few, many, other).
    fn search_counts(&self, l: usize) -> String {
        const SAMPLES: [u32; 12] = [0, 1, 2, 3, 5, 6, 11, 21, 22, 100, 101, 102];
        let forms: Vec<serde_json::Value> = SAMPLES
            .iter()
            .map(|&n| {
                let mut args = FluentArgs::new();
                args.set("count", n);
                let text = self.i18n.msg(self.lang(l), "search-count", Some(&args));
                serde_json::json!([n, text.replacen(&n.to_string(), "{n}", 1)])
            })
            .collect();
        serde_json::Value::Array(forms).to_string()
    }

    /// The strings `lookup.js` needs, as one JSON object for a `data-ui`
    /// attribute (the CSP forbids inline scripts).
    fn lookup_ui(&self, l: usize) -> String {
        let m: serde_json::Map<String, serde_json::Value> = LOOKUP_UI_KEYS
            .iter()
            .map(|k| {
                (
                    k.trim_start_matches("lookup-").to_string(),
                    self.i18n.msg(self.lang(l), k, None).into(),
                )
            })
            .collect();
        serde_json::Value::Object(m).to_string()
    }

    /// `/<locale>/errors/`: the lookup as a page, with the list of codes the
    /// policies cover (readable without JavaScript).
    pub fn errors_page(
        &self,
        l: usize,
        index: &[crate::policy::IndexEntry],
    ) -> Result<Page, Diagnostic> {
        let root = "../../";
        let mut c = self.base_context(l, root, "errors");
        c.insert(
            "title",
            &self.i18n.msg(self.lang(l), "lookup-page-title", None),
        );
        c.insert("content_lang", self.tag(l));
        c.insert("page_path", &format!("{}/errors/", self.tag(l)));
        c.insert(
            "x_default",
            &format!("{}/errors/", self.tag(self.site.source)),
        );
        c.insert("alternates", &{
            let mut a = self.alternates(l, root, None, &|_| true);
            for alt in &mut a {
                alt.href.push_str("errors/");
                alt.path.push_str("errors/");
            }
            a
        });
        #[derive(Serialize)]
        struct Entry<'a> {
            codes: &'a str,
            title: &'a str,
            href: String,
        }
        let entries: Vec<Entry> = index
            .iter()
            .map(|e| Entry {
                codes: &e.codes,
                title: &e.title,
                href: if e.url.is_empty() || crate::util::is_web_address(&e.url) {
                    e.url.clone()
                } else {
                    format!("{root}{}", e.url)
                },
            })
            .collect();
        c.insert("codes", &entries);
        Ok(Page {
            path: format!("{}/errors/index.html", self.tag(l)),
            html: self.templates.render("errors.html", &c)?,
        })
    }

    fn alternates(
        &self,
        current: usize,
        root: &str,
        key: Option<&str>,
        has: &dyn Fn(usize) -> bool,
    ) -> Vec<Alternate> {
        (0..self.site.locales.len())
            .map(|l| {
                let path = match key {
                    Some(k) => article_url(self.tag(l), k),
                    None => format!("{}/", self.tag(l)),
                };
                Alternate {
                    tag: self.tag(l).to_string(),
                    name: self.language_name(l),
                    href: format!("{root}{path}"),
                    path,
                    current: l == current,
                    available: has(l),
                }
            })
            .collect()
    }

    /// A page shown in locale `l` with locale `cl`'s content: the notice
    /// (the fallback's name marked with its language) and the canonical
    /// URL, which is the content's own page.
    fn insert_fallback(&self, c: &mut Context, l: usize, cl: usize, key: &str, root: &str) {
        let (notice, html) = self.msg_naming(
            l,
            "fallback-notice",
            &[("language", l), ("fallback", cl)],
            None,
        );
        c.insert("fallback_notice", &notice);
        c.insert("fallback_notice_html", &html);
        c.insert(
            "canonical",
            &format!("{root}{}", article_url(self.tag(cl), key)),
        );
    }

    /// The template an article asks for (`template:` in its front matter,
    /// else page.html), or `None` with a `missing-template` error when it
    /// does not exist (reported once, by the locale that owns the file).
    fn template_of<'d>(
        &self,
        doc: &'d crate::markup::Document,
        owner: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<&'d str> {
        let template = doc.front_matter.text("template").unwrap_or("page.html");
        if self.templates.has(template) {
            return Some(template);
        }
        if owner {
            let line = doc
                .front_matter
                .get("template")
                .map(|v| v.line)
                .unwrap_or(1);
            diags.push(
                Diagnostic::error(
                    "missing-template",
                    &doc.path,
                    format!("template `{template}` does not exist"),
                )
                .at(line, 1)
                .hint("create it in templates/, or remove the `template:` line to use page.html"),
            );
        }
        None
    }

    /// What a reader is told about the translation shown: machine
    /// translated (DocFX's `ms.translationtype: MT`), stale segments (from
    /// the alignment), and the source article to compare with.
    #[allow(clippy::too_many_arguments)] // the page's coordinates, all needed
    fn insert_translation_state(
        &self,
        c: &mut Context,
        l: usize,
        cl: usize,
        key: &str,
        root: &str,
        docs: &BTreeMap<usize, Parsed>,
        stale: &BTreeMap<usize, usize>,
    ) {
        // DocFX marks machine translations `ms.translationtype: MT`;
        // readers get a banner and a link to the source article.
        let src = self.site.source;
        let fm = &docs[&cl].doc.front_matter;
        let mt = cl != src
            && fm
                .text("ms.translationtype")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("MT"));
        c.insert("machine_translated", &mt);
        let stale_n = if cl != src {
            stale.get(&cl).copied().unwrap_or(0)
        } else {
            0
        };
        c.insert("stale_segments", &stale_n);
        c.insert(
            "stale_notice_html",
            &if stale_n > 0 {
                self.stale_notice(l, stale_n)
            } else {
                String::new()
            },
        );
        c.insert(
            "source_href",
            &if docs.contains_key(&src) {
                format!("{root}{}", article_url(self.tag(src), key))
            } else {
                String::new()
            },
        );
    }

    /// Renders article `key` in every locale. `docs` holds the parsed file of
    /// each locale that has one. Locales without a translation get a page
    /// with the fallback chain's content, marked as such, so every article
    /// has a URL in every locale.
    ///
    /// `alignment` is the article's alignment (from the translators' view,
    /// computed first): a page showing a translation whose segments were
    /// translated from an older source (stale units) says so and links to
    /// the source, and a translation without markup gets its source view
    /// from it ([`crate::align::pieces`]).
    pub fn article_pages(
        &self,
        key: &str,
        docs: &BTreeMap<usize, Parsed>,
        alignment: Option<&crate::align::ArticleAlignment>,
    ) -> (Vec<Page>, ArticleSummary, Vec<Diagnostic>) {
        let stale: BTreeMap<usize, usize> = alignment
            .map(|al| {
                al.locales
                    .iter()
                    .map(|(l, a)| (*l, a.counts(al.units.len()).stale))
                    .collect()
            })
            .unwrap_or_default();
        let stale = &stale;
        let mut pages = Vec::new();
        let mut diags = Vec::new();
        let mut titles = BTreeMap::new();
        for (l, p) in docs {
            titles.insert(
                *l,
                p.doc
                    .title()
                    .unwrap_or_else(|| key.rsplit('/').next().unwrap_or(key).to_string()),
            );
        }
        let levels = 1 + key.split('/').count();
        let root = depth_prefix(levels);
        let file_dir = key.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        // Locales render in parallel: `stele serve` re-renders one article
        // (in every locale) per save, and a build's articles are already
        // spread over the cores, where rayon nests this for free.
        let article = ArticleCx {
            key,
            docs,
            alignment,
            titles: &titles,
            stale,
            root: &root,
            file_dir,
        };
        let rendered: Vec<Rendered> = (0..self.site.locales.len())
            .into_par_iter()
            .map(|l| self.article_page(&article, l))
            .collect();
        let mut headings = BTreeMap::new();
        for (l, (page, mut d, h)) in rendered.into_iter().enumerate() {
            pages.extend(page);
            diags.append(&mut d);
            if let Some(h) = h {
                headings.insert(l, h);
            }
        }
        (
            pages,
            ArticleSummary {
                key: key.to_string(),
                titles,
                headings,
            },
            diags,
        )
    }

    /// Locale `l`'s page of one article: its own translation, or its
    /// fallback chain's, with the headings when the translation is its own.
    fn article_page(&self, a: &ArticleCx, l: usize) -> Rendered {
        let ArticleCx {
            key,
            docs,
            alignment,
            titles,
            stale,
            root,
            file_dir,
        } = *a;
        let mut diags = Vec::new();
        let content_locale = self.chains[l]
            .iter()
            .copied()
            .find(|c| docs.contains_key(c))
            .or_else(|| docs.keys().next().copied());
        let Some(cl) = content_locale else {
            return (None, diags, None);
        };
        let parsed = &docs[&cl];
        let ctx = BodyCtx {
            site: &self.site,
            locale: l,
            lang: self.lang(l),
            file_dir,
            root,
            i18n: &self.i18n,
            includes: &self.includes,
            depth: 0,
            include_budget: markdown::MAX_INCLUDE_BYTES,
            heading_links: true,
        };
        // An unmarked translation's source view, from its alignment.
        let plan = alignment
            .and_then(|al| {
                al.locales
                    .get(&cl)
                    .map(|la| crate::align::pieces::plan(&parsed.doc, al, la))
            })
            .unwrap_or_default();
        let body = markdown::render_body_with(&parsed.doc, &parsed.text, &ctx, Some(&plan));
        // Link warnings are about the file, so report them once, for the locale that owns it.
        if cl == l {
            diags.extend(body.diagnostics);
        }
        let html = sanitize::clean(&body.html);
        let mut c = self.base_context(l, root, "article");
        c.insert("title", &titles[&cl]);
        if let Some(d) = parsed.doc.front_matter.text("description") {
            c.insert("description", d);
        }
        c.insert("content", &html);
        let fm = &parsed.doc.front_matter;
        // The front matter's date when it has one (the author's word),
        // else the file's last commit.
        c.insert(
            "updated",
            &fm.text("ms.date")
                .or_else(|| fm.text("date"))
                .and_then(iso_date)
                .or_else(|| self.site.git_dates.get(&parsed.doc.path).cloned())
                .unwrap_or_default(),
        );
        self.insert_navigation(&mut c, l, cl, key, root);
        self.insert_translation_state(&mut c, l, cl, key, root, docs, stale);
        c.insert("page_path", &article_url(self.tag(l), key));
        c.insert("canonical_path", &article_url(self.tag(cl), key));
        if let Some(&x) = self.chains[self.site.source]
            .iter()
            .find(|c| docs.contains_key(c))
        {
            c.insert("x_default", &article_url(self.tag(x), key));
        }
        c.insert("content_lang", self.tag(cl));
        c.insert("headings", &body.headings);
        let own_headings = (cl == l).then(|| body.headings.clone());
        c.insert(
            "has_segments",
            &(parsed.doc.is_marked() || !plan.is_empty()),
        );
        c.insert("article_key", key);
        c.insert(
            "alternates",
            &self.alternates(l, root, Some(key), &|x| docs.contains_key(&x)),
        );
        let is_fallback = cl != l;
        c.insert("is_fallback", &is_fallback);
        if is_fallback {
            self.insert_fallback(&mut c, l, cl, key, root);
        }
        let Some(template) = self.template_of(&parsed.doc, cl == l, &mut diags) else {
            return (None, diags, own_headings);
        };
        match self.templates.render(template, &c) {
            Ok(html) => (
                Some(Page {
                    path: format!("{}index.html", article_url(self.tag(l), key)),
                    html,
                }),
                diags,
                own_headings,
            ),
            Err(d) => {
                diags.push(d);
                (None, diags, own_headings)
            }
        }
    }

    /// The translators' side-by-side page of one article
    /// (`_translation/<key>/index.html`). `table` is the view's HTML
    /// fragment; it goes through the sanitizer like article bodies.
    #[allow(clippy::result_large_err)] // like the other page functions
    pub fn translation_page(
        &self,
        key: &str,
        title: &str,
        units: usize,
        table: &str,
        summaries: &[crate::check::view::LocaleSummary],
    ) -> Result<Page, Diagnostic> {
        let root = depth_prefix(1 + key.split('/').count());
        let src = self.site.source;
        let mut c = self.base_context(src, &root, "translation");
        c.insert("title", title);
        c.insert("article_key", key);
        c.insert("units", &units);
        c.insert("summaries", summaries);
        let editor = self.site.config.check.editor_url.as_deref();
        c.insert(
            "content",
            &sanitize::clean_with_scheme(table, editor.and_then(sanitize::scheme)),
        );
        c.insert("alternates", &Vec::<Alternate>::new());
        c.insert("content_lang", self.tag(src));
        Ok(Page {
            path: format!("_translation/{key}/index.html"),
            html: self.templates.render("translation.html", &c)?,
        })
    }

    /// `_translation/index.html`: every article with its status per locale.
    #[allow(clippy::result_large_err)] // like the other page functions
    /// `/_translation/`: the status of every article per locale, then the
    /// findings of the site-wide checks, each linked to its segment's view.
    pub fn translation_index(
        &self,
        rows: &[TranslationRow],
        site_wide: &[crate::check::Finding],
    ) -> Result<Page, Diagnostic> {
        let root = "../";
        let src = self.site.source;
        let mut c = self.base_context(src, root, "translation");
        c.insert("title", "Translation status");
        let locales: Vec<&str> = (0..self.site.locales.len())
            .filter(|&l| l != src)
            .map(|l| self.tag(l))
            .collect();
        c.insert("locales", &locales);
        c.insert("articles", rows);
        #[derive(Serialize)]
        struct SiteWide<'a> {
            check: &'a str,
            severity: &'a str,
            locale: &'a str,
            article: &'a str,
            segment: &'a str,
            href: String,
            message: &'a str,
            target: &'a str,
        }
        let findings: Vec<SiteWide> = site_wide
            .iter()
            .map(|f| SiteWide {
                check: f.check,
                severity: f.severity.name(),
                locale: &f.locale,
                article: &f.article,
                segment: f.segment.as_deref().unwrap_or(""),
                // Relative to /_translation/.
                href: f
                    .view
                    .strip_prefix("_translation/")
                    .unwrap_or(&f.view)
                    .to_string(),
                message: &f.message,
                target: f.target.as_deref().unwrap_or(""),
            })
            .collect();
        c.insert("site_wide", &findings);
        c.insert("checks", &check_reference(&self.site.config.check.severity));
        c.insert("alternates", &Vec::<Alternate>::new());
        c.insert("content_lang", self.tag(src));
        Ok(Page {
            path: "_translation/index.html".into(),
            html: self.templates.render("translation-index.html", &c)?,
        })
    }

    /// The home page of locale `l`: its `TOC.md` when there is one (in the
    /// locale or along its fallback chain), else the article list.
    pub fn home_page(
        &self,
        l: usize,
        summaries: &[ArticleSummary],
        tocs: &BTreeMap<usize, Parsed>,
    ) -> (Page, Vec<Diagnostic>) {
        let root = "../";
        let mut diags = Vec::new();
        let mut c = self.base_context(l, root, "home");
        c.insert("title", &self.i18n.msg(self.lang(l), "home-title", None));
        c.insert("content_lang", self.tag(l));
        c.insert("alternates", &self.alternates(l, root, None, &|_| true));
        c.insert("page_path", &format!("{}/", self.tag(l)));
        let toc = self.chains[l]
            .iter()
            .find_map(|c| tocs.get(c).map(|p| (*c, p)));
        let mut toc_html = String::new();
        if let Some((tl, p)) = toc {
            let ctx = BodyCtx {
                site: &self.site,
                locale: l,
                lang: self.lang(l),
                file_dir: "",
                root,
                i18n: &self.i18n,
                includes: &self.includes,
                depth: 0,
                include_budget: markdown::MAX_INCLUDE_BYTES,
                heading_links: false,
            };
            let body = render_body(&p.doc, &p.text, &ctx);
            if tl == l {
                diags.extend(body.diagnostics);
            }
            toc_html = sanitize::clean(&body.html);
        }
        c.insert("toc_html", &toc_html);
        #[derive(Serialize)]
        struct Item {
            title: String,
            href: String,
            lang: String,
            translated: bool,
        }
        let mut items: Vec<Item> = summaries
            .iter()
            .filter_map(|s| {
                let cl = self.chains[l]
                    .iter()
                    .copied()
                    .find(|c| s.titles.contains_key(c))
                    .or_else(|| s.titles.keys().next().copied())?;
                Some(Item {
                    title: s.titles[&cl].clone(),
                    href: format!("{root}{}", article_url(self.tag(l), &s.key)),
                    lang: self.tag(cl).to_string(),
                    translated: cl == l,
                })
            })
            .collect();
        items.sort_by(|a, b| {
            b.translated
                .cmp(&a.translated)
                .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
        });
        c.insert("articles", &items);
        let html = match self.templates.render("home.html", &c) {
            Ok(h) => h,
            Err(d) => {
                diags.push(d);
                String::new()
            }
        };
        (
            Page {
                path: format!("{}/index.html", self.tag(l)),
                html,
            },
            diags,
        )
    }

    fn locale_links(&self, root: &str) -> Vec<serde_json::Value> {
        (0..self.site.locales.len())
            .map(|l| {
                serde_json::json!({
                    "tag": self.tag(l),
                    "name": self.language_name(l),
                    "href": format!("{root}{}/", self.tag(l)),
                    "choose": self.i18n.msg(self.lang(l), "root-title", None),
                })
            })
            .collect()
    }

    /// The site root: links to every locale, and a script that sends readers
    /// to the locale that best matches their browser languages.
    pub fn root_page(&self) -> Result<Page, Diagnostic> {
        let src = self.site.source;
        let mut c = self.base_context(src, "", "root");
        c.insert("locales", &self.locale_links(""));
        c.insert(
            "locale_tags",
            &self
                .site
                .locales
                .iter()
                .map(|l| l.tag.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        c.insert("default_href", &format!("{}/", self.tag(src)));
        c.insert("title", self.site.title());
        Ok(Page {
            path: "index.html".into(),
            html: self.templates.render("root.html", &c)?,
        })
    }

    /// The full search results page of locale `l` (`/<locale>/search/`):
    /// an empty frame that `search.js` fills, with room reserved for the
    /// results so the page does not jump.
    #[allow(clippy::result_large_err)] // like the other page functions
    pub fn search_page(&self, l: usize) -> Result<Page, Diagnostic> {
        let root = "../../";
        let mut c = self.base_context(l, root, "search");
        c.insert("title", &self.i18n.msg(self.lang(l), "search-title", None));
        c.insert("content_lang", self.tag(l));
        c.insert("page_path", &format!("{}/search/", self.tag(l)));
        c.insert(
            "x_default",
            &format!("{}/search/", self.tag(self.site.source)),
        );
        // The language switcher leads to the same page in the other locale
        // (search.js adds the current query to these links).
        c.insert("alternates", &{
            let mut a = self.alternates(l, root, None, &|_| true);
            for alt in &mut a {
                alt.href.push_str("search/");
                alt.path.push_str("search/");
            }
            a
        });
        Ok(Page {
            path: format!("{}/search/index.html", self.tag(l)),
            html: self.templates.render("search.html", &c)?,
        })
    }

    /// `404.html`. Servers show it at any depth, so its links are
    /// root-relative to the site's base path rather than page-relative.
    pub fn not_found_page(&self) -> Result<Page, Diagnostic> {
        let src = self.site.source;
        let base = base_path(self.site.config.base_url.as_deref());
        let mut c = self.base_context(src, &base, "404");
        c.insert(
            "title",
            &self.i18n.msg(self.lang(src), "not-found-title", None),
        );
        c.insert("locales", &self.locale_links(&base));
        c.insert("alternates", &Vec::<Alternate>::new());
        c.insert("content_lang", self.tag(src));
        Ok(Page {
            path: "404.html".into(),
            html: self.templates.render("404.html", &c)?,
        })
    }

    /// `sitemap.xml` with hreflang alternates for every translated page.
    pub fn sitemap(&self, summaries: &[ArticleSummary]) -> String {
        let base = self
            .site
            .config
            .base_url
            .clone()
            .map(|b| if b.ends_with('/') { b } else { format!("{b}/") })
            .unwrap_or_else(|| "/".into());
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        let mut entry = |urls: Vec<(String, String)>| {
            for (_, loc) in &urls {
                out.push_str("  <url>\n    <loc>");
                out.push_str(&html_escape(loc));
                out.push_str("</loc>\n");
                for (tag, href) in &urls {
                    out.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        html_escape(tag),
                        html_escape(href)
                    ));
                }
                out.push_str("  </url>\n");
            }
        };
        entry(
            (0..self.site.locales.len())
                .map(|l| (self.tag(l).to_string(), format!("{base}{}/", self.tag(l))))
                .collect(),
        );
        for s in summaries {
            entry(
                s.titles
                    .keys()
                    .map(|&l| {
                        (
                            self.tag(l).to_string(),
                            format!("{base}{}", article_url(self.tag(l), &s.key)),
                        )
                    })
                    .collect(),
            );
        }
        out.push_str("</urlset>\n");
        out
    }
}

/// Language names in their own language, from CLDR's `localeDisplayNames`
/// (each locale's name for itself), for the locales help centers publish
/// most; a site names any other locale with `language-name` in its
/// `locales/<tag>/ui.ftl`.
const AUTONYMS: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bg", "български"),
    ("ca", "català"),
    ("cs", "čeština"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("et", "eesti"),
    ("eu", "euskara"),
    ("fa", "فارسی"),
    ("fi", "suomi"),
    ("fr", "français"),
    ("gl", "galego"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("id", "Indonesia"),
    ("it", "italiano"),
    ("ja", "日本語"),
    ("kk", "қазақ тілі"),
    ("ko", "한국어"),
    ("lt", "lietuvių"),
    ("lv", "latviešu"),
    ("ms", "Melayu"),
    ("nb", "norsk bokmål"),
    ("nl", "Nederlands"),
    ("pl", "polski"),
    ("pt", "português"),
    ("pt-BR", "português (Brasil)"),
    ("pt-PT", "português (Portugal)"),
    ("ro", "română"),
    ("ru", "русский"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("sr", "српски"),
    ("sv", "svenska"),
    ("th", "ไทย"),
    ("tr", "Türkçe"),
    ("uk", "українська"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
    ("zh-CN", "中文（中国）"),
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
    ("zh-TW", "中文（台灣）"),
];

fn autonym(tag: &str) -> Option<&'static str> {
    AUTONYMS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|(_, n)| *n)
}

/// `2018-10-17` from DocFX's `ms.date` (`10/17/2018`) or an ISO date
/// (`2018-10-17`, with or without a time); `None` for anything else.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('/').collect();
    let (y, m, d) = if parts.len() == 3 {
        (parts[2], parts[0], parts[1])
    } else {
        let date = s.get(..10)?;
        let mut it = date.split('-');
        (it.next()?, it.next()?, it.next()?)
    };
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1000..10000).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The path part of the base URL (`https://x.org/help/` → `/help/`).
// `i` comes from `find('/')`: a char boundary.
#[allow(clippy::string_slice)]
fn base_path(base_url: Option<&str>) -> String {
    let Some(b) = base_url else { return "/".into() };
    let after_scheme = b.split_once("://").map(|(_, r)| r).unwrap_or(b);
    let path = after_scheme
        .find('/')
        .map(|i| &after_scheme[i..])
        .unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

fn is_rtl(id: &LanguageIdentifier) -> bool {
    matches!(
        id.language.as_str(),
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ug"
    )
}

/// One check in the reference on the translators' index page.
#[derive(Serialize)]
struct CheckEntry {
    name: &'static str,
    /// The severity on this site (`[check.severity]` or the default).
    severity: &'static str,
    /// What the check finds and what to do, as HTML.
    about: String,
    help: String,
}

/// The check reference of `/_translation/`: every check under an anchor
/// of its name, so that `<base_url>/_translation/#<check>` is a SARIF
/// rule's `helpUri` (see [`crate::check::published_reference`]). The texts
/// are the SARIF rules' own (`fullDescription`, `help`): Stele's, trusted,
/// with inline code in markdown.
fn check_reference(
    severity: &std::collections::BTreeMap<String, crate::check::Level>,
) -> Vec<CheckEntry> {
    use crate::check::{output::rule_help, CHECKS};
    let inline = |md: &str| {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(md));
        html
    };
    CHECKS
        .iter()
        .map(|c| {
            let (about, help) = rule_help(c.name).unwrap_or((c.description, ""));
            CheckEntry {
                name: c.name,
                severity: severity.get(c.name).copied().unwrap_or(c.default).name(),
                about: inline(about),
                help: inline(help),
            }
        })
        .collect()
}

/// A locale's rendered page of an article, its diagnostics, and its
/// headings when the page shows the locale's own translation.
type Rendered = (
    Option<Page>,
    Vec<Diagnostic>,
    Option<Vec<markdown::Heading>>,
);

/// What every locale's page of one article shares.
#[derive(Clone, Copy)]
struct ArticleCx<'a> {
    key: &'a str,
    docs: &'a BTreeMap<usize, Parsed>,
    alignment: Option<&'a crate::align::ArticleAlignment>,
    titles: &'a BTreeMap<usize, String>,
    stale: &'a BTreeMap<usize, usize>,
    root: &'a str,
    file_dir: &'a str,
}
