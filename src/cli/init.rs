//! `stele init DIR`: a new site that builds straight away, with one article
//! in English and its German translation in bilingual markup, so that a new
//! user sees every feature on their own content from the first build, and
//! the Exchange Online policy pack, so that its lookup answers bounce codes
//! from the start. `stele init --policies DIR` adds only the pack.

use std::io;
use std::path::Path;

const CONFIG: &str = r#"# Stele site configuration. Every key is optional.
title = "My help center"
# The URL the site is published at (used by sitemap.xml and the 404 page).
# base_url = "https://example.org/help/"
source_locale = "en"
"#;

const EN: &str = r#"---
title: Getting started
description: Your first article.
---
# <a name="getting-started"></a>Getting started

Welcome to your new help center. Each folder in `content/` is a locale, and the same file name in two locales is the same article.

> [!TIP]
> Run `stele build` and open `public/index.html`.
"#;

const DE: &str = r#"---
title: Erste Schritte
description: Ihr erster Artikel.
---
# <a name="getting-started"></a><span data-ttu-id="a1b2c-101">Erste Schritte</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">Getting started</span></span>

<span data-ttu-id="a1b2c-102">Willkommen in Ihrem neuen Hilfe-Center.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-102">Welcome to your new help center.</span></span> <span data-ttu-id="a1b2c-103">Jeder Ordner in `content/` ist ein Gebietsschema, und derselbe Dateiname in zwei Gebietsschemas ist derselbe Artikel.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-103">Each folder in `content/` is a locale, and the same file name in two locales is the same article.</span></span>

> [!TIP]
> <span data-ttu-id="a1b2c-104">Führen Sie `stele build` aus, und öffnen Sie `public/index.html`.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-104">Run `stele build` and open `public/index.html`.</span></span>
"#;

const TEMPLATES_README: &str = "Put tera templates here to override Stele's built-in ones by file name\n(base.html, page.html, home.html, root.html, 404.html), and CSS or JS in\nassets/ to override stele.css and stele.js.\n";

const LOCALES_README: &str = "Put Fluent files here as locales/<locale>/*.ftl to add UI languages or\noverride single messages of the built-in ones (en, de, zh, it, ja).\n";

/// Creates the scaffold; refuses to touch a folder that has files in it.
pub(super) fn init(dir: &Path) -> io::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{} already exists and is not empty; choose a new folder",
                dir.display()
            ),
        ));
    }
    let files: [(&str, &str); 5] = [
        ("stele.toml", CONFIG),
        ("content/en/getting-started.md", EN),
        ("content/de/getting-started.md", DE),
        ("templates/README.txt", TEMPLATES_README),
        ("locales/README.txt", LOCALES_README),
    ];
    for (rel, text) in files {
        crate::util::write_file(dir, rel, text.as_bytes())?;
    }
    std::fs::write(dir.join(".gitignore"), "/public\n/.stele\n")?;
    add_policies(dir)
}

/// Writes the Exchange Online policy pack ([`crate::policy::pack`]) into
/// the site at `dir`; refuses, before writing anything, when one of its
/// files is there already (the site's own edits are never overwritten).
pub(super) fn add_policies(dir: &Path) -> io::Result<()> {
    let pack = crate::policy::pack::EXCHANGE_ONLINE;
    if let Some((rel, _)) = pack.iter().find(|(rel, _)| dir.join(rel).exists()) {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{} already exists; the pack was not added (move the site's own file away first)",
                dir.join(rel).display()
            ),
        ));
    }
    for (rel, text) in pack {
        crate::util::write_file(dir, rel, text.as_bytes())?;
    }
    Ok(())
}
