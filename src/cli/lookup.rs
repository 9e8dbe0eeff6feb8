//! `stele lookup`: the page's error-code lookup in a terminal.
//!
//! It compiles the site's policies exactly as `stele build` does and runs
//! the same evaluator (the runtime crate) natively, so its JSON is the JSON
//! the page's wasm produces. Exit codes follow grep: 0 when something was
//! recognised, 1 when the input holds no code and matches no rule, 2 for
//! usage errors and broken sites.

use super::{print_diagnostics, EXIT_INPUT, EXIT_USAGE};
use crate::content;
use crate::i18n::I18n;
use crate::policy;
use serde_json::Value;
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use stele_runtime::policy::{evaluate_json, Policies};

/// Output formats of `stele lookup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable text.
    Text,
    /// The evaluator's JSON, byte for byte what the page's wasm returns.
    Json,
}

/// Runs a lookup; see the module docs for exit codes.
pub(super) fn lookup(
    root: &Path,
    text: &str,
    lang: Option<&str>,
    format: Format,
    answers: &[String],
) -> ExitCode {
    let text = if text == "-" {
        let mut s = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut s) {
            errln!("error: cannot read standard input: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
        s
    } else {
        text.to_string()
    };
    let (site, mut diags) = match content::load(root) {
        Ok(s) => s,
        Err(d) => {
            print_diagnostics(root, &d);
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let source_id = site.locales[site.source].id.clone();
    let (i18n, d) = I18n::load(Some(&root.join("locales")), &source_id);
    diags.extend(d);
    let (compiled, d) = policy::compile(&site, &i18n);
    diags.extend(d);
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).cloned().collect();
    if !errors.is_empty() {
        print_diagnostics(root, &errors);
        errln!(
            "error: the site's policies have errors; fix them first (`stele build` shows the same)"
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let l = policy::pick_locale(&site, lang);
    if let Some(want) = lang {
        if !site.locales[l].tag.eq_ignore_ascii_case(want) {
            errln!(
                "note: the site has no locale `{want}`; answering in `{}`",
                site.locales[l].tag
            );
        }
    }
    let policies = match Policies::load(&compiled.rules, &compiled.strings[l]) {
        Ok(p) => p,
        Err(e) => {
            errln!("error: internal: compiled policies do not load: {e:?}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let json = evaluate_json(&policies, &text, &answers.join(";"));
    let value: Value = serde_json::from_str(&json).unwrap_or(Value::Null);
    let recognised = !value["code"].is_null()
        || !value["partial"].is_null()
        || value["matches"].as_array().is_some_and(|m| !m.is_empty());
    match format {
        Format::Json => outln!("{json}"),
        Format::Text => out!("{}", as_text(&value, site.config.base_url.as_deref())),
    }
    if recognised {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INPUT)
    }
}

/// The result for people: code, generic meaning, then each match.
fn as_text(v: &Value, base_url: Option<&str>) -> String {
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let mut out = String::new();
    if let Some(m) = v["message"].as_str() {
        out.push_str(m);
        out.push('\n');
        return out;
    }
    let code = match (
        v["basic"].as_str(),
        v["code"].as_str(),
        v["partial"].as_str(),
    ) {
        (Some(b), Some(c), _) => format!("{b} {c}"),
        (None, Some(c), _) => c.to_string(),
        (_, None, Some(p)) => format!("{p}…"),
        _ => String::new(),
    };
    if !code.is_empty() {
        out.push_str(&code);
        if let Some(w) = v["written"].as_str() {
            out.push_str(&format!(" (written as {w})"));
        }
        if v["generic"].is_object() {
            out.push_str(&format!(" — {}", s(&v["generic"]["class"])));
            if let Some(sub) = v["generic"]["subject"].as_str() {
                out.push_str(&format!(" · {sub}"));
            }
        }
        out.push('\n');
    }
    let base = base_url.map(|b| {
        if b.ends_with('/') {
            b.to_string()
        } else {
            format!("{b}/")
        }
    });
    for (i, m) in v["matches"].as_array().into_iter().flatten().enumerate() {
        out.push_str(&format!(
            "\n{}. {} [{}]\n",
            i + 1,
            s(&m["title"]),
            s(&m["codes"])
        ));
        for (label, key) in [("", "meaning"), ("", "cause")] {
            let t = s(&m[key]);
            if !t.is_empty() {
                out.push_str(&format!("   {label}{t}\n"));
            }
        }
        out.push_str(&format!("   → {}\n", s(&m["fix_by_label"])));
        for (n, step) in m["steps"].as_array().into_iter().flatten().enumerate() {
            out.push_str(&format!("   [ ] {}. {}\n", n + 1, s(step)));
        }
        if let Some(q) = m["question"].as_object() {
            let id = q.get("id").map(s).unwrap_or_default();
            out.push_str(&format!(
                "   ? {}\n",
                q.get("text").map(s).unwrap_or_default()
            ));
            for o in q
                .get("options")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let chosen = q.get("answer").and_then(Value::as_str) == o["value"].as_str();
                out.push_str(&format!(
                    "     {} --answer {id}={}  {}\n",
                    if chosen { "(x)" } else { "( )" },
                    s(&o["value"]),
                    s(&o["label"])
                ));
            }
        }
        let url = s(&m["url"]);
        if crate::util::is_web_address(&url) {
            out.push_str(&format!("   {url}\n"));
        } else if !url.is_empty() {
            out.push_str(&format!("   {}{url}\n", base.as_deref().unwrap_or("")));
        }
    }
    let cands = v["candidates"].as_array().cloned().unwrap_or_default();
    if !cands.is_empty() {
        out.push('\n');
        for c in cands {
            out.push_str(&format!("   {}  {}\n", s(&c["codes"]), s(&c["title"])));
        }
    }
    out
}
