//! Snowball stemmers for every language `rust-stemmers` 1.2.0 generates
//! (MIT, Copyright (c) 2017 Jakob Demler; the algorithms are Snowball's,
//! BSD-licensed, <https://snowballstem.org/>), vendored.
//!
//! Why vendored instead of a dependency: the runtime crate is `no_std` so
//! that its wasm build carries no std panic/formatting machinery, and
//! `rust-stemmers` uses `std`. The generated code only needed `std` →
//! `alloc`/`core` path changes; it is otherwise untouched (hence the
//! blanket lint allowances).
//!
//! Native builds carry every stemmer. A wasm build carries
//! only the one its `stem-<language>` feature names, if any: `build.rs`
//! compiles one search module per language, so a page downloads one
//! stemmer, not eighteen (as Pagefind ships one wasm per language).

#![allow(
    clippy::all,
    unused_parens,
    dead_code,
    non_snake_case,
    non_upper_case_globals
)]
#![allow(unused_variables, unused_mut, unused_assignments, bare_trait_objects)]

mod among;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-arabic"))]
mod arabic;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-danish"))]
mod danish;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-dutch"))]
mod dutch;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-english"))]
mod english;
mod env;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-finnish"))]
mod finnish;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-french"))]
mod french;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-german"))]
mod german;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-greek"))]
mod greek;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-hungarian"))]
mod hungarian;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-italian"))]
mod italian;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-norwegian"))]
mod norwegian;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-portuguese"))]
mod portuguese;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-romanian"))]
mod romanian;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-russian"))]
mod russian;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-spanish"))]
mod spanish;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-swedish"))]
mod swedish;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-tamil"))]
mod tamil;
#[cfg(any(not(target_arch = "wasm32"), feature = "stem-turkish"))]
mod turkish;

use alloc::borrow::Cow;
use env::SnowballEnv;

/// The languages with a stemmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Arabic,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
}

impl Algorithm {
    /// Every algorithm, in the order of [`Algorithm::index`].
    pub const ALL: [Algorithm; 18] = [
        Algorithm::Arabic,
        Algorithm::Danish,
        Algorithm::Dutch,
        Algorithm::English,
        Algorithm::Finnish,
        Algorithm::French,
        Algorithm::German,
        Algorithm::Greek,
        Algorithm::Hungarian,
        Algorithm::Italian,
        Algorithm::Norwegian,
        Algorithm::Portuguese,
        Algorithm::Romanian,
        Algorithm::Russian,
        Algorithm::Spanish,
        Algorithm::Swedish,
        Algorithm::Tamil,
        Algorithm::Turkish,
    ];

    /// A small number per algorithm (its place in [`Algorithm::ALL`]).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The algorithm's name in lower case (`french`): the `stem-<name>`
    /// feature and the search module built with it.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Arabic => "arabic",
            Algorithm::Danish => "danish",
            Algorithm::Dutch => "dutch",
            Algorithm::English => "english",
            Algorithm::Finnish => "finnish",
            Algorithm::French => "french",
            Algorithm::German => "german",
            Algorithm::Greek => "greek",
            Algorithm::Hungarian => "hungarian",
            Algorithm::Italian => "italian",
            Algorithm::Norwegian => "norwegian",
            Algorithm::Portuguese => "portuguese",
            Algorithm::Romanian => "romanian",
            Algorithm::Russian => "russian",
            Algorithm::Spanish => "spanish",
            Algorithm::Swedish => "swedish",
            Algorithm::Tamil => "tamil",
            Algorithm::Turkish => "turkish",
        }
    }

    /// Whether this build carries the stemmer (always natively; in a wasm
    /// search module only its own language's).
    pub fn available(self) -> bool {
        match self {
            Algorithm::Arabic => cfg!(any(not(target_arch = "wasm32"), feature = "stem-arabic")),
            Algorithm::Danish => cfg!(any(not(target_arch = "wasm32"), feature = "stem-danish")),
            Algorithm::Dutch => cfg!(any(not(target_arch = "wasm32"), feature = "stem-dutch")),
            Algorithm::English => cfg!(any(not(target_arch = "wasm32"), feature = "stem-english")),
            Algorithm::Finnish => cfg!(any(not(target_arch = "wasm32"), feature = "stem-finnish")),
            Algorithm::French => cfg!(any(not(target_arch = "wasm32"), feature = "stem-french")),
            Algorithm::German => cfg!(any(not(target_arch = "wasm32"), feature = "stem-german")),
            Algorithm::Greek => cfg!(any(not(target_arch = "wasm32"), feature = "stem-greek")),
            Algorithm::Hungarian => {
                cfg!(any(not(target_arch = "wasm32"), feature = "stem-hungarian"))
            }
            Algorithm::Italian => cfg!(any(not(target_arch = "wasm32"), feature = "stem-italian")),
            Algorithm::Norwegian => {
                cfg!(any(not(target_arch = "wasm32"), feature = "stem-norwegian"))
            }
            Algorithm::Portuguese => cfg!(any(
                not(target_arch = "wasm32"),
                feature = "stem-portuguese"
            )),
            Algorithm::Romanian => {
                cfg!(any(not(target_arch = "wasm32"), feature = "stem-romanian"))
            }
            Algorithm::Russian => cfg!(any(not(target_arch = "wasm32"), feature = "stem-russian")),
            Algorithm::Spanish => cfg!(any(not(target_arch = "wasm32"), feature = "stem-spanish")),
            Algorithm::Swedish => cfg!(any(not(target_arch = "wasm32"), feature = "stem-swedish")),
            Algorithm::Tamil => cfg!(any(not(target_arch = "wasm32"), feature = "stem-tamil")),
            Algorithm::Turkish => cfg!(any(not(target_arch = "wasm32"), feature = "stem-turkish")),
        }
    }
}

/// Stems one lower-cased word. A stemmer this build does not carry (see
/// [`Algorithm::available`]) leaves the word as it is; the search ABI
/// refuses to open a locale whose stemmer is missing, so that never
/// reaches a query.
pub fn stem(algorithm: Algorithm, word: &str) -> Cow<'_, str> {
    let mut env = SnowballEnv::create(word);
    match algorithm {
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-arabic"))]
        Algorithm::Arabic => {
            arabic::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-danish"))]
        Algorithm::Danish => {
            danish::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-dutch"))]
        Algorithm::Dutch => {
            dutch::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-english"))]
        Algorithm::English => {
            english::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-finnish"))]
        Algorithm::Finnish => {
            finnish::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-french"))]
        Algorithm::French => {
            french::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-german"))]
        Algorithm::German => {
            german::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-greek"))]
        Algorithm::Greek => {
            greek::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-hungarian"))]
        Algorithm::Hungarian => {
            hungarian::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-italian"))]
        Algorithm::Italian => {
            italian::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-norwegian"))]
        Algorithm::Norwegian => {
            norwegian::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-portuguese"))]
        Algorithm::Portuguese => {
            portuguese::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-romanian"))]
        Algorithm::Romanian => {
            romanian::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-russian"))]
        Algorithm::Russian => {
            russian::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-spanish"))]
        Algorithm::Spanish => {
            spanish::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-swedish"))]
        Algorithm::Swedish => {
            swedish::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-tamil"))]
        Algorithm::Tamil => {
            tamil::stem(&mut env);
        }
        #[cfg(any(not(target_arch = "wasm32"), feature = "stem-turkish"))]
        Algorithm::Turkish => {
            turkish::stem(&mut env);
        }
        #[allow(unreachable_patterns)]
        _ => return Cow::Borrowed(word),
    }
    env.get_current()
}
