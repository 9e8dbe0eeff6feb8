//! Machine-readable reports: the JSON document of `--format json` (schema in
//! `schemas/check-report.schema.json`, described in `docs/check.md`) and
//! SARIF 2.1.0 for code-scanning tools (validated in the tests by the SARIF
//! multitool with its GitHub rule set).

use super::{by_check, Finding, Level, Report, CHECKS};
use serde_json::{json, Value};
use std::path::Path;

/// The version of the JSON report's shape; bumped on incompatible changes.
/// (Version 1 plus fields is still 1: `fingerprint`, `suppressed`,
/// `summary.suppressed` and `unused-suppression` were added compatibly.)
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// Where the check reference lives in Stele's own sources; each check has
/// an anchor of its name there (`docs/check.md#missing-segment`). A site's
/// report cannot know where a copy of it is published, so the rules carry a
/// `helpUri` only when `stele check --docs-url` says so.
pub const DOCS_PATH: &str = "docs/check.md";

/// How the reports name files and link to the docs.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Prepended to every `file` (`docs/help/`), so that paths are relative
    /// to the repository rather than to `--root`.
    pub path_prefix: Option<String>,
    /// Base of the rules' `helpUri` (`URL#<check>`); without it the rules
    /// have no `helpUri` and their help names [`DOCS_PATH`].
    pub docs_url: Option<String>,
}

impl ReportOptions {
    /// The file path as the reports print it.
    pub fn path(&self, file: &str) -> String {
        match self.path_prefix.as_deref().map(normal_prefix) {
            Some(p) if !p.is_empty() => format!("{p}/{file}"),
            _ => file.to_string(),
        }
    }
}

/// `./docs//help/` → `docs/help`.
fn normal_prefix(p: &str) -> String {
    p.replace('\\', "/")
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect::<Vec<_>>()
        .join("/")
}

fn with_path(f: &Finding, opts: &ReportOptions) -> Finding {
    let mut f = f.clone();
    f.file = opts.path(&f.file);
    f
}

/// `--format json`.
pub fn json(report: &Report, opts: &ReportOptions) -> Value {
    let findings: Vec<Finding> = report.findings.iter().map(|f| with_path(f, opts)).collect();
    let suppressed: Vec<Value> = report
        .suppressed
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.finding.file = opts.path(&s.finding.file);
            json!(s)
        })
        .collect();
    json!({
        "version": JSON_SCHEMA_VERSION,
        "tool": { "name": "stele", "version": env!("CARGO_PKG_VERSION") },
        "source_locale": report.locales.first(),
        "locales": report.checked_locales,
        "findings": findings,
        "suppressed": suppressed,
        "alignment": report.alignment_rows(),
        "summary": summary(report),
    })
}

/// Totals: articles, units, findings by severity and by check, time.
pub fn summary(report: &Report) -> Value {
    let rows = report.alignment_rows();
    let units: usize = report
        .articles
        .iter()
        .filter_map(|a| a.alignment.as_ref().map(|al| al.units.len()))
        .sum();
    let aligned: usize = rows.iter().map(|r| r.counts.aligned).sum();
    let total: usize = rows.iter().map(|r| r.counts.units).sum();
    let suppressed: Vec<Finding> = report
        .suppressed
        .iter()
        .map(|s| s.finding.clone())
        .collect();
    json!({
        "articles": report.articles.len(),
        "units": units,
        "aligned_units": aligned,
        "alignable_units": total,
        "findings": report.findings.len(),
        "errors": report.count(Level::Error),
        "warnings": report.count(Level::Warning),
        "infos": report.count(Level::Info),
        "suppressed": report.suppressed.len(),
        "by_check": by_check(&report.findings),
        "suppressed_by_check": by_check(&suppressed),
        "elapsed_ms": (report.elapsed.as_secs_f64() * 1000.0).round(),
    })
}

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Off => "note",
    }
}

