//! Arbitrary queries through the query parser (`query_clauses`, the one
//! entry point of `stele search`, `/api/search` and the page) for a
//! stemmed, an unstemmed and a CJK locale, and through the browser
//! reader over the fixture's German and Japanese pages, with snippets.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use stele::search_reader::{query_clauses, snippet, Reader};
use stele::tokenize::algorithm_for;

#[path = "common.rs"]
mod common;

struct Index {
    locale: &'static str,
    reader: Reader,
    bodies: Vec<String>,
}

fn indexes() -> &'static Vec<Index> {
    static I: OnceLock<Vec<Index>> = OnceLock::new();
    I.get_or_init(|| {
        let f = common::fixture();
        let site = f.session.site();
        ["de", "ja"]
            .into_iter()
            .map(|locale| {
                let l = site.locale_index(locale).expect("locale");
                let doc = stele::search::index_doc(&f.docs[&l].doc, "Titel", "x/", locale, &[]);
                let terms = stele::search::merge(&[&doc]);
                let (entry, shards) =
                    stele::search_reader::write::build_merged(&[&doc.terms], &terms, 4096);
                let mut reader = Reader::open(&entry, locale).expect("entry opens");
                for (i, s) in shards.iter().enumerate() {
                    assert!(reader.add_shard(i, s));
                }
                Index {
                    locale,
                    reader,
                    bodies: vec![doc.body.clone()],
                }
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(q) = std::str::from_utf8(data) else {
        return;
    };
    for locale in ["de", "en", "ja", "xx"] {
        for as_you_type in [false, true] {
            let clauses = query_clauses(q, algorithm_for(locale), as_you_type);
            assert!(clauses.len() <= stele::search_reader::MAX_QUERY_TERMS);
        }
    }
    for ix in indexes() {
        for as_you_type in [false, true] {
            let clauses = ix.reader.clauses(q, as_you_type);
            let (_, hits) = ix.reader.search(&clauses, 10);
            for h in hits {
                if let Some(body) = ix.bodies.get(h.page as usize) {
                    let _ = snippet(body, &clauses, ix.reader.algo(), 200);
                }
            }
        }
        let _ = ix.locale;
    }
});
