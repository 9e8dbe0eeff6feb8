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
}
