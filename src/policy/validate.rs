//! Validation: each rule of the policy files is checked against the
//! site (articles, heading anchors, Fluent messages) and reduced to what
//! the encoder needs. A rule with any error is reported and left out; the
//! others still ship.

use super::schema::{FileToml, QuestionToml, RuleToml};
use crate::content::{Site, SourceFile};
use crate::diag::{Diagnostic, LineIndex};
use crate::i18n::I18n;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use stele_runtime::policy::code::{self, parse_spec};
use stele_runtime::policy::data::{FIX_NAMES, SEVERITY_NAMES};
use toml::Spanned;
use unic_langid::LanguageIdentifier;

/// Where an outcome's texts come from.
pub(super) struct OutcomeSrc {
    pub(super) message: String,
    pub(super) article: Option<String>,
    pub(super) anchor: Option<String>,
    /// The external page, when there is no article.
    pub(super) url: Option<String>,
}

/// A question after validation: its ID, text index, and per answer the
/// value, outcome index and who fixes it.
pub(super) type CheckedQuestion = (String, u32, Vec<(String, u32, u8)>);

/// A rule after validation, before encoding.
pub(super) struct Checked {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) ranges: Vec<(u32, u32)>,
    pub(super) basic: Vec<u16>,
    pub(super) text: Vec<String>,
    pub(super) fallback: bool,
    pub(super) fix: u8,
    pub(super) severity: u8,
    pub(super) outcome: u32,
    pub(super) question: Option<CheckedQuestion>,
    /// For diagnostics about overlaps.
    pub(super) file: PathBuf,
    pub(super) line: u32,
}

/// Everything validation keeps: the rules, and the outcomes and questions
/// their indices point into (message IDs; the texts are per locale).
#[derive(Default)]
pub(super) struct Validated {
    pub(super) rules: Vec<Checked>,
    pub(super) outcomes: Vec<OutcomeSrc>,
    /// Per question: its message ID and its answers' values.
    pub(super) questions: Vec<(String, Vec<String>)>,
}

/// One policy file being checked: its path and text, for locations.
pub(super) struct Src<'a> {
    pub(super) display: &'a Path,
    pub(super) text: &'a str,
    pub(super) lines: LineIndex,
}

impl Src<'_> {
    pub(super) fn at(&self, d: Diagnostic, span: Range<usize>) -> Diagnostic {
        let (line, col) = self.lines.line_col(self.text, span.start);
        d.at(line, col).span(span)
    }

    fn line(&self, span: &Range<usize>) -> u32 {
        self.lines.line(span.start)
    }

    fn err(&self, code: &'static str, msg: String, span: Range<usize>) -> Diagnostic {
        self.at(Diagnostic::error(code, self.display, msg), span)
    }
}

/// A rule's codes, basic reply codes and text patterns.
struct Codes {
    ranges: Vec<(u32, u32)>,
    basic: Vec<u16>,
    label: String,
    text: Vec<String>,
}

/// Validates rule after rule, remembering IDs across files.
pub(super) struct Validator<'a> {
    site: &'a Site,
    i18n: &'a I18n,
    source_id: LanguageIdentifier,
    anchors: ArticleAnchors,
    ids: HashMap<String, (PathBuf, u32)>,
    qids: HashMap<String, (PathBuf, u32)>,
    pub(super) out: Validated,
    pub(super) diags: Vec<Diagnostic>,
}

impl<'a> Validator<'a> {
    pub(super) fn new(site: &'a Site, i18n: &'a I18n) -> Self {
        Validator {
            site,
            i18n,
            source_id: site.locales[site.source].id.clone(),
            anchors: ArticleAnchors::default(),
            ids: HashMap::new(),
            qids: HashMap::new(),
            out: Validated::default(),
            diags: Vec::new(),
        }
    }

    /// Validates every rule of one parsed file.
    pub(super) fn file(&mut self, src: &Src, file: &FileToml) {
        for r in &file.rule {
            self.rule(src, file, r);
        }
    }

