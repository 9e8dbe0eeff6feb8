//! Error-code policies: `content/policies/*.toml` and the Fluent messages
//! they name, compiled into the blobs the runtime's evaluator reads (see
//! `stele_runtime::policy::data`), with every reference checked.
//!
//! The compiler is the only place that knows the doc writers' format;
//! the runtime only sees code intervals, indices and resolved strings. That
//! keeps the wasm small and makes every fallback a build-time decision.
//! Articles are read through the segment model (`markup::parse`): anchors
//! come from the parsed blocks, never from re-scanning the markdown.

use crate::content::article_url;
use crate::content::Site;
use crate::diag::{Diagnostic, LineIndex};
use crate::i18n::I18n;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use stele_runtime::policy::code::{self, parse_spec};
use stele_runtime::policy::data::{
    self, ui, Answer, Outcome, Question, QuestionText, Rule, Strings, FIX_NAMES, SEVERITY_NAMES,
};
use toml::Spanned;
use unic_langid::LanguageIdentifier;

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

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T: Clone> OneOrMany<T> {
    fn to_vec(&self) -> Vec<T> {
        match self {
            OneOrMany::One(t) => vec![t.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    /// Default article of the file's rules.
    article: Option<Spanned<String>>,
    #[serde(default)]
    rule: Vec<RuleToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleToml {
    id: Spanned<String>,
    codes: Option<Spanned<OneOrMany<String>>>,
    basic: Option<Spanned<OneOrMany<u16>>>,
    #[serde(default)]
    text: Vec<String>,
    #[serde(default)]
    fallback: bool,
    message: Spanned<String>,
    fix: Option<Spanned<String>>,
    severity: Option<Spanned<String>>,
    article: Option<Spanned<String>>,
    anchor: Option<Spanned<String>>,
    question: Option<QuestionToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    id: Spanned<String>,
    message: Spanned<String>,
    #[serde(rename = "answer", default)]
    answers: Vec<AnswerToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerToml {
    value: Spanned<String>,
    message: Spanned<String>,
    fix: Option<Spanned<String>>,
    anchor: Option<Spanned<String>>,
}

/// Where an outcome's texts come from.
struct OutcomeSrc {
    message: String,
    article: Option<String>,
    anchor: Option<String>,
}

/// A question after validation: its ID, text index, and per answer the
/// value, outcome index and who fixes it.
type CheckedQuestion = (String, u32, Vec<(String, u32, u8)>);

/// A rule after validation, before encoding.
struct Checked {
    id: String,
    label: String,
    ranges: Vec<(u32, u32)>,
    basic: Vec<u16>,
    text: Vec<String>,
    fallback: bool,
    fix: u8,
    severity: u8,
    outcome: u32,
    question: Option<CheckedQuestion>,
    /// For diagnostics about overlaps.
    file: PathBuf,
    line: u32,
}

/// One policy file being checked: its path and text, for locations.
struct Src<'a> {
    display: &'a Path,
    text: &'a str,
    lines: LineIndex,
}

impl Src<'_> {
    fn at(&self, d: Diagnostic, span: Range<usize>) -> Diagnostic {
        let (line, col) = self.lines.line_col(self.text, span.start);
        d.at(line, col).span(span)
    }
    fn line(&self, span: &Range<usize>) -> u32 {
        self.lines.line(span.start)
    }
}

/// Reads and compiles the site's policies. A site without
/// `content/policies/` still gets a working lookup (RFC 3463 meanings only).
pub fn compile(site: &Site, i18n: &I18n) -> (Compiled, Vec<Diagnostic>) {
    let mut diags = Vec::new();
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
    let source_id = site.locales[site.source].id.clone();
    let mut docs = ArticleAnchors::default();
    let mut outcomes: Vec<OutcomeSrc> = Vec::new();
    let mut questions: Vec<(String, Vec<String>)> = Vec::new();
    let mut checked: Vec<Checked> = Vec::new();
    let mut ids: HashMap<String, (PathBuf, u32)> = HashMap::new();
    let mut qids: HashMap<String, (PathBuf, u32)> = HashMap::new();

    for path in &files {
        let display = Path::new("content")
            .join(POLICY_DIR)
            .join(path.file_name().unwrap_or_default());
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic::error(
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
        let file: FileToml = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                let d = Diagnostic::error("invalid-policy", &display, e.message().to_string())
                    .hint("see docs/lookup.md for the policy file format");
                diags.push(match e.span() {
                    Some(s) => src.at(d, s),
                    None => d,
                });
                continue;
            }
        };
        for r in &file.rule {
            let err = |code: &'static str, msg: String, span: Range<usize>| {
                src.at(Diagnostic::error(code, src.display, msg), span)
            };
            let id = r.id.get_ref().trim().to_string();
            let line = src.line(&r.id.span());
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                diags.push(
                    err(
                        "invalid-policy",
                        format!("rule id `{id}` must be letters, digits, `-` or `_`"),
                        r.id.span(),
                    )
                    .hint("IDs appear in `stele lookup --format json` and in URLs; use kebab-case"),
                );
                continue;
            }
            if let Some((f, l)) = ids.get(&id) {
                diags.push(
                    err(
                        "duplicate-rule",
                        format!("rule id `{id}` is already used at {}:{l}", f.display()),
                        r.id.span(),
                    )
                    .hint("give every rule its own id"),
                );
                continue;
            }
            ids.insert(id.clone(), (display.clone(), line));

            // Codes and basic reply codes.
            let mut ranges = Vec::new();
            let mut basic: Vec<u16> = Vec::new();
            let mut label_parts = Vec::new();
            let mut ok = true;
            if let Some(c) = &r.codes {
                for spec in c.get_ref().to_vec() {
                    match parse_spec(&spec) {
                        Ok(s) => {
                            label_parts.push(label_of(&s));
                            ranges.extend(s.ranges);
                            for b in s.basic {
                                if !basic.contains(&b) {
                                    basic.push(b);
                                }
                            }
                        }
                        Err(why) => {
                            diags.push(
                                err("invalid-code", format!("`{spec}`: {why}"), c.span())
                                    .hint("write codes like `5.7.750`, `5.7.7xx`, `5.7.700-749`, `5.7.13 or 135` or `432 4.3.2`"),
                            );
                            ok = false;
                        }
                    }
                }
            }
            if let Some(b) = &r.basic {
                for v in b.get_ref().to_vec() {
                    if !(200..600).contains(&v) {
                        diags.push(err(
                            "invalid-code",
                            format!("basic reply code {v} is not 2xx, 4xx or 5xx"),
                            b.span(),
                        ));
                        ok = false;
                    } else if !basic.contains(&v) {
                        basic.push(v);
                    }
                }
            }
            let text_patterns: Vec<String> = r
                .text
                .iter()
                .map(|t| normalize(t))
                .filter(|t| !t.is_empty())
                .collect();
            if ranges.is_empty() && text_patterns.is_empty() && ok {
                diags.push(
                    err("invalid-policy", format!("rule `{id}` has neither `codes` nor `text`, so it can never match"), r.id.span())
                        .hint("add `codes = \"5.7.750\"` or `text = [\"a phrase from the bounce message\"]`"),
                );
                ok = false;
            }
            if !basic.is_empty() && ranges.is_empty() {
                diags.push(err(
                    "invalid-policy",
                    "`basic` needs `codes`".into(),
                    r.id.span(),
                ));
                ok = false;
            }

            let fix = match parse_name(&r.fix, &FIX_NAMES, 1) {
                Ok(f) => f,
                Err(span) => {
                    diags.push(
                        err("invalid-policy", "unknown `fix`".into(), span)
                            .hint(format!("use one of: {}", FIX_NAMES.join(", "))),
                    );
                    ok = false;
                    0
                }
            };
            let default_sev = match ranges.first().map(|&(lo, _)| code::class_of(lo)) {
                Some(2) => 0,
                Some(4) => 1,
                _ => 2,
            };
            let severity = match parse_name(&r.severity, &SEVERITY_NAMES, default_sev) {
                Ok(s) => s,
                Err(span) => {
                    diags.push(
                        err("invalid-policy", "unknown `severity`".into(), span)
                            .hint(format!("use one of: {}", SEVERITY_NAMES.join(", "))),
                    );
                    ok = false;
                    0
                }
            };

            // The article and anchor.
            let article = r.article.as_ref().or(file.article.as_ref());
            if let Some(a) = article {
                if !site.articles.contains_key(a.get_ref().as_str()) {
                    diags.push(
                        err("unknown-article", format!("article `{}` does not exist", a.get_ref()), a.span())
                            .hint(format!("use an article key (its path under content/<locale>/ without .md), such as: {}", site.articles.keys().take(5).cloned().collect::<Vec<_>>().join(", "))),
                    );
                    ok = false;
                }
            }
            let article_key = article.map(|a| a.get_ref().clone());
            let mut check_anchor =
                |anchor: &Option<Spanned<String>>, diags: &mut Vec<Diagnostic>| -> bool {
                    let Some(an) = anchor else { return true };
                    let Some(key) = &article_key else {
                        diags.push(err(
                            "unknown-anchor",
                            "`anchor` needs an `article`".into(),
                            an.span(),
                        ));
                        return false;
                    };
                    let known = docs.get(site, key);
                    if known.contains(an.get_ref()) {
                        return true;
                    }
                    diags.push(
                        err(
                            "unknown-anchor",
                            format!("article `{key}` has no heading anchor `{}`", an.get_ref()),
                            an.span(),
                        )
                        .hint(format!(
                            "anchors of `{key}`: {}",
                            known.iter().cloned().collect::<Vec<_>>().join(", ")
                        )),
                    );
                    false
                };
            ok &= check_anchor(&r.anchor, &mut diags);
            for a in r.question.iter().flat_map(|q| &q.answers) {
                ok &= check_anchor(&a.anchor, &mut diags);
            }

            // Messages.
            let check_message = |m: &Spanned<String>,
                                 attrs: &[&str],
                                 diags: &mut Vec<Diagnostic>|
             -> bool {
                let id = m.get_ref();
                if i18n.get(&source_id, id, None).is_none() {
                    diags.push(
                        err("unknown-message", format!("Fluent message `{id}` does not exist in locales/{source_id}/"), m.span())
                            .hint(format!("add `{id} = <title>` with `.meaning = …` to locales/{source_id}/policies.ftl")),
                    );
                    return false;
                }
                let mut good = true;
                for a in attrs {
                    if i18n.get(&source_id, id, Some(a)).is_none() {
                        diags.push(
                            err("unknown-message", format!("Fluent message `{id}` has no `.{a}` attribute in locales/{source_id}/"), m.span())
                                .hint(format!("add `    .{a} = …` under `{id}`")),
                        );
                        good = false;
                    }
                }
                good
            };
            ok &= check_message(&r.message, &["meaning"], &mut diags);
            let mut q_checked = None;
            if let Some(q) = &r.question {
                let values: Vec<&str> = q
                    .answers
                    .iter()
                    .map(|a| a.value.get_ref().as_str())
                    .collect();
                ok &= check_message(&q.message, &values, &mut diags);
                for a in &q.answers {
                    ok &= check_message(&a.message, &[], &mut diags);
                }
                let qid = q.id.get_ref().clone();
                if let Some((f, l)) = qids.get(&qid) {
                    diags.push(err(
                        "duplicate-rule",
                        format!("question id `{qid}` is already used at {}:{l}", f.display()),
                        q.id.span(),
                    ));
                    ok = false;
                }
                qids.insert(qid.clone(), (display.clone(), src.line(&q.id.span())));
                if q.answers.len() < 2 {
                    diags.push(err(
                        "invalid-policy",
                        "a question needs at least two `[[rule.question.answer]]`s".into(),
                        q.id.span(),
                    ));
                    ok = false;
                }
                q_checked = Some(q);
            }
            if !ok {
                continue;
            }
            let mut push_outcome = |message: &str, anchor: Option<&str>| -> u32 {
                outcomes.push(OutcomeSrc {
                    message: message.to_string(),
                    article: article_key.clone(),
                    anchor: anchor.map(str::to_string),
                });
                (outcomes.len() - 1) as u32
            };
            let outcome = push_outcome(
                r.message.get_ref(),
                r.anchor.as_ref().map(|a| a.get_ref().as_str()),
            );
            let question = q_checked.map(|q| {
                let answers: Vec<(String, u32, u8)> = q
                    .answers
                    .iter()
                    .map(|a| {
                        let o = push_outcome(
                            a.message.get_ref(),
                            a.anchor
                                .as_ref()
                                .or(r.anchor.as_ref())
                                .map(|x| x.get_ref().as_str()),
                        );
                        let f = parse_name(&a.fix, &FIX_NAMES, fix).unwrap_or(fix);
                        (a.value.get_ref().clone(), o, f)
                    })
                    .collect();
                questions.push((
                    q.message.get_ref().clone(),
                    answers.iter().map(|a| a.0.clone()).collect(),
                ));
                (
                    q.id.get_ref().clone(),
                    (questions.len() - 1) as u32,
                    answers,
                )
            });
            checked.push(Checked {
                id,
                label: label_parts.join(", "),
                ranges,
                basic,
                text: text_patterns,
                fallback: r.fallback,
                fix,
                severity,
                outcome,
                question,
                file: display.clone(),
                line,
            });
        }
    }
    diags.extend(overlaps(&checked));

    // Encode the language-neutral rules.
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
    let mut compiled = Compiled {
        rules: data::encode_rules(&rules),
        ..Default::default()
    };

    // One strings blob per locale, every fallback resolved here.
    for l in 0..site.locales.len() {
        let lang = &site.locales[l].id;
        let tag = &site.locales[l].tag;
        let chain = site.chain(l);
        let ui_texts: Vec<String> = UI_IDS
            .iter()
            .map(|id| {
                i18n.get_along(lang, id, None)
                    .unwrap_or_else(|| id.to_string())
            })
            .collect();
        struct Texts {
            title: String,
            meaning: String,
            cause: String,
            steps: Vec<String>,
            url: String,
            lang: String,
        }
        let texts: Vec<Texts> = outcomes
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
                    None => (String::new(), String::new()),
                };
                Texts {
                    title: get(None),
                    meaning: get(Some("meaning")),
                    cause: get(Some("cause")),
                    steps,
                    url,
                    lang: article_lang,
                }
            })
            .collect();
        let qtexts: Vec<(String, Vec<String>)> = questions
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
            lang: tag,
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
        compiled.strings.push(data::encode_strings(&strings));
        let mut index: Vec<(u32, IndexEntry)> = checked
            .iter()
            .filter(|c| !c.ranges.is_empty())
            .map(|c| {
                let t = &texts[c.outcome as usize];
                (
                    c.ranges.iter().map(|r| r.0).min().unwrap_or(0),
                    IndexEntry {
                        rule: c.id.clone(),
                        codes: c.label.clone(),
                        title: t.title.clone(),
                        url: t.url.clone(),
                    },
                )
            })
            .collect();
        index.sort_by_key(|(k, _)| *k);
        compiled
            .index
            .push(index.into_iter().map(|(_, e)| e).collect());
    }
    (compiled, diags)
}

