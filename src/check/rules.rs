//! The checks themselves. Each is a small function of one aligned pair (or,
//! for the site-wide ones, of every pair of a locale), so each can be unit
//! tested on strings.

use super::tokens::{self, TokenKind};
use super::{group_key, view_url, ArticleResult, Ctx, Finding, Level};
use crate::align::{norm, ArticleAlignment, LocaleAlignment, Pair, Status};
use crate::markup::Document;
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use stele_runtime::tokenize::is_cjk;

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Word diff from `old` to `new`: unchanged words as they are, removed ones
/// as `[-…-]`, added ones as `{+…+}` (the `git diff --word-diff` notation).
///
/// Past [`crate::align::LONG_TEXT`] the diff keeps the common words at both
/// ends and shows the rest as one change, in linear time (Myers' diff of
/// two long, different texts is quadratic).
pub(super) fn word_diff(old: &str, new: &str) -> String {
    if old.len() + new.len() > crate::align::LONG_TEXT {
        let a: Vec<&str> = crate::align::word_tokens(old).collect();
        let b: Vec<&str> = crate::align::word_tokens(new).collect();
        let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let tail = a[head..]
            .iter()
            .rev()
            .zip(b[head..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let mut out: String = a[..head].concat();
        for (open, part, close) in [
            ("[-", &a[head..a.len() - tail], "-]"),
            ("{+", &b[head..b.len() - tail], "+}"),
        ] {
            if !part.is_empty() {
                out.push_str(open);
                out.push_str(&part.concat());
                out.push_str(close);
            }
        }
        out.push_str(&a[a.len() - tail..].concat());
        return out;
    }
    let diff = similar::TextDiff::configure().diff_words(old, new);
    let mut out = String::new();
    for op in diff.ops() {
        for change in diff.iter_changes(op) {
            let v = change.value();
            match change.tag() {
                similar::ChangeTag::Equal => out.push_str(v),
                similar::ChangeTag::Delete => {
                    out.push_str("[-");
                    out.push_str(v);
                    out.push_str("-]");
                }
                similar::ChangeTag::Insert => {
                    out.push_str("{+");
                    out.push_str(v);
                    out.push_str("+}");
                }
            }
        }
    }
    out.replace("-][-", "").replace("+}{+", "")
}

/// Languages whose text uses full-width punctuation.
pub(super) fn is_cjk_language(tag: &str) -> bool {
    let lang = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(lang.as_str(), "zh" | "ja")
}

/// ASCII punctuation used right after CJK text, with the full-width form
/// to use. `lang` is the locale's language: Japanese technical text (and
/// every Microsoft Japanese translation in the corpus) writes the colon as
/// an ASCII `:` followed by a space, so a colon is not reported in `ja`.
pub(super) fn ascii_punct_in_cjk_for(lang: &str, text: &str) -> Vec<(char, char)> {
    ascii_punct_in_cjk(text)
        .into_iter()
        .filter(|(c, _)| !(lang == "ja" && *c == ':'))
        .collect()
}

/// ASCII punctuation used right after CJK text, with the full-width form to use.
pub(super) fn ascii_punct_in_cjk(text: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(char, char)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let full = match c {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '?' => '？',
            '!' => '！',
            '.' => '。',
            _ => continue,
        };
        let prev = chars[..i]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .copied();
        let next = chars.get(i + 1).copied();
        if c == '.' && next.is_some_and(|n| n.is_alphanumeric()) {
            continue;
        }
        if prev.is_some_and(is_cjk) && !out.iter().any(|(a, _)| *a == c) {
            out.push((c, full));
        }
    }
    out
}

/// Whether every ASCII `c` after CJK text in `target` starts a piece of
/// the English copied as it is: `管理员: Windows PowerShell` is the title
/// of a Windows window (`Administrator: Windows PowerShell`), which the
/// localized Windows writes with an ASCII colon. The piece is `c` and the
/// Latin text after it, up to the next CJK character or quote; it must
/// hold a letter and occur in the English.
pub(super) fn ascii_punct_copied(english: &str, target: &str, c: char) -> bool {
    let mut any = false;
    for (i, _) in target.match_indices(c) {
        let before = target.get(..i).unwrap_or("").trim_end().chars().last();
        if !before.is_some_and(is_cjk) {
            continue;
        }
        let piece: String = target
            .get(i..)
            .unwrap_or("")
            .chars()
            .take_while(|&x| !is_cjk(x) && !matches!(x, '"' | '”' | '」' | '』' | '）' | ')'))
            .collect();
        let piece = piece.trim_end();
        if !piece.chars().any(|x| x.is_ascii_alphabetic()) || !english.contains(piece) {
            return false;
        }
        any = true;
    }
    any
}

fn final_class(text: &str) -> Option<char> {
    let c = text.trim_end().chars().last()?;
    Some(match c {
        '.' | '。' | '．' => '.',
        ':' | '：' => ':',
        '?' | '？' => '?',
        '!' | '！' => '!',
        _ => return None,
    })
}

/// Final punctuation that differs, by the conventions of the target
/// language `lang`: `(source, target)` classes. Accepted everywhere: a
/// question mark that moved inside the sentence (`choose "What do I
/// fix?".` in German word order). Per language: a final colon written as
/// a period in Korean, Russian and Italian (their style before a list or a
/// code block); a question heading without `?` in Japanese (`…とは`).
pub(super) fn final_punct_mismatch_for(
    lang: &str,
    source: &str,
    target: &str,
) -> Option<(char, Option<char>)> {
    let m = final_punct_mismatch(source, target)?;
    let moved = |c: char, full: char| {
        let t = target.trim_end();
        let mut body = t.chars();
        body.next_back();
        let body = body.as_str();
        body.contains(c) || body.contains(full)
    };
    let ok = match m {
        ('?', _) if moved('?', '？') => true,
        ('!', _) if moved('!', '！') => true,
        (':', Some('.')) => matches!(lang, "ko" | "ru" | "it"),
        ('?', None) => lang == "ja",
        _ => false,
    };
    (!ok).then_some(m)
}

/// Final punctuation that differs: `(source, target)` classes.
pub(super) fn final_punct_mismatch(source: &str, target: &str) -> Option<(char, Option<char>)> {
    let s = final_class(source)?;
    let t = final_class(target);
    match (s, t) {
        (a, Some(b)) if a != b => Some((a, Some(b))),
        (':', None) | ('?', None) => Some((s, None)),
        _ => None,
    }
}

/// Counts of links, emphasis and inline code in inline markdown.
pub(super) fn markup_counts(md: &str) -> [usize; 3] {
    let mut c = [0usize; 3];
    if !md.contains(['[', '`', '*', '_', '<']) {
        return c;
    }
    for ev in Parser::new_ext(md, crate::markup::markdown_options()) {
        match ev {
            Event::Start(Tag::Link { .. }) => c[0] += 1,
            Event::Start(Tag::Emphasis) | Event::Start(Tag::Strong) => c[1] += 1,
            Event::Code(_) => c[2] += 1,
            _ => {}
        }
    }
    c
}

/// Quoted stretches (`"…"`, `“…”`, `「…」`, `『…』`): Chinese and Japanese
/// translations mark UI labels with quotes where the English uses bold.
pub(super) fn quoted_labels(text: &str) -> usize {
    let straight = text.matches('"').count() / 2;
    let curly = text.matches('“').count().min(text.matches('”').count());
    let corner = text.matches('「').count().min(text.matches('」').count());
    let white = text.matches('『').count().min(text.matches('』').count());
    straight + curly + corner + white
}

/// Whitespace problems of a target that the source does not have.
pub(super) fn whitespace_issues(source: &str, target: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let inner = |s: &str| s.trim().split('\n').any(|l| l.trim().contains("  "));
    if inner(target) && !inner(source) {
        out.push("double space");
    }
    // Leading and trailing spaces inside a segment are not reported: the
    // page never shows them (they sit at a span boundary, next to markup
    // or a line end), and they were 80% of the judged sample's false alarms.
    out
}

/// Text that reads as a product or feature name, which translations keep:
/// at most eight words, each capitalised (`OneDrive`, `Skype`), camel-cased
/// (`eDiscovery`), a number (`2010`, `Business1` with a footnote mark) or a
/// connective (`for`, `of`, `and`, `&`, `|`), and at least one capitalised.
/// After `for`, the audience of a product may be lowercase (`Microsoft 365
/// Apps for enterprise`, as Microsoft spells it). `Office 365 email
/// anti-spam protection` has lowercase words: it is prose, and stays
/// reported.
pub(super) fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let mut capital = false;
    let mut after_for = false;
    for w in &words {
        let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '*' | ',' | '.' | ':' | '+'));
        if w.is_empty() || matches!(w, "for" | "of" | "and" | "&" | "|" | "-" | "–") {
            after_for = w == "for";
            continue;
        }
        let first = w.chars().next().unwrap_or(' ');
        let number = w.chars().all(|c| c.is_ascii_digit());
        let camel = first.is_lowercase() && w.chars().skip(1).any(char::is_uppercase);
        if first.is_uppercase() || camel {
            capital = true;
        } else if !(number || after_for && capital) {
            return false;
        }
        after_for = false;
    }
    capital
}

