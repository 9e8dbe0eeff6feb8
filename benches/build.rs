//! A full `stele::build::build` of the enterprise corpus: a temporary site
//! whose `content/<locale>/` is a copy of `../shared/corpus/enterprise/<locale>/`
//! (5 locales, English as the source; `includes/` stays include-only; the
//! corpus has no `TOC.md`, so the home pages list the articles).
//!
//! `cargo bench --bench build`. Without `../shared/corpus` it prints a
//! message and measures nothing.

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::path::Path;
use std::time::Duration;
use stele::build::{build, BuildOptions};

const LOCALES: &[&str] = &["en", "de", "zh", "it", "ja"];

fn copy_tree(from: &Path, to: &Path) -> u64 {
    let mut bytes = 0;
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let rel = e.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else if e.file_type().is_file() {
            bytes += std::fs::copy(e.path(), &dest).unwrap();
        }
    }
    bytes
}

fn build_corpus(c: &mut Criterion) {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/enterprise");
    if !corpus.is_dir() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let mut bytes = 0;
    for l in LOCALES {
        bytes += copy_tree(&corpus.join(l), &root.join("content").join(l));
    }
    let quoted: Vec<String> = LOCALES.iter().map(|l| format!("\"{l}\"")).collect();
    std::fs::write(
        root.join("stele.toml"),
        format!(
            "title = \"Enterprise corpus\"\nbase_url = \"https://bench.example/\"\nsource_locale = \"en\"\nlocales = [{}]\n",
            quoted.join(", ")
        ),
    )
    .unwrap();
    let opts = BuildOptions {
        root: root.clone(),
        out: tmp.path().join("public"),
    };
    // One build up front: it must succeed, and it says what is measured.
    let report = build(&opts).expect("build");
    assert!(
        report.out.is_some(),
        "the enterprise corpus does not build: {}",
        report.summary()
    );
    eprintln!("{}", report.summary());

    let mut g = c.benchmark_group("build");
    g.throughput(Throughput::Bytes(bytes));
    // A build takes about a second: ten samples of one build each.
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(25));
    g.bench_function("enterprise (5 locales)", |b| {
        b.iter(|| {
            let report = build(&opts).expect("build");
            assert!(report.out.is_some());
            report
        })
    });
    g.finish();
}

criterion_group!(benches, build_corpus);
criterion_main!(benches);
