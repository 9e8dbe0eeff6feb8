//! Stele's runtime: the code that runs in the reader's browser (as an
//! imports-free `wasm32-unknown-unknown` module) and natively in `stele`.
//!
//! Running the *same* code in both places is the point: `stele lookup` and
//! the lookup box on every page cannot disagree, and `cargo test` proves it
//! by running the real `.wasm` through an interpreter.
//!
//! The crate is `no_std` + `alloc` so that the wasm build carries no
//! standard-library formatting or panic machinery (that is what keeps it
//! the lookup module under 45 KB). Nothing here uses `core::fmt` on the hot path.
//!
//! Layout:
//! - [`text`]: input normalisation shared by every reader-side feature
//!   (full-width forms, `&nbsp;`, ASCII case folding).
//! - [`json`]: a tiny JSON writer (no serde, no formatting).
//! - [`policy`]: the error-code evaluator and its compact binary rule format.
//! - [`varint`]: the LEB128 writer both blob formats use.
//! - [`tokenize`] and [`search`]: the search tokenizer (shared with the
//!   tantivy index) and the browser index reader.
//! - `abi` (wasm32 only): the C ABIs the page's JavaScript calls, one per
//!   wasm module (features `lookup-abi` and `search-abi`).

#![no_std]
#![warn(unreachable_pub)]
// Byte-index slices of `str` panic inside a character: each one goes
// through `get(..)` or is allowed with the reason its index is a char
// boundary (see Stele's `src/lib.rs`).
#![warn(clippy::string_slice)]

extern crate alloc;
#[cfg(not(target_arch = "wasm32"))]
extern crate std;

pub mod json;
pub mod policy;
pub mod search;
pub mod text;
pub mod tokenize;
pub mod varint;

#[cfg(all(
    target_arch = "wasm32",
    any(feature = "lookup-abi", feature = "search-abi")
))]
mod abi;
