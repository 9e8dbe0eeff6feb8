//! Every page of the demo site (and of the TOC, Arabic and crossing fixture sites) passes the Nu Html Checker (vnu, the W3C's
//! validator; npm `vnu-jar`, pinned in `tests/tools/package.json`, run with
//! Java). `.ci/run` installs both; elsewhere the test is skipped loudly
//! unless `CI` or `STELE_REQUIRE_BROWSER` is set.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn vnu() -> Option<PathBuf> {
    let jar = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools/node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output().is_ok();
    if jar.is_file() && java {
        return Some(jar);
    }
    let required = ["CI", "STELE_REQUIRE_BROWSER"]
        .iter()
        .any(|v| std::env::var(v).is_ok_and(|s| !matches!(s.as_str(), "" | "0" | "false")));
    assert!(
        !required,
        "the Nu Html Checker is missing: run `npm ci --ignore-scripts` in tests/tools and install java (apt-get install default-jre-headless)"
    );
    let _ = writeln!(
        std::io::stderr().lock(),
        "\n!! tests/html_validate.rs SKIPPED: no java or no tests/tools/node_modules/vnu-jar \
         (npm ci --ignore-scripts in tests/tools)\n"
    );
    None
}

#[test]
fn every_demo_page_is_valid_html() {
    let Some(jar) = vnu() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let o = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args([
            "build",
            "--quiet",
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "--out",
        ])
        .arg(&out)
        .output()
        .expect("run stele build");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut pages = walk(&out);
    assert!(pages.len() > 20, "only {} pages", pages.len());
    // The fixture sites too: a TOC (sidebar, previous/next), Arabic, and
    // segments split into parts around elements that cross their edges.
    for fixture in ["site", "rtl", "crossing"] {
        let fout = tmp.path().join(fixture);
        let o = Command::new(env!("CARGO_BIN_EXE_stele"))
            .args(["build", "--quiet", "--root"])
            .arg(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures")
                    .join(fixture),
            )
            .arg("--out")
            .arg(&fout)
            .output()
            .expect("run stele build");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        pages.extend(walk(&fout));
    }
    let v = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&pages)
        .output()
        .expect("run vnu");
    let report =
        String::from_utf8_lossy(&v.stderr).into_owned() + &String::from_utf8_lossy(&v.stdout);
    assert!(
        v.status.success() && !report.contains("error"),
        "the Nu Html Checker found errors:\n{report}"
    );
}

/// Every `.html` file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
