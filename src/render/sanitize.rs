//! Sanitizing rendered page bodies with ammonia. Content is untrusted: raw
//! HTML in markdown may carry scripts, event handlers or `javascript:` URLs.
//! The whole rendered body goes through one allow-list, so our own markup
//! (segment spans, alerts, highlighted code) is kept because it only uses
//! allowed tags and attributes, and nothing else can slip through.

use std::collections::HashSet;
use std::sync::OnceLock;

fn builder() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
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
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some("noopener"))
        .strip_comments(true);
        b
    })
}

/// Removes everything not on the allow-list from an HTML fragment.
pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
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
    fn keeps_our_markup() {
        let ours =
            r#"<span class="seg" data-seg="104" data-en="English" tabindex="0">Deutsch</span>"#;
        assert_eq!(clean(ours), ours);
        let code = r#"<pre class="code" data-lang="json"><code class="language-json"><span class="hl-source">{}</span></code></pre>"#;
        assert_eq!(clean(code), code);
    }
}
