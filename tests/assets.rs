//! Files of `content/<locale>/` other than markdown are untrusted: an asset
//! that would replace a generated page is an error, active content (HTML,
//! SVG, scripts, XML with script) is refused unless `stele.toml` allows
//! it, and symlinks that leave the site root are not followed.

use std::path::Path;
use std::process::Output;

mod common;
use common::cli::build_output as build;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(p, text).expect("write");
}

/// A two-locale site with one article.
fn site(root: &Path) {
    write(root, "content/en/a.md", "---\ntitle: A\n---\n\nHello.\n");
    write(root, "content/de/a.md", "---\ntitle: A de\n---\n\nHallo.\n");
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn an_asset_that_would_replace_a_page_is_an_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("site");
    site(&root);
    // Trusted active content, so that only the collisions are in question.
    write(&root, "stele.toml", "[build]\nallow_active_assets = true\n");
    write(&root, "content/de/index.html", "<h1>not the home page</h1>");
    write(
        &root,
        "content/de/search/index.html",
        "<h1>not the search page</h1>",
    );
    // A file where the article's folder must be.
    write(&root, "content/de/a", "a file named like the article");
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for (file, page) in [
        ("content/de/index.html", "`de/index.html`"),
        ("content/de/search/index.html", "`de/search/index.html`"),
        ("content/de/a", "`de/a/index.html`"),
    ] {
        let line = err
            .lines()
            .find(|l| l.starts_with(&format!("{file}: error[asset-collision]")))
            .unwrap_or_else(|| panic!("no collision reported for {file}:\n{err}"));
        assert!(line.contains(page), "{line}");
    }
    assert!(!out.exists(), "a failed build published a site");
    // Elsewhere the same files are fine.
    std::fs::rename(
        root.join("content/de/index.html"),
        root.join("content/de/intro.html"),
    )
    .expect("rename");
    std::fs::remove_dir_all(root.join("content/de/search")).expect("rm");
    std::fs::rename(root.join("content/de/a"), root.join("content/de/a.txt")).expect("rename");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(out.join("de/index.html"))
        .expect("home")
        .contains("<html"));
    assert!(out.join("de/intro.html").is_file());
}

#[test]
fn active_assets_are_refused_unless_allowed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("site");
    site(&root);
    let active = [
        ("content/de/page.html", "<script>alert(1)</script>"),
        ("content/de/OLD.HTM", "<p>x</p>"),
        (
            "content/de/pic.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        ),
        ("content/de/app.js", "alert(1)"),
        (
            "content/de/doc.xhtml",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
        ),
        (
            "content/de/feed.xml",
            "<a><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></a>",
        ),
        (
            "content/de/styled.xml",
            "<?xml-stylesheet type=\"text/xsl\" href=\"s.xsl\"?><a/>",
        ),
    ];
    for (rel, text) in active {
        write(&root, rel, text);
    }
    // Passive files stay allowed.
    write(
        &root,
        "content/de/data.xml",
        "<?xml version=\"1.0\"?><rows><row>1</row></rows>",
    );
    write(&root, "content/de/pic.png", "not really a png");
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for (rel, _) in active {
        assert!(
            err.contains(&format!("{rel}: error[active-asset]")),
            "{rel} was not refused:\n{err}"
        );
    }
    for rel in ["content/de/data.xml", "content/de/pic.png"] {
        assert!(!err.contains(&format!("{rel}: error")), "{rel}:\n{err}");
    }
    assert!(!out.exists(), "a failed build published a site");

    // Trusted by the site's configuration: copied as they are.
    write(&root, "stele.toml", "[build]\nallow_active_assets = true\n");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    for (rel, text) in active {
        let dest = out.join(rel.trim_start_matches("content/"));
        assert_eq!(std::fs::read_to_string(&dest).expect("copied"), text);
    }
    assert!(out.join("de/data.xml").is_file() && out.join("de/pic.png").is_file());
}

#[cfg(unix)]
#[test]
fn symlinks_that_leave_the_site_are_not_followed() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("site");
    let outside = tmp.path().join("home");
    site(&root);
    write(
        &outside,
        "secret.md",
        "---\ntitle: Secret\n---\n\nSECRET-ARTICLE\n",
    );
    write(&outside, "secret.png", "SECRET-IMAGE");
    write(&outside, "secret.txt", "SECRET-STATIC");
    write(
        &outside,
        "fr/a.md",
        "---\ntitle: A fr\n---\n\nSECRET-LOCALE\n",
    );
    write(&outside, "inc/x.md", "SECRET-INCLUDE\n");
    write(&root, "shared/ok.png", "INSIDE-IMAGE");
    write(&root, "static/robots.txt", "User-agent: *\n");
    let links = [
        (outside.join("fr"), "content/fr"),
        (outside.join("secret.md"), "content/de/leak.md"),
        (outside.join("secret.png"), "content/de/leak.png"),
        (outside.join("inc"), "content/de/includes"),
        (outside.join("secret.txt"), "static/leak.txt"),
    ];
    for (target, link) in &links {
        symlink(target, root.join(link)).expect("symlink");
    }
    // A link that stays inside the site is followed.
    symlink(root.join("shared/ok.png"), root.join("content/de/ok.png")).expect("symlink");
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    for (_, link) in &links {
        assert!(
            err.contains(&format!("{link}: warning[symlink-outside]")),
            "no warning names {link}:\n{err}"
        );
    }
    assert!(!out.join("fr").exists(), "the linked locale was published");
    for e in walkdir::WalkDir::new(&out).into_iter().flatten() {
        if e.file_type().is_file() {
            let bytes = std::fs::read(e.path()).expect("read");
            assert!(
                !String::from_utf8_lossy(&bytes).contains("SECRET-"),
                "{} holds a file from outside the site",
                e.path().display()
            );
        }
    }
    assert_eq!(
        std::fs::read_to_string(out.join("de/ok.png")).expect("ok.png"),
        "INSIDE-IMAGE"
    );
    assert!(out.join("robots.txt").is_file());
}