/// The normalised form the evaluator compares text patterns in.
fn normalize(s: &str) -> String {
    let mut v = Vec::new();
    stele_runtime::text::normalize_into(s.trim(), &mut v);
    String::from_utf8_lossy(&v).into_owned()
}

/// The index of `value` in `names`, `default` when absent; `Err(span)` for
/// an unknown name.
fn parse_name(
    value: &Option<Spanned<String>>,
    names: &[&str],
    default: u8,
) -> Result<u8, Range<usize>> {
    match value {
        None => Ok(default),
        Some(v) => names
            .iter()
            .position(|n| *n == v.get_ref().trim())
            .map(|i| i as u8)
            .ok_or_else(|| v.span()),
    }
}

/// The canonical spelling of a spec: `432 4.3.2`, `5.7.700–749`, `5.7.13, 5.7.135`.
fn label_of(s: &code::Spec) -> String {
    let mut parts = Vec::new();
    for &(lo, hi) in &s.ranges {
        let mut p = String::new();
        code::write_code(&mut p, lo);
        if hi != lo {
            p.push('–');
            if code::class_of(hi) == code::class_of(lo)
                && code::subject_of(hi) == code::subject_of(lo)
            {
                p.push_str(&code::detail_of(hi).to_string());
            } else {
                code::write_code(&mut p, hi);
            }
        }
        parts.push(p);
    }
    let codes = parts.join(", ");
    match s.basic.as_slice() {
        [b] => format!("{b} {codes}"),
        _ => codes,
    }
}