    fn rule(&mut self, src: &Src, file: &FileToml, r: &RuleToml) {
        let Some((id, line)) = self.rule_id(src, r) else {
            return;
        };
        let mut ok = true;
        let codes = self.codes(src, r, &id, &mut ok);
        let fix = self.name(src, &r.fix, &FIX_NAMES, 1, "fix", &mut ok);
        let default_severity = match codes.ranges.first().map(|&(lo, _)| code::class_of(lo)) {
            Some(2) => 0,
            Some(4) => 1,
            _ => 2,
        };
        let severity = self.name(
            src,
            &r.severity,
            &SEVERITY_NAMES,
            default_severity,
            "severity",
            &mut ok,
        );
        let url = self.url(src, r.url.as_ref().or(file.url.as_ref()), &mut ok);
        let article = self.article(
            src,
            r.article.as_ref().or(file.article.as_ref()),
            url.is_some(),
            &mut ok,
        );
        // Anchors are headings of the site's article: with the external
        // page instead, they do not apply.
        let url = if article.is_some() { None } else { url };
        if url.is_none() {
            ok &= self.anchor(src, &article, &r.anchor);
            for a in r.question.iter().flat_map(|q| &q.answers) {
                ok &= self.anchor(src, &article, &a.anchor);
            }
        }
        ok &= self.message(src, &r.message, &["meaning"]);
        if let Some(q) = &r.question {
            ok &= self.question(src, q);
        }
        if !ok {
            return;
        }
        let anchor = r.anchor.as_ref().map(|a| a.get_ref().as_str());
        let outcome = self.outcome(r.message.get_ref(), &article, anchor, &url);
        let question = r.question.as_ref().map(|q| {
            let answers: Vec<(String, u32, u8)> = q
                .answers
                .iter()
                .map(|a| {
                    let anchor = a.anchor.as_ref().or(r.anchor.as_ref());
                    let o = self.outcome(
                        a.message.get_ref(),
                        &article,
                        anchor.map(|x| x.get_ref().as_str()),
                        &url,
                    );
                    let f = parse_name(&a.fix, &FIX_NAMES, fix).unwrap_or(fix);
                    (a.value.get_ref().clone(), o, f)
                })
                .collect();
            self.out.questions.push((
                q.message.get_ref().clone(),
                answers.iter().map(|a| a.0.clone()).collect(),
            ));
            let text = (self.out.questions.len() - 1) as u32;
            (q.id.get_ref().clone(), text, answers)
        });
        self.out.rules.push(Checked {
            id,
            label: codes.label,
            ranges: codes.ranges,
            basic: codes.basic,
            text: codes.text,
            fallback: r.fallback,
            fix,
            severity,
            outcome,
            question,
            file: src.display.to_path_buf(),
            line,
        });
    }

