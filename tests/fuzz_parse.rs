//! A deterministic, always-run stand-in for `fuzz/` (cargo-fuzz needs
//! nightly): mutates real snippets of bilingual markup a few thousand times
//! with a fixed seed and checks that `decode` + `parse` never panic and that
//! the invariants of `support/invariants.rs` hold.
//!
//! `FUZZ_ITERATIONS=200000 cargo test --release --test fuzz_parse` runs
//! longer; `FUZZ_SEED=n` changes the seed. A failure prints the seed, the
//! iteration and the input (as a Rust string literal) so it can be replayed.

#[path = "support/invariants.rs"]
mod invariants;

mod common;

use common::markup::seg;
use common::rng::Rng;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Seeds: shapes taken from the corpus (`../shared/corpus`), inlined so the
/// test runs without it.
const SEEDS: &[&str] = &[
    // A plain segment.
    r#"<span data-ttu-id="d6104-104">Nicht registrierte Domänen-E-Mails</span><span class="sxs-lookup"><span data-stu-id="d6104-104">Unregistered Domain Email</span></span>"#,
    // Front matter, heading with an anchor, emphasis at the segment edges.
    "---\ntitle: Titel\nms.date: 07/13/2020\ndescription: 'Beschreibung: mit Doppelpunkt'\n---\n\n# <a name=\"top\"></a><span data-ttu-id=\"a1-101\">Überblick</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1-101\">Overview</span></span>\n\n<span data-ttu-id=\"a1-102\">*Dieser Artikel gilt.*</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1-102\">*This article applies.*</span></span>\n",
    // Nested anti-autolink spans on the English side.
    r#"<span data-ttu-id="a-1">Siehe https<span>://</span>x.de</span><span class="sxs-lookup"><span data-stu-id="a-1">See https<span>://</span>x.de</span></span> rest"#,
    // A table whose row is split by a segment that spans lines.
    "|Code|Bedeutung|\n|---|---|\n|5.7.1|<span data-ttu-id=\"b2-p103\">Zugriff\nverweigert.</span><span class=\"sxs-lookup\"><span data-stu-id=\"b2-p103\">Access\ndenied.</span></span>|\n|ST|<span data-ttu-id=\"b2-105\">)</span><span class=\"sxs-lookup\"><span data-stu-id=\"b2-105\">)</span></span>|\n",
    // Raw HTML table cells.
    "<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td><span data-ttu-id=\"c3-110\">接続</span><span class=\"sxs-lookup\"><span data-stu-id=\"c3-110\">Connect</span></span></td><td>x<br/>y</td></tr>\n</table>\n",
    // A note, a list, link text, an include and a code fence holding markup.
    "> [!NOTE]\n> <span data-ttu-id=\"d4-120\">注意してください。</span><span class=\"sxs-lookup\"><span data-stu-id=\"d4-120\">Be careful.</span></span>\n\n1. <span data-ttu-id=\"d4-121\">Öffnen Sie [<span data-ttu-id=\"d4-122\">das Portal</span><span class=\"sxs-lookup\"><span data-stu-id=\"d4-122\">the portal</span></span>](https://portal.office.com).</span><span class=\"sxs-lookup\"><span data-stu-id=\"d4-121\">Open the portal.</span></span>\n2. [<span data-ttu-id=\"d4-123\">Link</span><span class=\"sxs-lookup\"><span data-stu-id=\"d4-123\">Link</span></span>](a.md)\n\n[!INCLUDE[Office 365](../includes/office-365.md)]\n\n```powershell\n<span data-ttu-id=\"d4-124\">not a segment</span>\n```\n\n    <span data-ttu-id=\"d4-125\">indented code</span>\n\nCode `<span data-ttu-id=\"d4-126\">` inline.\n",
    // Escaped and broken bold, a paragraph ID, an ID mismatch, a missing source.
    "<span data-ttu-id=\"e5-p200\">\\*\\*Wichtig\\*\\* und **kaputt</span><span class=\"sxs-lookup\"><span data-stu-id=\"e5-p200\">\\*\\*Important\\*\\* and **broken</span></span> <span data-ttu-id=\"e5-201\">X</span><span class=\"sxs-lookup\"><span data-stu-id=\"e5-202\">Y</span></span> <span data-ttu-id=\"e5-203\">Z</span> tail\n",
    // Spans in a front-matter value with escaped quotes (other doc sets).
    "---\ntitle: \"<span data-ttu-id=\\\"f6-101\\\">Titel</span><span class=\\\"sxs-lookup\\\"><span data-stu-id=\\\"f6-101\\\">Title</span></span>\"\n---\nBody _<span data-ttu-id=\"f6-102\">_kursiv_</span><span class=\"sxs-lookup\"><span data-stu-id=\"f6-102\">_italic_</span></span>_\n",
    // Markers of the segment model itself appearing in the input.
    "\u{E000}\u{F0003}x\u{E001} <span data-ttu-id=\"g7-1\">a\u{E000}b\u{E001}</span><span class=\"sxs-lookup\"><span data-stu-id=\"g7-1\">\u{F0000}</span></span>\n",
];