/// Rules that would tie for the same input: codes intersect at the same
/// specificity, basic reply codes do not tell them apart, and neither has
/// text patterns or is a fallback. Such a pair is an error, since readers
/// would get two answers and no way to choose.
fn overlaps(rules: &[Checked]) -> Vec<Diagnostic> {
    let tier = |w: u32| {
        if w == 1 {
            3
        } else if w <= 100 {
            2
        } else {
            1
        }
    };
    let mut out = Vec::new();
    for (j, b) in rules.iter().enumerate() {
        if b.fallback || !b.text.is_empty() {
            continue;
        }
        for a in &rules[..j] {
            if a.fallback || !a.text.is_empty() {
                continue;
            }
            let basics_differ = !a.basic.is_empty()
                && !b.basic.is_empty()
                && !a.basic.iter().any(|x| b.basic.contains(x));
            if basics_differ {
                continue;
            }
            let clash = a.ranges.iter().any(|&(alo, ahi)| {
                b.ranges.iter().any(|&(blo, bhi)| {
                    alo <= bhi && blo <= ahi && tier(ahi - alo + 1) == tier(bhi - blo + 1)
                })
            });
            if clash {
                out.push(
                    Diagnostic::error(
                        "overlapping-rules",
                        &b.file,
                        format!(
                            "rule `{}` ({}) overlaps rule `{}` ({}) at {}:{}",
                            b.id,
                            b.label,
                            a.id,
                            a.label,
                            a.file.display(),
                            a.line
                        ),
                    )
                    .at(b.line, 1)
                    .hint("narrow the codes, set `basic`, add `text` patterns that tell them apart, or mark the wider one `fallback = true`"),
                );
            }
        }
    }
    out
}

/// Heading anchors of articles, parsed on demand through the segment model.
#[derive(Default)]
struct ArticleAnchors {
    cache: HashMap<String, BTreeSet<String>>,
}

impl ArticleAnchors {
    /// Anchors of article `key` in any of its locales (translations keep the
    /// source's `<a name>` anchors).
    fn get(&mut self, site: &Site, key: &str) -> &BTreeSet<String> {
        self.cache.entry(key.to_string()).or_insert_with(|| {
            let mut set = BTreeSet::new();
            let files: BTreeMap<usize, crate::content::SourceFile> =
                site.articles.get(key).cloned().unwrap_or_default();
            for f in files.values() {
                if let Ok(p) = crate::markup::read_and_parse(f) {
                    set.extend(p.doc.blocks.iter().filter_map(|b| b.anchor.clone()));
                }
            }
            set
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_canonical() {
        let l = |s: &str| label_of(&parse_spec(s).unwrap());
        assert_eq!(l("5.7.700-749"), "5.7.700–749");
        assert_eq!(l("5.7.13 or 135"), "5.7.13, 5.7.135");
        assert_eq!(l("432&nbsp;4.3.2"), "432 4.3.2");
        assert_eq!(l("5.7.7xx"), "5.7.700–799");
    }
}
