//! Parses the real localized corpus in `../shared/corpus` and pins what the
//! parser finds there: no error diagnostics, no panic, the invariants of
//! `support/invariants.rs`, exact segment totals per corpus and per locale,
//! and block-structure equality between the marked and plain twins of
//! `plain-vs-marked/`.
//!
//! Without `../shared/corpus` the tests print a message and pass, unless the
//! `CI` environment variable is set (CI has the corpus, so it must be found).
//!
//! `cargo test --test corpus -- --nocapture` prints the counts.

#[path = "support/invariants.rs"]
mod invariants;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use stele::markup::{self, Document};

/// Segments per locale in `enterprise/` (60 articles each).
const ENTERPRISE: &[(&str, usize)] = &[
    ("de", 4037),
    ("en", 0),
    ("it", 3991),
    ("ja", 4018),
    ("zh", 4055),
];
/// Segments per locale in `plain-vs-marked/` (the `.marked.md` files; the
/// `.plain.md` files have none).
const PLAIN_VS_MARKED: &[(&str, usize)] = &[("de", 1343), ("it", 1342), ("ja", 1343), ("zh", 1343)];
/// Per corpus: number of `.md` files and of segments in all of them.
const TOTALS: &[(&str, usize, usize)] =
    &[("enterprise", 300, 16101), ("plain-vs-marked", 240, 5371)];

fn corpus_root() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if root.is_dir() {
        return Some(root);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{} not found, and CI is set: CI must have ../shared/corpus",
            root.display()
        );
    }
    println!("skipped: ../shared/corpus not found");
    None
}

/// One parsed corpus file.
struct Parsed {
    /// Path relative to the corpus folder (`enterprise/de/powershell/x.md`).
    rel: String,
    locale: String,
    text: String,
    doc: Document,
}

fn md_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk the corpus"))
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

fn parse_corpus(root: &Path, corpus: &str) -> Vec<Parsed> {
    let dir = root.join(corpus);
    md_files(&dir)
        .into_iter()
        .map(|path| {
            let rel_in = path.strip_prefix(&dir).unwrap();
            let locale = rel_in
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .into_owned();
            let rel = format!("{corpus}/{}", rel_in.display());
            let bytes = std::fs::read(&path).unwrap();
            let text = markup::decode(&path, &bytes)
                .unwrap_or_else(|d| panic!("{rel}: cannot decode: {}", d.message));
            let doc = std::panic::catch_unwind(|| markup::parse(Path::new(&rel), &text))
                .unwrap_or_else(|_| panic!("{rel}: parse panicked"));
            Parsed {
                rel,
                locale,
                text,
                doc,
            }
        })
        .collect()
}

/// Counts `data-ttu-id=` outside fenced code blocks, line by line, without
/// the parser: an independent check of the segment totals.
fn count_ttu_outside_fences(text: &str) -> usize {
    let mut fence: Option<(char, usize)> = None;
    let mut n = 0;
    for line in text.lines() {
        // Fences can be indented (list items) or quoted (notes).
        let t = line.trim_start_matches([' ', '\t', '>']);
        let marker = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map(|m| t.chars().take_while(|c| *c == m).count());
        match (fence, marker, run) {
            (None, Some(m), Some(r)) if r >= 3 => {
                fence = Some((m, r));
                continue;
            }
            (Some((fm, fr)), Some(m), Some(r))
                if m == fm && r >= fr && t[r..].trim().is_empty() =>
            {
                fence = None;
                continue;
            }
            _ => {}
        }
        if fence.is_none() {
            n += line.matches("data-ttu-id=").count();
        }
    }
    n
}

fn errors_of(p: &Parsed) -> Vec<String> {
    p.doc
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{}:{}:{}: {} {}", p.rel, d.line, d.col, d.code, d.message))
        .collect()
}

fn per_locale(files: &[Parsed], filter: impl Fn(&Parsed) -> bool) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for p in files.iter().filter(|p| filter(p)) {
        *m.entry(p.locale.clone()).or_insert(0) += p.doc.segments.len();
    }
    m
}

fn expected(table: &[(&str, usize)]) -> BTreeMap<String, usize> {
    table.iter().map(|(l, n)| (l.to_string(), *n)).collect()
}

