//! The reports of `stele check` as CI tools read them: the JSON report
//! against its published JSON Schema, SARIF against Microsoft's SARIF
//! multitool with the GitHub rule set, content fingerprints that survive
//! unrelated edits, suppressions kept and counted, unused ones reported,
//! repository-relative paths, `--lang`, and `check`/`build` agreeing on
//! what is an error.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::cli::{copy_dir, repo, stele};

fn report(root: &Path, format: &str, extra: &[&str]) -> (i32, Value) {
    let root = root.to_string_lossy().into_owned();
    let mut args = vec!["check", "--root", &root, "--format", format];
    args.extend_from_slice(extra);
    let (code, out, err) = stele(&args);
    let v: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("bad JSON ({e}): {out}\n{err}"));
    (code, v)
}

/// The check-basic fixture with a second, unused suppression.
fn basic_with_unused_suppression() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("tests/fixtures/check-basic"), dir.path());
    let toml = dir.path().join("stele.toml");
    let mut text = std::fs::read_to_string(&toml).expect("stele.toml");
    text.push_str(
        "\n[[check.suppress]]\ncheck = \"untranslated\"\nlocale = \"de\"\narticle = \"no-such-article\"\n",
    );
    std::fs::write(&toml, text).expect("write stele.toml");
    dir
}

fn schema() -> Value {
    let text = std::fs::read_to_string(repo().join("schemas/check-report.schema.json"))
        .expect("schemas/check-report.schema.json");
    serde_json::from_str(&text).expect("schema JSON")
}

/// Validates JSON documents against the schema with the Python
/// `jsonschema` package (Draft 2020-12), a validator nobody here wrote;
/// `.ci/run` installs it (Debian `python3-jsonschema`). Returns the
/// errors of each document, `None` when the validator is missing.
fn validate_all(docs: &[&Value]) -> Option<Vec<Vec<String>>> {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let f = dir.path().join(format!("{i}.json"));
        std::fs::write(&f, d.to_string()).expect("write");
        files.push(f);
    }
    let script = r#"
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
out = []
for f in sys.argv[2:]:
    out.append([f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:300] for e in v.iter_errors(json.load(open(f)))][:10])
print(json.dumps(out))
"#;
    let out = match Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(repo().join("schemas/check-report.schema.json"))
        .args(&files)
        .output()
    {
        Ok(o) if o.status.code() != Some(3) => o,
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!(
                    "python3 with jsonschema is missing (bash .ci/run installs python3-jsonschema)"
                );
            }
            eprintln!("skipped: python3 jsonschema is not installed");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "jsonschema failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("validator output"))
}

#[test]
fn json_reports_validate_against_the_schema() {
    let (_, demo) = report(&repo(), "json", &[]);
    let dir = basic_with_unused_suppression();
    let (_, basic) = report(dir.path(), "json", &["--path-prefix", "docs/help"]);
    // The schema is strict: a report with an unknown field, a misspelt
    // check or a missing by_check entry is rejected.
    let mut extra_field = demo.clone();
    extra_field["findings"][0]["line_hash"] = Value::from("x");
    let mut bad_check = demo.clone();
    bad_check["findings"][0]["check"] = Value::from("protected-tokens");
    let mut no_zero = demo.clone();
    no_zero["summary"]["by_check"]
        .as_object_mut()
        .expect("by_check")
        .remove("whitespace");
    let Some(errors) = validate_all(&[&demo, &basic, &extra_field, &bad_check, &no_zero]) else {
        return;
    };
    assert!(errors[0].is_empty(), "demo: {:#?}", errors[0]);
    assert!(errors[1].is_empty(), "check-basic: {:#?}", errors[1]);
    for (i, what) in [
        (2, "unknown field"),
        (3, "misspelt check"),
        (4, "missing zero count"),
    ] {
        assert!(
            !errors[i].is_empty(),
            "the schema accepts a report with a {what}"
        );
    }
}

