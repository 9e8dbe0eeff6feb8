//! Encoding: the validated rules become the language-neutral `SLR1` blob,
//! and per locale the outcomes' and questions' texts the `SLS1` blob,
//! with every fallback (locale chain, article translation) resolved here.

use super::validate::{Checked, Validated};
use super::UI_IDS;
use crate::content::{article_url, Site};
use crate::i18n::I18n;
use stele_runtime::policy::data::{self, Answer, Outcome, Question, QuestionText, Rule, Strings};

/// The rules blob.
pub(super) fn rules(checked: &[Checked]) -> Vec<u8> {
    let rules: Vec<Rule<'_>> = checked
        .iter()
        .map(|c| Rule {
            id: &c.id,
            label: &c.label,
            ranges: c.ranges.clone(),
            basic: c.basic.clone(),
            text: c.text.iter().map(String::as_str).collect(),
            fallback: c.fallback,
            fix: c.fix,
            severity: c.severity,
            outcome: c.outcome,
            question: c.question.as_ref().map(|(id, text, answers)| Question {
                id: id.as_str(),
                text: *text,
                answers: answers
                    .iter()
                    .map(|(v, o, f)| Answer {
                        value: v.as_str(),
                        outcome: *o,
                        fix: *f,
                    })
                    .collect(),
            }),
        })
        .collect();
    data::encode_rules(&rules)
}

/// One outcome's texts in one locale.
pub(super) struct Texts {
    pub(super) title: String,
    meaning: String,
    cause: String,
    steps: Vec<String>,
    /// Relative to the site root, with the anchor.
    pub(super) url: String,
    /// The locale of the article the URL leads to.
    lang: String,
    /// The language the texts are in: the page's tag, or the language
    /// they fell back to (a Fluent bundle's language) where the page's
    /// locale lacks the message.
    text_lang: String,
}

/// The texts of every outcome in locale `l`, in outcome order.
pub(super) fn outcome_texts(site: &Site, i18n: &I18n, l: usize, v: &Validated) -> Vec<Texts> {
    let lang = &site.locales[l].id;
    let tag = &site.locales[l].tag;
    let chain = site.chain(l);
    v.outcomes
        .iter()
        .map(|o| {
            let get =
                |attr: Option<&str>| i18n.get_along(lang, &o.message, attr).unwrap_or_default();
            // Steps come whole from one locale, never mixed.
            let steps = i18n
                .chain(lang)
                .iter()
                .map(|cl| {
                    (1..)
                        .map_while(|n| i18n.get(cl, &o.message, Some(&format!("step-{n}"))))
                        .collect::<Vec<_>>()
                })
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            let (url, article_lang) = match &o.article {
                Some(key) => {
                    let cl = chain
                        .iter()
                        .find(|c| site.articles.get(key).is_some_and(|f| f.contains_key(*c)))
                        .copied()
                        .unwrap_or(site.source);
                    let mut url = article_url(tag, key);
                    if let Some(a) = &o.anchor {
                        url.push('#');
                        url.push_str(a);
                    }
                    (url, site.locales[cl].tag.clone())
                }
                // An external page: linked as written, language unknown.
                None => (o.url.clone().unwrap_or_default(), String::new()),
            };
            let text_lang = i18n
                .chain(lang)
                .iter()
                .find(|cl| {
                    i18n.get(cl, &o.message, Some("meaning")).is_some()
                        || i18n.get(cl, &o.message, None).is_some()
                })
                .map(|cl| {
                    if cl == lang {
                        tag.clone()
                    } else {
                        cl.to_string()
                    }
                })
                .unwrap_or_default();
            Texts {
                text_lang,
                title: get(None),
                meaning: get(Some("meaning")),
                cause: get(Some("cause")),
                steps,
                url,
                lang: article_lang,
            }
        })
        .collect()
}

/// The strings blob of locale `l`, from its outcome texts.
pub(super) fn strings(
    site: &Site,
    i18n: &I18n,
    l: usize,
    v: &Validated,
    texts: &[Texts],
) -> Vec<u8> {
    let lang = &site.locales[l].id;
    let ui_texts: Vec<String> = UI_IDS
        .iter()
        .map(|id| {
            i18n.get_along(lang, id, None)
                .unwrap_or_else(|| id.to_string())
        })
        .collect();
    let qtexts: Vec<(String, Vec<String>)> = v
        .questions
        .iter()
        .map(|(m, values)| {
            (
                i18n.get_along(lang, m, None).unwrap_or_default(),
                values
                    .iter()
                    .map(|v| {
                        i18n.get_along(lang, m, Some(v))
                            .unwrap_or_else(|| v.clone())
                    })
                    .collect(),
            )
        })
        .collect();
    let strings = Strings {
        lang: &site.locales[l].tag,
        ui: ui_texts.iter().map(String::as_str).collect(),
        outcomes: texts
            .iter()
            .map(|t| Outcome {
                title: &t.title,
                meaning: &t.meaning,
                cause: &t.cause,
                steps: t.steps.iter().map(String::as_str).collect(),
                url: &t.url,
                article_lang: &t.lang,
                text_lang: &t.text_lang,
            })
            .collect(),
        questions: qtexts
            .iter()
            .map(|(t, ls)| QuestionText {
                text: t,
                labels: ls.iter().map(String::as_str).collect(),
            })
            .collect(),
    };
    data::encode_strings(&strings)
}
