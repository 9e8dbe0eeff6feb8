//! The search tokenizer, shared by the tantivy index (`stele build`,
//! `stele search`) and the browser reader (wasm), so that both engines see
//! exactly the same terms. It is `no_std` + `alloc` for the wasm build.
//!
//! Rules, in the order they apply to a stretch of text:
//! - full-width ASCII (`５.７.７５０`) is folded to ASCII, letters are
//!   lower-cased and lose their diacritics (Latin, Greek, Cyrillic; see
//!   [`fold`]), before stemming, so that `boite` finds `boîte` and
//!   `New-migrationbatch` finds `New-MigrationBatch`;
//! - CJK runs (Han, kana, Hangul) become overlapping character bigrams,
//!   plus the run's last character as a unigram: a query of any length then
//!   matches by phrase (consecutive bigrams) or by prefix (one character),
//!   so every page that contains the string is found, like grep, without a
//!   dictionary (lindera/jieba weigh megabytes in wasm). In index mode an
//!   unused position separates a run's bigrams from its last character
//!   (see [`Clause::lookups`]: a phrase is then found from every other
//!   bigram);
//! - error codes and version numbers (`5.7.750`, `15.0.1497.2`, `5.7.7xx`)
//!   stay whole: a dot-joined run whose first part starts with a digit;
//! - hyphenated and dotted compounds (`Get-InboundConnector`, `E-Mail`,
//!   `5.7.750-Dienst`, `example.com`) stay whole and take one position; in
//!   index mode their parts are also emitted at that position (a code
//!   among them whole: `5.7.750`, `Dienst`), so that `InboundConnector`
//!   or `5.7.750` finds them too; a query keeps a compound whole;
//! - other words are Snowball-stemmed in every language Snowball covers
//!   (see [`algorithm_for`]).

mod fold;
// Vendored as rust-stemmers generates it (see its module docs): its `pub`
// items stay as generated, so that it can be compared with upstream.
#[allow(unreachable_pub)]
mod snowball;

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
pub use snowball::Algorithm;

/// Longer tokens are cut: nobody searches for them and they bloat the index.
pub const MAX_TOKEN_BYTES: usize = 64;

/// The stemmer for a locale tag (`de`, `de-CH`, `pt-BR`...), if any: by
/// the tag's language (ISO 639-1, or the 639-2 code where a site might use
/// it).
pub fn algorithm_for(tag: &str) -> Option<Algorithm> {
    let lang = tag.split(['-', '_']).next().unwrap_or("");
    let a = match lang.to_ascii_lowercase().as_str() {
        "ar" | "ara" => Algorithm::Arabic,
        "da" | "dan" => Algorithm::Danish,
        "nl" | "nld" => Algorithm::Dutch,
        "en" | "eng" => Algorithm::English,
        "fi" | "fin" => Algorithm::Finnish,
        "fr" | "fra" => Algorithm::French,
        "de" | "deu" => Algorithm::German,
        "el" | "ell" => Algorithm::Greek,
        "hu" | "hun" => Algorithm::Hungarian,
        "it" | "ita" => Algorithm::Italian,
        "no" | "nb" | "nn" | "nor" | "nob" | "nno" => Algorithm::Norwegian,
        "pt" | "por" => Algorithm::Portuguese,
        "ro" | "ron" | "mo" => Algorithm::Romanian,
        "ru" | "rus" => Algorithm::Russian,
        "es" | "spa" => Algorithm::Spanish,
        "sv" | "swe" => Algorithm::Swedish,
        "ta" | "tam" => Algorithm::Tamil,
        "tr" | "tur" => Algorithm::Turkish,
        _ => return None,
    };
    Some(a)
}

/// Whether tokens are produced for indexing (with extra sub-tokens) or for
/// a query (only what the reader typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Index,
    Query,
}

/// What kind of token this is; the query side groups CJK tokens of one run
/// into a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A CJK bigram; `run` numbers the CJK run it belongs to.
    Bigram {
        run: u32,
    },
    /// A CJK single character (the last of a run, or a one-character run).
    Unigram {
        run: u32,
    },
}

/// One token: the term, its byte range in the input and its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    pub start: usize,
    pub end: usize,
    pub pos: u32,
    pub kind: Kind,
}

