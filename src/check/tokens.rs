//! Protected tokens: what a translation must carry over verbatim.
//!
//! Tokens are found in *plain text* (a segment's `source_text`) and in the
//! segment's inline markdown, read with pulldown-cmark; span markup was
//! already removed by the segment model.

use crate::align::structure::unlocalize_url;
use pulldown_cmark::{Event, Parser, Tag};
use regex::Regex;
use std::sync::OnceLock;

/// What kind of protected token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// An SMTP status code (`5.7.750`, `550 5.7.750`, `5.7.7xx`).
    ErrorCode,
    Url,
    InlineCode,
    Placeholder,
    Number,
    Term,
    /// An e-mail address (`admin@contoso.com`).
    Email,
    /// A file name or extension (`setup.exe`, `.pst`).
    File,
    /// A file system path (`C:\Program Files`, `/etc/hosts`, `\\server\share`).
    Path,
}

impl TokenKind {
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::ErrorCode => "error code",
            TokenKind::Url => "URL",
            TokenKind::InlineCode => "inline code",
            TokenKind::Placeholder => "placeholder",
            TokenKind::Number => "number",
            TokenKind::Term => "do-not-translate term",
            TokenKind::Email => "e-mail address",
            TokenKind::File => "file name",
            TokenKind::Path => "path",
        }
    }
}

/// A token that did not survive, and what the translation has instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    pub kind: TokenKind,
    pub token: String,
    /// The closest thing in the translation (`550 5.7.750-Dienst`), if any.
    pub found: Option<String>,
}

fn code_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?:\b[245]\d\d[ \u{00A0}\u{202F}\u{3000}])?\b[245]\.\d{1,3}\.\d{1,4}(?:[xX]{1,3})?",
        )
        .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

/// Spaces a translation may put between the basic and the enhanced code
/// (`550&nbsp;5.7.750`, machine translation's favourite, or an ideographic
/// space): they are the same code as with a plain space.
fn plain_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    const SPACES: [char; 3] = ['\u{00A0}', '\u{202F}', '\u{3000}'];
    if text.contains(SPACES) {
        std::borrow::Cow::Owned(text.replace(SPACES, " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn url_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r#"https?://[^\s<>"'()\[\]。、，；：！？（）「」]+[^\s<>"'()\[\].,;:!?。、，；：！？（）「」]"#)
            .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

fn placeholder_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"\{\{\s*[\w.]+\s*\}\}|\{\d+\}|%(?:\d+\$)?[sdif]\b|<[A-Z][A-Za-z]*>")
            .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

fn email_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
            .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

/// File names with an extension Windows and Office users meet, and such an
/// extension alone (`.pst` files). A list, not `\w+\.\w+`: that would take
/// `e.g` and every host name for a file.
fn file_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?i)(?:\b[\w][\w-]*(?:\.[\w-]+)*|(?:^|[\s(])\*?)\.(?:exe|msi|dll|ps1|psm1|psd1|xml|json|csv|txt|config|cfg|ini|log|zip|cab|bat|cmd|sh|html?|js|css|png|jpe?g|gif|svg|pdf|docx?|xlsx?|pptx?|pst|ost|cer|pfx|crt|pem|reg|vhdx?|iso|ya?ml|tbx|xlf|md)\b",
        )
        .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

/// Windows (`C:\…`), UNC (`\\server\share`) and absolute Unix paths
/// (`/etc/hosts`, `~/.ssh/config`); a Windows path ends at a space.
fn path_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r#"\b[A-Za-z]:\\[^\s"'<>|*?()]*[^\s"'<>|*?().,;:]|\\\\[\w.-]+(?:\\[^\s"'<>|*?()\\]+)+|(?:^|\s)~?(?:/[\w.-]+){2,}"#,
        )
        .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    })
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `token` occurs in `text` as a whole token: not glued to a word
/// before or after, and not joined with a hyphen (`5.7.750-Dienst`).
pub fn contains_token(text: &str, token: &str) -> bool {
    find_token(text, token).is_some()
}

