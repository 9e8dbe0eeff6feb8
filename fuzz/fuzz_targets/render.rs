//! Renders arbitrary bytes as the German page of a real article (with its
//! English and Japanese siblings), as `stele build` does: the pages, the
//! translators' view and the search index document.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((f, docs)) = common::with_german(data) else {
        return;
    };
    let (pages, summary, _diags) = f
        .session
        .renderer
        .article_pages(common::ARTICLE, &docs, None);
    assert!(!pages.is_empty());
    if let Some(title) = summary.titles.get(&f.de) {
        let p = &docs[&f.de];
        let _ = stele::search::index_doc(&p.doc, title, "de/x/", "de", &[]);
    }
});
