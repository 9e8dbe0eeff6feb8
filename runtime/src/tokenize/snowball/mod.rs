//! Snowball stemmers for English, German and Italian, vendored from
//! `rust-stemmers` 1.2.0 (MIT, Copyright (c) 2017 Jakob Demler; the
//! algorithms are Snowball's, BSD-licensed, <https://snowballstem.org/>).
//!
//! Why vendored instead of a dependency: the runtime crate is `no_std` so
//! that its wasm build carries no std panic/formatting machinery, and
//! `rust-stemmers` uses `std`. The generated code only needed `std` →
//! `alloc`/`core` path changes; it is otherwise untouched (hence the
//! blanket lint allowances).

#![allow(
    clippy::all,
    unused_parens,
    dead_code,
    non_snake_case,
    non_upper_case_globals
)]
#![allow(unused_variables, unused_mut, unused_assignments, bare_trait_objects)]

mod among;
mod english;
mod env;
mod german;
mod italian;

use alloc::borrow::Cow;
use env::SnowballEnv;

/// The languages with a stemmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    English,
    German,
    Italian,
}

/// Stems one lower-cased word.
pub fn stem(algorithm: Algorithm, word: &str) -> Cow<'_, str> {
    let mut env = SnowballEnv::create(word);
    match algorithm {
        Algorithm::English => english::stem(&mut env),
        Algorithm::German => german::stem(&mut env),
        Algorithm::Italian => italian::stem(&mut env),
    };
    env.get_current()
}
