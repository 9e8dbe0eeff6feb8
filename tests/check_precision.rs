//! The false-alarm classes of the judged sample (`tests/precision.rs`) on a
//! small site of our own, so they are tested without `../shared`: nested
//! list items, image alt text translated without markup, names left in
//! English in most locales, and the true cases next to them.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn seg(id: u32, target: &str, english: &str) -> String {
    format!(
        "<span data-ttu-id=\"a1b2c-{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-{id}\">{english}</span></span>"
    )
}

const EN: [&str; 6] = [
    "**Data fetching**",
    "If multiple parts use the same data, utilize a common data layer.",
    "Alternatively, decouple these to a separate call that runs later.",
    "OneDrive for Business",
    "Click Save to keep your changes.",
    "Read the overview before you start.",
];

/// One translation: the six segments (a nested list, a name, two
/// sentences) and an image whose alt text is translated without markup.
fn article(t: [&str; 6], alt: &str) -> String {
    let s = |i: usize| seg(101 + i as u32, t[i], EN[i]);
    format!(
        "---\ntitle: A\n---\n\n# {}\n\n- {}\n  - {}\n  - {}\n\n![{alt}](media/settings.png)\n\n{}\n\n{}\n",
        s(5),
        s(0),
        s(1),
        s(2),
        s(3),
        s(4)
    )
}

fn site(dir: &Path) {
    let en = format!(
        "---\ntitle: A\n---\n\n# {}\n\n- {}\n  - {}\n  - {}\n\n![Screenshot of the settings page](media/settings.png)\n\n{}\n\n{}\n",
        EN[5], EN[0], EN[1], EN[2], EN[3], EN[4]
    );
    let locales: [(&str, [&str; 6], &str); 3] = [
        (
            "de",
            [
                "**Datenabruf**",
                "Wenn mehrere Teile dieselben Daten verwenden, nutzen Sie eine gemeinsame Datenschicht.",
                "Alternativ entkoppeln Sie diese in einen separaten Aufruf, der später ausgeführt wird.",
                "OneDrive for Business",
                // Left in English in de only: a true finding.
                "Click Save to keep your changes.",
                "Lesen Sie die Übersicht, bevor Sie beginnen.",
            ],
            "Screenshot der Einstellungsseite",
        ),
        (
            "fr",
            [
                "**Récupération des données**",
                "Si plusieurs parties utilisent les mêmes données, utilisez une couche de données commune.",
                "Vous pouvez aussi découpler ces éléments dans un appel distinct exécuté plus tard.",
                "OneDrive for Business",
                "Cliquez sur Enregistrer pour conserver vos modifications.",
                "Lisez la présentation avant de commencer.",
            ],
            "Capture d'écran de la page des paramètres",
        ),
        (
            "es",
            [
                "**Obtención de datos**",
                "Si varias partes usan los mismos datos, utilice una capa de datos común.",
                "Como alternativa, desacople estos elementos en una llamada independiente que se ejecute después.",
                "OneDrive for Business",
                "Haga clic en Guardar para conservar los cambios.",
                "Lea la introducción antes de empezar.",
            ],
            "Captura de pantalla de la página de configuración",
        ),
    ];
    std::fs::create_dir_all(dir.join("content/en")).expect("mkdir");
    std::fs::write(dir.join("content/en/a.md"), en).expect("en");
    for (tag, t, alt) in locales {
        std::fs::create_dir_all(dir.join("content").join(tag)).expect("mkdir");
        std::fs::write(dir.join("content").join(tag).join("a.md"), article(t, alt)).expect("write");
    }
}

fn check(dir: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_stele"))
        .args(["check", "--format", "json", "--deny", "never", "--root"])
        .arg(dir)
        .output()
        .expect("run stele");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

fn findings<'a>(v: &'a Value, check: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["check"] == check)
        .collect()
}

#[test]
fn nested_list_items_and_alt_text_are_not_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path());
    let v = check(dir.path());
    let missing = findings(&v, "missing-segment");
    assert!(missing.is_empty(), "{missing:#?}");
    for row in v["alignment"].as_array().expect("alignment") {
        assert_eq!(row["missing"], 0, "{row}");
    }
}