fn check_common(corpus: &str, files: &[Parsed]) {
    let &(_, want_files, want_segments) = TOTALS.iter().find(|(c, ..)| *c == corpus).unwrap();
    assert_eq!(files.len(), want_files, "{corpus}: number of .md files");
    let errors: Vec<String> = files.iter().flat_map(errors_of).collect();
    assert!(
        errors.is_empty(),
        "{corpus}: {} error diagnostics:\n{}",
        errors.len(),
        errors.join("\n")
    );
    for p in files {
        if let Err(e) = invariants::check(&p.doc, &p.text) {
            panic!("{}: {e}", p.rel);
        }
    }
    let parsed: usize = files.iter().map(|p| p.doc.segments.len()).sum();
    let counted: usize = files
        .iter()
        .map(|p| count_ttu_outside_fences(&p.text))
        .sum();
    println!(
        "{corpus}: {} files, {parsed} segments ({counted} `data-ttu-id=` outside fences)",
        files.len()
    );
    for p in files {
        let c = count_ttu_outside_fences(&p.text);
        assert_eq!(
            p.doc.segments.len(),
            c,
            "{}: segments vs `data-ttu-id=` count",
            p.rel
        );
    }
    assert_eq!(parsed, counted, "{corpus}: segments vs independent count");
    assert_eq!(parsed, want_segments, "{corpus}: total segments");
}

#[test]
fn enterprise_corpus_parses_with_pinned_segment_counts() {
    let Some(root) = corpus_root() else { return };
    let files = parse_corpus(&root, "enterprise");
    check_common("enterprise", &files);
    let got = per_locale(&files, |_| true);
    for (l, n) in &got {
        println!("  enterprise/{l}: {n} segments");
    }
    assert_eq!(got, expected(ENTERPRISE), "enterprise: segments per locale");
}

#[test]
fn plain_vs_marked_corpus_parses_with_pinned_segment_counts() {
    let Some(root) = corpus_root() else { return };
    let files = parse_corpus(&root, "plain-vs-marked");
    check_common("plain-vs-marked", &files);
    let got = per_locale(&files, |p| p.rel.ends_with(".marked.md"));
    for (l, n) in &got {
        println!("  plain-vs-marked/{l}: {n} segments (marked files)");
    }
    assert_eq!(
        got,
        expected(PLAIN_VS_MARKED),
        "plain-vs-marked: segments per locale"
    );
    for p in files.iter().filter(|p| p.rel.ends_with(".plain.md")) {
        assert_eq!(
            p.doc.segments.len(),
            0,
            "{}: a plain file has segments",
            p.rel
        );
    }
}

fn block_kinds(doc: &Document) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for b in &doc.blocks {
        *m.entry(b.kind.name()).or_insert(0) += 1;
    }
    m
}

