//! The C ABIs of the two wasm modules the page loads (wasm32 only).
//!
//! `build.rs` builds this crate twice for `wasm32-unknown-unknown`: once
//! with the `lookup-abi` feature (the error-code evaluator,
//! `_stele/lookup.wasm`) and once with `search-abi` (the search reader and
//! its tokenizer, `_stele/search.wasm`). Linking only one ABI per module
//! lets dead-code elimination drop the other feature entirely: the lookup
//! never pays for the Snowball stemmers and the search never pays for the
//! rule tables, so each page downloads only what the reader uses.
//!
//! Both modules import nothing; a panic traps (`unreachable`).

#[cfg(all(feature = "lookup-abi", feature = "search-abi"))]
compile_error!("build one wasm ABI at a time: `lookup-abi` or `search-abi`");

#[cfg(feature = "lookup-abi")]
mod lookup;
#[cfg(feature = "search-abi")]
mod search;

#[cfg(feature = "search-abi")]
#[global_allocator]
static ALLOC: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