#[test]
fn a_missing_sentence_is_still_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path());
    // Drop the second nested item from the Spanish file.
    let es = dir.path().join("content/es/a.md");
    let text = std::fs::read_to_string(&es).expect("es");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("a1b2c-103")).collect();
    std::fs::write(&es, kept.join("\n")).expect("write");
    // And the image from the German one.
    let de = dir.path().join("content/de/a.md");
    let text = std::fs::read_to_string(&de).expect("de");
    std::fs::write(
        &de,
        text.replace(
            "![Screenshot der Einstellungsseite](media/settings.png)",
            "",
        ),
    )
    .expect("write");
    let v = check(dir.path());
    let missing = findings(&v, "missing-segment");
    assert!(
        missing
            .iter()
            .any(|f| f["locale"] == "es" && f["segment"] == "103"),
        "{missing:#?}"
    );
    assert!(
        missing
            .iter()
            .any(|f| f["locale"] == "de" && f["source"] == "Screenshot of the settings page"),
        "{missing:#?}"
    );
}

#[test]
fn names_kept_in_most_locales_are_not_untranslated() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path());
    let v = check(dir.path());
    let u = findings(&v, "untranslated");
    // "OneDrive for Business" stays English everywhere: a name.
    assert!(!u.iter().any(|f| f["segment"] == "104"), "{u:#?}");
    // "Click Save…" stayed English in de only: reported.
    assert!(
        u.iter()
            .any(|f| f["segment"] == "105" && f["locale"] == "de"),
        "{u:#?}"
    );
}

/// Two false-alarm classes of the second judged sample: a translated
/// caption that happens to contain a short segment's translation (here
/// `OneDrive for Business`) was taken for a block holding segments and its
/// unit called missing; and a caption the English file holds in German
/// (the source is wrong, not the translation) was called untranslated in
/// `de`.
#[test]
fn captions_with_segment_text_and_source_text_in_the_target_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    site(dir.path());
    let edit = |tag: &str, from: &str, to: &str| {
        let p = dir.path().join("content").join(tag).join("a.md");
        let text = std::fs::read_to_string(&p).expect("read");
        assert!(text.contains(from), "{tag}: {from}");
        std::fs::write(&p, text.replace(from, to)).expect("write");
    };
    let german =
        "![Screenshot der Freigabeeinstellungen für die Dateien des Teams](media/share.png)";
    edit(
        "en",
        "![Screenshot of the settings page](media/settings.png)",
        &format!("![Screenshot of the settings page](media/settings.png)\n\n{german}"),
    );
    edit(
        "de",
        "![Screenshot der Einstellungsseite](media/settings.png)",
        &format!("![Screenshot der Einstellungen von OneDrive for Business](media/settings.png)\n\n{german}"),
    );
    edit(
        "fr",
        "![Capture d'écran de la page des paramètres](media/settings.png)",
        "![Capture d'écran des paramètres de OneDrive for Business](media/settings.png)\n\n![Capture d'écran des paramètres de partage des fichiers de l'équipe](media/share.png)",
    );
    edit(
        "es",
        "![Captura de pantalla de la página de configuración](media/settings.png)",
        "![Captura de pantalla de la configuración de OneDrive for Business](media/settings.png)\n\n![Captura de pantalla de la configuración de uso compartido de los archivos del equipo](media/share.png)",
    );
    let v = check(dir.path());
    let missing = findings(&v, "missing-segment");
    assert!(missing.is_empty(), "{missing:#?}");
    let u = findings(&v, "untranslated");
    assert!(
        !u.iter()
            .any(|f| f["source"].as_str().is_some_and(|s| s.contains("Freigabe"))),
        "{u:#?}"
    );
    // The true finding next to them stays.
    assert!(
        u.iter()
            .any(|f| f["segment"] == "105" && f["locale"] == "de"),
        "{u:#?}"
    );
}
