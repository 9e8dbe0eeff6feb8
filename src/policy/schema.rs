//! The doc writers' format: `content/policies/*.toml` as serde reads it
//! (see docs/lookup.md). Spans are kept for diagnostics; nothing here is
//! validated yet.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T: Clone> OneOrMany<T> {
    pub(super) fn to_vec(&self) -> Vec<T> {
        match self {
            OneOrMany::One(t) => vec![t.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileToml {
    /// Default article of the file's rules.
    pub(super) article: Option<Spanned<String>>,
    /// Default external page of the file's rules, for sites without the
    /// article (see [`RuleToml::url`]).
    pub(super) url: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) rule: Vec<RuleToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleToml {
    pub(super) id: Spanned<String>,
    pub(super) codes: Option<Spanned<OneOrMany<String>>>,
    pub(super) basic: Option<Spanned<OneOrMany<u16>>>,
    #[serde(default)]
    pub(super) text: Vec<String>,
    #[serde(default)]
    pub(super) fallback: bool,
    pub(super) message: Spanned<String>,
    pub(super) fix: Option<Spanned<String>>,
    pub(super) severity: Option<Spanned<String>>,
    pub(super) article: Option<Spanned<String>>,
    /// An absolute `https://` page the answer links to when the site has
    /// no `article` (a policy pack shared by sites that do not all carry
    /// the same articles).
    pub(super) url: Option<Spanned<String>>,
    pub(super) anchor: Option<Spanned<String>>,
    pub(super) question: Option<QuestionToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuestionToml {
    pub(super) id: Spanned<String>,
    pub(super) message: Spanned<String>,
    #[serde(rename = "answer", default)]
    pub(super) answers: Vec<AnswerToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerToml {
    pub(super) value: Spanned<String>,
    pub(super) message: Spanned<String>,
    pub(super) fix: Option<Spanned<String>>,
    pub(super) anchor: Option<Spanned<String>>,
}