/// Fragments inserted by the mutator.
const FRAGMENTS: &[&str] = &[
    "<",
    ">span ",
    "span",
    ">",
    "</span>",
    "<span>",
    "<span data-ttu-id=\"z9-999\">",
    "<span class=\"sxs-lookup\">",
    "<span data-stu-id=\"z9-999\">",
    "\"",
    "'",
    "日本",
    "é",
    "𝄞",
    "\u{FEFF}",
    "\u{E000}",
    "\u{E001}",
    "\u{F0001}",
    "&#xE000;",
    "&#57345;",
    "\n",
    "\n\n",
    "\r\n",
    "|",
    "\n|---|---|\n",
    "> ",
    "> [!NOTE]\n> ",
    "- ",
    "1. ",
    "```\n",
    "~~~",
    "`",
    "---\n",
    "    ",
    "\t",
    "*",
    "**",
    "_",
    "\\",
    "[",
    "](x.md)",
    "<td>",
    "</td>",
    "<tr>",
    "<br/>",
    "<a name=\"x\"></a>",
    "# ",
    "{#id}",
    "[^1]",
    "&nbsp;",
];

const MARKUP: &[&str] = &["<", ">", "</span>", "<span", "\"", "sxs-lookup", "data-"];

fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn random_cut(rng: &mut Rng, s: &str) -> usize {
    char_floor(s, rng.below(s.len() + 1))
}

/// Byte offsets of every occurrence of `pat` in `s`.
fn occurrences(s: &str, pat: &str) -> Vec<usize> {
    s.match_indices(pat).map(|(i, _)| i).collect()
}

/// Applies one random mutation to `s`.
fn mutate(rng: &mut Rng, s: &mut String, seeds: &[String]) {
    match rng.below(10) {
        // Truncate.
        0 => {
            let at = random_cut(rng, s);
            s.truncate(at);
        }
        // Delete one occurrence of a markup token.
        1 | 2 => {
            let pat = *rng.pick(MARKUP);
            let occ = occurrences(s, pat);
            if !occ.is_empty() {
                let at = *rng.pick(&occ);
                s.replace_range(at..at + pat.len(), "");
            }
        }
        // Replace one occurrence of a markup token with a fragment.
        9 => {
            let pat = *rng.pick(MARKUP);
            let occ = occurrences(s, pat);
            if !occ.is_empty() {
                let at = *rng.pick(&occ);
                let frag = *rng.pick(FRAGMENTS);
                s.replace_range(at..at + pat.len(), frag);
            }
        }
        // Duplicate one occurrence of a markup token.
        3 => {
            let pat = *rng.pick(MARKUP);
            let occ = occurrences(s, pat);
            if !occ.is_empty() {
                let at = *rng.pick(&occ);
                s.insert_str(at, pat);
            }
        }
        // Insert a fragment anywhere.
        4 | 5 => {
            let at = random_cut(rng, s);
            let frag = *rng.pick(FRAGMENTS);
            s.insert_str(at, frag);
        }
        // Delete a random range.
        6 => {
            let a = random_cut(rng, s);
            let b = random_cut(rng, s);
            let (a, b) = (a.min(b), a.max(b));
            let b = char_floor(s, a + (b - a).min(64));
            s.replace_range(a..b, "");
        }
        // Split and swap halves.
        7 => {
            let at = random_cut(rng, s);
            let (a, b) = s.split_at(at);
            *s = format!("{b}{a}");
        }
        // Splice a piece of another seed in.
        _ => {
            let other = rng.pick(seeds);
            let a = random_cut(rng, other);
            let b = char_floor(other, a + rng.below(200));
            let at = random_cut(rng, s);
            s.insert_str(at, &other[a..b]);
        }
    }
}