/// Whether `c` is written without spaces between words (Han, kana, Hangul).
pub fn is_cjk(c: char) -> bool {
    // Below U+1100 nothing is CJK: Latin, Greek, Cyrillic... text skips
    // the range table, which is the tokenizer's hottest line otherwise.
    if (c as u32) < 0x1100 {
        return false;
    }
    matches!(c as u32,
        0x3005 | 0x3006 | 0x3007
        | 0x3040..=0x309F
        | 0x30A0..=0x30FA
        | 0x30FC..=0x30FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x1100..=0x11FF
        | 0x3130..=0x318F
        | 0xAC00..=0xD7AF
        | 0x20000..=0x2FA1F)
}

/// Whether `c` belongs to a script written without spaces between words:
/// Han and kana with their punctuation and full-width forms, where a line
/// break inside a sentence joins the two lines with nothing. Hangul is
/// written with spaces, so it is not one of them (unlike [`is_cjk`],
/// which asks how to cut text into search terms, not how to join lines).
pub fn written_without_spaces(c: char) -> bool {
    let u = c as u32;
    if u < 0x2E80 {
        return false;
    }
    let hangul = matches!(u, 0x3130..=0x318F | 0xAC00..=0xD7FF | 0xFFA0..=0xFFDC);
    !hangul
        && matches!(u,
            0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
            | 0x20000..=0x3FFFF)
}

/// Folds full-width ASCII to ASCII (people paste `５.７.７５０`).
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        char::from_u32(u - 0xFEE0).unwrap_or(c)
    } else {
        c
    }
}

fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (c.is_alphanumeric() && !is_cjk(c)) || fold::is_combining(c)
}

fn is_connector(c: char) -> bool {
    matches!(c, '.' | '-' | '_')
}

/// Appends `s` lower-cased, full-width ASCII folded and diacritics
/// removed: the form every term is made from.
fn push_lower(out: &mut String, s: &str) {
    for c in s.chars() {
        let c = fold(c);
        // ASCII first: most text in most help centers, and it skips the
        // Unicode case tables.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if fold::is_combining(c) {
            // Decomposed text: `e` + U+0301 folds like `é`.
        } else {
            for l in c.to_lowercase() {
                fold::push_folded(out, l);
            }
        }
    }
}

/// Stemmed forms by the word as written, for one algorithm (see
/// [`with_stem_cache`]).
#[cfg(not(target_arch = "wasm32"))]
type StemCache = hashbrown::HashMap<alloc::boxed::Box<str>, alloc::boxed::Box<str>>;
#[cfg(target_arch = "wasm32")]
type StemCache = ();

/// Runs `f` with this thread's stem cache for `algo`, in native builds: a
/// site's vocabulary is small next to its text, and Snowball is the
/// tokenizer's most expensive step, so each distinct word is stemmed once
/// per build thread instead of at every occurrence (keyed by the word as
/// written, so a hit also skips lower-casing). The cache is borrowed once
/// per text, not once per word. The wasm build, which only tokenizes
/// queries, stems directly; so does a tokenizer called from inside
/// another's callback. Results are identical either way.
#[cfg(not(target_arch = "wasm32"))]
fn with_stem_cache<R>(algo: Option<Algorithm>, f: impl FnOnce(Option<&mut StemCache>) -> R) -> R {
    use std::cell::RefCell;
    std::thread_local! {
        static CACHE: RefCell<[StemCache; Algorithm::ALL.len()]> = RefCell::default();
    }
    let slot = match algo {
        Some(a) => a.index(),
        None => return f(None),
    };
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut c) => f(Some(&mut c[slot])),
        Err(_) => f(None),
    })
}

#[cfg(target_arch = "wasm32")]
fn with_stem_cache<R>(_: Option<Algorithm>, f: impl FnOnce(Option<&mut StemCache>) -> R) -> R {
    f(None)
}

