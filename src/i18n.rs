//! UI strings from Fluent files (`locales/<locale>/*.ftl`), looked up along a
//! unic-langid fallback chain so that `zh-TW` uses `zh`, then `en`.
//!
//! Stele ships built-in strings for en, de, zh (Simplified), it, ja, fr,
//! es, pt-BR, ru, ko, ar and zh-Hant (Traditional); a site's own
//! `locales/` folder adds locales and overrides single messages.

use crate::content::{fallback_chain, parse_locale};
use crate::diag::Diagnostic;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The built-in UI strings, compiled from the repository's `locales/`.
pub const BUILTIN_FTL: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/ui.ftl")),
    ("de", include_str!("../locales/de/ui.ftl")),
    ("zh", include_str!("../locales/zh/ui.ftl")),
    ("it", include_str!("../locales/it/ui.ftl")),
    ("ja", include_str!("../locales/ja/ui.ftl")),
    ("fr", include_str!("../locales/fr/ui.ftl")),
    ("es", include_str!("../locales/es/ui.ftl")),
    ("pt-BR", include_str!("../locales/pt-BR/ui.ftl")),
    ("ru", include_str!("../locales/ru/ui.ftl")),
    ("ko", include_str!("../locales/ko/ui.ftl")),
    ("ar", include_str!("../locales/ar/ui.ftl")),
    ("zh-Hant", include_str!("../locales/zh-Hant/ui.ftl")),
];

/// All UI bundles of a site.
pub struct I18n {
    bundles: Vec<(LanguageIdentifier, FluentBundle<FluentResource>)>,
    default: LanguageIdentifier,
}

/// UI messages a site may have overridden that Stele no longer reads, and
/// what replaced each. An override of one would be ignored without a word.
const RETIRED: &[(&str, &str)] = &[
    (
        "show-english",
        "use `show-source` instead; it names the language with `{ $language }`",
    ),
    (
        "hide-english",
        "use `show-source` instead: the toggle has one label and says whether it is on",
    ),
    (
        "english-source",
        "use `source-text` instead; it names the language with `{ $language }`",
    ),
];

/// A warning for each message of a site's Fluent file that Stele no longer
/// reads ([`RETIRED`]), at the line that defines it.
fn retired_messages(display: &str, text: &str, res: &FluentResource) -> Vec<Diagnostic> {
    use fluent_syntax::ast::Entry;
    let mut out = Vec::new();
    for entry in res.entries() {
        let Entry::Message(m) = entry else { continue };
        let Some((id, instead)) = RETIRED.iter().find(|(id, _)| *id == m.id.name) else {
            continue;
        };
        let line = text
            .lines()
            .position(|l| {
                l.strip_prefix(id)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            })
            .map_or(1, |i| i as u32 + 1);
        out.push(
            Diagnostic::warning(
                "retired-message",
                display,
                format!("the UI message `{id}` is no longer used, so this text is not shown"),
            )
            .at(line, 1)
            .hint(*instead),
        );
    }
    out
}