#[test]
fn the_schema_names_every_check() {
    let schema = schema();
    let names: BTreeSet<&str> = schema["$defs"]["check"]["enum"]
        .as_array()
        .expect("enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let checks: BTreeSet<&str> = stele::check::CHECKS.iter().map(|c| c.name).collect();
    assert_eq!(names, checks);
    for c in stele::check::CHECKS {
        assert!(
            stele::check::output::rule_help(c.name).is_some(),
            "{} has no help",
            c.name
        );
    }
}

#[test]
fn by_check_lists_every_check_and_lang_restricts_the_report() {
    let (_, v) = report(&repo(), "json", &["--lang", "de"]);
    let by = v["summary"]["by_check"].as_object().expect("by_check");
    assert_eq!(by.len(), stele::check::CHECKS.len());
    assert_eq!(by["whitespace"], 0);
    assert_eq!(v["locales"], serde_json::json!(["en", "de"]));
    for f in v["findings"].as_array().expect("findings") {
        assert_eq!(f["locale"], "de", "{f}");
    }
    for r in v["alignment"].as_array().expect("alignment") {
        assert_eq!(r["locale"], "de", "{r}");
    }
}

#[test]
fn suppressions_are_kept_counted_and_unused_ones_reported() {
    let dir = basic_with_unused_suppression();
    let (_, v) = report(dir.path(), "json", &[]);
    let suppressed = v["suppressed"].as_array().expect("suppressed");
    assert!(!suppressed.is_empty());
    assert!(suppressed.iter().all(|s| s["check"] == "whitespace"
        && s["article"] == "b"
        && s["suppression"] == 0
        && s["reason"] == "tested: this one is suppressed"));
    assert_eq!(v["summary"]["suppressed"], suppressed.len());
    assert_eq!(
        v["summary"]["suppressed_by_check"]["whitespace"],
        suppressed.len()
    );
    let unused: Vec<&Value> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["check"] == "unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{unused:?}");
    assert_eq!(unused[0]["file"], "stele.toml");
    let toml = std::fs::read_to_string(dir.path().join("stele.toml")).expect("toml");
    let line = toml
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("[[check.suppress]]"))
        .nth(1)
        .map(|(i, _)| i + 1)
        .expect("second entry");
    assert_eq!(unused[0]["line"], line);
    assert!(unused[0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("no-such-article"));
    // The suppression of a locale left out by --lang is not judged.
    let (_, v) = report(dir.path(), "json", &["--lang", "fr"]);
    assert!(!v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["check"] == "unused-suppression"));

    let (_, s) = report(dir.path(), "sarif", &[]);
    let results = s["runs"][0]["results"].as_array().expect("results");
    let with: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(with.len(), suppressed.len());
    assert_eq!(with[0]["suppressions"][0]["kind"], "external");
    assert_eq!(with[0]["suppressions"][0]["status"], "accepted");
    assert_eq!(
        with[0]["suppressions"][0]["justification"],
        "tested: this one is suppressed"
    );
}

#[test]
fn paths_can_be_made_repository_relative() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = dir.path().join("docs/help");
    copy_dir(&repo().join("tests/fixtures/check-basic"), &site);
    let (_, v) = report(&site, "json", &["--path-prefix", "./docs/help/"]);
    for f in v["findings"].as_array().expect("findings") {
        assert!(
            f["file"].as_str().unwrap_or("").starts_with("docs/help/"),
            "{f}"
        );
    }
    let (_, s) = report(&site, "sarif", &["--path-prefix", "docs/help"]);
    let run = &s["runs"][0];
    let uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .expect("uri");
    assert!(uri.starts_with("docs/help/content/"), "{uri}");
    // SRCROOT is the folder the prefix is relative to: the repository.
    let base = run["originalUriBaseIds"]["SRCROOT"]["uri"]
        .as_str()
        .expect("SRCROOT uri");
    let repo_root = std::fs::canonicalize(dir.path()).expect("canonical");
    assert_eq!(
        base,
        format!("file://{}/", repo_root.to_string_lossy()),
        "{base}"
    );
}

