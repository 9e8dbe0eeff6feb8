//! The whole pipeline on mutated real content (issue 13, "no panic on any
//! input"): two articles of the Microsoft 365 Enterprise docs
//! (`tests/fixtures/fuzz/`, marked in de/zh/ja, unmarked in it/ja) are
//! mutated the way real content goes wrong (no-break and ideographic
//! spaces, `%` and `%xx` next to multi-byte characters, multi-byte
//! characters anywhere, unbalanced span markup, control characters, deep
//! nesting, long lines) and each mutated site goes through parse, render
//! (the build's and `stele serve`'s paths), `stele check`, both search
//! indexes and their queries, and the error-code lookup. Every stage must
//! return, never panic, and every error about a markdown file must carry
//! its line and column.
//!
//! `cargo test` runs a fixed seed and a fixed number of rounds (a few
//! seconds). `STELE_FUZZ_SEED=n` picks another seed, `STELE_FUZZ_SECS=s`
//! runs rounds for `s` seconds instead (best in release:
//! `STELE_FUZZ_SECS=600 cargo test --release --test fuzz_pipeline -- --nocapture`).
//! A failure prints the seed and round and leaves the mutated site in
//! `target/fuzz-pipeline-failure/` to replay with the binary.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use stele::build::Session;
use stele::diag::{Diagnostic, Severity};
use stele::search::engine;
use stele::search_reader::Reader;

mod common;

use common::cli::copy_dir;
use common::rng::Rng;

/// Rounds of the default run; every `BINARY_EVERY`th round also runs the
/// binary (`stele build`, `stele check`, `stele search`, `stele lookup`).
const ROUNDS: usize = 40;
const BINARY_EVERY: usize = 15;
const DEFAULT_SEED: u64 = 0x57E1_E013;

/// Characters that broke Stele or that real translations are full of.
const CHARS: &[&str] = &[
    "\u{a0}",
    "\u{3000}",
    "\u{202f}",
    "é",
    "ß",
    "中",
    "完成",
    "日本語",
    "𝄞",
    "🙂",
    "\u{200b}",
    "\u{feff}",
    "\u{e000}",
    "\u{e001}",
    "\u{f0001}",
    "ا",
    "\u{301}",
];

/// Control characters, terminal escapes among them.
const CONTROLS: &[&str] = &[
    "\u{1b}[2J",
    "\u{1b}]0;pwned\u{7}",
    "\0",
    "\u{7}",
    "\r",
    "\u{7f}",
    "\u{8}",
    "\u{85}",
];

/// Percent signs and escapes, valid and not.
const PERCENTS: &[&str] = &[
    "%",
    "%0",
    "%zz",
    "%E4%B8",
    "%E4%B8%AD",
    "%25",
    "%%",
    "100%",
    "%C3",
    "%ff",
];

/// Span markup, whole and in pieces.
const MARKUP: &[&str] = &[
    "<span data-ttu-id=\"zz-101\">",
    "<span class=\"sxs-lookup\">",
    "<span data-stu-id=\"zz-101\">",
    "</span>",
    "<span>",
    "<span data-ttu-id=\"",
    "\">",
    "<",
    "&nbsp;",
    "<a name=\"x\"></a>",
    "[",
    "](%aé.md)",
    "![进度](images/完成100%中.png)",
    "[x](%aé.md)",
    "[!INCLUDE[x](../includes/none.md)]",
    "`",
    "```\n",
    "**",
    "\n|a|b|\n|---|---|\n|",
    "<td>",
    "---\n",
    "> [!NOTE]\n> ",
];

/// Error codes as translations write them, for the lookup and the
/// protected-token checks.
const CODES: &[&str] = &[
    "550 5.7.750",
    "550\u{a0}5.7.750",
    "550&nbsp;5.7.708",
    "5.7.7\u{3000}08",
    "５５０ ５.７.１",
    "4.7.500-699",
    "5.7.13 or 135",
    "554 4.3.2",
    "5.7.7508",
];

fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A random char boundary of `s`; half the time one right before or after
/// a multi-byte character, where byte arithmetic goes wrong.
fn spot(rng: &mut Rng, s: &str) -> usize {
    let at = char_floor(s, rng.below(s.len() + 1));
    if rng.below(2) == 0 {
        if let Some((i, c)) = s[at..].char_indices().find(|(_, c)| c.len_utf8() > 1) {
            return at
                + if rng.below(2) == 0 {
                    i
                } else {
                    i + c.len_utf8()
                };
        }
    }
    at
}

/// Applies one random mutation to `s`.
fn mutate(rng: &mut Rng, s: &mut String) {
    let at = spot(rng, s);
    match rng.below(12) {
        0 | 1 => s.insert_str(at, rng.pick::<&str>(CHARS)),
        2 => s.insert_str(at, rng.pick::<&str>(CONTROLS)),
        3 | 4 => s.insert_str(at, rng.pick::<&str>(PERCENTS)),
        5 | 6 => s.insert_str(at, rng.pick::<&str>(MARKUP)),
        7 => s.insert_str(at, rng.pick::<&str>(CODES)),
        // Delete a piece of markup (unbalances spans, cuts tags).
        8 => {
            let pat = *rng.pick(&["</span>", "<span", "\"", ">", "---", "\n"]);
            let hits: Vec<usize> = s.match_indices(pat).map(|(i, _)| i).collect();
            if !hits.is_empty() {
                let i = *rng.pick(&hits);
                s.replace_range(i..i + pat.len(), "");
            }
        }
        // Deep nesting: block quotes, lists, brackets, emphasis, spans.
        9 => {
            let depth = 50 + rng.below(400);
            let piece = match rng.below(5) {
                0 => "> ".repeat(depth),
                1 => (0..depth.min(120))
                    .map(|d| format!("{}- x\n", "  ".repeat(d)))
                    .collect(),
                2 => "[".repeat(depth) + &"]".repeat(rng.below(depth)),
                3 => "*_".repeat(depth),
                _ => "<span>".repeat(depth) + &"</span>".repeat(rng.below(depth)),
            };
            s.insert_str(at, &format!("\n{piece}\n"));
        }
        // A long line: a piece of the file repeated without line breaks.
        10 => {
            let end = char_floor(s, at + 1 + rng.below(200));
            let piece = s[at..end].replace('\n', " ");
            let times = 1 + rng.below(20_000 / piece.len().max(1));
            s.insert_str(at, &piece.repeat(times));
        }
        // Truncate (files cut off mid-tag, mid-character boundary safe).
        _ => {
            if rng.below(4) == 0 {
                s.truncate(at);
            }
        }
    }
}

/// Set by the panic hook, so a panic caught by a thread pool or turned into
/// an error by Stele is still a failure.
static PANICKED: AtomicBool = AtomicBool::new(false);

/// The fixture's markdown files, relative to the site root, and their text.
fn originals(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let e = e.expect("walk");
        if e.path().extension().is_some_and(|x| x == "md") {
            let rel = e
                .path()
                .strip_prefix(root)
                .expect("under root")
                .to_path_buf();
            out.push((rel, std::fs::read_to_string(e.path()).expect("read")));
        }
    }
    out
}

/// An error about a markdown file must say where in it.
fn positioned(what: &str, d: &Diagnostic) -> Result<(), String> {
    let md = d.file.extension().is_some_and(|x| x == "md");
    if d.severity == Severity::Error && md && (d.line == 0 || d.col == 0) {
        return Err(format!("{what}: error without line:col: {d:?}"));
    }
    Ok(())
}

/// Query strings taken from the mutated text: its lines, cut at random.
fn queries(rng: &mut Rng, text: &str) -> Vec<String> {
    let mut q: Vec<String> = (0..4)
        .map(|_| {
            let a = char_floor(text, rng.below(text.len() + 1));
            let b = char_floor(text, a + rng.below(120));
            text[a..b].to_string()
        })
        .collect();
    q.push(rng.pick(CODES).to_string());
    q.push(format!("\"{}", *rng.pick(CHARS)));
    q.push(rng.pick(PERCENTS).repeat(1 + rng.below(50)));
    q
}

struct Lookup {
    rules: Vec<u8>,
    strings: Vec<Vec<u8>>,
}