/// A label and a value that is not prose, as in DNS record and endpoint
/// tables: `Alias: lyncdiscover`, `Microsoft Cloud Germany: 51.4.231.136,
/// 51.5.243.223`, `Worldwide Commercial & GCC: *.store.core.windows.net`.
/// The label is a name and the value host names, addresses or one
/// lowercase identifier: nothing a translator translates.
fn is_labelled_value(text: &str) -> bool {
    let Some((label, value)) = text.split_once(':') else {
        return false;
    };
    let value = value.trim();
    if !looks_like_name(label) || value.is_empty() {
        return false;
    }
    let identifier = !value.contains(char::is_whitespace)
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    identifier || crate::align::is_verbatim_text(value, &[])
}

/// Whether `text` is written in the translation's language rather than
/// the source's: then the source file holds text that was never in the
/// source language (a German alt text left in an English file), and the
/// translation that repeats it is not a forgotten translation. whatlang
/// (trigrams) decides between the two languages only, which it does well
/// even on a short caption where an open guess among 70 languages is
/// unreliable; a single word, or a language pair it does not know, counts
/// as the source language (the finding stays).
pub(super) fn in_target_language(text: &str, source_lang: &str, target_lang: &str) -> bool {
    // ISO 639-1 → whatlang's languages.
    fn lang(tag: &str) -> Option<whatlang::Lang> {
        use whatlang::Lang::*;
        Some(match tag {
            "en" => Eng,
            "de" => Deu,
            "fr" => Fra,
            "es" => Spa,
            "it" => Ita,
            "pt" => Por,
            "nl" => Nld,
            "ru" => Rus,
            "ja" => Jpn,
            "zh" => Cmn,
            "ko" => Kor,
            _ => return None,
        })
    }
    let (Some(s), Some(t)) = (lang(source_lang), lang(target_lang)) else {
        return false;
    };
    if text.split_whitespace().count() < 2 {
        return false;
    }
    let detector = whatlang::Detector::with_allowlist(vec![s, t]);
    detector.detect_lang(text) == Some(t)
}

