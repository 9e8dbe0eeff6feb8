//! The checks of issue 15's recall part, through the binary on a small
//! site: each with a true case (French, translated carelessly) and a false
//! case (German, translated well, with the constructs that look like
//! errors but are not: `die die`, `„…“`, `Enter`, a glossary term used).

use serde_json::Value;
use std::path::Path;
use std::process::Command;

#[allow(dead_code)]
mod common;

fn seg(id: u32, target: &str, english: &str) -> String {
    common::markup::seg(&format!("a1b2c-{id}"), target, english)
}

const EN: [&str; 8] = [
    "Latency",
    "Typical latency is 20 to 50ms for most users.",
    "Send mail to admin@contoso.com and open setup.exe from C:\\Certs on the server.",
    "Configure the VPN (see the overview) and press ENTER.",
    "Choose “Save” to keep the mailbox.",
    "Click here to read the data that the apps access.",
    "Store the backup in the mailbox.",
    "Use ad hoc sharing only.",
];

fn article(t: [&str; 8]) -> String {
    let mut body = format!("---\ntitle: A\n---\n\n# {}\n", seg(101, t[0], EN[0]));
    for (i, (tt, en)) in t.iter().zip(EN.iter()).enumerate().skip(1) {
        body.push_str(&format!("\n{}\n", seg(101 + i as u32, tt, en)));
    }
    body
}

fn site(dir: &Path, toml: &str) {
    let mut en = format!("---\ntitle: A\n---\n\n# {}\n", EN[0]);
    for e in &EN[1..] {
        en.push_str(&format!("\n{e}\n"));
    }
    let fr = article([
        // Added final period.
        "Latence.",
        // A lost number: `50ms` became `MS`.
        "La latence typique est de 20 à MS pour la plupart des utilisateurs.",
        // E-mail, file name and path changed.
        "Envoyez un courrier à admin@contoso.fr et ouvrez setup. exe depuis C: \\ Certs sur le serveur.",
        // Doubled word, unclosed bracket, acronym case.
        "Configurez le le Vpn (voir la présentation et appuyez sur Entrée.",
        // Glossary: `mailbox` must be `boîte aux lettres`.
        "Choisissez « Enregistrer » pour conserver la mailbox.",
        "Cliquez ici pour lire les données auxquelles les applications accèdent.",
        "Stockez la sauvegarde dans la boîte aux lettres.",
        "Utilisez uniquement le partage ad hoc.",
    ]);
    let de = article([
        "Latenz",
        "Die typische Latenz beträgt für die meisten Benutzer 20 bis 50 ms.",
        "Senden Sie E-Mails an admin@contoso.com, und öffnen Sie setup.exe aus C:\\Certs auf dem Server.",
        "Konfigurieren Sie das VPN (siehe Übersicht), und drücken Sie Enter.",
        "Wählen Sie „Speichern“, um das Postfach zu behalten.",
        // `die die` is German grammar; `hier klicken` breaks the custom rule.
        "Hier klicken, um die Daten zu lesen, auf die die Apps zugreifen.",
        "Speichern Sie die Sicherung im Postfach.",
        "Verwenden Sie nur Ad-hoc-Freigaben.",
    ]);
    for (tag, text) in [("en", en), ("fr", fr), ("de", de)] {
        std::fs::create_dir_all(dir.join("content").join(tag)).expect("mkdir");
        std::fs::write(dir.join("content").join(tag).join("a.md"), text).expect("write");
    }
    std::fs::write(
        dir.join("glossary.csv"),
        "en,de,fr\nmailbox,Postfach,boîte aux lettres\n",
    )
    .expect("glossary");
    std::fs::write(dir.join("stele.toml"), toml).expect("toml");
}

const TOML: &str = r#"[check]
glossary = "glossary.csv"

[[check.rule]]
name = "no-click-here"
pattern = "(?i)hier klicken"
locale = ["de"]
message = "link text that says nothing"
"#;

fn check(dir: &Path) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["check", "--format", "json", "--deny", "never", "--root"])
        .arg(dir)
        .output()
        .expect("run stele");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), v, stderr)
}

/// `(check, locale, segment, message)` of every finding.
fn found(v: &Value) -> Vec<(String, String, String, String)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("check"), s("locale"), s("segment"), s("message"))
        })
        .collect()
}