fn find_token(text: &str, token: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find(token)) {
        let at = from + rel;
        let end = at + token.len();
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let mut after = text.get(end..).unwrap_or("").chars();
        let a1 = after.next();
        let a2 = after.next();
        let glued_before = before.is_some_and(|c| word_char(c) && token.starts_with(word_char));
        let glued_after = a1.is_some_and(|c| word_char(c) && token.ends_with(word_char))
            || (a1 == Some('-') && a2.is_some_and(word_char))
            || (a1 == Some('.') && a2.is_some_and(|c| c.is_ascii_digit()));
        if !glued_before && !glued_after {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Where the word that ends at byte `end` of `text` starts: just after the
/// whitespace character before it (any kind: a no-break space is two bytes,
/// an ideographic space three), or 0.
fn word_start(text: &str, end: usize) -> usize {
    text.get(..end)
        .and_then(|t| {
            t.char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0)
}

/// The word around the first partial occurrence of `token`'s core in `text`.
///
/// Every offset here comes from `find`/`char_indices`, so each slice falls
/// on a character boundary whatever kind of space surrounds the code.
fn near_miss(text: &str, token: &str) -> Option<String> {
    let core = token.rsplit(char::is_whitespace).next().unwrap_or(token);
    let core = core.trim_end_matches(['x', 'X']);
    if core.is_empty() {
        return None;
    }
    let at = text.find(core)?;
    let mut start = word_start(text, at);
    // Include the basic code before it, when the token has one.
    if token.contains(char::is_whitespace) {
        let prev_end = text.get(..start).map(str::trim_end).map_or(0, str::len);
        if prev_end > 0 {
            start = word_start(text, prev_end);
        }
    }
    let mut end = text
        .get(at..)
        .and_then(|t| t.find(char::is_whitespace))
        .map_or(text.len(), |i| at + i);
    // "5.7.7 XX": also show the split-off part.
    let rest = text.get(end..).unwrap_or("");
    let trimmed = rest.trim_start();
    if trimmed.starts_with(['X', 'x']) {
        let skip = rest.len() - trimmed.len();
        end = trimmed
            .find(char::is_whitespace)
            .map_or(text.len(), |i| end + skip + i);
    }
    text.get(start..end)
        .map(|s| s.trim_end_matches([',', '.', ';', ':']).to_string())
}

/// Digit runs that stand alone: `21Vianet` or `Win32` are names. Numbers
/// are compared as values, the way each locale writes them: thousands
/// separators are dropped (`50,000`, `50.000`, `50 000` with a space,
/// NBSP or narrow NBSP, and `50'000` are all `50000`), leading zeros too
/// (`August 05` is `8月5日`), and CJK myriads are multiplied out (`5万`
/// and `5만` are `50000`, `3億` is `300000000`). A small table of our own
/// rather than ICU4X's decimal parser: these few rules are the formats the
/// corpus' locales use for integers, and ICU4X would add CLDR data for
/// every locale to a check that compares digit strings.
fn free_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut run = String::new();
        let mut groups = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                run.push(c);
                i += 1;
            } else if matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | ' ' | '\'' | '’')
                && chars
                    .get(i + 1..i + 4)
                    .is_some_and(|d| d.iter().all(char::is_ascii_digit))
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
                && !run.is_empty()
                && (run.len() <= 3 || groups > 0)
                // A plain space groups only after a group-sized run, so
                // that `in 2019 100 users` stays two numbers.
                && (c != ' ' || (groups > 0 || run.len() <= 3) && start_is_free(&chars, start))
            {
                groups += 1;
                i += 1;
            } else {
                break;
            }
        }
        let glued = (start > 0 && chars[start - 1].is_ascii_alphabetic())
            || (chars.get(i).is_some_and(|c| c.is_ascii_alphabetic())
                && !ordinal_suffix(&chars[i..])
                && !unit_suffix(&chars[i..]));
        if !glued {
            let mut value = value_of(&run);
            let zeros = match chars.get(i) {
                Some('万' | '萬' | '만') => 4,
                Some('億' | '亿' | '억') => 8,
                _ => 0,
            };
            if zeros > 0 && value != "0" {
                value.push_str(&"0".repeat(zeros));
            }
            out.push(value);
        }
    }
    out
}

