//! End to end in headless Chromium, from `file://`: the German demo page's
//! header lookup box explains a pasted German bounce message for 5.7.750
//! in German with steps, and a follow-up answer refines it.
//!
//! Skipped (loudly) when Chromium is missing, unless `CI` or
//! `STELE_REQUIRE_BROWSER` is set.

mod common;

use common::cli::build_site;
use common::lookup::{repo, GERMAN_BOUNCE_750};
#[path = "support/chrome.rs"]
mod chrome;

use chrome::{click, open_file, type_into, wait_for, wait_prop, wait_texts};

/// A browser with a fresh profile in `tmp` that asks for `lang` pages.
fn browser(
    chromium: &std::path::Path,
    tmp: &std::path::Path,
    lang: &str,
) -> headless_chrome::Browser {
    let profile = tmp.join("profile");
    std::fs::create_dir_all(&profile).expect("profile");
    chrome::launch(chromium, &profile, lang)
}

#[test]
fn german_bounce_is_explained_from_file_url() {
    let Some(chromium) = chrome::required_chromium("tests/lookup_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    build_site(&repo(), &out);
    let browser = browser(&chromium, tmp.path(), "en");
    let tab = browser.new_tab().expect("tab");
    open_file(&tab, &out.join("de/error-code-5-7-7xx/index.html"));

    // Paste the whole German bounce message into the header box.
    type_into(&tab, "#lookup-q", GERMAN_BOUNCE_750);
    let title = wait_prop(
        &tab,
        "#lookup-results .lookup-match h2",
        "textContent",
        "the German explanation",
    );
    assert!(title.contains("nicht registrierten Domänen"), "{title}");
    assert!(title.contains("5.7.750"), "{title}");
    let steps_sel = "#lookup-results .lookup-match:first-of-type .lookup-steps li";
    let steps = wait_texts(&tab, steps_sel, "the steps");
    assert!(steps.lines().count() >= 3, "{steps}");
    assert!(steps.contains("akzeptierte Domäne"), "{steps}");
    let meaning = wait_prop(
        &tab,
        "#lookup-results .lookup-meaning",
        "textContent",
        "meaning",
    );
    assert!(meaning.contains("Ihre Organisation"), "{meaning}");
    let link = wait_prop(
        &tab,
        "#lookup-results .lookup-article",
        "href",
        "the article link",
    );
    assert!(link.ends_with("de/error-code-5-7-7xx/index.html#57750-unregistered-domain-email-restriction-what-you-need-to-know"), "{link}");

    // The steps are a checklist.
    click(&tab, "#lookup-results .lookup-steps input[type=checkbox]");
    let ticked = wait_for(
        &tab,
        "String(document.querySelectorAll('#lookup-results .lookup-steps input:checked').length)",
        "a ticked step",
    );
    assert_eq!(ticked, "1");

    // Answer the follow-up question: a hybrid setup.
    let question = wait_prop(
        &tab,
        "#lookup-results .lookup-question legend",
        "textContent",
        "the question",
    );
    assert!(question.contains("lokalen"), "{question}");
    click(
        &tab,
        "#lookup-results .lookup-match:first-of-type input[type=radio][value=yes]",
    );
    let refined = wait_for(
        &tab,
        "(function(){var h=document.querySelector('#lookup-results .lookup-match h2');return h&&h.textContent.indexOf('Hybridumgebung')>=0?h.textContent:''})()",
        "the refined answer",
    );
    assert!(refined.contains("Hybridumgebung"), "{refined}");
    let steps = wait_texts(&tab, steps_sel, "the refined steps");
    assert!(steps.contains("lokalen Server"), "{steps}");
    let checked = wait_prop(
        &tab,
        "#lookup-results input[type=radio]:checked",
        "value",
        "the chosen answer",
    );
    assert_eq!(checked, "yes");

    // Keyboard: Escape closes the panel.
    click(&tab, "#lookup-q");
    tab.press_key("Escape").expect("escape");
    let hidden = wait_for(
        &tab,
        "String(document.getElementById('lookup-results').hidden)",
        "hidden",
    );
    assert_eq!(hidden, "true");
}

/// A French page of a site that translated no policy text: the answer's
/// texts carry `lang="en"` and a note says they are not translated; the
/// rule's external page (`url`, the site lacks the article) is linked as
/// written, not under the site's root.
#[test]
fn untranslated_answers_say_so_and_external_pages_link_out() {
    let Some(chromium) = chrome::required_chromium("tests/lookup_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let site = tmp.path().join("site");
    for (rel, text) in [
        ("content/en/a.md", "# A\n\nText.\n"),
        ("content/fr/a.md", "# A\n\nTexte.\n"),
        (
            "content/policies/p.toml",
            "[[rule]]\nid = \"r\"\ncodes = \"5.7.701\"\nmessage = \"r1\"\narticle = \"gone\"\nurl = \"https://example.org/r1\"\n",
        ),
        (
            "locales/en/policies.ftl",
            "r1 = Blocked tenant\n    .meaning = Your tenant is blocked.\n",
        ),
    ] {
        let path = site.join(rel);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let out = tmp.path().join("public");
    build_site(&site, &out);
    let browser = browser(&chromium, tmp.path(), "fr");
    let tab = browser.new_tab().expect("tab");
    open_file(&tab, &out.join("fr/a/index.html"));
    type_into(&tab, "#lookup-q", "550 5.7.701");
    let meaning_lang = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-meaning')||{getAttribute(){return ''}}).getAttribute('lang')||''",
        "the meaning's lang",
    );
    assert_eq!(meaning_lang, "en");
    let note = wait_prop(
        &tab,
        "#lookup-results .lookup-text-other",
        "textContent",
        "the not-translated note",
    );
    assert!(note.contains("traduit"), "in French: {note}");
    let link = wait_prop(
        &tab,
        "#lookup-results .lookup-article",
        "href",
        "the external link",
    );
    assert_eq!(link, "https://example.org/r1");
}