/// Appends [`normalize_word`]`(word)` to `out`, through `cache` if any
/// (there is one only for a stemming algorithm).
// `from` is `out.len()` before a push: a char boundary.
#[allow(clippy::string_slice)]
fn push_stem(out: &mut String, word: &str, algo: Option<Algorithm>, cache: Option<&mut StemCache>) {
    match cache {
        #[cfg(not(target_arch = "wasm32"))]
        Some(map) => {
            /// Beyond this many words the cache starts over.
            const MAX: usize = 200_000;
            if let Some(s) = map.get(word) {
                out.push_str(s);
                return;
            }
            let from = out.len();
            push_normalized(out, word, algo);
            if map.len() >= MAX {
                map.clear();
            }
            map.insert(word.into(), out[from..].into());
        }
        _ => push_normalized(out, word, algo),
    }
}

/// Cuts the term that starts at byte `from` of `s` to [`MAX_TOKEN_BYTES`].
fn cut_at(s: &mut String, from: usize) {
    if s.len() - from > MAX_TOKEN_BYTES {
        let mut end = from + MAX_TOKEN_BYTES;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
}

/// Lower-cases and (for letters-only words) stems one word.
pub fn normalize_word(word: &str, algo: Option<Algorithm>) -> String {
    let mut s = String::with_capacity(word.len());
    push_normalized(&mut s, word, algo);
    s
}

/// Appends [`normalize_word`]`(word)` to `out`.
// `from` is `out.len()` before a push: a char boundary.
#[allow(clippy::string_slice)]
fn push_normalized(out: &mut String, word: &str, algo: Option<Algorithm>) {
    let from = out.len();
    push_lower(out, word);
    if let Some(a) = algo {
        if out[from..].chars().all(char::is_alphabetic) {
            if let Cow::Owned(stem) = snowball::stem(a, &out[from..]) {
                out.truncate(from);
                // Some stemmers write letters with diacritics (Turkish
                // turns a final `c` into `ç`): fold those too, so that
                // every term is folded.
                for c in stem.chars() {
                    fold::push_folded(out, c);
                }
            }
            // Snowball German leaves `-iert` participles apart from their
            // `-ieren` verbs (`registriert` vs `registri`); help-center
            // text uses both (`Nicht registrierte Domänen` / `Domänen
            // registrieren`), so conflate them.
            if a == Algorithm::German && out.len() - from > 6 && out.ends_with("iert") {
                out.truncate(out.len() - 3);
            }
        }
    }
    cut_at(out, from);
}

/// Whether a dot-joined word is a code or version (`5.7.750`): two or more
/// alphanumeric parts, the first starting with a digit.
fn is_code(word: &str) -> bool {
    let mut parts = 0;
    for (i, p) in word.split('.').enumerate() {
        if p.is_empty() || !p.chars().all(|c| fold(c).is_ascii_alphanumeric()) {
            return false;
        }
        if i == 0 && !p.chars().next().is_some_and(|c| fold(c).is_ascii_digit()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// One token as [`for_each_token`] lends it: the term is borrowed (from
/// the text, or from a buffer reused for the next token), so tokenizing
/// allocates nothing per token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenRef<'a> {
    pub term: &'a str,
    pub start: usize,
    pub end: usize,
    pub pos: u32,
    pub kind: Kind,
}

impl TokenRef<'_> {
    pub fn to_token(&self) -> Token {
        Token {
            term: String::from(self.term),
            start: self.start,
            end: self.end,
            pos: self.pos,
            kind: self.kind,
        }
    }
}

/// Tokenizes `text`, calling `emit` for each token in order.
pub fn tokenize(text: &str, algo: Option<Algorithm>, mode: Mode, mut emit: impl FnMut(Token)) {
    scan(text, algo, mode, true, u32::MAX, |t| emit(t.to_token()));
}

/// [`tokenize`] without an allocation per token: what the indexers use,
/// since a build tokenizes every page of the site.
pub fn for_each_token(
    text: &str,
    algo: Option<Algorithm>,
    mode: Mode,
    emit: impl FnMut(TokenRef<'_>),
) {
    scan(text, algo, mode, true, u32::MAX, emit);
}

/// The tokens of `text` in index mode without their terms (`term` is
/// empty): where each token is and its position, exactly as
/// [`tokenize`] numbers them, at a fraction of the cost (no case folding,
/// no stemming). Snippets use it to find the tokens the index matched by
/// position.
///
/// Scanning stops once position `until` is passed (a snippet needs nothing
/// after its last match).
pub fn spans(text: &str, until: u32, mut emit: impl FnMut(Token)) {
    scan(text, None, Mode::Index, false, until, |t| {
        emit(t.to_token())
    });
}

/// Where the word around byte `at` of `text` starts: the start of the
/// stretch of letters, digits and connectors that runs up to `at`. The
/// tokenizer reads such a stretch as one word (a code, a cmdlet, or parts
/// split at connectors), so text cut inside it is not tokenized as it was
/// whole (`x-Get-Mailbox` cut before `Get` reads as a cmdlet): cut at the
/// word's start instead.
pub fn word_start(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or("");
    head.char_indices()
        .rev()
        .take_while(|&(_, c)| {
            let c = fold(c);
            is_word(c) || is_connector(c)
        })
        .last()
        .map_or(at, |(i, _)| i)
}

fn scan(
    text: &str,
    algo: Option<Algorithm>,
    mode: Mode,
    terms: bool,
    until: u32,
    emit: impl FnMut(TokenRef<'_>),
) {
    if terms {
        with_stem_cache(algo, |cache| {
            scan_with(text, algo, mode, terms, until, cache, emit)
        })
    } else {
        scan_with(text, algo, mode, terms, until, None, emit)
    }
}

// offsets advance by `char::len_utf8` from 0: char boundaries.
#[allow(clippy::string_slice)]
fn scan_with(
    text: &str,
    algo: Option<Algorithm>,
    mode: Mode,
    terms: bool,
    until: u32,
    mut cache: Option<&mut StemCache>,
    mut emit: impl FnMut(TokenRef<'_>),
) {
    let mut pos: u32 = 0;
    let mut run: u32 = 0;
    // Reused for every CJK run and every word's term.
    let mut chars: Vec<(usize, usize)> = Vec::new();
    let mut buf = String::new();
    let bytes = text.as_bytes();
    // The character at byte `at` (which is always a char boundary) and its
    // length; ASCII, most of the text of most sites, skips UTF-8 decoding.
    let char_at = |at: usize| -> (char, usize) {
        match bytes.get(at) {
            Some(&b) if b.is_ascii() => (char::from(b), 1),
            _ => text
                .get(at..)
                .and_then(|r| r.chars().next())
                .map_or(('\0', 1), |c| (c, c.len_utf8())),
        }
    };
    let mut at = 0;
    while at < text.len() {
        if pos > until {
            break;
        }
        let (c, len) = char_at(at);
        let c = fold(c);
        if is_cjk(c) {
            chars.clear();
            while at < text.len() {
                let (c, len) = char_at(at);
                if !is_cjk(fold(c)) {
                    break;
                }
                chars.push((at, at + len));
                at += len;
            }
            // CJK characters have no case and are not full-width ASCII, so
            // a bigram's term is the text itself.
            let term = |s: usize, e: usize| if terms { &text[s..e] } else { "" };
            for w in chars.windows(2) {
                emit(TokenRef {
                    term: term(w[0].0, w[1].1),
                    start: w[0].0,
                    end: w[1].1,
                    pos,
                    kind: Kind::Bigram { run },
                });
                pos += 1;
            }
            // The last character alone: one-character queries and runs.
            if mode == Mode::Index || chars.len() == 1 {
                // After bigrams, one position stays unused: the last bigram
                // of a run and the first of the next are then three apart,
                // never two, so bigrams two apart always belong to one run
                // (what `Clause::lookups` relies on).
                if chars.len() > 1 {
                    pos += 1;
                }
                if let Some(&(s, e)) = chars.last() {
                    emit(TokenRef {
                        term: term(s, e),
                        start: s,
                        end: e,
                        pos,
                        kind: Kind::Unigram { run },
                    });
                    pos += 1;
                }
            }
            run += 1;
        } else if is_word(c) {
            // A word runs over letters, digits and connectors; trailing
            // connectors are not part of it. `joined` tells whether a
            // connector sits inside it (most words have none, and skip
            // the code, cmdlet and splitting checks).
            let start = at;
            at += len;
            let mut end = at;
            let mut first_connector = usize::MAX;
            while at < text.len() {
                let b = bytes[at];
                if b.is_ascii_alphanumeric() {
                    at += 1;
                    end = at;
                    continue;
                }
                let (c, len) = char_at(at);
                let f = fold(c);
                if is_word(f) {
                    end = at + len;
                } else if is_connector(f) {
                    first_connector = first_connector.min(at);
                } else {
                    break;
                }
                at += len;
            }
            let raw = &text[start..end];
            let joined = first_connector < end;
            if terms {
                let out = (&mut buf, &mut cache);
                word_tokens(raw, start, joined, algo, mode, &mut pos, out, &mut emit);
            } else {
                word_spans(raw, start, &mut pos, &mut emit);
            }
        } else {
            at += len;
        }
    }
}

/// The tokens of one word (see [`scan_with`]); `joined`: whether `raw`
/// holds a connector.
#[allow(clippy::too_many_arguments)]
fn word_tokens(
    raw: &str,
    start: usize,
    joined: bool,
    algo: Option<Algorithm>,
    mode: Mode,
    pos: &mut u32,
    (buf, cache): (&mut String, &mut Option<&mut StemCache>),
    emit: &mut impl FnMut(TokenRef<'_>),
) {
    if raw.is_empty() {
        return;
    }
    /// A word token over `len` bytes from `start`.
    fn word(term: &str, start: usize, len: usize, pos: u32) -> TokenRef<'_> {
        TokenRef {
            term,
            start,
            end: start + len,
            pos,
            kind: Kind::Word,
        }
    }
    if !joined {
        buf.clear();
        push_stem(buf, raw, algo, cache.as_deref_mut());
        emit(word(buf, start, raw.len(), *pos));
        *pos += 1;
        return;
    }
    // A compound (`Get-InboundConnector`, `5.7.750-Dienst`, `5.7.750`,
    // `example.com`) is one token, lower-cased but not stemmed, so that a
    // query typed in any case finds it whole.
    buf.clear();
    push_lower(buf, raw);
    cut_at(buf, 0);
    emit(word(buf, start, raw.len(), *pos));
    // Its parts are indexed at its position too: split at hyphens and
    // underscores, a part that is a code stays whole (`5.7.750`; a code's
    // own parts are not indexed: `750` alone is not `5.7.750`), any other
    // part splits at its dots and is stemmed like a word.
    if mode == Mode::Index && !is_code(raw) {
        for (off, p) in hyphen_parts(raw) {
            if p.is_empty() {
                continue;
            }
            if is_code(p) {
                buf.clear();
                push_lower(buf, p);
                cut_at(buf, 0);
                emit(word(buf, start + off, p.len(), *pos));
                continue;
            }
            for (o, q) in connector_parts(p) {
                if !q.is_empty() {
                    buf.clear();
                    push_stem(buf, q, algo, cache.as_deref_mut());
                    emit(word(buf, start + off + o, q.len(), *pos));
                }
            }
        }
    }
    *pos += 1;
}

/// The parts of `raw` between its hyphens and underscores (full-width
/// too), each with its byte offset in `raw`.
fn hyphen_parts(raw: &str) -> impl Iterator<Item = (usize, &str)> {
    split_parts(raw, |c| matches!(fold(c), '-' | '_'))
}

/// The parts of `raw` between characters for which `at` holds, each with
/// its byte offset in `raw`.
fn split_parts(raw: &str, at: impl Fn(char) -> bool) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    raw.char_indices()
        .filter(move |&(_, c)| at(c))
        .map(|(i, c)| (i, c.len_utf8()))
        .chain(core::iter::once((raw.len(), 0)))
        .map(move |(i, len)| {
            let part = (from, raw.get(from..i).unwrap_or(""));
            from = i + len;
            part
        })
}

/// The parts of `raw` between its connectors, each with its byte offset in
/// `raw`. A connector may be full-width (`．`, three bytes): offsets come
/// from the text, never from counting one byte per connector.
fn connector_parts(raw: &str) -> impl Iterator<Item = (usize, &str)> {
    split_parts(raw, |c| is_connector(fold(c)))
}

/// [`word_tokens`] without terms: the same positions, in index mode.
fn word_spans(raw: &str, start: usize, pos: &mut u32, emit: &mut impl FnMut(TokenRef<'_>)) {
    if raw.is_empty() {
        return;
    }
    let span = |start: usize, end: usize, pos: u32| TokenRef {
        term: "",
        start,
        end,
        pos,
        kind: Kind::Word,
    };
    // One position per word; a compound's parts share it and lie inside
    // its span.
    emit(span(start, start + raw.len(), *pos));
    *pos += 1;
}

/// Convenience: all tokens of `text`.
pub fn tokens(text: &str, algo: Option<Algorithm>, mode: Mode) -> Vec<Token> {
    let mut v = Vec::new();
    tokenize(text, algo, mode, |t| v.push(t));
    v
}

/// One clause of a query: a word, or the bigrams of one CJK run, which must
/// occur at consecutive positions (a phrase). A one-character CJK run is a
/// prefix clause (it matches every bigram that starts with the character).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub terms: Vec<String>,
    pub prefix: bool,
}

impl Clause {
    /// The terms a clause is looked up by, each with its offset in the
    /// phrase: a word or prefix by its one term, a CJK phrase by every
    /// other bigram plus the last. That determines the string: bigrams two
    /// positions apart are in the same run (the tokenizer leaves a run's
    /// bigrams and the next run's three apart), so each looked-up bigram
    /// continues the previous one's characters, and the last overlaps its
    /// neighbour. A query of n characters then needs about n/2 terms, each
    /// in its own shard of the browser index, instead of n - 1: サブスクリ
    /// プション loads five shards instead of eight, one round of requests.
    pub fn lookups(&self) -> Vec<(u32, &str)> {
        // Words and prefixes (a typed word, one CJK character) have one
        // term, which this keeps.
        let n = self.terms.len();
        self.terms
            .iter()
            .enumerate()
            .filter(|&(i, _)| i % 2 == 0 || i + 1 == n)
            .map(|(i, t)| (i as u32, t.as_str()))
            .collect()
    }
}

/// Splits a query into clauses; every clause must match (AND). With
/// `as_you_type`, the last word clause also matches as a prefix.
// `(s, e)` are a word's offsets from the scanner over `query`: char boundaries.
#[allow(clippy::string_slice)]
pub fn clauses(query: &str, algo: Option<Algorithm>, as_you_type: bool) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let mut current_run: Option<u32> = None;
    let mut last_raw_word: Option<(usize, usize)> = None;
    tokenize(query, algo, Mode::Query, |t| match t.kind {
        Kind::Bigram { run } if current_run == Some(run) => {
            if let Some(c) = out.last_mut() {
                c.terms.push(t.term);
            }
        }
        Kind::Bigram { run } => {
            current_run = Some(run);
            last_raw_word = None;
            out.push(Clause {
                terms: alloc::vec![t.term],
                prefix: false,
            });
        }
        Kind::Unigram { run } => {
            current_run = Some(run);
            last_raw_word = None;
            out.push(Clause {
                terms: alloc::vec![t.term],
                prefix: true,
            });
        }
        Kind::Word => {
            current_run = None;
            last_raw_word = Some((t.start, t.end));
            out.push(Clause {
                terms: alloc::vec![t.term],
                prefix: false,
            });
        }
    });
    // As you type, the last word is unfinished: match it as a prefix of
    // its unstemmed, lower-cased form (a stem may be longer than the prefix
    // typed so far, `registr` vs `registri`).
    if as_you_type {
        if let (Some((s, e)), Some(last)) = (last_raw_word, out.last_mut()) {
            let typed_to_end = query[e..].chars().all(|c| !c.is_whitespace());
            if typed_to_end && !last.prefix {
                let mut raw = String::new();
                push_lower(&mut raw, &query[s..e]);
                let stem = last.terms[0].clone();
                // The shorter of stem and typed form is the safest prefix.
                last.terms[0] = if stem.len() <= raw.len() && raw.starts_with(stem.as_str()) {
                    stem
                } else {
                    common_prefix(&stem, &raw)
                };
                last.prefix = true;
            }
        }
    }
    out.retain(|c| c.terms.iter().all(|t| !t.is_empty()));
    out
}

fn common_prefix(a: &str, b: &str) -> String {
    let mut out = String::new();
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            break;
        }
        out.push(x);
    }
    out
}

#[cfg(test)]
mod tests;