/// An ordinal ending right after a number (`1er mars`, `2e`, `1st`,
/// `3rd`, `4th`): the number is still a value, not part of a name.
fn ordinal_suffix(rest: &[char]) -> bool {
    ["er", "re", "e", "ème", "st", "nd", "rd", "th"]
        .iter()
        .any(|suf| {
            let n = suf.chars().count();
            rest.len() >= n
                && rest[..n].iter().copied().eq(suf.chars())
                && !rest.get(n).is_some_and(|c| c.is_alphabetic())
        })
}

/// A unit of measure right after a number (`50ms`, `10GB`, `2.4GHz`): the
/// number is a value that must survive (`20 to 50ms` → `20 à MS` lost it),
/// not part of a name such as `Office 365anmelden`.
fn unit_suffix(rest: &[char]) -> bool {
    const UNITS: &[&str] = &[
        "ms", "s", "sec", "min", "h", "hrs", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "hz",
        "khz", "mhz", "ghz", "px", "pt", "cm", "mm", "km", "kg",
    ];
    let n = rest.iter().take_while(|c| c.is_alphabetic()).count();
    let word: String = rest[..n].iter().collect::<String>().to_ascii_lowercase();
    UNITS.contains(&word.as_str())
}

/// A digit string without its leading zeros (`05` is `5`, `0` stays).
fn value_of(digits: &str) -> String {
    let v = digits.trim_start_matches('0');
    if v.is_empty() {
        "0".to_string()
    } else {
        v.to_string()
    }
}

/// Whether the digit run at `start` follows a non-digit (a space-grouped
/// number cannot continue an earlier one: `1 000` yes, `1 000 000` yes).
fn start_is_free(chars: &[char], start: usize) -> bool {
    start == 0 || !chars[start - 1].is_ascii_digit()
}

/// `21 Vianet` in the English and `21Vianet` in the translation: the same
/// name written without the space, not a lost number.
fn glued_to_same_word(source: &str, target: &str, n: &str) -> bool {
    let t = target.to_lowercase();
    source
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            let num = w[0].trim_start_matches('0');
            (num == n || w[0] == n)
                && w[1].starts_with(|c: char| c.is_alphabetic())
                && t.contains(
                    &format!(
                        "{}{}",
                        w[0],
                        w[1].trim_end_matches([',', '.', ';', ':', ')'])
                    )
                    .to_lowercase(),
                )
        })
}

/// The number is part of a name that the translation renders as a whole:
/// joined by a hyphen to the word before it (`COVID-19`, `alpha-2`) or
/// followed by a capitalised word (`21 Vianet`), and that word is not in
/// the translation (`新型コロナウイルス感染症`, `世纪互联`). A number after a
/// separate word (`Severity 1`, `Windows 10`) is a value and stays checked.
fn part_of_translated_name(source: &str, target: &str, n: &str) -> bool {
    let t = target.to_lowercase();
    let words: Vec<&str> = source
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        // `COVID-19`, `alpha-2`
        if let Some((word, num)) = w.rsplit_once('-') {
            if num.trim_start_matches('0') == n
                && word.chars().all(char::is_alphabetic)
                && !word.is_empty()
                && !t.contains(&word.to_lowercase())
            {
                return true;
            }
        }
        // `21 Vianet`
        if w.trim_start_matches('0') == n {
            if let Some(next) = words.get(i + 1) {
                let next = next.trim_end_matches(['.', '!', '?']);
                if next.starts_with(|c: char| c.is_uppercase())
                    && next.chars().all(char::is_alphabetic)
                    && !t.contains(&next.to_lowercase())
                {
                    return true;
                }
            }
        }
    }
    false
}