/// The twins of `plain-vs-marked/` are the same translation with and
/// without markup (`PAIRS.tsv` says `identical`), except three pairs
/// (`differs`) where the marked file escapes `**` as `\*\*`. What holds,
/// checked here:
/// - identical pairs: the marked file with each segment replaced by its
///   target is the plain file, byte for byte;
/// - differs pairs: the same once `\*` is unescaped;
/// - all pairs: the same blocks, kind by kind and in order, with the same
///   plain text (the escaped asterisks read the same).
#[test]
fn plain_twins_have_the_blocks_of_their_marked_files() {
    let Some(root) = corpus_root() else { return };
    let pairs = std::fs::read_to_string(root.join("plain-vs-marked/PAIRS.tsv")).unwrap();
    let files = parse_corpus(&root, "plain-vs-marked");
    let by_rel: BTreeMap<&str, &Parsed> = files.iter().map(|p| (p.rel.as_str(), p)).collect();
    let (mut identical, mut differs, mut blocks) = (0, 0, 0);
    for line in pairs.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [locale, name, segs, verdict] = cols[..] else {
            panic!("PAIRS.tsv: bad line {line:?}")
        };
        let marked = by_rel[format!("plain-vs-marked/{locale}/{name}.marked.md").as_str()];
        let plain = by_rel[format!("plain-vs-marked/{locale}/{name}.plain.md").as_str()];
        let pair = format!("{locale}/{name} ({verdict})");
        assert_eq!(
            marked.doc.segments.len(),
            segs.parse::<usize>().unwrap(),
            "{pair}: segment count of PAIRS.tsv"
        );
        assert_eq!(
            plain.doc.segments.len(),
            0,
            "{pair}: plain file has segments"
        );

        let target = marked.doc.target_markdown(&marked.text);
        match verdict {
            "identical" => {
                identical += 1;
                assert!(
                    target == plain.text,
                    "{pair}: targets differ from the plain file"
                );
            }
            "differs" => {
                differs += 1;
                assert!(target != plain.text, "{pair}: PAIRS.tsv says they differ");
                assert!(
                    target.replace("\\*", "*") == plain.text,
                    "{pair}: differs by more than escaped asterisks"
                );
            }
            v => panic!("PAIRS.tsv: unknown verdict {v:?}"),
        }

        assert_eq!(
            block_kinds(&marked.doc),
            block_kinds(&plain.doc),
            "{pair}: number of blocks of each kind"
        );
        assert_eq!(
            marked.doc.blocks.len(),
            plain.doc.blocks.len(),
            "{pair}: number of blocks"
        );
        for (m, p) in marked.doc.blocks.iter().zip(&plain.doc.blocks) {
            assert_eq!(
                (&m.kind, &m.text),
                (&p.kind, &p.text),
                "{pair}: block at marked line {} vs plain line {}",
                m.line,
                p.line
            );
        }
        blocks += marked.doc.blocks.len();
    }
    println!(
        "plain-vs-marked twins: {identical} identical + {differs} differs pairs, {blocks} blocks each side, all equal in kind and text"
    );
    assert_eq!((identical, differs), (117, 3));
}

/// The source view of unmarked translations on `plain-vs-marked` (see
/// `stele::render::source_view::plain_vs_marked`): how much of the text
/// gets a source, and how often the source shown is the right one.
#[test]
fn the_source_view_of_plain_files_shows_the_right_source() {
    let Some(root) = corpus_root() else { return };
    let a = stele::render::source_view::plain_vs_marked(&root.join("plain-vs-marked"));
    let pct = |(r, t): (usize, usize)| 100.0 * r as f64 / t.max(1) as f64;
    println!(
        "source view on plain-vs-marked: sentences {}/{} right ({:.2}%), blocks {}/{} right ({:.2}%), \
         {:.1}% of the text shown with a source",
        a.sentences.0,
        a.sentences.1,
        pct(a.sentences),
        a.blocks.0,
        a.blocks.1,
        pct(a.blocks),
        pct(a.coverage)
    );
    for w in a.wrong.iter().take(20) {
        println!("  {w}");
    }
    assert!(a.sentences.1 > 1000, "{:?}", a.sentences);
    assert!(pct(a.sentences) >= 97.0, "{:?}", a.sentences);
    assert!(pct(a.blocks) >= 90.0, "{:?}", a.blocks);
}

/// Where `stele import` writes a unit into a file without span markup
/// (`stele::align::accuracy::pinned_vs_marked`), judged on
/// `plain-vs-marked`: how many units are pinned to a range of the plain
/// file, and how often that range holds exactly the marked twin's
/// translation of the unit. A wrong range would overwrite another
/// sentence's translation, so precision must be all but perfect.
#[test]
fn import_places_units_of_plain_files_where_their_marked_twins_have_them() {
    let Some(root) = corpus_root() else { return };
    let a = stele::align::accuracy::pinned_vs_marked(&root.join("plain-vs-marked"));
    let pct = |r: usize, t: usize| 100.0 * r as f64 / t.max(1) as f64;
    println!(
        "import places on plain-vs-marked: {} units, {} aligned, {} pinned ({:.1}%); \
         {} of {} judged pinned units right ({:.2}%)",
        a.units,
        a.aligned,
        a.pinned,
        pct(a.pinned, a.units),
        a.right,
        a.judged,
        pct(a.right, a.judged)
    );
    for (why, n) in &a.unpinned {
        println!("  not pinned, {n} units: {why}");
    }
    for w in a.wrong.iter().take(20) {
        println!("  {w}");
    }
    assert!(a.judged > 1000, "{a:?}");
    assert!(pct(a.right, a.judged) >= 99.5, "{} wrong", a.wrong.len());
}
