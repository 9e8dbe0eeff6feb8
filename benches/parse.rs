//! Parses the whole enterprise corpus (`../shared/corpus/enterprise`, every
//! locale) with `decode` + `parse`; throughput is in bytes of markdown.
//!
//! `cargo bench --bench parse`. Without `../shared/corpus` it prints a
//! message and measures nothing.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn corpus() -> Option<Vec<(PathBuf, Vec<u8>)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/enterprise");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpus not found");
        return None;
    }
    let mut files: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("read corpus file");
            (e.into_path(), bytes)
        })
        .collect();
    files.sort();
    Some(files)
}

fn parse_corpus(c: &mut Criterion) {
    let Some(files) = corpus() else { return };
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g.bench_function(
        format!("enterprise ({} files, {} KiB)", files.len(), bytes / 1024),
        |b| {
            b.iter(|| {
                let mut segments = 0;
                for (path, bytes) in &files {
                    let text = stele::markup::decode(path, bytes).expect("utf-8");
                    let doc = stele::markup::parse(path, black_box(&text));
                    segments += doc.segments.len();
                }
                black_box(segments)
            })
        },
    );
    g.finish();
}

criterion_group!(benches, parse_corpus);
criterion_main!(benches);