fn has(
    f: &[(String, String, String, String)],
    check: &str,
    locale: &str,
    seg: &str,
    msg: &str,
) -> bool {
    f.iter()
        .any(|(c, l, s, m)| c == check && l == locale && s == seg && m.contains(msg))
}

#[test]
fn each_new_check_finds_the_true_case_and_not_the_false_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path(), TOML);
    let (code, v, err) = check(dir.path());
    assert_eq!(code, 0, "{err}");
    let f = found(&v);
    let expect_fr = [
        ("punctuation", "101", "the translation ends with `.`"),
        ("protected-token", "102", "number `50`"),
        (
            "protected-token",
            "103",
            "e-mail address `admin@contoso.com`",
        ),
        ("protected-token", "103", "file name `setup.exe`"),
        ("protected-token", "103", "path `C:\\Certs`"),
        ("doubled-word", "104", "`le le`"),
        ("paired-punctuation", "104", "`(` is never closed"),
        ("acronym-case", "104", "`VPN` is written `Vpn`"),
        ("terminology", "105", "`mailbox`"),
    ];
    for (c, s, m) in expect_fr {
        assert!(has(&f, c, "fr", s, m), "fr {c} {s} {m}: {f:#?}");
    }
    assert!(
        has(&f, "custom-rule", "de", "106", "no-click-here"),
        "{f:#?}"
    );
    // The German translation is right, and `ad hoc` is not `AD`.
    let de: Vec<_> = f
        .iter()
        .filter(|(c, l, _, _)| l == "de" && c != "custom-rule")
        .collect();
    assert!(de.is_empty(), "{de:#?}");
    assert!(!f
        .iter()
        .any(|(c, l, s, _)| c == "acronym-case" && l == "fr" && s == "108"));
    // The rule is for `de` only, the glossary term is used in fr 107.
    assert!(!f.iter().any(|(c, l, _, _)| c == "custom-rule" && l == "fr"));
    assert!(!has(&f, "terminology", "fr", "107", ""));
    // Every check is in the summary and has a SARIF rule with help.
    for c in [
        "doubled-word",
        "paired-punctuation",
        "acronym-case",
        "terminology",
        "custom-rule",
    ] {
        assert!(v["summary"]["by_check"][c].is_u64(), "{c}");
    }
}

#[test]
fn an_invalid_regex_is_a_config_error_at_its_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(
        dir.path(),
        "[check]\n\n[[check.rule]]\nname = \"broken\"\npattern = \"(unclosed\"\nmessage = \"x\"\n",
    );
    let (code, _, err) = check(dir.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("stele.toml:5:"), "{err}");
    assert!(err.contains("invalid regular expression"), "{err}");
}

#[test]
fn a_missing_or_broken_glossary_is_an_input_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path(), "[check]\nglossary = \"nope.tbx\"\n");
    let (code, _, err) = check(dir.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nope.tbx"), "{err}");
    std::fs::write(
        dir.path().join("bad.tbx"),
        "<tbx>\n<conceptEntry>\n</tbx>\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("stele.toml"),
        "[check]\nglossary = \"bad.tbx\"\n",
    )
    .expect("toml");
    let (code, _, err) = check(dir.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.tbx:"), "{err}");
}

fn build(dir: &Path) -> (i32, String) {
    let out = common::cli::build_output(dir, &dir.join("public"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The translators' view of `stele build` reads the same glossary as
/// `stele check`: its `terminology` finding is in the article's view, and
/// a glossary that cannot be read fails the build as it fails the check.
#[test]
fn the_build_view_shows_terminology_findings_and_needs_a_readable_glossary() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path(), TOML);
    let (code, err) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let view = std::fs::read_to_string(dir.path().join("public/_translation/a/index.html"))
        .expect("the article's view");
    assert!(
        view.contains("glossary term") && view.contains("mailbox"),
        "no terminology finding in the view"
    );
    assert!(
        view.contains("terminology"),
        "the check's name is not shown"
    );

    std::fs::write(
        dir.path().join("stele.toml"),
        "[check]\nglossary = \"nope.tbx\"\n",
    )
    .expect("toml");
    // An error in the input: exit 1, as for any other (README).
    let (code, err) = build(dir.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nope.tbx"), "{err}");
}
