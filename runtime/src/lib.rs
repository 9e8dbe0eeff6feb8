//! Stele's runtime: the code that runs in the reader's browser (as an
//! imports-free `wasm32-unknown-unknown` module) and natively in `stele`.
//!
//! Running the *same* code in both places is the point: `stele lookup` and
//! the lookup box on every page cannot disagree, and `cargo test` proves it
//! by running the real `.wasm` through an interpreter.
//!
//! The crate is `no_std` + `alloc` so that the wasm build carries no
//! standard-library formatting or panic machinery (that is what keeps it
//! under 45 KB). Nothing here uses `core::fmt` on the hot path.
//!
//! Layout, with room for what comes next:
//! - [`text`]: input normalisation shared by every reader-side feature
//!   (full-width forms, `&nbsp;`, ASCII case folding); the search tokenizer
//!   will live next to it.
//! - [`json`]: a tiny JSON writer (no serde, no formatting).
//! - [`policy`]: the error-code evaluator and its compact binary rule format.
//! - `abi` (wasm32 only): the C ABI the page's JavaScript calls.

#![no_std]

extern crate alloc;
#[cfg(not(target_arch = "wasm32"))]
extern crate std;

pub mod json;
pub mod policy;
pub mod search;
pub mod text;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
mod abi;