/// The words a marked translation uses in its translations and in its
/// English halves: a text whose words come from the first and not the
/// second is in the translation's language, whatever whatlang guesses
/// (German captions made of compounds and product names, which its
/// trigrams take for English).
struct Vocabulary {
    target: std::collections::HashSet<String>,
    english: std::collections::HashSet<String>,
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
}

impl Vocabulary {
    fn of(doc: &Document) -> Self {
        let mut v = Vocabulary {
            target: Default::default(),
            english: Default::default(),
        };
        for s in &doc.segments {
            v.target.extend(words(&s.target_text));
            v.english.extend(words(&s.source_text));
        }
        v
    }

    /// More of the text's words are the translation's own than the
    /// English's, in a text of two words or more. Quoted labels (`"Common"`)
    /// are names of UI elements and left out.
    fn is_target(&self, text: &str) -> bool {
        let unquoted: String = text.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        if words(text).count() < 2 {
            return false;
        }
        let (mut t, mut e) = (0, 0);
        for w in words(&unquoted) {
            match (self.target.contains(&w), self.english.contains(&w)) {
                (true, false) => t += 1,
                (false, true) => e += 1,
                _ => {}
            }
        }
        t > e
    }
}

/// A single lowercase word set in bold on its own (`**character**`,
/// `**length**` in a table of a tool's error types): a keyword or value
/// the page defines, which the tool shows in English.
fn is_bold_keyword(markdown: Option<&str>) -> bool {
    let Some(md) = markdown else {
        return false;
    };
    let md = md.trim();
    md.strip_prefix("**")
        .and_then(|m| m.strip_suffix("**"))
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// A PowerShell parameter and its value (`-Department "<department name>"`):
/// code, not prose.
fn is_parameter(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix('-') else {
        return false;
    };
    rest.starts_with(|c: char| c.is_ascii_uppercase())
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether a translation is still the English source.
pub(super) fn is_untranslated(english: &str, target: &str, terms: &[String]) -> bool {
    let (a, b) = (english.trim().len(), target.trim().len());
    if a.abs_diff(b) > a.max(b) / 4 + 4 || norm(english) != norm(target) {
        return false;
    }
    if looks_like_name(english) || is_parameter(english) || is_labelled_value(english) {
        return false;
    }
    let mut rest = english.to_string();
    for t in terms {
        if !t.is_empty() {
            rest = rest.replace(t.as_str(), " ");
        }
    }
    !crate::align::is_verbatim_text(&rest, &[])
}

struct Loc<'a> {
    ctx: &'a Ctx<'a>,
    key: &'a str,
    locale: &'a str,
    file: String,
}

impl Loc<'_> {
    #[allow(clippy::too_many_arguments)]
    fn finding(
        &self,
        check: &'static str,
        severity: Level,
        segment: &str,
        line: u32,
        col: u32,
        message: String,
        source: Option<&str>,
        target: Option<&str>,
        hint: Option<String>,
    ) -> Finding {
        let _ = self.ctx;
        Finding {
            check,
            severity,
            locale: self.locale.to_string(),
            article: self.key.to_string(),
            segment: Some(segment.to_string()),
            file: self.file.clone(),
            line,
            column: col,
            message,
            source: source.map(str::to_string),
            target: target.map(str::to_string),
            diff: None,
            hint,
            view: view_url(self.key, Some(segment)),
            fingerprint: String::new(),
        }
    }
}

/// The English a pair was translated from, and the current source text.
fn english_of(al: &ArticleAlignment, p: &Pair) -> (String, String) {
    let current: Vec<&str> = al.units[p.units.clone()]
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    let current = current.join(" ");
    (
        p.english.clone().unwrap_or_else(|| current.clone()),
        current,
    )
}