/// `missing-article` → `MissingArticle`: SARIF wants a rule's `name` to be
/// readable and different from its opaque `id`.
fn pascal(name: &str) -> String {
    // One-word ids would differ from their name only in case, which the
    // SARIF rules also count as identical.
    let name = match name {
        "untranslated" => "untranslated-segment",
        "markup" => "markup-mismatch",
        "punctuation" => "punctuation-mismatch",
        "whitespace" => "extra-whitespace",
        "parse" => "parse-error",
        "terminology" => "glossary-term",
        other => other,
    };
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The longer explanation of each check (SARIF `fullDescription`) and what
/// to do about a finding (`help`, markdown). Kept next to the short
/// descriptions' order; a test checks that every check has both.
pub fn rule_help(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "missing-article" => (
            "The article exists in the source locale but has no file in this locale, so its readers get the fallback page (another locale's text, marked as such).",
            "Add `content/<locale>/<article>.md`, or accept the fallback page. Suppress the finding with a `[[check.suppress]]` entry (`check = \"missing-article\"`, `locale`, `article`) when the article is deliberately not translated.",
        ),
        "missing-segment" => (
            "A unit of the source article (a segment, or a block of text) has nothing aligned to it in this locale: the translation lacks a sentence, or translated it so differently that neither its ID, its English half nor the document structure matches.",
            "Translate the English text shown in the finding in `content/<locale>/<article>.md` at the place the side-by-side view shows, or re-export the file from the translation tool.",
        ),
        "extra-segment" => (
            "A segment or block of the translation matches nothing in the current source: it was removed from the English, or belongs to another article.",
            "Delete the text from the translation if the English no longer has it; otherwise check that its ID and English half match the source.",
        ),
        "stale-source" => (
            "The English half kept next to the translation differs from the current source: the segment was translated from an older English version and may no longer say the same thing.",
            "Read the word diff (`[-old-]{+new+}`) in the finding, update the translation and its English half to the current source.",
        ),
        "untranslated" => (
            "The translation is identical to the English source. Segments made only of code, URLs, numbers, host names, a single proper name or do-not-translate terms are not reported.",
            "Translate the segment. If the text is a name that stays in English, add it to `do_not_translate` in the `[check]` table of `stele.toml`.",
        ),
        "protected-token" => (
            "An SMTP status code, URL, inline code, placeholder, e-mail address, file name or extension (`setup.exe`, `.pst`), path (`C:\\Certs`, `/etc/hosts`), number (with its unit: `50ms`) or do-not-translate term of the English is missing from the translation or changed; a token counts only when it is whole (`550 5.7.750-Dienst` breaks `550 5.7.750`, `SSL. pfx` breaks `SSL.pfx`).",
            "Copy the token exactly as the English has it. Numbers may use the locale's digits and separators; codes, URLs and placeholders never change.",
        ),
        "markup" => (
            "The translation has a different number of links, emphasis spans or inline code spans than the English.",
            "Restore the missing link, emphasis or code span, or remove the extra one, so that the markdown structure matches the English.",
        ),
        "id-mismatch" => (
            "A segment's `data-ttu-id` (translation) and `data-stu-id` (source) differ, so the pair cannot be trusted to belong together. `stele build` fails on it too.",
            "Make both IDs equal, as the translation tool wrote them.",
        ),
        "duplicate-id" => (
            "Two segments of one file carry the same ID, so one of them cannot be aligned. `stele build` fails on it too.",
            "Give each segment its own ID, or re-export the file from the translation tool.",
        ),
        "inconsistent-translation" => (
            "The same English sentence (three words or more) is translated differently within one locale, across the whole site.",
            "Use one translation for the sentence everywhere; the finding names the other occurrence.",
        ),
        "punctuation" => (
            "ASCII punctuation right after CJK text in a Chinese or Japanese translation, or final punctuation that differs from the English in a way the locale's conventions do not explain: changed, dropped, or added where the English ends with a letter or digit (a heading, label or list item).",
            "Use the locale's punctuation (`，` `：` `。` in Chinese and Japanese) and end the sentence as the English does.",
        ),
        "whitespace" => (
            "Double, leading or trailing spaces that the English does not have.",
            "Remove the extra spaces.",
        ),
        "length-ratio" => (
            "The translation is much longer or shorter than the English, compared with the usual ratio of this locale on this site: text may be missing or duplicated.",
            "Compare the translation with the English sentence by sentence.",
        ),
        "parse" => (
            "The file cannot be read or parsed: invalid UTF-8 or YAML front matter, an unbalanced or unclosed span, a malformed ID. `stele build` fails on the same errors.",
            "Fix the file at the line and column given; the message says what the parser expected.",
        ),
        "doubled-word" => (
            "A word of the translation is written twice in a row (`le le`, `десятью десятью`) where the English has no such pair. Pairs that grammar allows are not reported: French reflexives (`vous vous`), German relative pronoun and article (`die die`, `Sie sie`), Dutch `dat dat`; nor words that differ in case (`escriba Y y`).",
            "Delete the repeated word.",
        ),
        "paired-punctuation" => (
            "A bracket or quotation mark of the translation has no partner, by the locale's own quotes (`„…“` in German, `«…»` in French and Russian, `「…」` in Japanese and Chinese, `“…”` elsewhere; full-width brackets pair like ASCII ones), where the English pairs its own. A German `„` closed with an ASCII `\"` is reported too.",
            "Close the bracket or quotation with its partner, in the locale's style.",
        ),
        "acronym-case" => (
            "An acronym of the English (two to six capitals, digits allowed: `VPN`, `EOP`, `M365`) is written with another case in the translation (`Vpn`, `EoP`) and nowhere as in the English. Key names in title case (`Enter`), alert labels (`Note`) and file types in lowercase (`csv`) are conventions, not errors; a two-letter acronym in lowercase counts only with the English's neighbour (`ad FS`, `\"fr\"`), since it is often a word (`ad esempio`).",
            "Write the acronym as the English does.",
        ),
        "terminology" => (
            "The English uses a term of the site's glossary (`[check] glossary` in `stele.toml`, TBX or CSV) and the translation uses none of the glossary's translations of it for this locale.",
            "Use the glossary's term, or add the translation you used to the glossary.",
        ),
        "custom-rule" => (
            "A `[[check.rule]]` of `stele.toml` matched the translation (and its `source_pattern` the English): the message names the rule and what matched.",
            "Follow the rule's hint, or change the rule in stele.toml.",
        ),
        "unused-suppression" => (
            "A `[[check.suppress]]` entry of `stele.toml` matches no finding: the problem was fixed, or the entry has a typo and silences nothing.",
            "Remove the entry, or correct its `check`, `locale`, `article` or `segment`.",
        ),
        _ => return None,
    })
}

