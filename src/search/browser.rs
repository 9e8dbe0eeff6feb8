//! The browser index, written into the site under `_stele/search/<locale>/`:
//!
//! - `entry.js`: page statistics and the first term of every shard (a few
//!   hundred bytes to a few KB), loaded with the first query;
//! - `s<N>.js`: term shards, loaded only when a query needs them;
//! - `p<N>-<K>.js`: chunk `K` of page `N`'s text with its URL and title,
//!   loaded only for the results shown, and only the chunk the reader says
//!   holds the most matches (`CHUNK_TOKENS` body tokens each), so a long
//!   article costs a few hundred bytes per result, not its whole text.
//!   Its JSON: `u` (URL), `t` (title), `b` (text), and `o` when the
//!   chunk's first token is not at its first position (`ChunkStart::first`;
//!   the snippet call takes it).
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

/// The search reader compiled for `wasm32-unknown-unknown` (the runtime's
/// `search-abi` build, see `build.rs`).
pub const READER_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stele_search.wasm"));

/// Writes the reader's wasm as a raw file (for servers and tools) and as a
/// classic script that sets `window.SteleSearchWasm` (base64) for pages
/// opened from `file://`.
pub fn write_reader(out: &Path) -> std::io::Result<()> {
    write_file(out, "_stele/search.wasm", READER_WASM)?;
    let js = format!(
        "window.SteleSearchWasm=\"{}\";\n",
        STANDARD.encode(READER_WASM)
    );
    write_file(out, "_stele/search-wasm.js", js.as_bytes())
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
        for (k, chunk) in d.terms.chunks(&d.body).into_iter().enumerate() {
            let mut frag = serde_json::json!({ "u": d.url, "t": d.title, "b": chunk.text });
            // Where the chunk's first token sits, when not at its first
            // position (rare: see `ChunkStart::first`).
            if chunk.first != 0 {
                frag["o"] = chunk.first.into();
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
