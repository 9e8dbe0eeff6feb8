//! Sanitizing rendered page bodies with ammonia. Content is untrusted: raw
//! HTML in markdown may carry scripts, event handlers or `javascript:` URLs.
//! The whole rendered body goes through one allow-list, so our own markup
//! (segment spans, alerts, highlighted code) is kept because it only uses
//! allowed tags and attributes, and nothing else can slip through.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The URL schemes a link or image may use (ammonia's default list:
/// nothing that runs code, such as `javascript:`, `vbscript:` or `data:`).
/// `markdown` warns about a link with any other scheme, which the
/// sanitizer removes.
pub const URL_SCHEMES: &[&str] = &[
    "bitcoin",
    "ftp",
    "ftps",
    "geo",
    "http",
    "https",
    "im",
    "irc",
    "ircs",
    "magnet",
    "mailto",
    "mms",
    "mx",
    "news",
    "nntp",
    "openpgp4fpr",
    "sip",
    "sms",
    "smsto",
    "ssh",
    "tel",
    "url",
    "webcal",
    "wtai",
    "xmpp",
];

/// The scheme of `url` (`ftp` in `ftp://x`), if it has one.
// `colon` is `find(':')`'s result: a char boundary.
#[allow(clippy::string_slice)]
pub fn scheme(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let s = &url[..colon];
    let mut chars = s.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(s)
}

/// Whether the sanitizer keeps a link to `url`.
pub fn keeps_url(url: &str) -> bool {
    match scheme(url.trim_start()) {
        Some(s) => URL_SCHEMES.iter().any(|k| k.eq_ignore_ascii_case(s)),
        None => true,
    }
}

fn builder() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(new_builder)
}

fn new_builder<'a>() -> ammonia::Builder<'a> {
    {
        let mut b = ammonia::Builder::default();
        b.add_tags([
            "section",
            "aside",
            "figure",
            "figcaption",
            "details",
            "summary",
            "mark",
            "nav",
            "caption",
            "colgroup",
            "col",
        ])
        .add_generic_attributes([
            "id", "class", "title", "lang", "dir", "tabindex", "role", "hidden",
        ])
        .add_generic_attribute_prefixes(["data-", "aria-"])
        .add_tag_attributes("a", ["hreflang", "name"])
        .add_tag_attributes("td", ["align", "colspan", "rowspan"])
        .add_tag_attributes("th", ["align", "colspan", "rowspan", "scope"])
        .add_tag_attributes("ol", ["start", "type"])
        .add_tag_attributes("img", ["loading"])
        .url_schemes(URL_SCHEMES.iter().copied().collect::<HashSet<_>>())
        // No `rel` added: `target` is not allowed, so no link opens a
        // window that `noopener` would protect, and a `rel` left on an `<a>`
        // whose unsafe `href` was removed is invalid HTML (vnu).
        .link_rel(None)
        .strip_comments(true);
        b
    }
}

/// Removes everything not on the allow-list from an HTML fragment.
pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
}

/// [`clean`], also keeping links with one more URL scheme: the scheme of
/// the site's own `[check] editor_url` (`vscode`), which only the site's
/// owner sets in `stele.toml`, for the translators' view.
pub fn clean_with_scheme(html: &str, scheme: Option<&str>) -> String {
    let Some(extra) = scheme.filter(|s| !URL_SCHEMES.contains(s)) else {
        return clean(html);
    };
    let mut schemes: HashSet<&str> = URL_SCHEMES.iter().copied().collect();
    schemes.insert(extra);
    let mut b = new_builder();
    b.url_schemes(schemes);
    b.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_scripts_handlers_and_js_urls() {
        let out = clean(
            r#"<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">l</a><img src=x onerror=alert(1)></p>"#,
        );
        assert!(!out.contains("script"), "{out}");
        assert!(
            !out.contains("onclick") && !out.contains("onerror"),
            "{out}"
        );
        assert!(!out.contains("javascript:"), "{out}");
    }

    #[test]
    fn keeps_safe_schemes_and_drops_unsafe_ones() {
        let out = clean(
            r#"<a href="ftp://x.org/a">f</a><a href="irc://x.org/c">i</a><a href="sms:+123">s</a><a href="vbscript:x">v</a>"#,
        );
        assert!(out.contains(r#"href="ftp://x.org/a""#), "{out}");
        assert!(out.contains(r#"href="irc://x.org/c""#), "{out}");
        assert!(out.contains(r#"href="sms:+123""#), "{out}");
        assert!(!out.contains("vbscript"), "{out}");
        // The unsafe link is left a placeholder `<a>`: valid without href.
        assert!(out.contains("<a>v</a>"), "{out}");
        assert!(keeps_url("ftp://x") && keeps_url("a.md") && !keeps_url("javascript:x"));
        assert!(!keeps_url("custom-app:open"));
    }

    #[test]
    fn keeps_our_markup() {
        let ours = r#"<span class="seg" data-seg="104" data-en="English">Deutsch</span>"#;
        assert_eq!(clean(ours), ours);
        let code = r#"<pre class="code" data-lang="json"><code class="language-json"><span class="hl-source">{}</span></code></pre>"#;
        assert_eq!(clean(code), code);
    }
}