/// A `file://` URI of an absolute folder, ending with `/` as SARIF's
/// `originalUriBaseIds` want.
fn folder_uri(p: &Path) -> Option<String> {
    let s = p.to_str()?.replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    if !out.ends_with('/') {
        out.push('/');
    }
    Some(out)
}

/// The folder that `SRCROOT` stands for: the site root, or, with a path
/// prefix, the folder the prefix is relative to (the root minus the
/// prefix's trailing components), when the root's path ends with it.
fn srcroot(root: &Path, opts: &ReportOptions) -> Option<std::path::PathBuf> {
    let abs = std::fs::canonicalize(root).ok()?;
    let prefix = opts
        .path_prefix
        .as_deref()
        .map(normal_prefix)
        .unwrap_or_default();
    if prefix.is_empty() {
        return Some(abs);
    }
    let mut base = abs.clone();
    for part in prefix.rsplit('/') {
        if base.file_name().and_then(|n| n.to_str()) != Some(part) {
            return None;
        }
        base = base.parent()?.to_path_buf();
    }
    Some(base)
}

fn sarif_result(f: &Finding, opts: &ReportOptions) -> Value {
    let mut region = json!({ "startLine": f.line.max(1) });
    if f.column > 0 {
        region["startColumn"] = json!(f.column);
    }
    let mut text = f.message.clone();
    if let Some(d) = &f.diff {
        text.push_str(&format!("\nword diff: {d}"));
    }
    json!({
        "ruleId": f.check,
        "ruleIndex": CHECKS.iter().position(|c| c.name == f.check).unwrap_or(0),
        "level": sarif_level(f.severity),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": opts.path(&f.file), "uriBaseId": "SRCROOT" },
                "region": region,
            }
        }],
        "partialFingerprints": { "steleFinding/v2": f.fingerprint },
        "properties": {
            "locale": f.locale,
            "article": f.article,
            "segment": f.segment,
        },
    })
}

/// `--format sarif`: one run, one rule per check, one result per finding;
/// suppressed findings are results with an accepted external suppression.
pub fn sarif(report: &Report, opts: &ReportOptions) -> Value {
    let docs = opts.docs_url.as_deref().map(|u| u.trim_end_matches('#'));
    let rules: Vec<Value> = CHECKS
        .iter()
        .map(|c| {
            let (full, help) = rule_help(c.name).unwrap_or((c.description, c.description));
            let uri = docs.map(|d| format!("{d}#{}", c.name));
            let (text, markdown) = match &uri {
                Some(uri) => (
                    format!("{help} See {uri}"),
                    format!(
                        "{help}\n\nSee [`{}` in the check reference]({uri}).",
                        c.name
                    ),
                ),
                None => (
                    format!(
                        "{help} See `{}` in Stele's check reference, {DOCS_PATH}.",
                        c.name
                    ),
                    format!(
                        "{help}\n\nSee `{}` in Stele's check reference, `{DOCS_PATH}`.",
                        c.name
                    ),
                ),
            };
            let mut rule = json!({
                "id": c.name,
                "name": pascal(c.name),
                "shortDescription": { "text": c.description },
                "fullDescription": { "text": full },
                "help": { "text": text, "markdown": markdown },
                "defaultConfiguration": { "level": sarif_level(c.default) },
            });
            if let Some(uri) = uri {
                rule["helpUri"] = json!(uri);
            }
            rule
        })
        .collect();
    let mut results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| sarif_result(f, opts))
        .collect();
    for s in &report.suppressed {
        let mut r = sarif_result(&s.finding, opts);
        let mut sup = json!({ "kind": "external", "status": "accepted" });
        let justification = s
            .reason
            .clone()
            .unwrap_or_else(|| format!("[[check.suppress]] #{} in stele.toml", s.suppression + 1));
        sup["justification"] = json!(justification);
        r["suppressions"] = json!([sup]);
        results.push(r);
    }
    let mut base = json!({
        "description": { "text": "The folder the file paths are relative to: the site root, or the repository root with --path-prefix." }
    });
    if let Some(uri) = srcroot(&report.root, opts).as_deref().and_then(folder_uri) {
        base["uri"] = json!(uri);
    }
    let mut driver = json!({
        "name": "stele",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    // The tool's page: the published reference, else its path in Stele's
    // sources (a relative reference, which SARIF allows here; the SARIF
    // rule set warns about a driver without one).
    driver["informationUri"] = json!(docs.unwrap_or(DOCS_PATH));
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "originalUriBaseIds": { "SRCROOT": base },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}