/// `(11 x 17)` in the English and `(27,94 x 43,18 cm)` in the translation:
/// a measurement converted to the locale's units.
fn converted_dimension(source: &str, target: &str, n: &str) -> bool {
    static S: OnceLock<Regex> = OnceLock::new();
    static T: OnceLock<Regex> = OnceLock::new();
    let s = S.get_or_init(|| {
        Regex::new(r"\b(\d+)\s?[x×]\s?(\d+)\b").unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    });
    let t = T.get_or_init(|| {
        Regex::new(r"\d[\d.,]*\s?[x×]\s?\d[\d.,]*\s?(?:cm|mm|см|мм)\b")
            .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
    });
    t.is_match(target)
        && s.captures_iter(source).any(|c| {
            c.get(1).is_some_and(|m| m.as_str() == n) || c.get(2).is_some_and(|m| m.as_str() == n)
        })
}

/// Link destinations and inline code of a piece of inline markdown.
pub fn markdown_parts(md: &str) -> (Vec<String>, Vec<String>) {
    let mut links = Vec::new();
    let mut code = Vec::new();
    if !md.contains(['[', '`', '<']) {
        return (links, code);
    }
    for ev in Parser::new_ext(md, crate::markup::markdown_options()) {
        match ev {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Code(c) => code.push(c.to_string()),
            _ => {}
        }
    }
    (links, code)
}

/// Checks every protected token of the source against the translation.
/// `*_md` are the markdown forms when known (marked segments). Each kind
/// of token has its own pass; numbers come last, skipping the digits the
/// earlier passes checked as part of a link or inline code.
pub fn broken_tokens(
    source_text: &str,
    source_md: Option<&str>,
    target_text: &str,
    target_md: Option<&str>,
    terms: &[String],
) -> Vec<Broken> {
    let mut out: Vec<Broken> = Vec::new();
    broken_codes(source_text, target_text, &mut out);
    let covered_digits = match (source_md, target_md) {
        (Some(smd), Some(tmd)) => broken_markdown(source_text, smd, tmd, &mut out),
        _ => Vec::new(),
    };
    broken_addresses(source_text, source_md, target_text, &mut out);
    for t in terms {
        if !t.is_empty() && contains_token(source_text, t) && !target_text.contains(t.as_str()) {
            out.push(Broken {
                kind: TokenKind::Term,
                token: t.clone(),
                found: None,
            });
        }
    }
    broken_numbers(source_text, target_text, covered_digits, &mut out);
    out
}

/// Error codes (the longest form only) and placeholders.
fn broken_codes(source_text: &str, target_text: &str, out: &mut Vec<Broken>) {
    let mut seen = std::collections::HashSet::new();
    let target_codes = plain_spaces(target_text);
    for m in code_re().find_iter(source_text) {
        let tok = plain_spaces(m.as_str()).into_owned();
        // Keep the longest form only: "550 5.7.750" covers "5.7.750".
        if !seen.insert(tok.clone()) {
            continue;
        }
        if !contains_token(&target_codes, &tok) {
            out.push(Broken {
                kind: TokenKind::ErrorCode,
                found: near_miss(&target_codes, &tok),
                token: tok,
            });
        }
    }
    for m in placeholder_re().find_iter(source_text) {
        if !target_text.contains(m.as_str()) {
            out.push(Broken {
                kind: TokenKind::Placeholder,
                token: m.as_str().to_string(),
                found: None,
            });
        }
    }
}

/// URLs, link targets and inline code of the markdown forms. Returns the
/// digit runs they hold, which the number pass then leaves alone.
fn broken_markdown(source_text: &str, smd: &str, tmd: &str, out: &mut Vec<Broken>) -> Vec<String> {
    let mut covered_digits: Vec<String> = Vec::new();
    let (s_links, s_code) = markdown_parts(smd);
    let (t_links, t_code) = markdown_parts(tmd);
    let t_links: Vec<String> = t_links
        .iter()
        .map(|u| unlocalize_url(u))
        .chain(url_re().find_iter(tmd).map(|m| unlocalize_url(m.as_str())))
        .collect();
    for u in s_links
        .iter()
        .map(String::as_str)
        .chain(url_re().find_iter(source_text).map(|m| m.as_str()))
    {
        if (u.starts_with("http") || u.contains('/')) && !t_links.contains(&unlocalize_url(u)) {
            out.push(Broken {
                kind: TokenKind::Url,
                token: u.to_string(),
                found: None,
            });
        }
    }
    for c in &s_code {
        covered_digits.extend(
            crate::align::structure::numbers(c)
                .iter()
                .map(|d| value_of(d)),
        );
        if !t_code.contains(c) {
            out.push(Broken {
                kind: TokenKind::InlineCode,
                token: c.clone(),
                found: None,
            });
        }
    }
    for u in &s_links {
        covered_digits.extend(
            crate::align::structure::numbers(u)
                .iter()
                .map(|d| value_of(d)),
        );
    }
    covered_digits
}

