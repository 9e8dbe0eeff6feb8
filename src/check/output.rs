//! Machine-readable reports: the JSON document of `--format json` (schema in
//! `docs/check.md`) and SARIF 2.1.0 for code-scanning tools.

use super::{by_check, Level, Report, CHECKS};
use serde_json::{json, Value};

/// The version of the JSON report's shape; bumped on incompatible changes.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// `--format json`.
pub fn json(report: &Report) -> Value {
    json!({
        "version": JSON_SCHEMA_VERSION,
        "tool": { "name": "stele", "version": env!("CARGO_PKG_VERSION") },
        "source_locale": report.locales.first(),
        "locales": report.locales,
        "findings": report.findings,
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
    json!({
        "articles": report.articles.len(),
        "units": units,
        "aligned_units": aligned,
        "alignable_units": total,
        "findings": report.findings.len(),
        "errors": report.count(Level::Error),
        "warnings": report.count(Level::Warning),
        "infos": report.count(Level::Info),
        "by_check": by_check(&report.findings),
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

/// `--format sarif`: one run, one rule per check, one result per finding.
pub fn sarif(report: &Report) -> Value {
    let rules: Vec<Value> = CHECKS
        .iter()
        .map(|c| {
            json!({
                "id": c.name,
                "name": c.name,
                "shortDescription": { "text": c.description },
                "defaultConfiguration": { "level": sarif_level(c.default) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
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
                        "artifactLocation": { "uri": f.file, "uriBaseId": "SRCROOT" },
                        "region": region,
                    }
                }],
                "partialFingerprints": {
                    "steleFinding/v1": format!("{}:{}:{}:{}", f.check, f.locale, f.article, f.segment.as_deref().unwrap_or("")),
                },
                "properties": {
                    "locale": f.locale,
                    "article": f.article,
                    "segment": f.segment,
                },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "stele",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }]
    })
}
