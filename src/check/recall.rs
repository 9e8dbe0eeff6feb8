//! The checks translators know from other QA tools (Xbench, Okapi
//! CheckMate, Weblate, translate-toolkit's pofilter), on one aligned pair:
//! doubled words, paired quotes and brackets, acronym case, the site's
//! glossary and its own regex rules. Each is a pure function of the
//! English, the translation and the locale's language, so it is tested
//! without a site; `rules::locale_checks` turns the hits into findings.

use super::glossary::Glossary;
use crate::config::{CustomRule, Level};

/// One problem found in a pair.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Hit {
    pub check: &'static str,
    pub level: Level,
    pub message: String,
    pub hint: String,
}

/// Every check of this module on one pair. `lang` is the locale's
/// language subtag (`de`, `ja`).
pub(super) fn pair_checks(
    lang: &str,
    english: &str,
    target: &str,
    glossary: &Glossary,
    rules: &[CustomRule],
    locale: &str,
) -> Vec<Hit> {
    let mut out = Vec::new();
    if let Some(w) = doubled_word(lang, english, target) {
        out.push(Hit {
            check: "doubled-word",
            level: Level::Warning,
            message: format!("`{w} {w}`: a word is doubled"),
            hint: "delete the second one".into(),
        });
    }
    for (open, close, diff) in unpaired(lang, english, target) {
        let what = if diff > 0 {
            format!("`{open}` is never closed with `{close}`")
        } else {
            format!("`{close}` closes nothing: `{open}` is missing")
        };
        out.push(Hit {
            check: "paired-punctuation",
            level: Level::Warning,
            message: what,
            hint: format!("pair every `{open}` with a `{close}`, as the English pairs its own"),
        });
    }
    for (acronym, found) in acronym_case(english, target) {
        out.push(Hit {
            check: "acronym-case",
            level: Level::Warning,
            message: format!("acronym `{acronym}` is written `{found}`"),
            hint: format!("write `{acronym}` as the English does"),
        });
    }
    for (term, wanted) in glossary.missing(english, target, locale) {
        out.push(Hit {
            check: "terminology",
            level: Level::Warning,
            message: format!(
                "glossary term `{term}` is not translated as {}",
                wanted
                    .iter()
                    .map(|w| format!("`{w}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            hint: "use the glossary's translation, or update the glossary".into(),
        });
    }
    for r in rules {
        if let Some(m) = r.matches(english, target, locale) {
            out.push(Hit {
                check: "custom-rule",
                level: r.severity.unwrap_or(Level::Warning),
                message: format!("{}: {} (`{m}`)", r.name, r.message),
                hint: r
                    .hint
                    .clone()
                    .unwrap_or_else(|| "see the rule in stele.toml".into()),
            });
        }
    }
    out
}

/// Words that are doubled in correct text: French reflexives (`vous vous
/// connectez`), German relative pronoun + article (`die die Daten`, `der
/// der`) and `Sie sie` (you … them), Dutch `dat dat`. The corpus' German
/// had 39 such pairs and no doubled article that was wrong.
const DOUBLED_OK: &[(&str, &[&str])] = &[
    ("fr", &["vous", "nous"]),
    ("de", &["der", "die", "das", "den", "dem", "des", "sie"]),
    ("nl", &["dat", "die"]),
];

/// The first word that the translation doubles (`the the`, `die die`)
/// and the English does not. Languages written without spaces have no
/// words to double this way.
pub(super) fn doubled_word(lang: &str, english: &str, target: &str) -> Option<String> {
    if matches!(lang, "zh" | "ja" | "th") {
        return None;
    }
    let ok: &[&str] = DOUBLED_OK
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, w)| w);
    let doubled = |text: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut prev: Option<&str> = None;
        // Words separated by spaces only: `die, die` or `1. 1.` are not doubled.
        for raw in text.split(' ') {
            // The second word may end a sentence (`Datei Datei.`); a first
            // word followed by punctuation is not doubled (`die, die`).
            let w = raw.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let word = !w.is_empty() && w.chars().all(|c| c.is_alphabetic());
            match prev {
                // Same spelling, case included: `Y y` is a key and a
                // conjunction (`escriba Y y presione`).
                Some(p) if word && p == w => out.push(w.to_lowercase()),
                _ => {}
            }
            prev = (word && w.len() == raw.len()).then_some(w);
        }
        out
    };
    let in_english = doubled(english);
    doubled(target)
        .into_iter()
        .find(|w| !in_english.contains(w) && !ok.contains(&w.as_str()))
}