    /// The rule's ID and line, if well-formed and not taken yet.
    fn rule_id(&mut self, src: &Src, r: &RuleToml) -> Option<(String, u32)> {
        let id = r.id.get_ref().trim().to_string();
        let line = src.line(&r.id.span());
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.diags.push(
                src.err(
                    "invalid-policy",
                    format!("rule id `{id}` must be letters, digits, `-` or `_`"),
                    r.id.span(),
                )
                .hint("IDs appear in `stele lookup --format json` and in URLs; use kebab-case"),
            );
            return None;
        }
        if let Some((f, l)) = self.ids.get(&id) {
            self.diags.push(
                src.err(
                    "duplicate-rule",
                    format!("rule id `{id}` is already used at {}:{l}", f.display()),
                    r.id.span(),
                )
                .hint("give every rule its own id"),
            );
            return None;
        }
        self.ids
            .insert(id.clone(), (src.display.to_path_buf(), line));
        Some((id, line))
    }

    /// Codes, basic reply codes and text patterns; a rule must have codes
    /// or text, and `basic` needs codes.
    fn codes(&mut self, src: &Src, r: &RuleToml, id: &str, ok: &mut bool) -> Codes {
        let mut ranges = Vec::new();
        let mut basic: Vec<u16> = Vec::new();
        let mut label_parts = Vec::new();
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
                        self.diags.push(
                            src.err("invalid-code", format!("`{spec}`: {why}"), c.span())
                                .hint("write codes like `5.7.750`, `5.7.7xx`, `5.7.700-749`, `5.7.13 or 135` or `432 4.3.2`"),
                        );
                        *ok = false;
                    }
                }
            }
        }
        if let Some(b) = &r.basic {
            for v in b.get_ref().to_vec() {
                if !(200..600).contains(&v) {
                    self.diags.push(src.err(
                        "invalid-code",
                        format!("basic reply code {v} is not 2xx, 4xx or 5xx"),
                        b.span(),
                    ));
                    *ok = false;
                } else if !basic.contains(&v) {
                    basic.push(v);
                }
            }
        }
        let text: Vec<String> = r
            .text
            .iter()
            .map(|t| normalize(t))
            .filter(|t| !t.is_empty())
            .collect();
        if ranges.is_empty() && text.is_empty() && *ok {
            self.diags.push(
                src.err(
                    "invalid-policy",
                    format!("rule `{id}` has neither `codes` nor `text`, so it can never match"),
                    r.id.span(),
                )
                .hint(
                    "add `codes = \"5.7.750\"` or `text = [\"a phrase from the bounce message\"]`",
                ),
            );
            *ok = false;
        }
        if !basic.is_empty() && ranges.is_empty() {
            self.diags.push(src.err(
                "invalid-policy",
                "`basic` needs `codes`".into(),
                r.id.span(),
            ));
            *ok = false;
        }
        Codes {
            ranges,
            basic,
            label: label_parts.join(", "),
            text,
        }
    }

    /// The index of a `fix` or `severity` name (`default` when unset).
    fn name(
        &mut self,
        src: &Src,
        value: &Option<Spanned<String>>,
        names: &[&str],
        default: u8,
        key: &str,
        ok: &mut bool,
    ) -> u8 {
        match parse_name(value, names, default) {
            Ok(n) => n,
            Err(span) => {
                self.diags.push(
                    src.err("invalid-policy", format!("unknown `{key}`"), span)
                        .hint(format!("use one of: {}", names.join(", "))),
                );
                *ok = false;
                0
            }
        }
    }

    /// The rule's external page (its own, else the file's): an absolute
    /// `https://` or `http://` URL.
    fn url(&mut self, src: &Src, url: Option<&Spanned<String>>, ok: &mut bool) -> Option<String> {
        let u = url?;
        let text = u.get_ref();
        let scheme_ok = text.starts_with("https://") || text.starts_with("http://");
        if !scheme_ok
            || text.len() < 10
            || text.contains(|c: char| c.is_whitespace() || c == '"' || c == '<')
        {
            self.diags.push(
                src.err(
                    "invalid-policy",
                    format!("`url = \"{text}\"` is not an absolute web address"),
                    u.span(),
                )
                .hint("write the whole address, such as \"https://learn.microsoft.com/...\""),
            );
            *ok = false;
            return None;
        }
        Some(text.clone())
    }

    /// The rule's article key (its own, else the file's), which must exist
    /// unless the rule has an external `url` to link to instead (then a
    /// missing article is `None`, not an error).
    fn article(
        &mut self,
        src: &Src,
        article: Option<&Spanned<String>>,
        has_url: bool,
        ok: &mut bool,
    ) -> Option<String> {
        let site = self.site;
        if let Some(a) = article {
            if has_url && !site.articles.contains_key(a.get_ref().as_str()) {
                return None;
            }
            if !site.articles.contains_key(a.get_ref().as_str()) {
                self.diags.push(
                    src.err("unknown-article", format!("article `{}` does not exist", a.get_ref()), a.span())
                        .hint(format!("use an article key (its path under content/<locale>/ without .md), such as: {}", site.articles.keys().take(5).cloned().collect::<Vec<_>>().join(", "))),
                );
                *ok = false;
            }
        }
        article.map(|a| a.get_ref().clone())
    }

    /// An `anchor` needs an article that has that heading anchor.
    fn anchor(
        &mut self,
        src: &Src,
        article: &Option<String>,
        anchor: &Option<Spanned<String>>,
    ) -> bool {
        let Some(an) = anchor else { return true };
        let Some(key) = article else {
            self.diags.push(src.err(
                "unknown-anchor",
                "`anchor` needs an `article`".into(),
                an.span(),
            ));
            return false;
        };
        let known = self.anchors.get(self.site, key);
        if known.contains(an.get_ref()) {
            return true;
        }
        let d = src
            .err(
                "unknown-anchor",
                format!("article `{key}` has no heading anchor `{}`", an.get_ref()),
                an.span(),
            )
            .hint(format!(
                "anchors of `{key}`: {}",
                known.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        self.diags.push(d);
        false
    }

    /// The Fluent message (and `attrs`) must exist in the source locale.
    fn message(&mut self, src: &Src, m: &Spanned<String>, attrs: &[&str]) -> bool {
        let id = m.get_ref();
        let source_id = &self.source_id;
        if self.i18n.get(source_id, id, None).is_none() {
            self.diags.push(
                src.err(
                    "unknown-message",
                    format!("Fluent message `{id}` does not exist in locales/{source_id}/"),
                    m.span(),
                )
                .hint(format!(
                    "add `{id} = <title>` with `.meaning = …` to locales/{source_id}/policies.ftl"
                )),
            );
            return false;
        }
        let mut good = true;
        for a in attrs {
            if self.i18n.get(source_id, id, Some(a)).is_none() {
                self.diags.push(
                    src.err(
                        "unknown-message",
                        format!(
                            "Fluent message `{id}` has no `.{a}` attribute in locales/{source_id}/"
                        ),
                        m.span(),
                    )
                    .hint(format!("add `    .{a} = …` under `{id}`")),
                );
                good = false;
            }
        }
        good
    }

    /// A follow-up question: its messages, a unique ID, two answers or more.
    fn question(&mut self, src: &Src, q: &QuestionToml) -> bool {
        let values: Vec<&str> = q
            .answers
            .iter()
            .map(|a| a.value.get_ref().as_str())
            .collect();
        let mut ok = self.message(src, &q.message, &values);
        for a in &q.answers {
            ok &= self.message(src, &a.message, &[]);
        }
        let qid = q.id.get_ref().clone();
        if let Some((f, l)) = self.qids.get(&qid) {
            self.diags.push(src.err(
                "duplicate-rule",
                format!("question id `{qid}` is already used at {}:{l}", f.display()),
                q.id.span(),
            ));
            ok = false;
        }
        self.qids
            .insert(qid, (src.display.to_path_buf(), src.line(&q.id.span())));
        if q.answers.len() < 2 {
            self.diags.push(src.err(
                "invalid-policy",
                "a question needs at least two `[[rule.question.answer]]`s".into(),
                q.id.span(),
            ));
            ok = false;
        }
        ok
    }

    /// Records an outcome's texts and returns its index.
    fn outcome(
        &mut self,
        message: &str,
        article: &Option<String>,
        anchor: Option<&str>,
        url: &Option<String>,
    ) -> u32 {
        self.out.outcomes.push(OutcomeSrc {
            message: message.to_string(),
            article: article.clone(),
            anchor: anchor.map(str::to_string),
            url: url.clone(),
        });
        (self.out.outcomes.len() - 1) as u32
    }
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
            let files: BTreeMap<usize, SourceFile> =
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
