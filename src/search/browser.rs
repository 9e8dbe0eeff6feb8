//! The browser index, written into the site under `_stele/search/<locale>/`:
//!
//! - `entry.js`: page statistics and the first term of every shard (a few
//!   hundred bytes to a few KB), loaded with the first query;
//! - `s<N>.js`: term shards, loaded only when a query needs them;
//! - `p<N>.js`: one fragment per page (URL, title, text for the snippet),
//!   loaded only for the results shown.
//!
//! Every file is a classic script that hands its payload to
//! `__steleSearch(kind, locale, n, data)`: `<script>` elements load from
//! `file://` where `fetch` and ES modules cannot, and work over http too.
//! Binary payloads are base64 (a JS string is the only literal a classic
//! script can carry compactly).

use super::IndexDoc;
use crate::output::write_file;
use crate::policy::base64;
use crate::search_reader::write::IndexBuilder;
use std::path::Path;

/// Target size of one shard before base64: small enough that a query's
/// first result costs a few KB, large enough to keep the file count sane.
pub const SHARD_BYTES: usize = 6 * 1024;

fn script(kind: &str, locale: &str, n: usize, payload: &str) -> String {
    format!(
        "__steleSearch({},{},{n},{payload});\n",
        serde_json::Value::from(kind),
        serde_json::Value::from(locale)
    )
}

/// Writes one locale's browser index; `docs` are that locale's pages in
/// page-number order. Returns the number of bytes written.
pub fn write_locale(out: &Path, locale: &str, docs: &[&IndexDoc]) -> std::io::Result<usize> {
    let dir = format!("_stele/search/{locale}");
    let mut builder = IndexBuilder::default();
    for d in docs {
        builder.add(d.terms.clone());
    }
    let (entry, shards) = builder.finish(SHARD_BYTES);
    let mut written = 0;
    let mut put = |name: String, text: String| -> std::io::Result<()> {
        written += text.len();
        write_file(out, &format!("{dir}/{name}"), text.as_bytes())
    };
    put(
        "entry.js".into(),
        script("e", locale, 0, &format!("\"{}\"", base64(&entry))),
    )?;
    for (i, s) in shards.iter().enumerate() {
        put(
            format!("s{i}.js"),
            script("s", locale, i, &format!("\"{}\"", base64(s))),
        )?;
    }
    for (i, d) in docs.iter().enumerate() {
        let frag = serde_json::json!({ "u": d.url, "t": d.title, "b": d.body });
        put(
            format!("p{i}.js"),
            script("p", locale, i, &frag.to_string()),
        )?;
    }
    Ok(written)
}