/// The pairs a locale's text uses: brackets everywhere, quotes by the
/// locale's convention (`„…“` in German, `«…»` in French and Russian,
/// `「…」` in Japanese and Chinese, `“…”` elsewhere).
fn pairs_of(lang: &str) -> Vec<(char, char)> {
    let mut p = vec![
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('（', '）'),
        ('【', '】'),
    ];
    match lang {
        "de" | "cs" | "sk" | "da" => p.push(('„', '“')),
        "fr" | "ru" | "uk" | "es" | "it" | "pt" | "nb" | "no" => {
            p.push(('«', '»'));
            if lang == "ru" || lang == "uk" {
                p.push(('„', '“'));
            }
        }
        "ja" | "zh" => {
            p.push(('「', '」'));
            p.push(('『', '』'));
        }
        _ => {}
    }
    if !matches!(lang, "de" | "cs" | "sk" | "da" | "ru" | "uk") {
        p.push(('“', '”'));
    }
    p
}

/// Brackets and quotes that the translation leaves open or closes twice,
/// where the English (with its own pairs, full-width brackets counted as
/// ASCII ones) is balanced: `(open, close, opens − closes)`. Numbered
/// lists in running text (`1)`, `a)`) unbalance both sides alike and are
/// not reported.
pub(super) fn unpaired(lang: &str, english: &str, target: &str) -> Vec<(char, char, i32)> {
    let balance = |text: &str, open: char, close: char| -> i32 {
        text.chars()
            .map(|c| (c == open) as i32 - (c == close) as i32)
            .sum()
    };
    let en_balanced = |open: char, close: char| {
        let (o, c) = match (open, close) {
            ('（', '）') => ('(', ')'),
            ('【', '】') => ('[', ']'),
            _ => (open, close),
        };
        let quotes = matches!(open, '„' | '«' | '「' | '『' | '“');
        if quotes {
            balance(english, '“', '”') == 0
        } else {
            balance(english, o, c) == 0 && balance(english, open, close) == 0
        }
    };
    let mut out = Vec::new();
    for (open, close) in pairs_of(lang) {
        let b = balance(target, open, close);
        if b != 0 && en_balanced(open, close) {
            out.push((open, close, b));
        }
    }
    out
}

/// Acronyms of the English (two to six capital letters, digits allowed
/// after the first: `VPN`, `DNS`, `M365`) that the translation writes
/// with another case (`Vpn`, `dns`) and nowhere as the English does.
pub(super) fn acronym_case(english: &str, target: &str) -> Vec<(String, String)> {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let target_words = words(target);
    let mut out: Vec<(String, String)> = Vec::new();
    for w in words(english) {
        let letters = w.chars().filter(char::is_ascii_alphabetic).count();
        let acronym = (2..=6).contains(&w.chars().count())
            && letters >= 2
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !acronym || out.iter().any(|(a, _)| *a == w) || target_words.contains(&w) {
            continue;
        }
        if let Some(t) = target_words.iter().find(|t| {
            t.eq_ignore_ascii_case(&w)
                && **t != w
                && !styled(&w, t)
                && (w.len() > 2
                    || !t.chars().all(|c| c.is_lowercase())
                    || same_neighbour(english, target, &w, t))
        }) {
            out.push((w.clone(), t.clone()));
        }
    }
    out
}

/// A two-letter acronym written in lowercase is often a word of the
/// translation (Italian `ad esempio` for `AD`): it counts only when a
/// neighbour is the same as in the English, the next word (`AD FS` → `ad
/// FS`) or the quotes around it (`"FR"` → `"fr"`).
fn same_neighbour(english: &str, target: &str, acronym: &str, written: &str) -> bool {
    let around = |text: &str, w: &str| -> Vec<(Option<char>, Option<char>, String)> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices(w) {
            let before = text.get(..i).and_then(|b| b.chars().next_back());
            let rest = text.get(i + w.len()..).unwrap_or("");
            if before.is_some_and(char::is_alphanumeric)
                || rest.chars().next().is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let next: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            out.push((before, rest.chars().next(), next));
        }
        out
    };
    let en = around(english, acronym);
    around(target, written).iter().any(|(b, a, next)| {
        en.iter().any(|(eb, ea, enext)| {
            (!next.is_empty() && next == enext)
                || (b == eb && a == ea && b.is_some_and(|c| !c.is_whitespace()))
        })
    })
}

