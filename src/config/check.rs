//! The `[check]` table of `stele.toml`.
//!
//! ```toml
//! [check]
//! do_not_translate = ["Exchange Online Protection", "EOP"]
//!
//! [check.severity]
//! length-ratio = "off"
//! untranslated = "error"
//!
//! [[check.suppress]]
//! check = "untranslated"
//! locale = "it"
//! article = "unregistered-domain-email"
//! segment = "131"
//! reason = "product name, kept in English on purpose"
//!
//! [[check.rule]]
//! name = "no-click-here"
//! pattern = "(?i)hier klicken"
//! locale = ["de"]
//! message = "link text that says nothing"
//! ```

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// How serious a finding is. `Off` disables a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "off" | "none" => Ok(Level::Off),
            "info" | "note" => Ok(Level::Info),
            "warning" | "warn" => Ok(Level::Warning),
            "error" => Ok(Level::Error),
            _ => Err(format!(
                "`{s}` is not a severity; use off, info, warning or error"
            )),
        }
    }
}

/// One suppression: every field that is set must match the finding.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The check name (`untranslated`); required.
    pub check: String,
    pub locale: Option<String>,
    /// Article key (`unregistered-domain-email`, `powershell/x`).
    pub article: Option<String>,
    /// Segment ID suffix or block locator.
    pub segment: Option<String>,
    /// Why: kept for reviewers, never printed.
    pub reason: Option<String>,
}

/// `[check]` in `stele.toml`. Every key is optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CheckConfig {
    /// Severity per check name, overriding the defaults (`off` disables).
    pub severity: BTreeMap<String, Level>,
    /// Terms that must appear unchanged in every translation (product
    /// names...). A segment made only of such terms may stay untranslated.
    pub do_not_translate: Vec<String>,
    pub suppress: Vec<Suppression>,
    /// Bounds of the `length-ratio` check: a segment is an outlier when its
    /// length ratio is more than this factor away from the locale's median.
    pub length_ratio_factor: Option<f32>,
    /// The `terminology` check's glossary: a `.tbx` or `.csv` file,
    /// relative to the site root.
    pub glossary: Option<String>,
    /// `[[check.rule]]`: the site's own checks, reported as `custom-rule`.
    pub rule: Vec<CustomRule>,
    /// Link from each cell of the translators' view to its file and line
    /// in an editor: `vscode://file/{path}:{line}:{col}` (`{path}` is the
    /// absolute path, `{file}` the path relative to the site root).
    pub editor_url: Option<String>,
}

/// A regular expression of `stele.toml`, compiled as it is read: an invalid
/// one is a TOML error at the value's line and column, like any other bad
/// value. Syntax: the `regex` crate's (no look-around, no backreferences).
#[derive(Debug, Clone)]
pub struct Pattern(pub regex::Regex);

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        regex::RegexBuilder::new(&s)
            .size_limit(1 << 20)
            .build()
            .map(Pattern)
            .map_err(|e| serde::de::Error::custom(format!("invalid regular expression: {e}")))
    }
}

impl Serialize for Pattern {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.as_str())
    }
}

/// One `[[check.rule]]`: a finding `custom-rule` wherever `pattern` matches
/// the translation (and `source_pattern`, when given, the English).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CustomRule {
    /// A short name, printed first in the message (`no-click-here`).
    pub name: String,
    /// Searched in the translation's plain text.
    pub pattern: Pattern,
    /// If set, the rule applies only where the English matches it.
    pub source_pattern: Option<Pattern>,
    /// Locale tags the rule applies to (all when empty; `de` covers `de-AT`).
    #[serde(default)]
    pub locale: Vec<String>,
    pub message: String,
    pub hint: Option<String>,
    /// `info`, `warning` (default) or `error`.
    pub severity: Option<Level>,
}

impl CustomRule {
    /// The matched text when the rule fires on this pair.
    pub fn matches(&self, english: &str, target: &str, locale: &str) -> Option<String> {
        let applies = self.locale.is_empty()
            || self.locale.iter().any(|l| {
                l.eq_ignore_ascii_case(locale)
                    || locale
                        .to_ascii_lowercase()
                        .starts_with(&format!("{}-", l.to_ascii_lowercase()))
            });
        if !applies {
            return None;
        }
        if let Some(sp) = &self.source_pattern {
            if !sp.0.is_match(english) {
                return None;
            }
        }
        self.pattern.0.find(target).map(|m| m.as_str().to_string())
    }
}
