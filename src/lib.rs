//! Stele: a static-site generator for multilingual help centers.
//!
//! Data flows one way through the modules below; see `ARCHITECTURE.md`.
//! [`content`] finds the files, [`markup`] parses each into the segment
//! model, [`render`] turns documents into pages, [`output`] writes them
//! atomically, and [`build`] runs those stages. [`cli`] is the front end.

pub mod build;
pub mod cli;
pub mod content;
pub mod diag;
pub mod markup;
pub mod output;
pub mod render;
pub mod search;

// The search tokenizer and reader are `no_std` modules of the runtime crate
// (they also run in the page as wasm); until the runtime crate lands on this
// branch they are compiled in here from the same files.
extern crate alloc;
#[path = "../runtime/src/search/mod.rs"]
pub mod search_reader;
#[path = "../runtime/src/tokenize/mod.rs"]
pub mod tokenize;