/// Capitals that are styling, not an acronym: a key name (`ENTER` →
/// `Enter`, Microsoft's style for keys), an alert label (`NOTE` → `Note`),
/// or a file type written as its lowercase extension (`CSV` → `csv`).
fn styled(acronym: &str, written: &str) -> bool {
    const KEYS: &[&str] = &[
        "ENTER",
        "ESC",
        "TAB",
        "SHIFT",
        "CTRL",
        "ALT",
        "DEL",
        "DELETE",
        "HOME",
        "END",
        "SPACE",
        "BACKSPACE",
        "INSERT",
        "NOTE",
        "TIP",
        "IMPORTANT",
        "WARNING",
        "CAUTION",
    ];
    const TYPES: &[&str] = &[
        "CSV", "JPG", "JPEG", "PNG", "GIF", "PDF", "XML", "JSON", "TXT", "ZIP", "WOFF", "SVG",
        "HTML", "CSS", "JS",
    ];
    let title = written.chars().next().is_some_and(char::is_uppercase)
        && written.chars().skip(1).all(|c| !c.is_uppercase());
    (KEYS.contains(&acronym) && title)
        || (TYPES.contains(&acronym) && written.chars().all(|c| !c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubled_words() {
        assert_eq!(
            doubled_word("fr", "Configure the VPN.", "Configurez le le VPN."),
            Some("le".into())
        );
        assert_eq!(
            doubled_word("de", "Open the file.", "Öffnen Sie die Datei Datei."),
            Some("datei".into())
        );
        // Reflexive French, a doubled word the English has, punctuation
        // between the words, CJK: not reported.
        assert_eq!(
            doubled_word("fr", "You sign in.", "Vous vous connectez."),
            None
        );
        assert_eq!(doubled_word("de", "that that works", "das das geht"), None);
        assert_eq!(
            doubled_word("de", "the data that the apps", "auf die die Apps"),
            None
        );
        assert_eq!(
            doubled_word("es", "type Y and press", "escriba Y y presione"),
            None
        );
        assert_eq!(
            doubled_word("ru", "the top 10 tips", "с десятью десятью советами"),
            Some("десятью".into())
        );
        assert_eq!(doubled_word("de", "Those who", "Die, die wollen"), None);
        assert_eq!(doubled_word("ja", "a", "設定 設定"), None);
    }

    #[test]
    fn paired_quotes_and_brackets_per_locale() {
        assert_eq!(
            unpaired(
                "fr",
                "Configure it (see the overview).",
                "Configurez-le (voir la présentation."
            ),
            vec![('(', ')', 1)]
        );
        // German quotes „…“ are a pair; French « » too; Japanese 「」.
        assert!(unpaired("de", "Choose “Save”.", "Wählen Sie „Speichern“.").is_empty());
        assert_eq!(
            unpaired("de", "Choose “Save”.", "Wählen Sie „Speichern."),
            vec![('„', '“', 1)]
        );
        assert!(unpaired("fr", "Choose “Save”.", "Choisissez « Enregistrer ».").is_empty());
        assert!(unpaired("ja", "Choose “Save”.", "「保存」を選択します。").is_empty());
        assert_eq!(
            unpaired("ja", "Choose “Save”.", "「保存を選択します。"),
            vec![('「', '」', 1)]
        );
        // Full-width brackets in Chinese pair like ASCII ones.
        assert!(unpaired("zh", "Azure AD (AAD)", "Azure AD（AAD）").is_empty());
        // An English list numbered `1)` is unbalanced too: not reported.
        assert!(unpaired("de", "1) Open 2) Save", "1) Öffnen 2) Speichern").is_empty());
    }

    #[test]
    fn acronyms_keep_their_case() {
        assert_eq!(
            acronym_case("Configure the VPN and DNS.", "Configurez le Vpn et le DNS."),
            vec![("VPN".to_string(), "Vpn".to_string())]
        );
        // Kept once as in English: fine; a word that is not an acronym: fine.
        assert!(acronym_case("The VPN", "Le VPN (le vpn)").is_empty());
        assert!(acronym_case("Open It", "Öffnen Sie es").is_empty());
        assert!(acronym_case("Use M365 apps", "Utilisez les applications M365").is_empty());
        // Key names and file types have their own conventions.
        assert!(acronym_case("press ENTER", "Enter を押します").is_empty());
        assert!(acronym_case("a CSV file", "un fichier csv").is_empty());
        assert_eq!(acronym_case("set it to \"FR\"", "sur \"fr\"").len(), 1);
        assert_eq!(acronym_case("AD FS servers", "i server ad FS").len(), 1);
        // Italian `ad esempio` is a word, not `AD`.
        assert!(acronym_case("in AD, for example", "in Active Directory, ad esempio").is_empty());
    }
}
