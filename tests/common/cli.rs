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
