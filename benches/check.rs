//! `stele check` on the enterprise corpus (60 articles × 5 locales).
//! Target: under 300 ms on 2 cores in a release build.
//!
//! Run with `cargo bench --bench check`. Skips (with a message) when
//! `../shared/corpus/enterprise` is not there.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::time::Duration;

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

criterion_group!(benches, bench);
criterion_main!(benches);