/// Whether most other locales of the article left the same unit(s) in
/// English too: then the text is a name (`Exchange Online`, `Windows
/// Server 2016 Datacenter`), not a forgotten translation. Needs at least
/// two other locales, so a site with one translation reports everything.
fn kept_in_most_locales(al: &ArticleAlignment, locale: usize, p: &Pair, current: &str) -> bool {
    // Case aside: `Length` in one locale and `length` in another are both
    // the English word kept.
    let squash = |t: &str| {
        norm(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let want = squash(current);
    let (mut kept, mut total) = (0usize, 0usize);
    for (l, other) in &al.locales {
        if *l == locale {
            continue;
        }
        let Some(q) = other.pair_of(p.units.start) else {
            continue;
        };
        total += 1;
        if squash(&q.target_text) == want {
            kept += 1;
        }
    }
    total >= 2 && kept * 2 >= total
}

/// All per-pair checks of one locale of one article: what is missing,
/// what is extra, then each aligned pair (see [`pair_findings`]).
pub(super) fn locale_checks(
    ctx: &Ctx,
    key: &str,
    (src_path, _src): (&PathBuf, &Document),
    al: &ArticleAlignment,
    la: &LocaleAlignment,
    (path, doc): (&PathBuf, &Document),
    out: &mut Vec<Finding>,
) {
    let tag = &ctx.site.locales[la.locale].tag;
    let loc = Loc {
        ctx,
        key,
        locale: tag,
        file: slash(path),
    };
    let src_loc = Loc {
        ctx,
        key,
        locale: tag,
        file: slash(src_path),
    };
    missing_findings(al, la, &src_loc, key, out);
    extra_findings(al, la, &loc, out);
    let vocabulary = std::cell::OnceCell::new();
    let src_lang = ctx.site.locales[ctx.site.source].id.language;
    let tgt_lang = ctx.site.locales[la.locale].id.language;
    let pc = PairCx {
        ctx,
        al,
        la,
        loc: &loc,
        tag,
        lang: tgt_lang.as_str().to_ascii_lowercase(),
        terms: &ctx.cfg.do_not_translate,
        src_lang: src_lang.as_str(),
        tgt_lang: tgt_lang.as_str(),
        same_language: tgt_lang == src_lang,
        vocabulary: &vocabulary,
        doc,
    };
    for p in &la.pairs {
        pair_findings(&pc, p, out);
    }
}

/// `missing-segment`: units of the source with nothing aligned.
fn missing_findings(
    al: &ArticleAlignment,
    la: &LocaleAlignment,
    src_loc: &Loc,
    key: &str,
    out: &mut Vec<Finding>,
) {
    let tag = src_loc.locale;
    for &u in &la.missing {
        let unit = &al.units[u];
        if unit.verbatim_ok {
            continue;
        }
        out.push(src_loc.finding(
            "missing-segment",
            Level::Warning,
            &unit.id,
            unit.line,
            1,
            format!("source segment {} has no {tag} translation", unit.id),
            Some(&unit.text),
            None,
            Some(format!("translate it in content/{tag}/{key}.md, or re-export the file from your translation tool")),
        ));
    }
}

/// `extra-segment`: pieces of the translation that match no unit.
fn extra_findings(al: &ArticleAlignment, la: &LocaleAlignment, loc: &Loc, out: &mut Vec<Finding>) {
    // The current source's text, to tell a segment whose English is gone
    // from one whose English is there but was aligned to another
    // occurrence (a repeated table cell such as `Inbound server traffic`).
    let source_text: Vec<String> = al.units.iter().map(|u| norm(&u.text)).collect();
    for x in &la.extra {
        let blank = |t: &str| !t.chars().any(char::is_alphanumeric);
        if blank(&x.text) && x.english.as_deref().is_none_or(blank) {
            continue;
        }
        if let Some(e) = x.english.as_deref().map(norm).filter(|e| !e.is_empty()) {
            if source_text.contains(&e) {
                continue;
            }
        }
        out.push(loc.finding(
            "extra-segment",
            Level::Warning,
            &x.id,
            x.line,
            x.col,
            match &x.english {
                Some(_) => format!("segment {} matches nothing in the current source", x.id),
                None => format!(
                    "this {} block matches nothing in the source",
                    x.id.split('.').next().unwrap_or("")
                ),
            },
            x.english.as_deref(),
            Some(&x.text),
            Some("remove it, or update the source if the translation is right".into()),
        ));
    }
}

/// What the checks of one pair share.
struct PairCx<'a> {
    ctx: &'a Ctx<'a>,
    al: &'a ArticleAlignment,
    la: &'a LocaleAlignment,
    loc: &'a Loc<'a>,
    tag: &'a str,
    /// The locale's language subtag, lowercase (`de`).
    lang: String,
    terms: &'a [String],
    src_lang: &'a str,
    tgt_lang: &'a str,
    same_language: bool,
    vocabulary: &'a std::cell::OnceCell<Vocabulary>,
    doc: &'a Document,
}

/// One pair's texts, as every check reads them.
struct PairText<'a> {
    id: &'a str,
    /// The English it was translated from.
    english: String,
    /// The current source text.
    current: String,
    target: &'a str,
    line: u32,
    col: u32,
}

/// Every check of one aligned pair. An untranslated pair gets only that
/// finding (its tokens and punctuation are the English's own).
fn pair_findings(pc: &PairCx, p: &Pair, out: &mut Vec<Finding>) {
    let (english, current) = english_of(pc.al, p);
    let t = PairText {
        id: &pc.al.units[p.units.start].id,
        english,
        current,
        target: p.target_text.as_str(),
        line: p.line,
        col: p.col,
    };
    if stale_or_untranslated(pc, p, &t, out) {
        return;
    }
    token_findings(pc, p, &t, out);
    recall_findings(pc, &t, out);
    markup_findings(pc, p, &t, out);
    punctuation_findings(pc, p, &t, out);
}

/// `stale-source`, and `untranslated` (true when reported).
fn stale_or_untranslated(pc: &PairCx, p: &Pair, t: &PairText, out: &mut Vec<Finding>) -> bool {
    let PairCx {
        al,
        la,
        loc,
        terms,
        src_lang,
        tgt_lang,
        same_language,
        vocabulary,
        doc,
        ..
    } = *pc;
    let (id, english, current, target, line, col) =
        (t.id, &t.english, &t.current, t.target, t.line, t.col);
    if p.status == Status::Stale {
        let mut f = loc.finding(
            "stale-source",
            Level::Warning,
            id,
            line,
            col,
            format!("segment {id} was translated from an older English source"),
            Some(current),
            Some(target),
            Some("update the translation to the current English, then the English half".into()),
        );
        f.diff = Some(word_diff(english, current));
        out.push(f);
    }
    let verbatim_ok = al.units[p.units.clone()].iter().all(|u| u.verbatim_ok);
    let untranslated = !same_language
        && !verbatim_ok
        && (is_untranslated(current, target, terms) || is_untranslated(english, target, terms))
        && !kept_in_most_locales(al, la.locale, p, current)
        && !is_bold_keyword(p.english_markdown.as_deref())
        && !in_target_language(current, src_lang, tgt_lang)
        && !vocabulary
            .get_or_init(|| Vocabulary::of(doc))
            .is_target(current);
    if untranslated {
        out.push(loc.finding(
            "untranslated",
            Level::Warning,
            id,
            line,
            col,
            format!("segment {id} is still in English"),
            Some(english),
            Some(target),
            Some("translate it, or add its terms to [check] do_not_translate in stele.toml".into()),
        ));
        return true;
    }
    false
}

