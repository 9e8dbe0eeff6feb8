//! Code highlighting with syntect, using bat's syntax collection (through
//! two-face) because syntect's own set has no PowerShell, the most common
//! language in admin docs. Output uses CSS classes, not inline styles, so that
//! the Content-Security-Policy can forbid inline styles.

use crate::util::html_escape;
use std::sync::OnceLock;
use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

const STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// Maps the fence names used in docs to syntect tokens.
fn token_for(lang: &str) -> String {
    let l = lang.trim().to_ascii_lowercase();
    match l.as_str() {
        "powershell" | "ps" | "azurepowershell" | "pwsh" => "ps1".into(),
        "console" | "azurecli" | "shell" | "bash" | "sh" | "azurecli-interactive" => "sh".into(),
        "cmd" | "bat" | "batch" => "bat".into(),
        "javascript" | "js" => "js".into(),
        "yml" => "yaml".into(),
        "csharp" | "c#" => "cs".into(),
        _ => l,
    }
}

fn syntax_for(lang: &str) -> Option<&'static SyntaxReference> {
    let set = syntaxes();
    let token = token_for(lang);
    set.find_syntax_by_token(&token)
        .or_else(|| set.find_syntax_by_name(lang))
}

/// Whether `lang` is highlighted (as opposed to shown as plain text).
pub fn supports(lang: &str) -> bool {
    syntax_for(lang).is_some()
}

/// Renders a fenced code block as `<pre><code>` with highlight classes.
pub fn code_block(code: &str, lang: Option<&str>) -> String {
    let lang_attr = lang
        .map(|l| html_escape(&l.to_ascii_lowercase()))
        .unwrap_or_default();
    let inner = match lang.and_then(syntax_for) {
        Some(syntax) => {
            let mut gen = ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes(), STYLE);
            let mut ok = true;
            for line in LinesWithEndings::from(code) {
                if gen
                    .parse_html_for_line_which_includes_newline(line)
                    .is_err()
                {
                    ok = false;
                    break;
                }
            }
            if ok {
                gen.finalize()
            } else {
                html_escape(code)
            }
        }
        None => html_escape(code),
    };
    if lang_attr.is_empty() {
        format!("<pre class=\"code\"><code>{inner}</code></pre>\n")
    } else {
        format!("<pre class=\"code\" data-lang=\"{lang_attr}\"><code class=\"language-{lang_attr}\">{inner}</code></pre>\n")
    }
}

/// The stylesheet for the highlight classes (light and dark themes).
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let mut css = String::new();
    if let Some(light) = themes.themes.get("InspiredGitHub") {
        css.push_str(&css_for_theme_with_class_style(light, STYLE).unwrap_or_default());
    }
    if let Some(dark) = themes.themes.get("base16-ocean.dark") {
        let dark_css = css_for_theme_with_class_style(dark, STYLE).unwrap_or_default();
        css.push_str("\n@media (prefers-color-scheme: dark) {\n");
        css.push_str(&dark_css);
        css.push_str("\n}\n");
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_the_docs_languages() {
        for lang in ["powershell", "PowerShell", "json", "xml", "bash", "console"] {
            assert!(supports(lang), "{lang}");
        }
        let html = code_block("Get-InboundConnector | Format-List\n", Some("powershell"));
        assert!(html.contains("hl-"), "{html}");
        assert!(html.contains("data-lang=\"powershell\""));
    }

    #[test]
    fn unknown_language_is_escaped_plain_text() {
        let html = code_block("<b>x</b>\n", Some("dns"));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(!html.contains("hl-"));
    }
}