impl I18n {
    /// Loads the built-in strings, then every `*.ftl` under `locales_dir`.
    /// Site messages override built-in ones with the same ID.
    pub fn load(
        locales_dir: Option<&Path>,
        default: &LanguageIdentifier,
    ) -> (I18n, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        // Per locale: list of (display path, source), site files last so they win.
        let mut sources: BTreeMap<String, (LanguageIdentifier, Vec<(String, String)>)> =
            BTreeMap::new();
        for (tag, text) in BUILTIN_FTL {
            if let Some(id) = parse_locale(tag) {
                sources
                    .entry(id.to_string())
                    .or_insert_with(|| (id, Vec::new()))
                    .1
                    .push((format!("(built-in) locales/{tag}/ui.ftl"), text.to_string()));
            }
        }
        if let Some(dir) = locales_dir.filter(|d| d.is_dir()) {
            let mut files: Vec<_> = walkdir::WalkDir::new(dir)
                .min_depth(2)
                .max_depth(2)
                .sort_by_file_name()
                .into_iter()
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort_by(|a, b| a.path().cmp(b.path()));
            for e in files {
                let tag = e
                    .path()
                    .parent()
                    .and_then(|p| p.file_name())
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default();
                let display =
                    Path::new("locales").join(e.path().strip_prefix(dir).unwrap_or(e.path()));
                let Some(id) = parse_locale(&tag) else {
                    diags.push(
                        Diagnostic::error("unknown-locale", &display, format!("`{tag}` is not a BCP 47 locale tag"))
                            .hint("name folders in `locales/` like those in `content/`: `de`, `zh-Hant`, `pt-BR`"),
                    );
                    continue;
                };
                match std::fs::read_to_string(e.path()) {
                    Ok(text) => sources
                        .entry(id.to_string())
                        .or_insert_with(|| (id, Vec::new()))
                        .1
                        .push((display.display().to_string(), text)),
                    Err(err) => diags.push(Diagnostic::error(
                        "unreadable",
                        &display,
                        format!("cannot read: {err}"),
                    )),
                }
            }
        }
        let mut bundles = Vec::new();
        for (_, (id, files)) in sources {
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation marks (U+2068/U+2069) around arguments would leak into HTML attributes.
            bundle.set_use_isolating(false);
            for (display, text) in files {
                let res = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            let (line, col) =
                                crate::diag::LineIndex::new(&text).line_col(&text, e.pos.start);
                            diags.push(
                                Diagnostic::error(
                                    "invalid-fluent",
                                    &display,
                                    format!("Fluent syntax error: {}", e.kind),
                                )
                                .at(line, col)
                                .hint("see https://projectfluent.org/fluent/guide/ for the syntax"),
                            );
                        }
                        r
                    }
                };
                if !display.starts_with("(built-in)") {
                    diags.extend(retired_messages(&display, &text, &res));
                }
                bundle.add_resource_overriding(res);
            }
            bundles.push((id, bundle));
        }
        (
            I18n {
                bundles,
                default: default.clone(),
            },
            diags,
        )
    }

    /// Whether any bundle exists for this exact locale.
    pub fn has(&self, id: &LanguageIdentifier) -> bool {
        self.bundles.iter().any(|(b, _)| b == id)
    }

    /// The locales that have a bundle, along the fallback chain of `lang`
    /// (for callers that must not mix languages within one list, such as
    /// the policy compiler's steps).
    pub fn chain(&self, lang: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
        let available: Vec<LanguageIdentifier> =
            self.bundles.iter().map(|(l, _)| l.clone()).collect();
        fallback_chain(lang, &available, &self.default)
            .into_iter()
            .filter(|l| self.has(l))
            .collect()
    }

    /// Formats message `id`, or its attribute `attr`, from exactly locale
    /// `l`'s bundle; `None` when that bundle lacks it.
    pub fn get(&self, l: &LanguageIdentifier, id: &str, attr: Option<&str>) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(b, _)| b == l)?;
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .trim()
                .to_string(),
        )
    }

    /// Formats `id` / `attr` from the first locale along `lang`'s chain
    /// that has it.
    pub fn get_along(
        &self,
        lang: &LanguageIdentifier,
        id: &str,
        attr: Option<&str>,
    ) -> Option<String> {
        self.chain(lang).iter().find_map(|l| self.get(l, id, attr))
    }

    /// Looks a message up along the fallback chain of `lang`; returns the ID
    /// itself when no bundle has it, so a missing string is visible, not blank.
    pub fn msg(&self, lang: &LanguageIdentifier, id: &str, args: Option<&FluentArgs>) -> String {
        self.msg_lang(lang, id, args).0
    }

    /// [`I18n::msg`], and the locale the text is in when that is another
    /// language than `lang`'s (a string that fell back along the chain), so
    /// that the page can mark it with `lang` for screen readers. A regional
    /// or script variant of the same language (`zh-Hant` for `zh-TW`) is
    /// the same language.
    pub fn msg_lang(
        &self,
        lang: &LanguageIdentifier,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> (String, Option<LanguageIdentifier>) {
        let available: Vec<LanguageIdentifier> =
            self.bundles.iter().map(|(l, _)| l.clone()).collect();
        for l in fallback_chain(lang, &available, &self.default) {
            let Some((_, bundle)) = self.bundles.iter().find(|(b, _)| *b == l) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                let other = (l.language != lang.language).then_some(l);
                return (text, other);
            }
        }
        (id.to_string(), None)
    }

    /// [`I18n::msg`] as HTML text: escaped, and wrapped in
    /// `<span lang="…">` when it fell back to another language.
    pub fn msg_html(
        &self,
        lang: &LanguageIdentifier,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> String {
        let (text, other) = self.msg_lang(lang, id, args);
        let text = crate::util::html_escape(&text);
        match other {
            Some(l) => format!("<span lang=\"{l}\">{text}</span>"),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_along_the_chain() {
        let (i18n, diags) = I18n::load(None, &"en".parse().unwrap());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            i18n.msg(&"de".parse().unwrap(), "language-name", None),
            "Deutsch"
        );
        assert_eq!(
            i18n.msg(&"zh-CN".parse().unwrap(), "language-name", None),
            "中文"
        );
        assert_eq!(
            i18n.msg(&"zh-TW".parse().unwrap(), "toc-label", None),
            "目錄",
            "zh-TW reads Traditional Chinese (zh-Hant) before Simplified"
        );
        assert_eq!(
            i18n.msg(&"sv".parse().unwrap(), "language-name", None),
            "English"
        );
        assert_eq!(
            i18n.msg(&"de".parse().unwrap(), "no-such-message", None),
            "no-such-message"
        );
    }

    #[test]
    fn fallen_back_strings_name_their_language() {
        let (i18n, _) = I18n::load(None, &"en".parse().unwrap());
        let sv = "sv".parse().unwrap();
        assert_eq!(
            i18n.msg_html(&sv, "toc-label", None),
            "<span lang=\"en\">Contents</span>"
        );
        assert_eq!(
            i18n.msg_html(&"fr".parse().unwrap(), "toc-label", None),
            "Sommaire"
        );
        // Same language, another script: not marked.
        assert_eq!(
            i18n.msg_lang(&"zh-TW".parse().unwrap(), "toc-label", None)
                .1,
            None
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let (i18n, _) = I18n::load(None, &"en".parse().unwrap());
        let count = |lang: &str, n: f64| {
            let mut a = FluentArgs::new();
            a.set("count", n);
            i18n.msg(&lang.parse().unwrap(), "search-count", Some(&a))
        };
        assert_eq!(count("ru", 1.0), "1 результат");
        assert_eq!(count("ru", 3.0), "3 результата");
        assert_eq!(count("ru", 5.0), "5 результатов");
        assert_eq!(count("ru", 21.0), "21 результат");
        assert_eq!(count("ar", 2.0), "نتيجتان");
        assert_eq!(count("ar", 4.0), "4 نتائج");
        assert_eq!(count("ar", 11.0), "11 نتيجة");
        assert_eq!(count("fr", 2.0), "2 résultats");
        assert_eq!(count("pt-BR", 1.0), "1 resultado");
        assert_eq!(count("ko", 7.0), "결과 7개");
    }

    #[test]
    fn every_builtin_locale_has_every_english_message() {
        let en = FluentResource::try_new(BUILTIN_FTL[0].1.to_string()).unwrap();
        let ids: Vec<String> = en
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        assert!(ids.len() > 10);
        for (tag, text) in &BUILTIN_FTL[1..] {
            let res = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|_| panic!("{tag} parses"));
            for id in &ids {
                let found = res.entries().any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id.as_str()));
                assert!(found, "locales/{tag}/ui.ftl lacks `{id}`");
            }
        }
    }
}