/// E-mail addresses, file names and paths, outside URLs and inline code
/// (which were checked whole above).
fn broken_addresses(
    source_text: &str,
    source_md: Option<&str>,
    target_text: &str,
    out: &mut Vec<Broken>,
) {
    let src_plain = url_re().replace_all(source_text, " ");
    let in_code = |tok: &str| {
        source_md.is_some_and(|md| markdown_parts(md).1.iter().any(|c| c.contains(tok)))
    };
    let mut files_seen: Vec<String> = Vec::new();
    for (kind, re) in [
        (TokenKind::Email, email_re()),
        (TokenKind::Path, path_re()),
        (TokenKind::File, file_re()),
    ] {
        for m in re.find_iter(&src_plain) {
            let tok = m.as_str().trim_start_matches([' ', '(', '\t', '\n']);
            let tok = tok.trim_start_matches('*');
            if tok.is_empty()
                || in_code(tok)
                || files_seen.iter().any(|f| f.contains(tok))
                || (kind == TokenKind::File && email_re().is_match(tok))
            {
                continue;
            }
            files_seen.push(tok.to_string());
            // An address is the same in any case (`Matt@` = `matt@`).
            let kept = if kind == TokenKind::Email {
                contains_token(&target_text.to_lowercase(), &tok.to_lowercase())
            } else {
                contains_token(target_text, tok)
            };
            if !kept {
                out.push(Broken {
                    kind,
                    found: near_miss(target_text, tok),
                    token: tok.to_string(),
                });
            }
        }
    }
}

/// Bare numbers: each digit run of the source must be in the target,
/// unless it was part of a token already checked (`covered_digits`).
fn broken_numbers(
    source_text: &str,
    target_text: &str,
    mut covered_digits: Vec<String>,
    out: &mut Vec<Broken>,
) {
    // Error codes were checked above; take them out so that `5.7.750` is
    // not read as the number 7750.
    let tgt_clean = code_re().replace_all(target_text, " ");
    let mut target_nums = free_numbers(&url_re().replace_all(&tgt_clean, " "));
    let src_clean = code_re().replace_all(source_text, " ");
    for n in free_numbers(&url_re().replace_all(&src_clean, " ")) {
        if let Some(i) = covered_digits.iter().position(|x| *x == n) {
            covered_digits.swap_remove(i);
            if let Some(j) = target_nums.iter().position(|x| *x == n) {
                target_nums.swap_remove(j);
            }
            continue;
        }
        match target_nums.iter().position(|x| *x == n) {
            Some(j) => {
                target_nums.swap_remove(j);
            }
            None if glued_to_same_word(source_text, target_text, &n)
                || part_of_translated_name(source_text, target_text, &n)
                || converted_dimension(source_text, target_text, &n) => {}
            None => out.push(Broken {
                kind: TokenKind::Number,
                token: n,
                found: None,
            }),
        }
    }
}