/// The demo site's policies (the repository root is the demo site).
fn demo_policies() -> Lookup {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (site, _) = stele::content::load(here).expect("demo loads");
    let id = site.locales[site.source].id.clone();
    let (i18n, _) = stele::i18n::I18n::load(Some(&here.join("locales")), &id);
    let (c, d) = stele::policy::compile(&site, &i18n);
    assert!(d.iter().all(|d| !d.is_error()), "{d:?}");
    Lookup {
        rules: c.rules,
        strings: c.strings,
    }
}

/// The export model of every translation (what `stele import` writes
/// over in a file without span markup): each unit's pinned range lies
/// in the file, on character boundaries, holds the unit's target
/// markdown, and no two ranges overlap.
fn pinned_ranges_hold_their_targets(
    root: &Path,
    report: &stele::check::Report,
) -> Result<(), String> {
    for l in 1..report.locales.len() {
        for a in stele::check::export::model::articles(report, l) {
            let Some(f) = &a.file else { continue };
            let Ok(bytes) = std::fs::read(root.join(f)) else {
                continue;
            };
            let Ok(text) = stele::markup::decode(f, &bytes) else {
                continue;
            };
            let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
            for u in &a.units {
                let Some(r) = &u.target_range else { continue };
                if text.get(r.clone()) != u.target_md.as_deref() {
                    return Err(format!(
                        "{}: unit {} pinned to {r:?}, which does not hold its target {:?}",
                        f.display(),
                        u.id,
                        u.target_md
                    ));
                }
                ranges.push(r.clone());
            }
            ranges.sort_by_key(|r| r.start);
            if let Some(w) = ranges.windows(2).find(|w| w[1].start < w[0].end) {
                return Err(format!("{}: pinned ranges overlap: {w:?}", f.display()));
            }
        }
    }
    Ok(())
}

/// One round through the library: render (as `stele build` and as
/// `stele serve` do), check, both search indexes with queries, the lookup.
fn library_round(
    rng: &mut Rng,
    root: &Path,
    out: &Path,
    lookup: &Lookup,
    mutated: &str,
) -> Result<(), String> {
    let (mut session, diags) =
        Session::open(root).map_err(|d| format!("site does not open: {d:?}"))?;
    for d in &diags {
        positioned("open", d)?;
    }
    let (_, diags) = session
        .render_all(out)
        .map_err(|e| format!("render_all: {e}"))?;
    for d in &diags {
        positioned("render", d)?;
    }
    let keys: Vec<String> = session.site().articles.keys().cloned().collect();
    for key in &keys {
        let diags = session
            .render_article(key, out)
            .map_err(|e| format!("render_article: {e}"))?;
        for d in &diags {
            positioned("render_article", d)?;
        }
    }

    let report = stele::check::run(&stele::check::Options {
        root: root.to_path_buf(),
        langs: Vec::new(),
    })
    .map_err(|d| format!("check: {d:?}"))?;
    for f in &report.findings {
        if f.file.ends_with(".md")
            && f.severity == stele::config::Level::Error
            && (f.line == 0 || f.column == 0)
        {
            return Err(format!("check: error without line:col: {f:?}"));
        }
    }
    let opts = stele::check::output::ReportOptions::default();
    let _ = stele::check::output::sarif(&report, &opts);
    let _ = stele::check::output::json(&report, &opts);
    pinned_ranges_hold_their_targets(root, &report)?;

    let qs = queries(rng, mutated);
    let per_locale = session.search_docs();
    for (l, docs) in per_locale.iter().enumerate() {
        let tag = session.site().locales[l].tag.clone();
        let index =
            engine::ram_index(&tag, docs).map_err(|e| format!("tantivy index {tag}: {e}"))?;
        let pages: Vec<_> = docs.iter().map(|d| &d.terms).collect();
        let terms = stele::search::merge(docs);
        let (entry, shards) = stele::search_reader::write::build_merged(&pages, &terms, 4096);
        let mut reader = Reader::open(&entry, &tag)
            .ok_or_else(|| format!("browser entry {tag} does not open"))?;
        for (i, s) in shards.iter().enumerate() {
            if !reader.add_shard(i, s) {
                return Err(format!("browser shard {tag}/{i} does not load"));
            }
        }
        for q in &qs {
            engine::search(&index, &tag, q, 10)
                .map_err(|e| format!("tantivy search {q:?}: {e}"))?;
            for as_you_type in [false, true] {
                let clauses = reader.clauses(q, as_you_type);
                let (_, hits) = reader.search(&clauses, 10);
                for h in hits {
                    if let Some(d) = docs.get(h.page as usize) {
                        let _ =
                            stele::search_reader::snippet(&d.body, &clauses, reader.algo(), 200);
                    }
                }
            }
        }
    }

    for (l, strings) in lookup.strings.iter().enumerate() {
        let p = stele_runtime::policy::Policies::load(&lookup.rules, strings)
            .map_err(|e| format!("policies of locale {l} do not load: {e:?}"))?;
        for q in qs.iter().map(String::as_str).chain([mutated]) {
            let json = stele_runtime::policy::evaluate_json(&p, q, "");
            serde_json::from_str::<serde_json::Value>(&json)
                .map_err(|e| format!("lookup JSON {e}: {json}"))?;
        }
    }
    Ok(())
}