/// Seeds: the inline ones plus, when `../shared/corpus` exists, slices of a
/// few real files (sorted, so the run stays deterministic).
fn seeds() -> Vec<String> {
    let mut seeds: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/plain-vs-marked/ja");
    if let Ok(dir) = std::fs::read_dir(&corpus) {
        let mut files: Vec<_> = dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".marked.md"))
            .collect();
        files.sort();
        for f in files.iter().take(6) {
            if let Ok(text) = std::fs::read_to_string(f) {
                // Keep inputs small: take 4 KB windows on char boundaries.
                let mut at = 0;
                while at < text.len() && seeds.len() < 64 {
                    let end = char_floor(&text, at + 4096);
                    seeds.push(text[at..end].to_string());
                    at = end.max(at + 1);
                    at = char_floor(&text, at + 8192);
                }
            }
        }
    }
    seeds
}

/// Parses `input` and checks the invariants; `Err` describes the failure.
fn check_one(input: &[u8]) -> Result<(), String> {
    let path = Path::new("fuzz.md");
    let outcome = std::panic::catch_unwind(|| {
        let Ok(text) = stele::markup::decode(path, input) else {
            return Ok(());
        };
        let doc = stele::markup::parse(path, &text);
        invariants::check(&doc, &text)
    });
    match outcome {
        Ok(r) => r,
        Err(e) => Err(format!(
            "parse panicked: {}",
            e.downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| e.downcast_ref::<&str>().copied())
                .unwrap_or("?")
        )),
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

static QUIET: AtomicBool = AtomicBool::new(false);

/// Shrinks a failing input by deleting chunks while it still fails.
fn minimize(mut input: String) -> String {
    let mut chunk = input.len() / 2;
    while chunk > 0 {
        let mut at = 0;
        while at < input.len() {
            let a = char_floor(&input, at);
            let b = char_floor(&input, a + chunk);
            if b <= a {
                at += 1;
                continue;
            }
            let mut candidate = input.clone();
            candidate.replace_range(a..b, "");
            if check_one(candidate.as_bytes()).is_err() {
                input = candidate;
            } else {
                at = b;
            }
        }
        chunk /= 2;
    }
    input
}

#[test]
fn mutated_markup_never_breaks_the_parser() {
    let seed = env_u64("FUZZ_SEED", 0x5EED_57E1E);
    let iterations = env_u64("FUZZ_ITERATIONS", 4000);
    let seeds = seeds();
    // Panics are caught and reported with their input; keep the default
    // hook from printing each one.
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !QUIET.load(Ordering::Relaxed) {
            prev(info)
        }
    }));
    QUIET.store(true, Ordering::Relaxed);
    let mut rng = Rng::new(seed);
    let mut failures = Vec::new();
    for i in 0..iterations {
        let mut input = rng.pick(&seeds).clone();
        for _ in 0..1 + rng.below(6) {
            mutate(&mut rng, &mut input, &seeds);
        }
        // Now and then, break the UTF-8 too (decode must reject it cleanly).
        let mut bytes = input.clone().into_bytes();
        if rng.below(50) == 0 && !bytes.is_empty() {
            let at = rng.below(bytes.len());
            bytes[at] = 0xFF;
        }
        if let Err(e) = check_one(&bytes) {
            let small = if bytes == input.as_bytes() {
                minimize(input.clone())
            } else {
                input.clone()
            };
            let small_err = check_one(small.as_bytes()).err().unwrap_or_default();
            failures.push(format!(
                "seed {seed:#x} iteration {i}: {e}\n  minimal input: {small:?}\n  minimal error: {small_err}"
            ));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    QUIET.store(false, Ordering::Relaxed);
    println!(
        "fuzz_parse: {iterations} iterations from {} seeds, seed {seed:#x}, {} failures",
        seeds.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn parse_ok(text: &str) -> stele::markup::Document {
    let doc = stele::markup::parse(Path::new("t.md"), text);
    if let Err(e) = invariants::check(&doc, text) {
        panic!("{text:?}: {e}");
    }
    doc
}

/// Bugs the mutator found, and the emphasis bug the corpus twins showed.
#[test]
fn regressions() {
    // Emphasis whose delimiters touch the segment edges is emphasis, as it is
    // in the file (where `>` and `<` surround it).
    for (target, text) in [
        ("*Dieser Artikel gilt.*", "Dieser Artikel gilt."),
        ("**Fett (geklammert)**", "Fett (geklammert)"),
        ("**[Link](a.md)**", "Link"),
        ("_kursiv_", "kursiv"),
        ("~~weg.~~", "weg."),
        ("**kaputt", "**kaputt"),
        ("\\*\\*Nicht fett\\*\\*", "**Nicht fett**"),
        ("* kein Listenpunkt *", "* kein Listenpunkt *"),
    ] {
        for (wrap, want) in [
            ("{}", "{}"),
            ("Text {} und mehr.", "Text {} und mehr."),
            ("| a | {} |\n|---|---|\n| b | c |", "{}"),
            ("- {}", "{}"),
        ] {
            let md = wrap.replace("{}", &seg("x1-101", target, "src"));
            let want = want.replace("{}", text);
            let doc = parse_ok(&md);
            let b = doc
                .blocks
                .iter()
                .find(|b| b.segments == [0])
                .unwrap_or_else(|| panic!("{md:?}: no block holds the segment"));
            assert_eq!(b.text, want, "{md:?}");
        }
    }
    // `~~~` at the start of a segment must not open a code fence.
    let doc = parse_ok(&seg("x1-102", "~~~x~~~", "y"));
    assert!(doc.blocks.iter().all(|b| b.kind.name() != "code"));

    // A literal marker character U+E000 / U+E001 in the input: it opened a
    // phantom segment with a wild index (`"\u{E000}b"` gave block 0 the
    // segment 4293984354) and swallowed the next character.
    let doc = parse_ok("\u{E000}b and \u{E001}c");
    assert_eq!(doc.blocks[0].text, "\u{FFFD}b and \u{FFFD}c");
    assert!(doc.blocks[0].segments.is_empty());
    assert!(doc.diagnostics.iter().any(|d| d.code == "reserved-char"));
    // A reference to one is rewritten too, and reported where the first
    // one starts (not the one in code).
    let doc = parse_ok("x\n\n`&#xE000;` ab &#57345; and &#xE000;\n");
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == "reserved-char")
        .expect("a reserved-char warning");
    assert_eq!((d.line, d.col), (3, 15));

    // cargo-fuzz: a `>` in front of `span data-stu-id=…` right after the
    // lookup tag was read as a tag (tag_at did not check for `<`) that ended
    // past the lookup's `</span>`; the English range came out inverted and
    // slicing it panicked.
    let doc = parse_ok(
        "<span data-ttu-id=\"\"></span><span class=\"sxs-lookup\">>span \"\"\" data-stu-id=\"\"</span>\">",
    );
    assert_eq!(doc.segments.len(), 1);

    // Blocks inside a segment whose target breaks lines or holds plain spans
    // got byte ranges inside a character (`"<span data-ttu-id=\"\">\n成[動]()。</span>"`
    // gave the link 24..31); now they are exact.
    for md in [
        format!("{}\n", seg("x1-103", "\n成[動](a.md)。", "Do [it](a.md).")),
        format!("{}\n", seg("x1-104", "前\n  後 [リンク](b.md)", "x")),
        format!(
            "{}\n",
            seg("x1-105", "https<span>://</span>x.jp [日本](c.md)", "x")
        ),
        format!("{}\n", seg("x1-106", "**Fett**\n[Link](d.md)", "x")),
    ] {
        let doc = parse_ok(&md);
        let link = doc
            .blocks
            .iter()
            .find(|b| b.kind.name() == "link")
            .unwrap_or_else(|| panic!("{md:?}: no link"));
        let written = &md[link.range.clone()];
        assert!(
            written.starts_with('[') && written.ends_with(".md)"),
            "{md:?}: link range {:?} is {written:?}",
            link.range
        );
    }
}

/// Inputs that took quadratic (or, with code spans, cubic) time: every
/// unclosed span rescanned the rest of the file, checking each `<` against
/// every code range. `` `a` <span data-ttu-id="a-1">x `` × 5000 (146 KB)
/// took 68 s in a release build; with the one-pass tag matching it takes
/// well under a second. The bound is loose so a loaded machine passes.
#[test]
fn pathological_inputs_parse_in_reasonable_time() {
    for (name, unit) in [
        ("unclosed target spans", "<span data-ttu-id=\"a-1\">x "),
        (
            "code spans and unclosed spans",
            "`a` <span data-ttu-id=\"a-1\">x ",
        ),
        (
            "unclosed lookup spans",
            "<span data-ttu-id=\"a-1\">x</span><span class=\"sxs-lookup\">",
        ),
        ("nested plain spans", "<span>"),
    ] {
        let text = unit.repeat(5000);
        let started = std::time::Instant::now();
        let doc = parse_ok(&text);
        let took = started.elapsed();
        println!(
            "{name}: {} KB in {took:?}, {} diagnostics",
            text.len() / 1024,
            doc.diagnostics.len()
        );
        assert!(
            took < std::time::Duration::from_secs(10),
            "{name}: {} KB took {took:?}",
            text.len() / 1024
        );
    }
}