/// Byte ranges of the protected tokens in a run of plain text (error codes,
/// URLs, placeholders, do-not-translate terms), sorted and not
/// overlapping: the XLIFF export marks them untranslatable. Inline code is
/// not here: the export makes it an inline code of its own.
pub fn protected_spans(text: &str, terms: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    spans.extend(code_re().find_iter(text).map(|m| m.range()));
    spans.extend(url_re().find_iter(text).map(|m| m.range()));
    spans.extend(placeholder_re().find_iter(text).map(|m| m.range()));
    for t in terms.iter().filter(|t| !t.is_empty()) {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|rest| find_token(rest, t)) {
            spans.push(from + at..from + at + t.len());
            from += at + t.len();
        }
    }
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for r in spans {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_error_code_glued_to_a_word_is_broken() {
        let b = broken_tokens(
            "550 5.7.750 Service unavailable. Client blocked",
            None,
            "550 5.7.750-Dienst ist nicht verfügbar.",
            None,
            &[],
        );
        assert_eq!(b.len(), 1, "{b:?}");
        assert_eq!(b[0].kind, TokenKind::ErrorCode);
        assert_eq!(b[0].token, "550 5.7.750");
        assert_eq!(b[0].found.as_deref(), Some("550 5.7.750-Dienst"));
    }

    #[test]
    fn codes_with_no_break_or_ideographic_spaces() {
        // Each of these panicked: `near_miss` sliced one byte before the
        // word, inside the two-byte NBSP or the three-byte U+3000.
        for space in ['\u{00A0}', '\u{202F}', '\u{3000}'] {
            let target = format!("Benutzer sehen 550{space}5.7.750-Dienst nicht.");
            let b = broken_tokens("Users see 550 5.7.750 Service.", None, &target, None, &[]);
            assert_eq!(b.len(), 1, "{space:?}: {b:?}");
            assert_eq!(b[0].token, "550 5.7.750");
            assert_eq!(b[0].found.as_deref(), Some("550 5.7.750-Dienst"));
            // The same space kind on both sides is the same code; so is a
            // plain space against a no-break one.
            let source = format!("Users see 550{space}5.7.750 here.");
            for target in [
                format!("Siehe 550{space}5.7.750 hier."),
                "Siehe 550 5.7.750 hier.".into(),
            ] {
                let b = broken_tokens(&source, None, &target, None, &[]);
                assert!(b.is_empty(), "{space:?} {target:?}: {b:?}");
            }
        }
        // Multi-byte text right before the code and no code core at all.
        assert_eq!(
            near_miss("日本\u{3000}550\u{3000}5.7.7", "550 5.7.750"),
            None
        );
        assert_eq!(
            near_miss("日本\u{3000}550\u{3000}5.7.750", "550 5.7.750").as_deref(),
            Some("550\u{3000}5.7.750")
        );
        assert_eq!(
            near_miss("\u{3000}5.7.750", "550 5.7.750").as_deref(),
            Some("5.7.750")
        );
    }

    #[test]
    fn split_wildcard_code_is_broken() {
        let b = broken_tokens(
            "Fix email delivery issues for error code 5.7.7xx in Exchange Online",
            None,
            "Fehlercode 5.7.7 XX in Exchange Online",
            None,
            &[],
        );
        assert_eq!(b[0].token, "5.7.7xx");
        assert_eq!(b[0].found.as_deref(), Some("5.7.7 XX"));
    }

    #[test]
    fn numbers_ignore_names_and_thousands_separators() {
        assert_eq!(
            free_numbers("21Vianet has 50,000 users in 2 regions"),
            vec!["50000", "2"]
        );
        let b = broken_tokens(
            "a 50,000 person company",
            None,
            "一家50000个人公司",
            None,
            &[],
        );
        assert!(b.is_empty(), "{b:?}");
    }

    #[test]
    fn intact_tokens_pass() {
        let b = broken_tokens(
            "Run `Get-Mailbox` and see [here](https://docs.microsoft.com/en-us/x) for 550 5.7.750.",
            Some("Run `Get-Mailbox` and see [here](https://docs.microsoft.com/en-us/x) for 550 5.7.750."),
            "Führen Sie `Get-Mailbox` aus, siehe [hier](https://docs.microsoft.com/de-de/x), 550 5.7.750.",
            Some("Führen Sie `Get-Mailbox` aus, siehe [hier](https://docs.microsoft.com/de-de/x), 550 5.7.750."),
            &["Exchange".into()],
        );
        assert!(b.is_empty(), "{b:?}");
    }

    #[test]
    fn missing_code_url_number_and_term() {
        let b = broken_tokens(
            "Use `Set-X` in Exchange Online within 24 hours, see [a](https://x.org/a).",
            Some("Use `Set-X` in Exchange Online within 24 hours, see [a](https://x.org/a)."),
            "Utilisez Set-X dans Échange en ligne sous un jour, voir [a](https://x.org/b).",
            Some("Utilisez Set-X dans Échange en ligne sous un jour, voir [a](https://x.org/b)."),
            &["Exchange Online".into()],
        );
        let kinds: Vec<TokenKind> = b.iter().map(|x| x.kind).collect();
        assert!(kinds.contains(&TokenKind::InlineCode));
        assert!(kinds.contains(&TokenKind::Url));
        assert!(kinds.contains(&TokenKind::Term));
        assert!(kinds.contains(&TokenKind::Number));
    }

    fn numbers_lost(source: &str, target: &str) -> Vec<String> {
        broken_tokens(source, None, target, None, &[])
            .into_iter()
            .filter(|b| b.kind == TokenKind::Number)
            .map(|b| b.token)
            .collect()
    }

    /// False alarms of the judged sample: numbers written the locale's way.
    #[test]
    fn localized_numbers_are_the_same_values() {
        let none: Vec<String> = Vec::new();
        assert_eq!(
            numbers_lost("UDP ports 50,000-59,999", "Порты UDP 50 000–59 999"),
            none
        );
        assert_eq!(
            numbers_lost(
                "more than 5,000 milliseconds",
                "более 5\u{a0}000 миллисекунд"
            ),
            none
        );
        assert_eq!(
            numbers_lost("a 50,000 person company", "5万の個人企業です"),
            none
        );
        assert_eq!(numbers_lost("60,000 users", "6만 명의 사용자"), none);
        assert_eq!(
            numbers_lost("Week of August 05, 2019", "2019年8月5日の週"),
            none
        );
        assert_eq!(
            numbers_lost("Week of August 05, 2019", "Semana del 5 de agosto de 2019"),
            none
        );
        assert_eq!(
            numbers_lost("on March 1, 2021", "le 1er mars 2021"),
            numbers_lost("x", "x")
        );
        assert_eq!(numbers_lost("90,000 seats", "90 000 postes"), none);
    }

    /// True cases next to them: a value that really changed or went away.
    #[test]
    fn lost_and_changed_numbers_are_reported() {
        assert_eq!(
            numbers_lost("between 20 and 50 ms", "entre 20 et MS"),
            vec!["50".to_string()]
        );
        assert_eq!(
            numbers_lost("Project Server 2016", "Project Server 2013"),
            vec!["2016".to_string()]
        );
        assert_eq!(
            numbers_lost("a 10 part series", "una serie"),
            vec!["10".to_string()]
        );
        assert_eq!(
            numbers_lost("all Severity 1 escalations", "すべてのエスカレーション"),
            vec!["1".to_string()]
        );
        assert_eq!(
            numbers_lost("Ready for Office 365?", "Bereit für Office 365anmelden?"),
            vec!["365".to_string()]
        );
        assert_eq!(
            numbers_lost("50,000 users", "5 000 users"),
            vec!["50000".to_string()]
        );
    }

    /// Names that carry a number: spelt without the space, or translated.
    #[test]
    fn numbers_inside_names() {
        let none: Vec<String> = Vec::new();
        assert_eq!(
            numbers_lost(
                "Office 365 operated by 21 Vianet",
                "Office 365 ofrecido por 21Vianet"
            ),
            none
        );
        assert_eq!(
            numbers_lost(
                "Office 365 operated by 21 Vianet",
                "由世纪互联运营的 Office 365"
            ),
            none
        );
        assert_eq!(
            numbers_lost("The COVID-19 crisis", "新型コロナウイルス感染症の危機"),
            none
        );
        assert_eq!(
            numbers_lost("tabloid (11 x 17) formats", "Tabloid (27,94 x 43,18 cm)"),
            none
        );
        // The name is still there, its number is not: reported.
        assert_eq!(
            numbers_lost(
                "a valid ISO 3166-1 alpha-2 country code",
                "有効な ISO 3166-1 alpha 国コード"
            ),
            vec!["2".to_string()]
        );
    }
}
