//! `stele check` on the enterprise corpus (60 articles × 5 locales).
//! Target: under 300 ms on 2 cores in a release build.
//!
//! `check/pathological`: inputs that were quadratic or worse (issue 13): a
//! 2,000-deep indented list, 1,000 nested list items on one line over
//! 100 KB of text, and a 1 MB segment identical in both languages. They
//! need no corpus.
//!
//! Run with `cargo bench --bench check`. Skips (with a message) when
//! `../shared/corpus/enterprise` is not there.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::time::Duration;

/// A site with `md` as the English article and `de` as its translation.
fn site(en: &str, de: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (l, text) in [("en", en), ("de", de)] {
        let d = dir.path().join("content").join(l);
        std::fs::create_dir_all(&d).expect("mkdir");
        std::fs::write(d.join("a.md"), text).expect("write");
    }
    dir
}

fn pathological(c: &mut Criterion) {
    let head = "---\ntitle: T\n---\n# T\n\n";
    let nested: String = (0..2000)
        .map(|d| format!("{}- item {d}\n", "  ".repeat(d)))
        .collect();
    let dashes = format!("{}{}\n", "- ".repeat(1000), "word ".repeat(20_000));
    let words = "Server connection mail flow rule ".repeat(30_000);
    let seg = format!(
        "<span data-ttu-id=\"a-101\">{words}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-101\">{words}</span></span>"
    );
    let cases = [
        (
            "2000-deep list",
            site(&format!("{head}{nested}"), &format!("{head}{nested}")),
        ),
        (
            "1000 dashes",
            site(&format!("{head}{dashes}"), &format!("{head}{dashes}")),
        ),
        (
            "1 MB segment",
            site(&format!("{head}{words}\n"), &format!("{head}{seg}\n")),
        ),
    ];
    let mut g = c.benchmark_group("check/pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, dir) in &cases {
        let opts = stele::check::Options {
            root: dir.path().to_path_buf(),
            langs: Vec::new(),
        };
        g.bench_function(*name, |b| {
            b.iter(|| stele::check::run(&opts).expect("check runs").findings.len())
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/enterprise");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is not here", corpus.display());
        return;
    }
    // The corpus is a bare content folder: give it a site root.
    let site = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(&corpus, site.path().join("content")).expect("symlink");
    let opts = stele::check::Options {
        root: site.path().to_path_buf(),
        langs: Vec::new(),
    };
    let mut g = c.benchmark_group("check");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("enterprise", |b| {
        b.iter(|| {
            let r = stele::check::run(&opts).expect("check runs");
            assert!(r.articles.len() >= 60);
            r.findings.len()
        })
    });
    g.bench_function("plain-vs-marked accuracy", |b| {
        b.iter(|| stele::align::accuracy::plain_vs_marked(&corpus.join("../plain-vs-marked")))
    });
    g.finish();
}

criterion_group!(benches, pathological, bench);
criterion_main!(benches);
