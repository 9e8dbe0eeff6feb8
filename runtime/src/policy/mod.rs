//! The error-code policy evaluator.
//!
//! `stele build` compiles `content/policies/*.toml` and the Fluent
//! messages into the blobs of [`data`]; [`eval`] reads them. The same
//! functions run natively (`stele lookup`) and in the page's wasm.

pub mod code;
pub mod data;
pub mod eval;

pub use eval::{count, evaluate, Policies, Scratch};

/// Convenience for native callers: evaluates and returns the JSON.
pub fn evaluate_json(p: &Policies<'_>, input: &str, answers: &str) -> alloc::string::String {
    let mut out = alloc::string::String::new();
    evaluate(p, input, answers, &mut Scratch::default(), &mut out);
    out
}
