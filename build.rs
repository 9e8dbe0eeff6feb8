//! Builds `runtime/` for `wasm32-unknown-unknown` into `OUT_DIR`, so that a
//! plain `cargo build` yields the page's `.wasm` (embedded in the binary
//! with `include_bytes!`, see `src/policy/mod.rs`).
//!
//! The nested cargo gets its own target directory inside `OUT_DIR`: the
//! outer cargo holds the lock on the outer one, so sharing it would
//! deadlock. Variables the outer cargo sets for build scripts (or that were
//! meant for the host build, like `RUSTFLAGS` or clippy's wrapper) are
//! removed so that they cannot leak into the wasm build.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=runtime");
    println!("cargo:rerun-if-changed=Cargo.toml");
    println!("cargo:rerun-if-changed=build.rs");
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target_dir = out_dir.join("wasm-target");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());

    // One module per feature: each page loads only the ABI it uses (see
    // runtime/src/abi/mod.rs). The two builds share the target directory,
    // so the dependencies compile once.
    // The search reader is one module per stemming language plus one
    // without a stemmer (CJK and unknown languages): a page downloads one
    // stemmer, not all of them (src/search/browser.rs picks the module of
    // each locale).
    let mut builds = vec![
        ("lookup-abi".to_string(), "stele_lookup.wasm".to_string()),
        ("search-abi".to_string(), "stele_search.wasm".to_string()),
    ];
    for lang in STEMMERS {
        builds.push((
            format!("search-abi,stem-{lang}"),
            format!("stele_search_{lang}.wasm"),
        ));
    }
    for (feature, file) in &builds {
        let wasm = build_wasm(&cargo, &manifest_dir, &target_dir, feature);
        std::fs::copy(&wasm, out_dir.join(file))
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", wasm.display()));
    }
}

/// The `stem-<name>` features of `runtime/Cargo.toml`, as
/// `Algorithm::name` spells them (a test checks that every algorithm has
/// its module).
const STEMMERS: [&str; 18] = [
    "arabic",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "italian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "spanish",
    "swedish",
    "tamil",
    "turkish",
];

/// Builds `runtime/` for wasm32 with one ABI feature and returns the path
/// of the `.wasm`.
fn build_wasm(
    cargo: &std::ffi::OsStr,
    manifest_dir: &Path,
    target_dir: &Path,
    feature: &str,
) -> PathBuf {
    let mut cmd = Command::new(cargo);
    cmd.current_dir(manifest_dir).args([
        "build",
        "--manifest-path",
        "runtime/Cargo.toml",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        // `--release` with the size settings of `[profile.wasm]`
        // (opt-level z, lto, panic=abort) in the root Cargo.toml.
        "--profile",
        "wasm",
        "--quiet",
        "--features",
        feature,
    ]);
    cmd.arg("--target-dir").arg(target_dir);
    for (k, _) in env::vars_os() {
        let k = k.to_string_lossy();
        let keep = k == "CARGO_HOME"
            || k == "CARGO_MAKEFLAGS"
            || k.starts_with("CARGO_NET_")
            || k.starts_with("CARGO_HTTP_")
            || k.starts_with("CARGO_REGISTRIES_")
            || k.starts_with("CARGO_REGISTRY_");
        let host_only = [
            "RUSTFLAGS",
            "RUSTDOCFLAGS",
            "RUSTC_WORKSPACE_WRAPPER",
            "TARGET",
            "HOST",
            "OUT_DIR",
            "PROFILE",
            "OPT_LEVEL",
            "DEBUG",
            "NUM_JOBS",
            "RUSTC_LINKER",
        ];
        if (k.starts_with("CARGO_") && !keep) || host_only.contains(&k.as_ref()) {
            cmd.env_remove(k.as_ref());
        }
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo for the wasm runtime: {e}"));
    if !out.status.success() {
        panic!(
            "building runtime/ ({feature}) for wasm32-unknown-unknown failed:\n{}\nhint: `rustup target add wasm32-unknown-unknown` (rust-toolchain.toml lists it)",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    target_dir.join("wasm32-unknown-unknown/wasm/stele_runtime.wasm")
}
