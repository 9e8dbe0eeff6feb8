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
/// Theme colours that read below WCAG AA (4.5:1) on the code background
/// of stele.css are darkened (light) or lightened (dark) until they pass:
/// InspiredGitHub's PowerShell function names were 2.85:1.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let mut css = String::new();
    if let Some(light) = themes.themes.get("InspiredGitHub") {
        let light_css = css_for_theme_with_class_style(light, STYLE).unwrap_or_default();
        css.push_str(&readable(&light_css, LIGHT_CODE_BG, false));
    }
    if let Some(dark) = themes.themes.get("base16-ocean.dark") {
        let dark_css = css_for_theme_with_class_style(dark, STYLE).unwrap_or_default();
        let dark_css = readable(&dark_css, DARK_CODE_BG, true);
        css.push_str("\n@media (prefers-color-scheme: dark) {\n");
        css.push_str(&dark_css);
        css.push_str("\n}\n");
    }
    css
}

/// `--code-bg` of stele.css, light and dark.
const LIGHT_CODE_BG: [u8; 3] = [0xf6, 0xf8, 0xfa];
const DARK_CODE_BG: [u8; 3] = [0x22, 0x26, 0x2b];

fn luminance(c: [u8; 3]) -> f64 {
    let ch = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Every `color: #rrggbb` in `css` moved towards black (or white, on a
/// dark background) until it has a contrast of at least 4.6:1 on `bg`
/// (a margin over 4.5 for rounding in checkers).
// `hex` is six ASCII hex digits (checked where it is found), so every index is a char boundary.
#[allow(clippy::string_slice)]
fn readable(css: &str, bg: [u8; 3], dark: bool) -> String {
    let mut out = String::with_capacity(css.len());
    for line in css.split_inclusive('\n') {
        let t = line.trim_start();
        let hex = t
            .strip_prefix("color: #")
            .and_then(|r| r.get(..6))
            .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()));
        let Some(hex) = hex else {
            out.push_str(line);
            continue;
        };
        let parse = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        let mut c = [parse(0), parse(2), parse(4)];
        let target = if dark { 255.0 } else { 0.0 };
        let mut steps = 0;
        while contrast(c, bg) < 4.6 && steps < 100 {
            for v in &mut c {
                *v = (*v as f64 + (target - *v as f64) * 0.05).round() as u8;
            }
            steps += 1;
        }
        let fixed = format!("{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
        out.push_str(&line.replacen(hex, &fixed, 1));
    }
    out
}

#[cfg(test)]
mod tests {
    // A slice off a char boundary fails the test, as it should.
    #![allow(clippy::string_slice)]

    use super::*;

    #[test]
    fn every_code_colour_reads_at_aa_on_its_background() {
        let css = stylesheet();
        let (light, dark) = css
            .split_once("@media (prefers-color-scheme: dark)")
            .unwrap();
        for (part, bg) in [(light, LIGHT_CODE_BG), (dark, DARK_CODE_BG)] {
            let mut n = 0;
            for line in part.lines() {
                if let Some(h) = line.trim_start().strip_prefix("color: #") {
                    let p = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap();
                    let c = [p(0), p(2), p(4)];
                    assert!(contrast(c, bg) >= 4.5, "{line}: {:.2}", contrast(c, bg));
                    n += 1;
                }
            }
            assert!(n > 20, "{n} colours");
        }
        // InspiredGitHub's PowerShell function green, 2.85:1 as it comes.
        assert!(contrast([0x62, 0xa3, 0x5c], LIGHT_CODE_BG) < 3.0);
        assert!(!light.contains("#62a35c"));
    }

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
