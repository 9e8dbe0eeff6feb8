//! Runs `stele check`'s per-article checks and the site-wide pass on a
//! real article whose German file is arbitrary bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((f, docs)) = common::with_german(data) else {
        return;
    };
    let site = f.session.site();
    // The build's context (every locale but the source is a target), so
    // a field added to `Ctx` does not break this crate, which CI does not
    // build.
    let glossary = stele::check::glossary::Glossary::default();
    let ctx = stele::check::Ctx::all_targets(site, &glossary);
    let by_locale: BTreeMap<usize, (PathBuf, &stele::markup::Document)> = docs
        .iter()
        .map(|(l, p)| (*l, (PathBuf::from(format!("content/{l}/a.md")), &p.doc)))
        .collect();
    let result = stele::check::check_article(&ctx, common::ARTICLE, &by_locale);
    let findings = stele::check::site_wide(&ctx, &[&result]);
    let _ = stele::check::finalize_all(&ctx, findings);
});
