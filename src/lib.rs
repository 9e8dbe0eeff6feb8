//! Stele: a static-site generator for multilingual help centers.
//!
//! Data flows one way through the modules below, each importing only from
//! the layers before it (the order is in `ARCHITECTURE.md`, and
//! `tests/module_graph.rs` enforces it). [`content`] finds the files,
//! [`source`] reads them, [`markup`] parses each into the segment model,
//! [`render`] turns documents into pages, [`output`] writes them into a
//! staging folder that replaces the site, and [`build`] runs those stages.
//! [`cli`] is the front end. [`policy`] compiles the error-code policies
//! for the lookup (the evaluator itself is the `stele-runtime` crate, also
//! shipped as wasm).

// `Diagnostic` is deliberately rich (file, position, range, hint) and errors
// are rare, so returning it unboxed in `Result`s costs nothing that matters.
#![allow(clippy::result_large_err)]
// `pub` means "part of a layer's API": an item only its own module tree
// uses says `pub(crate)` or less, so a layer's API is what it exports
// (clippy's -D warnings in CI turns this into an error).
#![warn(unreachable_pub)]
// Slicing a `str` by byte index panics inside a character, and Stele's
// input is anyone's text (issue 13). Every slice either goes through
// `get(..)` or is allowed where it is written, with the reason its index
// is a char boundary; CI's `clippy -D warnings` holds new code to it.
#![warn(clippy::string_slice)]

pub mod align;
pub mod build;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod http;
pub mod i18n;
pub mod markup;
pub mod output;
pub mod policy;
pub mod render;
pub mod search;
pub mod source;
pub mod util;

// The search tokenizer and reader live in the runtime crate: the same code
// runs here (tantivy's tokenizer, the tests) and in the page as wasm.
pub use stele_runtime::search as search_reader;
pub use stele_runtime::tokenize;
