//! Stele: a static-site generator for multilingual help centers.
//!
//! Data flows one way through the modules below; see `ARCHITECTURE.md`.
//! [`content`] finds the files, [`markup`] parses each into the segment
//! model, [`render`] turns documents into pages, [`output`] writes them
//! atomically, and [`build`] runs those stages. [`cli`] is the front end.

// Diagnostics are the error type of every stage. They are about 130 bytes;
// they are built only on the error path, so boxing them would buy nothing.
#![allow(clippy::result_large_err)]

pub mod align;
pub mod build;
pub mod check;
pub mod cli;
pub mod content;
pub mod diag;
pub mod markup;
pub mod output;
pub mod render;
