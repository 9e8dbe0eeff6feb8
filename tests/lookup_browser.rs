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

use chrome::wait_for;
use headless_chrome::protocol::cdp::Input;

#[test]
fn german_bounce_is_explained_from_file_url() {
    let Some(chrome) = chrome::required_chromium("tests/lookup_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_site(&repo(), &out);
    let profile = tmp.path().join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let browser = chrome::launch(&chrome, &profile, "en");
    let tab = browser.new_tab().unwrap();
    let page = out.join("de/error-code-5-7-7xx/index.html");
    let url = format!("file://{}", page.display());
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();

    // Paste the whole German bounce message into the header box.
    let input = tab.wait_for_element("#lookup-q").unwrap();
    input.click().unwrap();
    tab.call_method(Input::InsertText {
        text: GERMAN_BOUNCE_750.to_string(),
    })
    .unwrap();
    let title = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-match h2')||{}).textContent||''",
        "the German explanation",
    );
    assert!(title.contains("nicht registrierten Domänen"), "{title}");
    assert!(title.contains("5.7.750"), "{title}");
    let steps = wait_for(
        &tab,
        "Array.from(document.querySelectorAll('#lookup-results .lookup-match:first-of-type .lookup-steps li')).map(l=>l.textContent).join('\\n')",
        "the steps",
    );
    assert!(steps.lines().count() >= 3, "{steps}");
    assert!(steps.contains("akzeptierte Domäne"), "{steps}");
    let meaning = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-meaning')||{}).textContent||''",
        "meaning",
    );
    assert!(meaning.contains("Ihre Organisation"), "{meaning}");
    let link = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-article')||{}).href||''",
        "the article link",
    );
    assert!(link.ends_with("de/error-code-5-7-7xx/index.html#57750-unregistered-domain-email-restriction-what-you-need-to-know"), "{link}");

    // The steps are a checklist.
    tab.find_element("#lookup-results .lookup-steps input[type=checkbox]")
        .unwrap()
        .click()
        .unwrap();
    let ticked = wait_for(
        &tab,
        "String(document.querySelectorAll('#lookup-results .lookup-steps input:checked').length)",
        "a ticked step",
    );
    assert_eq!(ticked, "1");

    // Answer the follow-up question: a hybrid setup.
    let question = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-question legend')||{}).textContent||''",
        "the question",
    );
    assert!(question.contains("lokalen"), "{question}");
    tab.find_element("#lookup-results .lookup-match:first-of-type input[type=radio][value=yes]")
        .unwrap()
        .click()
        .unwrap();
    let refined = wait_for(
        &tab,
        "(function(){var h=document.querySelector('#lookup-results .lookup-match h2');return h&&h.textContent.indexOf('Hybridumgebung')>=0?h.textContent:''})()",
        "the refined answer",
    );
    assert!(refined.contains("Hybridumgebung"), "{refined}");
    let steps = wait_for(
        &tab,
        "Array.from(document.querySelectorAll('#lookup-results .lookup-match:first-of-type .lookup-steps li')).map(l=>l.textContent).join('\\n')",
        "the refined steps",
    );
    assert!(steps.contains("lokalen Server"), "{steps}");
    let checked = wait_for(
        &tab,
        "(document.querySelector('#lookup-results input[type=radio]:checked')||{}).value||''",
        "the chosen answer",
    );
    assert_eq!(checked, "yes");

    // Keyboard: Escape closes the panel.
    tab.find_element("#lookup-q").unwrap().click().unwrap();
    tab.press_key("Escape").unwrap();
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
    let Some(chrome) = chrome::required_chromium("tests/lookup_browser.rs") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
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
        std::fs::create_dir_all(site.join(rel).parent().unwrap()).unwrap();
        std::fs::write(site.join(rel), text).unwrap();
    }
    let out = tmp.path().join("public");
    build_site(&site, &out);
    let profile = tmp.path().join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let browser = chrome::launch(&chrome, &profile, "fr");
    let tab = browser.new_tab().unwrap();
    let url = format!("file://{}", out.join("fr/a/index.html").display());
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let input = tab.wait_for_element("#lookup-q").unwrap();
    input.click().unwrap();
    tab.call_method(Input::InsertText {
        text: "550 5.7.701".to_string(),
    })
    .unwrap();
    let meaning_lang = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-meaning')||{getAttribute(){return ''}}).getAttribute('lang')||''",
        "the meaning's lang",
    );
    assert_eq!(meaning_lang, "en");
    let note = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-text-other')||{}).textContent||''",
        "the not-translated note",
    );
    assert!(note.contains("traduit"), "in French: {note}");
    let link = wait_for(
        &tab,
        "(document.querySelector('#lookup-results .lookup-article')||{}).href||''",
        "the external link",
    );
    assert_eq!(link, "https://example.org/r1");
}
