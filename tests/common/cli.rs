//! Running the `stele` binary on copies of sites: shared by the
//! integration tests that drive the CLI.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository (the demo site is its root).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary built for these tests: exit code (-1 when killed by a
/// signal), stdout and stderr.
pub fn stele(args: &[&str]) -> (i32, String, String) {
    let out = stele_output(args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the binary built for these tests and returns what it did.
pub fn stele_output(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(args)
        .output()
        .expect("run stele")
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir").flatten() {
        let p = e.path();
        let t = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            std::fs::copy(&p, &t).expect("copy");
        }
    }
}

/// The demo site (content, locales and stele.toml) in a temporary folder.
pub fn demo_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    std::fs::copy(repo().join("stele.toml"), dir.path().join("stele.toml")).expect("toml");
    dir
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.insert(p.clone(), std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

/// Runs `stele build --root ROOT --out OUT` and returns what it did.
pub fn build_output(root: &Path, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run stele build")
}

/// Builds the site at `root` into `out`; fails the test (with the
/// diagnostics) when the build fails.
pub fn build_site(root: &Path, out: &Path) {
    let o = build_output(root, out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Runs `stele build --quiet --root ROOT` (the output goes to
/// `ROOT/public`, the index to `ROOT/.stele`); fails the test when the
/// build fails.
pub fn build_quiet(root: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["build", "--quiet", "--root"])
        .arg(root)
        .output()
        .expect("run stele build");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// `stele search Q --lang LANG --limit 1000 --format json --root ROOT`:
/// its exit code and JSON (`null` when it printed none).
pub fn search_json(root: &Path, q: &str, lang: &str) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args([
            "search", q, "--lang", lang, "--limit", "1000", "--format", "json", "--root",
        ])
        .arg(root)
        .output()
        .expect("run stele search");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), v)
}

/// The URLs of a `stele search --format json` answer's hits.
pub fn hit_urls(v: &serde_json::Value) -> std::collections::BTreeSet<String> {
    v["hits"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|h| h["url"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}