/// The demo with one paragraph inserted near the top of the English and
/// of the unmarked Japanese article: every finding that existed before
/// keeps its fingerprint, although its line moved.
#[test]
fn fingerprints_survive_an_unrelated_paragraph() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    std::fs::copy(repo().join("stele.toml"), dir.path().join("stele.toml")).expect("toml");
    let (_, before) = report(dir.path(), "json", &[]);
    let insert = |locale: &str, text: &str| {
        let p = dir
            .path()
            .join(format!("content/{locale}/unregistered-domain-email.md"));
        let src = std::fs::read_to_string(&p).expect("article");
        // After the front matter's closing `---`.
        let end = src[3..]
            .find("\n---")
            .map(|i| i + 3 + 4)
            .expect("front matter");
        let (head, tail) = src.split_at(end);
        std::fs::write(&p, format!("{head}\n\n{text}\n\n{tail}")).expect("write");
    };
    insert("en", "A new paragraph about something else entirely.");
    insert("ja", "まったく別のことについての新しい段落です。");
    insert("de", "Ein neuer Absatz über etwas ganz anderes.");
    insert("zh", "一个关于完全不同事情的新段落。");
    insert(
        "it",
        "Un nuovo paragrafo su qualcosa di completamente diverso.",
    );
    let (_, after) = report(dir.path(), "json", &[]);
    let prints = |v: &Value| -> Vec<(String, String, u64)> {
        v["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["fingerprint"].as_str().unwrap_or("").to_string(),
                    format!("{} {} {}", f["check"], f["locale"], f["segment"]),
                    f["line"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    let (b, a) = (prints(&before), prints(&after));
    assert!(b.len() >= 10, "{b:?}");
    let after_prints: BTreeSet<&str> = a.iter().map(|(p, _, _)| p.as_str()).collect();
    for (p, what, _) in &b {
        assert!(!p.is_empty());
        assert!(
            after_prints.contains(p.as_str()),
            "{what} changed fingerprint"
        );
    }
    // The test means something: findings did move in the English and the
    // Japanese file, and the ja ones are named by line-based locators.
    assert!(a
        .iter()
        .any(|(p, _, line)| b.iter().any(|(q, _, l)| q == p && l != line)));
    let distinct: BTreeSet<&str> = b.iter().map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(distinct.len(), b.len(), "fingerprints are unique");
}

#[test]
fn unbalanced_spans_fail_check_and_build_alike() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("tests/fixtures/check-clean"), dir.path());
    // A segment whose translation span is never closed.
    std::fs::write(
        dir.path().join("content/de/a.md"),
        "# Sauberer Artikel\n\n<span data-ttu-id=\"a1-101\">Öffnen Sie das Contoso-Dashboard.<span class=\"sxs-lookup\"><span data-stu-id=\"a1-101\">Open the Contoso dashboard.</span></span>\n",
    )
    .expect("write");
    let root = dir.path().to_string_lossy().into_owned();
    let out = dir.path().join("out").to_string_lossy().into_owned();
    let (build, _, _) = stele(&["build", "--root", &root, "--out", &out, "--quiet"]);
    assert_eq!(build, 1, "the build fails");
    let (check, v) = report(dir.path(), "json", &[]);
    assert_eq!(check, 1, "check fails too");
    assert!(v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["check"] == "parse" && f["severity"] == "error"));
}

/// Where `.ci/run` installs the SARIF multitool (npm
/// `@microsoft/sarif-multitool`, pinned), or `STELE_SARIF_MULTITOOL`.
fn multitool() -> Option<PathBuf> {
    let path = std::env::var_os("STELE_SARIF_MULTITOOL")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            repo().join("tests/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
        });
    if path.is_file() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "the SARIF multitool is missing at {} (bash .ci/run installs it)",
            path.display()
        );
    }
    eprintln!("skipped: the SARIF multitool is not installed (bash .ci/run installs it)");
    None
}