/// `protected-token`.
fn token_findings(pc: &PairCx, p: &Pair, t: &PairText, out: &mut Vec<Finding>) {
    let PairCx { loc, terms, .. } = *pc;
    let (id, english, target, line, col) = (t.id, &t.english, t.target, t.line, t.col);
    for b in tokens::broken_tokens(
        english,
        p.english_markdown.as_deref(),
        target,
        p.target_markdown.as_deref(),
        terms,
    ) {
        let msg = match &b.found {
            Some(f) => format!(
                "{} `{}` is changed: the translation has `{}`",
                b.kind.name(),
                b.token,
                f
            ),
            None => format!(
                "{} `{}` is missing from the translation",
                b.kind.name(),
                b.token
            ),
        };
        let sev = if b.kind == TokenKind::Number {
            Level::Warning
        } else {
            Level::Error
        };
        out.push(loc.finding(
            "protected-token",
            sev,
            id,
            line,
            col,
            msg,
            Some(english),
            Some(target),
            Some(format!("copy `{}` from the English exactly", b.token)),
        ));
    }
}

/// The checks of `check::recall` (doubled words, pairs, acronyms,
/// glossary, custom rules).
fn recall_findings(pc: &PairCx, t: &PairText, out: &mut Vec<Finding>) {
    let PairCx {
        ctx,
        loc,
        tag,
        ref lang,
        ..
    } = *pc;
    let (id, english, target, line, col) = (t.id, &t.english, t.target, t.line, t.col);
    for h in super::recall::pair_checks(lang, english, target, ctx.glossary, &ctx.cfg.rule, tag) {
        out.push(loc.finding(
            h.check,
            h.level,
            id,
            line,
            col,
            h.message,
            Some(english),
            Some(target),
            Some(h.hint),
        ));
    }
}

/// `markup` and `whitespace`, from the markdown of both sides.
fn markup_findings(pc: &PairCx, p: &Pair, t: &PairText, out: &mut Vec<Finding>) {
    let PairCx { loc, tag, .. } = *pc;
    let (id, line, col) = (t.id, t.line, t.col);
    if let (Some(smd), Some(tmd)) = (&p.english_markdown, &p.target_markdown) {
        let s = markup_counts(smd);
        let mut t = markup_counts(tmd);
        if is_cjk_language(tag) && t[1] < s[1] {
            // Bold UI labels become quoted labels in Chinese and Japanese.
            let quotes = quoted_labels(tmd).saturating_sub(quoted_labels(smd));
            t[1] = (t[1] + quotes).min(s[1]);
        }
        for (i, what) in ["links", "emphasis spans", "inline code spans"]
            .iter()
            .enumerate()
        {
            if s[i] != t[i] {
                out.push(loc.finding(
                    "markup",
                    Level::Warning,
                    id,
                    line,
                    col,
                    format!("segment {id} has {} {what}, the English has {}", t[i], s[i]),
                    Some(smd),
                    Some(tmd),
                    Some("keep the markdown of the English: the same links, `code` and **emphasis**".into()),
                ));
            }
        }
        let ws = whitespace_issues(smd, tmd);
        if !ws.is_empty() {
            out.push(loc.finding(
                "whitespace",
                Level::Info,
                id,
                line,
                col,
                format!("segment {id}: {}", ws.join(", ")),
                Some(smd),
                Some(tmd),
                Some("remove the extra spaces".into()),
            ));
        }
    }
}

/// `punctuation`: ASCII marks in CJK text, final punctuation changed,
/// dropped or added.
fn punctuation_findings(pc: &PairCx, p: &Pair, t: &PairText, out: &mut Vec<Finding>) {
    let PairCx {
        al,
        loc,
        tag,
        ref lang,
        ..
    } = *pc;
    let (id, english, target, line, col) = (t.id, &t.english, t.target, t.line, t.col);
    if is_cjk_language(tag) {
        let bad: Vec<(char, char)> = ascii_punct_in_cjk_for(lang, target)
            .into_iter()
            .filter(|(c, _)| !ascii_punct_copied(english, target, *c))
            .collect();
        if !bad.is_empty() {
            let list: Vec<String> = bad.iter().map(|(a, f)| format!("`{a}` → `{f}`")).collect();
            out.push(loc.finding(
                "punctuation",
                Level::Warning,
                id,
                line,
                col,
                format!("ASCII punctuation in {tag} text: {}", list.join(", ")),
                Some(english),
                Some(target),
                Some("use full-width punctuation after CJK characters".into()),
            ));
            return;
        }
    }
    let cjk_stop = is_cjk_language(tag) && target.trim_end().ends_with('。');
    // A heading or a table cell is a title or a label, not a sentence:
    // `Required?` becomes `Obligatorio`, `How do you know this
    // worked?` an Italian indirect question, in any locale.
    let title = al.units[p.units.clone()]
        .iter()
        .all(|u| matches!(u.kind, "heading" | "table-cell"));
    if let Some((s, t)) = final_punct_mismatch_for(lang, english, target)
        .filter(|m| !(cjk_stop || title && *m == ('?', None)))
    {
        out.push(loc.finding(
            "punctuation",
            Level::Warning,
            id,
            line,
            col,
            match t {
                Some(t) => format!("the English ends with `{s}`, the translation with `{t}`"),
                None => format!("the English ends with `{s}`, the translation does not"),
            },
            Some(english),
            Some(target),
            Some("end the translation like the English".into()),
        ));
    } else if let Some(t) = final_punct_added(english, target).filter(|_| !is_cjk_language(tag)) {
        out.push(loc.finding(
            "punctuation",
            Level::Warning,
            id,
            line,
            col,
            format!("the translation ends with `{t}`, the English has no final punctuation"),
            Some(english),
            Some(target),
            Some("end the translation like the English".into()),
        ));
    }
}

