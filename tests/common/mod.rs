//! Helpers shared by integration tests.

pub mod cli;
pub mod lookup;
pub mod markup;
pub mod rng;
pub mod serve;
pub mod xmllint;
