//! The browser index, written into the site under `_stele/search/<locale>/`:
//!
//! - `entry.js`: page statistics and the first term of every shard (a few
//!   hundred bytes to a few KB), loaded with the first query;
//! - `s<N>.js`: term shards, loaded only when a query needs them;
//! - `p<N>-<K>.js`: chunk `K` of page `N`'s text with its URL and title,
//!   loaded only for the results shown, and only the chunk the reader says
//!   holds the most matches (`CHUNK_TOKENS` body tokens each), so a long
//!   article costs a few hundred bytes per result, not its whole text.
//!   Its JSON: `u` (URL), `t` (title), `b` (text), `o` when the
//!   chunk's first token is not at its first position (`ChunkStart::first`;
//!   the snippet call takes it), and `h` when sections start in it: per
//!   section `[number, anchor, heading text]` (a result's sections name
//!   their number and the chunk of their heading, see `Hit::subs`).
//!
//! Every file is a classic script that hands its payload to
//! `__steleSearch(kind, locale, n, data)`: `<script>` elements load from
//! `file://` where `fetch` and ES modules cannot, and work over http too.
//! Binary payloads are base64 (a JS string is the only literal a classic
//! script can carry compactly).

use super::IndexDoc;
use crate::search_reader::write::{build_merged, cjk_locale, PageTerms, Posting};
use crate::util::write_file;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::path::Path;
use stele_runtime::tokenize::{self, Algorithm};

/// The search reader compiled for `wasm32-unknown-unknown` without a
/// stemmer (the runtime's `search-abi` build, see `build.rs`): the module
/// of CJK locales and of languages Snowball does not cover.
pub const READER_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stele_search.wasm"));

/// The search module for a locale: the reader with that language's
/// Snowball stemmer and no other (each page downloads one stemmer, as
/// Pagefind ships one wasm per language), or [`READER_WASM`].
pub fn reader_wasm(locale: &str) -> &'static [u8] {
    macro_rules! module {
        ($name:literal) => {
            include_bytes!(concat!(env!("OUT_DIR"), "/stele_search_", $name, ".wasm")).as_slice()
        };
    }
    match tokenize::algorithm_for(locale) {
        None => READER_WASM,
        Some(Algorithm::Arabic) => module!("arabic"),
        Some(Algorithm::Danish) => module!("danish"),
        Some(Algorithm::Dutch) => module!("dutch"),
        Some(Algorithm::English) => module!("english"),
        Some(Algorithm::Finnish) => module!("finnish"),
        Some(Algorithm::French) => module!("french"),
        Some(Algorithm::German) => module!("german"),
        Some(Algorithm::Greek) => module!("greek"),
        Some(Algorithm::Hungarian) => module!("hungarian"),
        Some(Algorithm::Italian) => module!("italian"),
        Some(Algorithm::Norwegian) => module!("norwegian"),
        Some(Algorithm::Portuguese) => module!("portuguese"),
        Some(Algorithm::Romanian) => module!("romanian"),
        Some(Algorithm::Russian) => module!("russian"),
        Some(Algorithm::Spanish) => module!("spanish"),
        Some(Algorithm::Swedish) => module!("swedish"),
        Some(Algorithm::Tamil) => module!("tamil"),
        Some(Algorithm::Turkish) => module!("turkish"),
    }
}