/// A final period, full stop or exclamation mark that the translation adds
/// where the English ends with a letter or digit (a heading, a label, a
/// list item without one): pofilter's `endpunc` class. An abbreviation
/// that ends the translation (`usw.`, `etc.`, `z. B.`) is not added
/// punctuation.
pub(super) fn final_punct_added(english: &str, target: &str) -> Option<char> {
    if !english.trim_end().chars().last()?.is_alphanumeric() {
        return None;
    }
    let t = target.trim_end();
    let last = t.chars().last()?;
    if !matches!(last, '.' | '。' | '．' | '!' | '！') || t.ends_with("..") {
        return None;
    }
    let body = t.get(..t.len() - last.len_utf8()).unwrap_or("");
    let word: String = body
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let abbreviation = last == '.' && word.chars().count() <= 3 && body.len() > word.len() && {
        // `z. B.`, `usw.`, `etc.`: a short lowercase word or a letter run.
        word.chars().all(|c| c.is_lowercase()) || word.chars().count() == 1
    };
    (!abbreviation).then_some(last)
}

/// What the site-wide checks read of one aligned pair (see
/// [`ArticleResult::site_keys`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PairKey {
    /// For `inconsistent-translation`: the English grouping key and the
    /// normalized translation, if the pair takes part.
    group: Option<(String, String)>,
    /// For `length-ratio`: translation length over English length, if
    /// the pair takes part.
    ratio: Option<f32>,
}

/// The [`PairKey`] of every pair of `al`, per locale, in pair order.
pub(super) fn pair_keys(al: &ArticleAlignment) -> std::collections::BTreeMap<usize, Vec<PairKey>> {
    al.locales
        .iter()
        .map(|(l, la)| (*l, la.pairs.iter().map(|p| pair_key(al, p)).collect()))
        .collect()
}

