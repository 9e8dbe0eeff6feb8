//! `stele search "<q>"`: queries the tantivy index that `stele build` wrote
//! under `<root>/.stele/index/<locale>`. Exit codes follow grep: 0 when
//! something matched, 1 when nothing did, 2 for usage errors (including a
//! site that has not been built yet).

use crate::diag::escape_controls;
use crate::search::engine::{self, Hit};
use std::path::Path;

/// The JSON printed by `--format json` (and answered by `/api/search`).
#[derive(Debug, serde::Serialize)]
pub struct Answer {
    /// The query searched: the one asked, cut to
    /// `stele_runtime::search::MAX_QUERY_BYTES`.
    pub query: String,
    /// Matching pages over the locales searched (may exceed `hits`).
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Searches the locales of the built site in `root` (all of them, or
/// `lang`). Errors are messages for the user.
pub fn run_query(
    root: &Path,
    query: &str,
    lang: Option<&str>,
    limit: usize,
) -> Result<Answer, String> {
    let base = engine::index_root(root);
    let locales: Vec<String> = match lang {
        Some(l) => vec![l.to_string()],
        None => {
            let mut v: Vec<String> = std::fs::read_dir(&base)
                .map_err(|_| {
                    format!(
                        "no search index in {}; run `stele build --root {}` first",
                        base.display(),
                        root.display()
                    )
                })?
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect();
            v.sort();
            v
        }
    };
    let mut total = 0;
    let mut hits = Vec::new();
    for l in &locales {
        let dir = base.join(l);
        if !dir.is_dir() {
            return Err(format!(
                "no search index for locale `{l}` in {}; run `stele build` first, or pick one of the site's locales",
                base.display()
            ));
        }
        let index = engine::open_index(&dir, l).map_err(|e| format!("{}: {e}", dir.display()))?;
        let (n, mut h) =
            engine::search(&index, l, query, limit).map_err(|e| format!("search failed: {e}"))?;
        total += n;
        hits.append(&mut h);
    }
    hits.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    hits.truncate(limit);
    Ok(Answer {
        // What was searched: a long query is cut (see `MAX_QUERY_BYTES`).
        query: stele_runtime::search::bounded_query(query).to_string(),
        total,
        hits,
    })
}

/// A snippet's HTML as terminal text: marks as «…», entities decoded,
/// control characters escaped (content is anyone's).
fn plain(snippet: &str) -> String {
    let plain = snippet
        .replace("<mark>", "«")
        .replace("</mark>", "»")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    escape_controls(&plain.replace('\n', " ")).into_owned()
}

/// Prints an answer as text: one block per hit, marks as «…», then the
/// hit's best sections (`§ heading  url#anchor` and their excerpt).
pub fn print_text(a: &Answer) {
    for h in &a.hits {
        // Titles and snippets are content: escape what a terminal would obey.
        let line = format!("{:.2}  {}  {}", h.score, h.title, h.url);
        outln!("{}", escape_controls(&line));
        outln!("      {}", plain(&h.snippet));
        for s in &h.sub_results {
            let line = format!("§ {}  {}", s.heading, s.url);
            outln!("      {}", escape_controls(&line));
            outln!("          {}", plain(&s.snippet));
        }
    }
    outln!(
        "{} of {} match{}",
        a.hits.len(),
        a.total,
        if a.total == 1 { "" } else { "es" }
    );
}
