//! Feeds arbitrary bytes to `decode` + `parse` and checks the invariants of
//! `tests/support/invariants.rs` (segment and block ranges inside the text and
//! on char boundaries, line/col >= 1 for body segments, indices in range).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.md");
    let Ok(text) = stele::markup::decode(path, data) else {
        return;
    };
    let doc = stele::markup::parse(path, &text);
    if let Err(e) = invariants::check(&doc, &text) {
        panic!("invariant broken: {e}\ninput: {text:?}");
    }
});
