//! What the targets share: the fuzz fixture site (`tests/fixtures/fuzz`,
//! read in place, never written), loaded once, and the input read as the
//! German translation of one of its articles.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use stele::build::Session;
use stele::markup::Parsed;

pub const ARTICLE: &str = "tune-office-365-performance";

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/fuzz")
}

pub struct Fixture {
    pub session: Session,
    /// Every locale's file of [`ARTICLE`], parsed.
    pub docs: BTreeMap<usize, Parsed>,
    pub de: usize,
}

pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let (session, _) = Session::open(&root()).expect("the fuzz fixture opens");
        let site = session.site();
        let de = site.locale_index("de").expect("a de locale");
        let docs = site.articles[ARTICLE]
            .iter()
            .map(|(l, f)| (*l, stele::markup::read_and_parse(f).expect("fixture parses")))
            .collect();
        Fixture { session, docs, de }
    })
}

/// The fixture's article with `data` as its German file, or `None` when
/// `data` is not UTF-8 (which `decode` reports as a diagnostic).
pub fn with_german(data: &[u8]) -> Option<(&'static Fixture, BTreeMap<usize, Parsed>)> {
    let f = fixture();
    let path = Path::new("content/de/tune-office-365-performance.md");
    let text = stele::markup::decode(path, data).ok()?;
    let doc = stele::markup::parse(path, &text);
    let mut docs: BTreeMap<usize, Parsed> = f
        .docs
        .iter()
        .map(|(l, p)| {
            (
                *l,
                Parsed {
                    doc: p.doc.clone(),
                    text: p.text.clone(),
                },
            )
        })
        .collect();
    docs.insert(f.de, Parsed { doc, text });
    Some((f, docs))
}