/// A round through the binary: the commands as users run them.
fn binary_round(root: &Path, out: &Path, query: &str) -> Result<(), String> {
    let runs: [&[&str]; 4] = [
        &["build", "--quiet", "--out", &out.to_string_lossy()],
        &["check", "--format", "json"],
        &["search", query, "--lang", "de"],
        &["lookup", query, "--format", "json"],
    ];
    for args in runs {
        let o = Command::new(env!("CARGO_BIN_EXE_stele"))
            .args(args)
            .arg("--root")
            .arg(root)
            .output()
            .map_err(|e| format!("run stele: {e}"))?;
        let err = String::from_utf8_lossy(&o.stderr);
        if o.status.code() == Some(101) || err.contains("panicked") {
            return Err(format!("stele {} panicked:\n{err}", args[0]));
        }
        if args[0] == "build" && o.status.code() == Some(1) && !err.contains(".md:") {
            return Err(format!(
                "stele build failed without naming a file:line:col:\n{err}"
            ));
        }
    }
    Ok(())
}

#[test]
fn whole_pipeline_survives_mutated_content() {
    let seed = std::env::var("STELE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let secs: Option<u64> = std::env::var("STELE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok());
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("site");
    copy_dir(&fixture, &root);
    let files = originals(&root);
    let lookup = demo_policies();

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICKED.store(true, Ordering::SeqCst);
        default_hook(info);
    }));

    let mut rng = Rng::new(seed);
    let started = Instant::now();
    let mut round = 0usize;
    loop {
        match secs {
            Some(s) if started.elapsed() >= Duration::from_secs(s) => break,
            None if round >= ROUNDS => break,
            _ => {}
        }
        // Restore every file, then mutate one to three of them.
        for (rel, text) in &files {
            std::fs::write(root.join(rel), text).expect("restore");
        }
        let mut last = String::new();
        for _ in 0..1 + rng.below(3) {
            let (rel, text) = rng.pick(&files);
            let mut s = text.clone();
            for _ in 0..1 + rng.below(6) {
                mutate(&mut rng, &mut s);
            }
            std::fs::write(root.join(rel), &s).expect("write mutated");
            last = s;
        }
        let out = dir.path().join(format!("out{}", round % 2));
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).expect("mkdir out");

        PANICKED.store(false, Ordering::SeqCst);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let mut r = library_round(&mut rng, &root, &out, &lookup, &last);
            if r.is_ok() && round % BINARY_EVERY == 0 {
                let q = queries(&mut rng, &last).swap_remove(0);
                r = binary_round(&root, &dir.path().join("public"), &q);
            }
            r
        }));
        let failure = match result {
            Ok(Ok(())) if !PANICKED.load(Ordering::SeqCst) => None,
            Ok(Ok(())) => Some("a panic was caught inside a stage".to_string()),
            Ok(Err(e)) => Some(e),
            Err(_) => Some("panicked".to_string()),
        };
        if let Some(why) = failure {
            let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-pipeline-failure");
            let _ = std::fs::remove_dir_all(&keep);
            copy_dir(&root, &keep);
            panic!(
                "seed {seed}, round {round}: {why}\nthe site is in {} (replay: stele build --root {0})",
                keep.display()
            );
        }
        round += 1;
    }
    eprintln!(
        "fuzz_pipeline: seed {seed}, {round} rounds in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
