//! `stele lookup` on the demo, and policy validation through `stele build`.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

#[allow(dead_code)]
mod common;

use common::cli::{repo, stele_output as stele};

fn lookup(args: &[&str]) -> Output {
    let root = repo();
    let mut all = vec!["lookup", "--root", root.to_str().unwrap()];
    all.extend_from_slice(args);
    stele(&all)
}

#[test]
fn german_json_for_550_5_7_750() {
    let o = lookup(&["550 5.7.750", "--lang", "de", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(v["code"], "5.7.750");
    assert_eq!(v["basic"], "550");
    let m = &v["matches"][0];
    assert_eq!(m["rule"], "unregistered-domains");
    assert!(
        m["title"]
            .as_str()
            .unwrap()
            .contains("nicht registrierten Domänen"),
        "{m}"
    );
    assert_eq!(
        m["url"],
        "de/error-code-5-7-7xx/#57750-unregistered-domain-email-restriction-what-you-need-to-know"
    );
    assert!(m["steps"].as_array().unwrap().len() >= 3);
    assert_eq!(m["question"]["id"], "hybrid");
}

#[test]
fn answers_text_output_and_stdin() {
    let o = lookup(&["550 5.7.750", "--lang", "de", "--answer", "hybrid=yes"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("550 5.7.750"), "{out}");
    assert!(out.contains("Hybridumgebung"), "{out}");
    assert!(out.contains("(x) --answer hybrid=yes"), "{out}");
    assert!(
        out.contains(
            "https://stele.example/de/error-code-5-7-7xx/#problems-with-unregistered-domains"
        ),
        "{out}"
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args([
            "lookup",
            "-",
            "--root",
            repo().to_str().unwrap(),
            "--format",
            "json",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold'",
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["matches"][0]["rule"], "tenant-over-threshold");
}

#[test]
fn exit_codes_follow_grep() {
    let o = lookup(&["no code in here", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["code"].is_null());
    assert!(v["message"].is_string());
    // A code no rule covers still answers (generic meaning), exit 0.
    assert_eq!(lookup(&["4.9.9"]).status.code(), Some(0));
    // A partial code lists candidates, exit 0.
    assert_eq!(lookup(&["5.7.7"]).status.code(), Some(0));
    // A broken site is exit 2.
    let tmp = tempfile::tempdir().unwrap();
    let o = stele(&["lookup", "5.7.1", "--root", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn bad_policies_fail_the_build_with_locations() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "content/en/a.md", "# A {#top}\n\nText.\n");
    write(
        root,
        "locales/en/policies.ftl",
        "p-ok = Fine\n    .meaning = It is fine.\np-no-meaning = Title only\n",
    );
    write(
        root,
        "content/policies/p.toml",
        r#"article = "a"

[[rule]]
id = "one"
codes = "5.7.1"
message = "p-ok"
anchor = "top"

[[rule]]
id = "two"
codes = "5.7.1"
message = "p-ok"

[[rule]]
id = "three"
codes = "5.7.2"
message = "p-missing"

[[rule]]
id = "four"
codes = "5.7.3"
message = "p-ok"
anchor = "nowhere"

[[rule]]
id = "five"
codes = "5.7.4"
message = "p-ok"
article = "b"

[[rule]]
id = "six"
codes = "5.7.7508"
message = "p-no-meaning"
"#,
    );
    let out = root.join("public");
    let o = stele(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    for (code, at) in [
        ("overlapping-rules", "p.toml:10:1"),
        ("unknown-message", "p.toml:17:11"),
        ("unknown-anchor", "p.toml:23:10"),
        ("unknown-article", "p.toml:29:11"),
        ("invalid-code", "p.toml:33:9"),
        ("unknown-message", "p.toml:34:11"),
    ] {
        assert!(
            err.contains(&format!("error[{code}]")),
            "no {code} in:\n{err}"
        );
        assert!(
            err.contains(&format!("content/policies/{at}")),
            "no {at} in:\n{err}"
        );
    }
    assert!(!out.exists(), "no output after errors");
}

#[test]
fn build_writes_the_errors_page_and_the_runtime() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = stele(&[
        "build",
        "--root",
        repo().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for tag in ["en", "de", "zh", "it", "ja"] {
        let page = std::fs::read_to_string(out.join(tag).join("errors/index.html")).unwrap();
        assert!(page.contains("data-lookup"));
        assert!(
            page.contains("5.7.750"),
            "{tag} errors page lists the codes"
        );
        assert!(out.join(format!("_stele/lookup-{tag}.js")).is_file());
    }
    let article = std::fs::read_to_string(out.join("de/error-code-5-7-7xx/index.html")).unwrap();
    assert!(
        article.contains("id=\"lookup-q\""),
        "header lookup box on every page"
    );
    assert!(article.contains("_stele/lookup.js"));
    assert!(!article.contains("<script>"), "no inline scripts");
    let wasm = std::fs::read(out.join("_stele/lookup.wasm")).unwrap();
    assert_eq!(&wasm[..4], b"\0asm");
    let js = std::fs::read_to_string(out.join("_stele/lookup-wasm.js")).unwrap();
    assert!(js.starts_with("(window.SteleLookup=window.SteleLookup||{}).wasm=\"AGFzbQ"));
}

/// Message id -> (title, attribute names) for one locale's
/// `policies.ftl`, failing the test on any Fluent syntax error.
type Messages =
    std::collections::BTreeMap<String, (Option<String>, std::collections::BTreeSet<String>)>;

fn policy_messages(lang: &str) -> Messages {
    use fluent_syntax::ast::{Entry, PatternElement};
    let path = repo().join("locales").join(lang).join("policies.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let res = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{}: Fluent syntax errors: {errs:?}", path.display()),
    };
    let mut out = Messages::new();
    for e in res.body {
        match e {
            Entry::Message(m) => {
                let value = m.value.map(|p| {
                    p.elements
                        .iter()
                        .map(|el| match el {
                            PatternElement::TextElement { value } => value.to_string(),
                            PatternElement::Placeable { .. } => "{}".to_string(),
                        })
                        .collect::<String>()
                });
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), (value, attrs)).is_none(),
                    "{}: `{id}` is defined twice",
                    path.display()
                );
            }
            Entry::Junk { content } => panic!("{}: junk: {content}", path.display()),
            _ => {}
        }
    }
    out
}

/// Every built-in locale (each folder of `locales/` with UI strings)
/// explains every rule itself: each message of the source locale (the
/// build already checks that every message and attribute a policy names
/// exists there) exists in it with a title and every attribute, so no
/// text of the lookup falls back to English. A title equal to the English
/// one fails too: it is a copy pasted untranslated. The policy pack ships
/// each of these files.
#[test]
fn built_in_locales_translate_every_rule() {
    let en = policy_messages("en");
    assert!(en.len() > 60, "the source locale lists the rules");
    let mut missing = Vec::new();
    let mut langs: Vec<String> = std::fs::read_dir(repo().join("locales"))
        .expect("locales/")
        .flatten()
        .filter(|e| e.path().join("ui.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|l| l != "en")
        .collect();
    langs.sort();
    assert!(langs.len() >= 11, "{langs:?}");
    for lang in &langs {
        let lang = lang.as_str();
        let in_pack = format!("locales/{lang}/policies.ftl");
        if !stele::policy::pack::EXCHANGE_ONLINE
            .iter()
            .any(|(path, _)| *path == in_pack)
        {
            missing.push(format!("{lang}: not in the policy pack"));
        }
        let tr = policy_messages(lang);
        for (id, (value, attrs)) in &en {
            let Some((tv, tattrs)) = tr.get(id) else {
                missing.push(format!("{lang}: message `{id}`"));
                continue;
            };
            if tv.is_none() || tv == value {
                missing.push(format!("{lang}: title of `{id}` is missing or English"));
            }
            for a in attrs.difference(tattrs) {
                missing.push(format!("{lang}: `{id}.{a}`"));
            }
            for a in tattrs.difference(attrs) {
                missing.push(format!("{lang}: `{id}.{a}` is not in English"));
            }
        }
        for id in tr.keys().filter(|id| !en.contains_key(*id)) {
            missing.push(format!("{lang}: `{id}` is not in English"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts fall back to English:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// The JSON says which language each answer's texts are in: the page's
/// where the locale has them, the fallback's where it does not (a French
/// locale whose site translated no policy text).
#[test]
fn texts_that_fall_back_say_their_language() {
    let o = lookup(&["--format", "json", "--lang", "de", "550 5.7.750"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["lang"], "de");
    assert_eq!(v["matches"][0]["text_lang"], "de", "{v}");

    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path();
    for (rel, text) in [
        ("content/en/a.md", "# A\n\nText.\n"),
        ("content/fr/a.md", "# A\n\nTexte.\n"),
        (
            "content/policies/p.toml",
            "article = \"a\"\n[[rule]]\nid = \"r\"\ncodes = \"5.7.701\"\nmessage = \"r1\"\n",
        ),
        (
            "locales/en/policies.ftl",
            "r1 = Blocked\n    .meaning = Your tenant is blocked.\n",
        ),
    ] {
        std::fs::create_dir_all(site.join(rel).parent().unwrap()).unwrap();
        std::fs::write(site.join(rel), text).unwrap();
    }
    let root = site.to_str().unwrap();
    let o = stele(&[
        "lookup", "--root", root, "--lang", "fr", "--format", "json", "5.7.701",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["lang"], "fr", "{v}");
    assert_eq!(v["matches"][0]["meaning"], "Your tenant is blocked.", "{v}");
    assert_eq!(v["matches"][0]["text_lang"], "en", "{v}");
    let o = stele(&[
        "lookup", "--root", root, "--lang", "en", "--format", "json", "5.7.701",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["matches"][0]["text_lang"], "en", "{v}");
}
