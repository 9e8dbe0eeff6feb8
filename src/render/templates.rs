//! Page templates with tera. Stele ships default templates and assets (the
//! repository's `templates/`); a site's own `templates/` folder overrides any
//! of them by file name, the way Zola themes work.

use crate::diag::Diagnostic;
use crate::i18n::I18n;
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use tera::{Context, Tera, Value};

/// Built-in templates, by name.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("page.html", include_str!("../../templates/page.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("root.html", include_str!("../../templates/root.html")),
    ("404.html", include_str!("../../templates/404.html")),
    (
        "translation.html",
        include_str!("../../templates/translation.html"),
    ),
    (
        "translation-index.html",
        include_str!("../../templates/translation-index.html"),
    ),
    ("errors.html", include_str!("../../templates/errors.html")),
    ("search.html", include_str!("../../templates/search.html")),
];

/// Built-in assets, copied to `/_stele/` unless the site overrides them in
/// `templates/assets/`.
pub const BUILTIN_ASSETS: &[(&str, &str)] = &[
    (
        "stele.css",
        include_str!("../../templates/assets/stele.css"),
    ),
    ("stele.js", include_str!("../../templates/assets/stele.js")),
    (
        "translation.css",
        include_str!("../../templates/assets/translation.css"),
    ),
    (
        "translation.js",
        include_str!("../../templates/assets/translation.js"),
    ),
    (
        "lookup.js",
        include_str!("../../templates/assets/lookup.js"),
    ),
    (
        "search.js",
        include_str!("../../templates/assets/search.js"),
    ),
    // A site replaces it with its own `templates/assets/favicon.svg`.
    (
        "favicon.svg",
        include_str!("../../templates/assets/favicon.svg"),
    ),
];

pub struct Templates {
    tera: Tera,
    /// Where each template came from, for diagnostics.
    origin: HashMap<String, String>,
}

fn fluent_args(args: &HashMap<String, Value>) -> FluentArgs<'static> {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        if k == "key" || k == "lang" || k == "html" {
            continue;
        }
        match v {
            Value::Number(n) => {
                fa.set(k.clone(), FluentValue::from(n.as_f64().unwrap_or(0.0)));
            }
            Value::String(s) => {
                fa.set(k.clone(), FluentValue::from(s.clone()));
            }
            other => {
                fa.set(k.clone(), FluentValue::from(other.to_string()));
            }
        }
    }
    fa
}

impl Templates {
    /// Loads the built-in templates, then `dir/*.html` over them.
    pub fn load(dir: Option<&Path>, i18n: Arc<I18n>) -> Result<Templates, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, (String, String)> = BUILTIN_TEMPLATES
            .iter()
            .map(|(n, t)| {
                (
                    n.to_string(),
                    (format!("(built-in) templates/{n}"), t.to_string()),
                )
            })
            .collect();
        let mut diags = Vec::new();
        if let Some(dir) = dir.filter(|d| d.is_dir()) {
            for e in walkdir::WalkDir::new(dir)
                .max_depth(1)
                .sort_by_file_name()
                .into_iter()
                .flatten()
            {
                let p = e.path();
                if !p.is_file() || p.extension().is_none_or(|x| x != "html") {
                    continue;
                }
                let name = e.file_name().to_string_lossy().to_string();
                let display = format!("templates/{name}");
                match std::fs::read_to_string(p) {
                    Ok(t) => {
                        sources.insert(name, (display, t));
                    }
                    Err(err) => diags.push(Diagnostic::error(
                        "unreadable",
                        &display,
                        format!("cannot read template: {err}"),
                    )),
                }
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        let origin: HashMap<String, String> = sources
            .iter()
            .map(|(n, (d, _))| (n.clone(), d.clone()))
            .collect();
        let raw: Vec<(String, String)> = sources
            .iter()
            .map(|(n, (_, t))| (n.clone(), t.clone()))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            return Err(vec![template_error(&e, &sources)]);
        }
        let i18n_fn = i18n.clone();
        tera.register_function("t", move |args: &HashMap<String, Value>| {
            let key = args
                .get("key")
                .and_then(Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
            let lang = args.get("lang").and_then(Value::as_str).unwrap_or("en");
            let id = lang.parse().unwrap_or_default();
            let fa = fluent_args(args);
            let fa = if fa.iter().next().is_some() {
                Some(&fa)
            } else {
                None
            };
            // `html=true`: escaped text for element content (`| safe`), marked
            // with its language when it fell back to another one.
            if args.get("html").and_then(Value::as_bool) == Some(true) {
                return Ok(Value::String(i18n_fn.msg_html(&id, key, fa)));
            }
            Ok(Value::String(i18n_fn.msg(&id, key, fa)))
        });
        Ok(Templates { tera, origin })
    }

    /// Whether a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.origin.contains_key(name)
    }

    /// Renders template `name`; errors name the template and the cause.
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(name, ctx).map_err(|e| {
            let file = self
                .origin
                .get(name)
                .cloned()
                .unwrap_or_else(|| format!("templates/{name}"));
            Diagnostic::error(
                "template",
                file,
                format!("template `{name}` failed: {}", chain(&e)),
            )
            .hint("check the variable and template names against the README's template reference")
        })
    }
}

/// The whole error chain of a tera error as one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

/// Turns a template loading error into a located diagnostic. A template that
/// extends or includes a missing one is the common case.
fn template_error(e: &tera::Error, sources: &BTreeMap<String, (String, String)>) -> Diagnostic {
    let msg = chain(e);
    // Tera names the templates in single quotes; the first is the one at fault.
    let named: Vec<&str> = msg.split('\'').skip(1).step_by(2).collect();
    let culprit = named.first().and_then(|n| sources.get_key_value(*n));
    let missing = named.get(1).copied().filter(|n| !sources.contains_key(*n));
    match (culprit, missing) {
        (Some((_, (display, text))), Some(missing)) => {
            let line = text
                .lines()
                .position(|l| l.contains(missing))
                .map(|i| i as u32 + 1)
                .unwrap_or(1);
            let col = text
                .lines()
                .nth(line as usize - 1)
                .and_then(|l| l.find(missing))
                .map(|c| c as u32 + 1)
                .unwrap_or(1);
            Diagnostic::error(
                "missing-template",
                display,
                format!("template `{missing}` does not exist"),
            )
            .at(line, col)
            .hint(format!(
                "add templates/{missing}, or refer to one of: {}",
                sources.keys().cloned().collect::<Vec<_>>().join(", ")
            ))
        }
        (Some((_, (display, _))), None) => {
            Diagnostic::error("template", display, format!("invalid template: {msg}"))
                .hint("fix the tera syntax; see https://keats.github.io/tera/docs/")
        }
        _ => Diagnostic::error("template", "templates", format!("invalid template: {msg}"))
            .hint("fix the tera syntax; see https://keats.github.io/tera/docs/"),
    }
}
