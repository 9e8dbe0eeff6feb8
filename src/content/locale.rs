//! Locale tags and fallback chains, with unic-langid.

use unic_langid::LanguageIdentifier;

/// Parses a locale folder name as a BCP 47 tag. Only 2–3 letter language
/// subtags are accepted: BCP 47 syntax also allows 5–8 letters, which would
/// let folder names like `images` pass as locales.
pub fn parse_locale(name: &str) -> Option<LanguageIdentifier> {
    let id: LanguageIdentifier = name.parse().ok()?;
    let lang = id.language.as_str();
    if !(2..=3).contains(&lang.len()) || lang == "und" {
        return None;
    }
    Some(id)
}

/// The order in which to look for content or UI strings for `wanted` among
/// `available`: the tag itself, then less specific forms of it (`zh-Hant-TW`,
/// `zh-Hant`, `zh-TW`, `zh`), then `default`. `zh-TW` thus falls back to
/// `zh-Hant` when the site has it, then to `zh`, then to the default.
pub fn fallback_chain(
    wanted: &LanguageIdentifier,
    available: &[LanguageIdentifier],
    default: &LanguageIdentifier,
) -> Vec<LanguageIdentifier> {
    let mut candidates: Vec<LanguageIdentifier> = vec![wanted.clone()];
    let mut max = wanted.clone();
    max.maximize();
    let lang = wanted.language;
    let script = wanted.script.or(max.script);
    let region = wanted.region;
    let make = |script, region| LanguageIdentifier::from_parts(lang, script, region, &[]);
    candidates.push(make(script, region));
    candidates.push(make(wanted.script, region));
    candidates.push(make(script, None));
    candidates.push(make(None, region));
    candidates.push(make(None, None));
    candidates.push(default.clone());
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    for c in candidates {
        if let Some(a) = available.iter().find(|a| **a == c) {
            if !out.contains(a) {
                out.push(a.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<LanguageIdentifier> {
        v.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn zh_tw_falls_back_to_zh_then_en() {
        let avail = ids(&["en", "de", "zh", "ja"]);
        let chain = fallback_chain(&"zh-TW".parse().unwrap(), &avail, &"en".parse().unwrap());
        assert_eq!(chain, ids(&["zh", "en"]));
    }

    #[test]
    fn zh_tw_prefers_zh_hant() {
        let avail = ids(&["en", "zh", "zh-Hant"]);
        let chain = fallback_chain(&"zh-TW".parse().unwrap(), &avail, &"en".parse().unwrap());
        assert_eq!(chain, ids(&["zh-Hant", "zh", "en"]));
    }

    #[test]
    fn exact_first() {
        let avail = ids(&["en", "pt", "pt-BR"]);
        let chain = fallback_chain(&"pt-BR".parse().unwrap(), &avail, &"en".parse().unwrap());
        assert_eq!(chain, ids(&["pt-BR", "pt", "en"]));
    }

    #[test]
    fn locale_names() {
        assert!(parse_locale("de").is_some());
        assert!(parse_locale("zh-Hant").is_some());
        assert!(parse_locale("pt-BR").is_some());
        assert!(parse_locale("images").is_none());
        assert!(parse_locale("includes").is_none());
        assert!(parse_locale("d_e").is_none());
    }
}