/// The name under which a locale's module is written: its language
/// subtag, lower-cased (`de` for `de-CH`), so that `search.js` finds it
/// without a table (`_stele/search-<lang>.wasm`).
pub fn module_lang(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Writes the stemmer-less reader as `_stele/search.wasm` (for servers and
/// tools) and, for each locale's language, its module as
/// `_stele/search-<lang>.wasm` plus a classic script,
/// `search-<lang>-wasm.js`, that stores it (base64) in
/// `window.SteleSearchWasm[<lang>]` for pages opened from `file://`.
pub fn write_reader(out: &Path, locales: &[&str]) -> std::io::Result<()> {
    write_file(out, "_stele/search.wasm", READER_WASM)?;
    let mut done = std::collections::BTreeSet::new();
    for l in locales {
        let lang = module_lang(l);
        if !done.insert(lang.clone()) {
            continue;
        }
        let wasm = reader_wasm(l);
        write_file(out, &format!("_stele/search-{lang}.wasm"), wasm)?;
        let js = format!(
            "(window.SteleSearchWasm=window.SteleSearchWasm||{{}})[{}]=\"{}\";\n",
            serde_json::Value::from(lang.as_str()),
            STANDARD.encode(wasm)
        );
        write_file(out, &format!("_stele/search-{lang}-wasm.js"), js.as_bytes())?;
    }
    Ok(())
}

/// Target size of one shard before base64: small enough that a query's
/// first result costs a few KB, large enough to keep the file count sane.
pub const SHARD_BYTES: usize = 6 * 1024;

/// Target shard size of a CJK locale. A CJK word is a phrase of bigrams
/// spread over the whole term space, one shard each (サブスクリプション
/// needs eight), while a word in other scripts is one term: half-size
/// shards keep a long CJK word's first query within the 80 KB budget
/// (about 78 KB instead of 95 KB) for about 70 more files per locale.
pub const CJK_SHARD_BYTES: usize = 3 * 1024;

/// The shard size of a locale.
pub fn shard_bytes_for(locale: &str) -> usize {
    if cjk_locale(locale) {
        CJK_SHARD_BYTES
    } else {
        SHARD_BYTES
    }
}

fn script(kind: &str, locale: &str, n: &str, payload: &str) -> String {
    format!(
        "__steleSearch({},{},{},{payload});\n",
        serde_json::Value::from(kind),
        serde_json::Value::from(locale),
        serde_json::Value::from(n)
    )
}

/// Writes one locale's browser index; `docs` are that locale's pages in
/// page-number order and `terms` their [`super::merge`]. Returns the
/// number of bytes written. With `skip_unchanged` (a rewrite in place, as
/// `stele serve` does after an edit), files whose bytes are already on
/// disk are left alone: an edit changes a few shards and one page's
/// chunks, not the whole index.
pub fn write_locale(
    out: &Path,
    locale: &str,
    docs: &[&IndexDoc],
    terms: &[Posting<'_>],
    skip_unchanged: bool,
) -> std::io::Result<usize> {
    let dir = format!("_stele/search/{locale}");
    let pages: Vec<&PageTerms> = docs.iter().map(|d| &d.terms).collect();
    let (entry, shards) = build_merged(&pages, terms, shard_bytes_for(locale));
    let mut written = 0;
    let mut put = |name: String, text: String| -> std::io::Result<()> {
        let rel = format!("{dir}/{name}");
        if skip_unchanged && std::fs::read(out.join(&rel)).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(());
        }
        written += text.len();
        write_file(out, &rel, text.as_bytes())
    };
    put(
        "entry.js".into(),
        script(
            "e",
            locale,
            "0",
            &format!("\"{}\"", STANDARD.encode(&entry)),
        ),
    )?;
    for (i, s) in shards.iter().enumerate() {
        put(
            format!("s{i}.js"),
            script(
                "s",
                locale,
                &i.to_string(),
                &format!("\"{}\"", STANDARD.encode(s)),
            ),
        )?;
    }
    for (i, d) in docs.iter().enumerate() {
        let chunks = d.terms.chunks(&d.body);
        // Each section's heading goes with the chunk where it starts (an
        // empty last section, which no query can match, with the last).
        let mut heads: Vec<Vec<serde_json::Value>> = vec![Vec::new(); chunks.len()];
        let ct = d.terms.chunk_tokens.max(1);
        for (k, (&start, (id, text))) in d.terms.layout.sections.iter().zip(&d.sections).enumerate()
        {
            let c = ((start / ct) as usize).min(chunks.len().saturating_sub(1));
            if let Some(h) = heads.get_mut(c) {
                h.push(serde_json::json!([k, id, text]));
            }
        }
        for (k, chunk) in chunks.into_iter().enumerate() {
            let mut frag = serde_json::json!({ "u": d.url, "t": d.title, "b": chunk.text });
            // Where the chunk's first token sits, when not at its first
            // position (rare: see `ChunkStart::first`).
            if chunk.first != 0 {
                frag["o"] = chunk.first.into();
            }
            if let Some(h) = heads.get_mut(k).filter(|h| !h.is_empty()) {
                frag["h"] = std::mem::take(h).into();
            }
            let n = format!("{i}-{k}");
            put(
                format!("p{n}.js"),
                script("p", locale, &n, &frag.to_string()),
            )?;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language with a stemmer has its own module, which carries
    /// that stemmer only; the others share the stemmer-less one.
    #[test]
    fn each_language_gets_its_own_module() {
        // One tag per algorithm.
        assert_eq!(Algorithm::ALL.len(), 18);
        assert_eq!(reader_wasm("ja"), READER_WASM);
        assert_eq!(reader_wasm("zh-Hant"), READER_WASM);
        let mut seen = std::collections::BTreeSet::new();
        for tag in [
            "ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "nb", "pt", "ro", "ru",
            "es", "sv", "ta", "tr",
        ] {
            let m = reader_wasm(tag);
            assert_ne!(m, READER_WASM, "{tag}");
            assert!(seen.insert(m.as_ptr()), "{tag} shares a module");
        }
        assert_eq!(reader_wasm("de-CH"), reader_wasm("de"));
        assert_eq!(module_lang("de-CH"), "de");
        assert_eq!(module_lang("pt_BR"), "pt");
    }

    #[test]
    fn cjk_locales_get_the_smaller_shards() {
        for tag in ["ja", "zh", "zh-Hans", "ko-KR", "JA", "zh_TW"] {
            assert_eq!(shard_bytes_for(tag), CJK_SHARD_BYTES, "{tag}");
        }
        for tag in ["de", "en-US", "it", "jam", "", "x-zh"] {
            assert_eq!(shard_bytes_for(tag), SHARD_BYTES, "{tag}");
        }
    }
}