/// What two translations of the same English must share to count as the
/// same translation: the text without case, spaces or the kind of dash.
/// `RFC 2822 .` (a link's space left before the period) and `RFC 2822.`,
/// `Modulo` and `modulo`, `2013 - Notfall…` and `2013 – Notfall…` read
/// the same to a reader; a changed word or punctuation mark does not.
fn translation_key(target: &str) -> String {
    norm(target)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if matches!(c, '–' | '—' | '‑') {
                '-'
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The site-wide checks' view of one pair: only single-unit pairs whose
/// unit may not stay verbatim take part; the grouping needs three or more
/// English words and a trusted, current pair; the length ratio 30 or more
/// English characters and at most one segment.
fn pair_key(al: &ArticleAlignment, p: &Pair) -> PairKey {
    let none = PairKey {
        group: None,
        ratio: None,
    };
    if p.units.len() != 1 {
        return none;
    }
    let Some(unit) = al.units.get(p.units.start) else {
        return none;
    };
    if unit.verbatim_ok {
        return none;
    }
    let english: &str = p.english.as_deref().unwrap_or(&unit.text);
    let group = (english.split_whitespace().nth(2).is_some()
        && p.status != Status::Stale
        && p.confidence >= 0.6)
        .then(|| (group_key(english), translation_key(&p.target_text)));
    let el = english.chars().filter(|c| !c.is_whitespace()).count();
    let tl = p.target_text.chars().filter(|c| !c.is_whitespace()).count();
    // A translation that keeps the English and adds a gloss in parentheses
    // (`Azure ExpressRoute for Office 365 Training（… 培训）`, the convention
    // for English-only resources) is long on purpose.
    let glossed = norm(&p.target_text).contains(&norm(english));
    let ratio = (el >= 30 && p.segments.len() <= 1 && !glossed).then(|| tl as f32 / el as f32);
    PairKey { group, ratio }
}

/// The checks that need every article of a locale. Locales are
/// independent, so they are checked in parallel (`stele serve` runs this
/// after every saved article).
pub(super) fn site_wide(ctx: &Ctx, articles: &[&ArticleResult]) -> Vec<Finding> {
    use rayon::prelude::*;
    let mut locales: Vec<usize> = articles
        .iter()
        .filter_map(|a| a.alignment.as_ref())
        .flat_map(|al| al.locales.keys().copied())
        .collect();
    locales.sort_unstable();
    locales.dedup();
    locales
        .par_iter()
        .flat_map_iter(|&l| site_wide_locale(ctx, articles, l))
        .collect()
}

/// [`site_wide`] for locale `only`.
fn site_wide_locale(ctx: &Ctx, articles: &[&ArticleResult], only: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    let factor = ctx.cfg.length_ratio_factor.unwrap_or(3.0).max(1.1);
    // English key → the first translation seen: (normalized target,
    // article index, pair index), borrowed from the articles' keys; its
    // details are looked up only when a different translation turns up,
    // so most pairs cost one hash insert and no allocation.
    let mut seen: HashMap<&str, (&str, usize, usize)> = HashMap::new();
    // Per locale: (ratio, article index, locale, pair index).
    let mut ratios: HashMap<usize, Vec<(f32, usize, usize)>> = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        let Some(al) = &a.alignment else { continue };
        for (l, la) in al.locales.iter().filter(|(l, _)| **l == only) {
            let tag = &ctx.site.locales[*l].tag;
            let file = a.files.get(l).map(|p| slash(p)).unwrap_or_default();
            let loc = Loc {
                ctx,
                key: &a.key,
                locale: tag,
                file: file.clone(),
            };
            // `check_article` computes the keys from this very alignment:
            // one per pair, in pair order.
            let keys = a.site_keys.get(l).map_or(&[][..], Vec::as_slice);
            for (pi, (p, key)) in la.pairs.iter().zip(keys).enumerate() {
                if let Some((group, target)) = &key.group {
                    let unit = &al.units[p.units.start];
                    let english: &str = p.english.as_deref().unwrap_or(&unit.text);
                    match seen.entry(group.as_str()) {
                        Entry::Vacant(v) => {
                            v.insert((target.as_str(), ai, pi));
                        }
                        Entry::Occupied(o) if o.get().0 != target.as_str() => {
                            let (t0, a0, p0) = o.get();
                            let first = articles[*a0];
                            let (file0, line0, id0) = first
                                .alignment
                                .as_ref()
                                .and_then(|al0| {
                                    let q = al0.locales.get(l)?.pairs.get(*p0)?;
                                    let f0 =
                                        first.files.get(l).map(|x| slash(x)).unwrap_or_default();
                                    Some((f0, q.line, al0.units.get(q.units.start)?.id.clone()))
                                })
                                .unwrap_or_default();
                            let art0 = &first.key;
                            let mut f = loc.finding(
                                "inconsistent-translation",
                                Level::Warning,
                                &unit.id,
                                p.line,
                                p.col,
                                format!("the same English is translated differently in {file0}:{line0} (segment {id0} of {art0})"),
                                Some(english),
                                Some(&p.target_text),
                                Some(format!("use one translation; the other one is: {t0}")),
                            );
                            f.source = Some(english.to_string());
                            out.push(f);
                        }
                        _ => {}
                    }
                }
                if let Some(r) = key.ratio {
                    ratios.entry(*l).or_default().push((r, ai, pi));
                }
            }
        }
    }
    for (l, rs) in ratios {
        if rs.len() < 5 {
            continue;
        }
        let mut sorted: Vec<f32> = rs.iter().map(|r| r.0).collect();
        sorted.sort_by(|a, b| a.total_cmp(b));
        let median = sorted[sorted.len() / 2].max(0.01);
        let tag = &ctx.site.locales[l].tag;
        for (r, ai, pi) in rs {
            if r <= median * factor && r >= median / factor {
                continue;
            }
            let a = &articles[ai];
            let Some(al) = &a.alignment else { continue };
            let Some(p) = al.locales.get(&l).and_then(|la| la.pairs.get(pi)) else {
                continue;
            };
            let unit = &al.units[p.units.start];
            let file = a.files.get(&l).map(|p| slash(p)).unwrap_or_default();
            let loc = Loc {
                ctx,
                key: &a.key,
                locale: tag,
                file,
            };
            out.push(loc.finding(
                "length-ratio",
                Level::Info,
                &unit.id,
                p.line,
                p.col,
                format!("the translation is {r:.1}× the English length; {median:.1}× is usual for {tag}"),
                Some(p.english.as_deref().unwrap_or(&unit.text)),
                Some(&p.target_text),
                Some("check that nothing was left out or added".into()),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    // A slice off a char boundary fails the test, as it should.
    #![allow(clippy::string_slice)]

    use super::*;

    #[test]
    fn long_texts_are_compared_in_linear_time() {
        // Two 40k-word texts that differ everywhere: Myers took minutes.
        let words =
            |w: &str, n: usize| -> String { (0..n).map(|i| format!("{w}{} ", i % 97)).collect() };
        let (old, new) = (words("alt", 40_000), words("neu", 40_000));
        assert_eq!(
            crate::align::similarity(&old, &new),
            0.5,
            "only the spaces match"
        );
        let d = word_diff(&format!("Start {old}"), &format!("Start {new}"));
        assert!(d.starts_with("Start [-alt0 "), "{}", &d[..40]);
        assert!(d.trim_end().ends_with("+}"), "ends in the change");
        // Shared words at both ends stay outside the change.
        let d = word_diff(&format!("a {old} z"), &format!("a {new} z"));
        assert!(
            d.starts_with("a [-") && d.ends_with("+}  z"),
            "{}",
            &d[d.len() - 9..]
        );
        let same = format!("{old}x");
        assert_eq!(word_diff(&old, &same).matches("{+").count(), 1);
    }

    #[test]
    fn word_diff_marks_changes() {
        assert_eq!(
            word_diff("have on-premise servers", "have on-premises servers"),
            "have [-on-premise-]{+on-premises+} servers"
        );
    }

    #[test]
    fn ascii_punctuation_after_cjk() {
        let bad = ascii_punct_in_cjk("一种受支持的示例是, 当用户拥有 Office 365 邮箱。其中指出:");
        assert_eq!(bad, vec![(',', '，'), (':', '：')]);
        assert!(ascii_punct_in_cjk("版本 5.7.750 和 Office 365。").is_empty());
    }

    #[test]
    fn final_punctuation() {
        assert_eq!(
            final_punct_mismatch("Users will receive:", "Benutzer erhalten."),
            Some((':', Some('.')))
        );
        assert_eq!(
            final_punct_mismatch("It works.", "ユーザーは表示されます。"),
            None
        );
        assert_eq!(final_punct_mismatch("Title", "Titel."), None);
    }

    #[test]
    fn markup_counts_links_emphasis_code() {
        assert_eq!(markup_counts("see [a](x) and **b** `c`"), [1, 1, 1]);
    }

    #[test]
    fn whitespace() {
        // A trailing space never shows on the page: only the double space.
        assert_eq!(whitespace_issues("a b", "a  b "), vec!["double space"]);
        assert!(whitespace_issues("a  b", "x  y").is_empty());
    }

    #[test]
    fn untranslated_ignores_code_and_terms() {
        assert!(is_untranslated(
            "Office 365 email anti-spam protection",
            "Office 365 email anti-spam protection",
            &[]
        ));
        assert!(!is_untranslated("550 5.7.750 (2)", "550 5.7.750 (2)", &[]));
        assert!(!is_untranslated(
            "Exchange Online",
            "Exchange Online",
            &["Exchange Online".into()]
        ));
        assert!(!is_untranslated("Hello world", "Hallo Welt", &[]));
    }

    #[test]
    fn punctuation_follows_the_locale() {
        // Japanese writes the colon as ASCII `:`; Chinese must not.
        assert!(ascii_punct_in_cjk_for("ja", "例: contoso.com").is_empty());
        assert_eq!(ascii_punct_in_cjk_for("zh", "数量;在本文").len(), 1);
        assert_eq!(ascii_punct_in_cjk_for("ja", "修正しますか?").len(), 1);
        // A final colon becomes a period in Korean and Russian, not in German.
        assert!(final_punct_mismatch_for("ko", "Do this:", "이렇게 하세요.").is_none());
        assert!(final_punct_mismatch_for("ru", "Do this:", "Сделайте так.").is_none());
        assert!(final_punct_mismatch_for("de", "Do this:", "Tun Sie das.").is_some());
        // A question mark that moved inside the sentence is fine; a dropped one is not.
        assert!(final_punct_mismatch_for(
            "de",
            "choose What do I fix?",
            "wählen Sie \"Was korrigiere ich?\" aus."
        )
        .is_none());
        assert!(final_punct_mismatch_for(
            "it",
            "What do you need to know?",
            "Che cosa è necessario sapere"
        )
        .is_some());
        assert!(final_punct_mismatch_for(
            "ja",
            "What does end of support mean?",
            "サポートが終了するとどうなるのか"
        )
        .is_none());
    }

    #[test]
    fn quoted_labels_stand_for_bold() {
        assert_eq!(
            quoted_labels("在\"AD FS 场\"页上，单击\"配置新的 AD FS 场\"。"),
            2
        );
        assert_eq!(quoted_labels("「設定」を選びます"), 1);
        assert_eq!(quoted_labels("no quotes"), 0);
    }

    #[test]
    fn only_double_spaces_are_whitespace_problems() {
        assert!(whitespace_issues("Network connection", "Conexión de red ").is_empty());
        assert!(whitespace_issues("(first)", " (primer)").is_empty());
        assert_eq!(
            whitespace_issues("A fault domain is", "Домен сбоя  это"),
            vec!["double space"]
        );
    }

    #[test]
    fn names_and_parameters_are_not_untranslated() {
        for name in [
            "OneDrive for Business",
            "Skype for Business Online1",
            "eDiscovery",
            "Project 2010 Professional",
            "PDF | Visio",
        ] {
            assert!(!is_untranslated(name, name, &[]), "{name}");
        }
        assert!(!is_untranslated(
            "-Department \"<department name>\"",
            "-Department \"<department name>\"",
            &[]
        ));
        let prose = "Office 365 email anti-spam protection";
        assert!(is_untranslated(prose, prose, &[]));
        assert!(is_untranslated(
            "Click Save to keep your changes.",
            "Click Save to keep your changes.",
            &[]
        ));
    }

    #[test]
    fn labelled_values_keywords_and_longer_names_are_not_untranslated() {
        for same in [
            "Alias: lyncdiscover",
            "Microsoft Cloud Germany: 51.4.231.136, 51.5.243.223",
            "Worldwide Commercial & GCC: *.store.core.windows.net; asl.configure.office.com",
            "Microsoft Support and Recovery Assistant for Office 365",
            "Microsoft 365 Apps for enterprise",
            "Office 365 Worldwide (+GCC)",
        ] {
            assert!(!is_untranslated(same, same, &[]), "{same}");
        }
        // Prose after a label, and lowercase words not after `for`, stay.
        for prose in [
            "Note: click Save to keep your changes.",
            "Microsoft 365 Video services",
            "Planning with Microsoft 365 FastTrack",
        ] {
            assert!(is_untranslated(prose, prose, &[]), "{prose}");
        }
        assert!(is_bold_keyword(Some("**length**")));
        assert!(!is_bold_keyword(Some("**Length error**")));
        assert!(!is_bold_keyword(Some("length")));
    }

    #[test]
    fn source_text_in_the_target_language() {
        assert!(in_target_language(
            "Konfiguration eines geteilten VPN-Tunnels mit den Standardeinstellungen",
            "en",
            "de"
        ));
        assert!(!in_target_language(
            "Configuration of a split VPN tunnel with the default settings",
            "en",
            "de"
        ));
        // One word, or a language whatlang is not asked about: no verdict.
        assert!(!in_target_language("Konfiguration", "en", "de"));
        assert!(!in_target_language(
            "Konfiguration eines Tunnels",
            "en",
            "xx"
        ));
    }

    #[test]
    fn ascii_punctuation_of_a_copied_english_title_is_accepted() {
        let en = "In the Administrator: Windows PowerShell command window, run this command:";
        assert!(ascii_punct_copied(
            en,
            "在\"管理员: Windows PowerShell\"命令窗口中，运行以下命令：",
            ':'
        ));
        // A semicolon between two Chinese clauses is not copied English.
        assert!(!ascii_punct_copied(
            "a; however, b",
            "最常见的配置;但是，有些区域",
            ';'
        ));
    }

    #[test]
    fn translations_that_differ_in_spacing_case_or_dash_are_the_same() {
        assert_eq!(
            translation_key("formato [RFC 2822] ."),
            translation_key("formato [RFC 2822].")
        );
        assert_eq!(
            translation_key("Usare il Modulo"),
            translation_key("Usare il modulo")
        );
        assert_eq!(
            translation_key("SharePoint Server 2013 - Notfall"),
            translation_key("SharePoint Server 2013 – Notfall")
        );
        assert_ne!(
            translation_key("次に例を示します："),
            translation_key("次に例を示します。")
        );
    }
}
