//! xmllint, offline, against the official XLIFF and TMX schemas in
//! `tests/schemas/official`: shared by the export tests.

#![allow(dead_code)]

use super::cli::repo;
use std::path::Path;
use std::process::Command;

/// Whether xmllint is installed (CI must have it: `.ci/run` installs it).
pub fn available() -> bool {
    let ok = Command::new("xmllint").arg("--version").output().is_ok();
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("xmllint is missing (install libxml2-utils)");
        }
        eprintln!("skipped: xmllint is not installed");
    }
    ok
}

/// The path of an official schema or DTD (`xliff_core_2.0.xsd`,
/// `xliff-core-1.2-strict.xsd`, `tmx14.dtd`).
pub fn schema(name: &str) -> String {
    repo()
        .join("tests/schemas/official")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// Validates `file` with xmllint and `args` (a schema or DTD), offline:
/// the official XLIFF 1.2 schema imports `xml.xsd` by its W3C URL, which
/// the catalog in `tests/schemas/official` maps to the local copy.
pub fn validate(args: &[&str], file: &Path) {
    let out = run(args, file);
    assert!(
        out.status.success(),
        "{} does not validate: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs xmllint on `file` with `args`, offline.
pub fn run(args: &[&str], file: &Path) -> std::process::Output {
    Command::new("xmllint")
        .env(
            "XML_CATALOG_FILES",
            repo().join("tests/schemas/official/catalog.xml"),
        )
        .args(["--noout", "--nonet"])
        .args(args)
        .arg(file)
        .output()
        .expect("xmllint")
}