/// Runs `validate --rule-kind Gh;Sarif` and returns its error and warning
/// results (rule ID and message).
fn multitool_validate(tool: &Path, sarif: &Path) -> Vec<String> {
    let out_file = sarif.with_extension("validation.sarif");
    let out = Command::new(tool)
        .args(["validate", "--rule-kind", "Gh;Sarif", "-o"])
        .arg(&out_file)
        .arg(sarif)
        // Its .NET runtime needs no ICU for this; no telemetry.
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .env("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
        .output()
        .expect("run the SARIF multitool");
    let log = std::fs::read_to_string(&out_file).unwrap_or_else(|_| {
        panic!(
            "no validation log; stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let v: Value = serde_json::from_str(&log).expect("validation log JSON");
    let mut problems = Vec::new();
    for run in v["runs"].as_array().into_iter().flatten() {
        for r in run["results"].as_array().into_iter().flatten() {
            let level = r["level"].as_str().unwrap_or("warning");
            if level == "error" || level == "warning" {
                problems.push(format!(
                    "{level} {}: {}",
                    r["ruleId"].as_str().unwrap_or("?"),
                    r["message"]
                ));
            }
        }
    }
    problems
}

#[test]
fn sarif_passes_the_multitool_with_the_github_rules() {
    let Some(tool) = multitool() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = basic_with_unused_suppression();
    for (name, root, extra) in [
        ("demo", repo(), vec![]),
        (
            "basic",
            dir.path().to_path_buf(),
            vec!["--path-prefix", "docs/help"],
        ),
        (
            "docs-url",
            dir.path().to_path_buf(),
            vec!["--docs-url", "https://docs.example.org/stele/check.md"],
        ),
    ] {
        let root_s = root.to_string_lossy().into_owned();
        let mut args = vec!["check", "--root", &root_s, "--format", "sarif"];
        args.extend(extra);
        let (_, out, _) = stele(&args);
        let file = tmp.path().join(format!("{name}.sarif"));
        std::fs::write(&file, out).expect("write sarif");
        let problems = multitool_validate(&tool, &file);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
    // The validator is a real judge: the old rules (no fullDescription,
    // no help, name = id) fail it.
    let (_, out, _) = stele(&[
        "check",
        "--root",
        &repo().to_string_lossy(),
        "--format",
        "sarif",
    ]);
    let mut v: Value = serde_json::from_str(&out).expect("sarif");
    for r in v["runs"][0]["tool"]["driver"]["rules"]
        .as_array_mut()
        .expect("rules")
    {
        let o = r.as_object_mut().expect("rule");
        o.remove("fullDescription");
        o.remove("help");
    }
    let file = tmp.path().join("old.sarif");
    std::fs::write(&file, v.to_string()).expect("write");
    let problems = multitool_validate(&tool, &file);
    assert!(
        problems.iter().any(|p| p.contains("GH2012")),
        "{problems:#?}"
    );
}

/// With an absolute `base_url` and no `--docs-url`, the rules link to the
/// check reference that `stele build` publishes on the translators' index
/// page, at an anchor that page has for every rule.
#[test]
fn help_uris_default_to_the_sites_published_check_reference() {
    // The demo's stele.toml: base_url = "https://stele.example/".
    let (_, v) = report(&repo(), "sarif", &[]);
    let out = tempfile::tempdir().expect("tempdir");
    common::cli::build_site(&repo(), out.path());
    let page =
        std::fs::read_to_string(out.path().join("_translation/index.html")).expect("index page");
    let base = "https://stele.example/_translation/";
    let driver = &v["runs"][0]["tool"]["driver"];
    assert_eq!(driver["informationUri"], base);
    for r in driver["rules"].as_array().expect("rules") {
        let id = r["id"].as_str().expect("id");
        assert_eq!(r["helpUri"], format!("{base}#{id}"));
        assert!(
            page.contains(&format!("<dt id=\"{id}\">")),
            "the published reference has no anchor for {id}"
        );
    }
    // `--docs-url` still wins.
    let (_, v) = report(&repo(), "sarif", &["--docs-url", "https://x.example/c.md"]);
    let rule = &v["runs"][0]["tool"]["driver"]["rules"][0];
    let id = rule["id"].as_str().expect("id");
    assert_eq!(rule["helpUri"], format!("https://x.example/c.md#{id}"));
}

/// The rules' `helpUri` points only where the user says the reference is
/// published (`--docs-url`, or the site's `base_url`), at an anchor that
/// `docs/check.md` has; without either there is no `helpUri` (no made-up
/// address) and the help names the shipped file.
#[test]
fn help_uris_point_at_the_shipped_check_reference() {
    let docs = std::fs::read_to_string(repo().join("docs/check.md")).expect("docs/check.md");
    let dir = basic_with_unused_suppression();
    let (_, plain) = report(dir.path(), "sarif", &[]);
    let driver = &plain["runs"][0]["tool"]["driver"];
    assert_eq!(driver["informationUri"], "docs/check.md");
    for r in driver["rules"].as_array().expect("rules") {
        assert!(r.get("helpUri").is_none(), "{r}");
        let md = r["help"]["markdown"].as_str().expect("help");
        assert!(md.contains("docs/check.md"), "{md}");
    }
    let base = "https://docs.example.org/stele/check.md";
    let (_, linked) = report(dir.path(), "sarif", &["--docs-url", base]);
    let driver = &linked["runs"][0]["tool"]["driver"];
    assert_eq!(driver["informationUri"], base);
    let rules = driver["rules"].as_array().expect("rules");
    assert!(rules.len() >= 15);
    for r in rules {
        let id = r["id"].as_str().expect("id");
        assert_eq!(r["helpUri"], format!("{base}#{id}"));
        assert!(
            docs.contains(&format!("<a id=\"{id}\"></a>")),
            "docs/check.md has no anchor for {id}"
        );
    }
}
