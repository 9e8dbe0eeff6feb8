// Tests: a slice off a char boundary fails the test, as it should.
#![allow(clippy::string_slice)]

use super::write::{analyze, build_merged, chunk_tokens_for, merge, PageTerms, CHUNK_TOKENS};
use super::*;
use crate::tokenize::algorithm_for;
use alloc::vec;
use alloc::vec::Vec;

/// The entry and shards of `pages` (numbered in slice order), as a build
/// writes them.
fn build(pages: &[&PageTerms], shard_bytes: usize) -> (Vec<u8>, Vec<Vec<u8>>) {
    build_merged(pages, &merge(pages), shard_bytes)
}

/// Builds an index of `(title, body)` pages and loads every shard.
fn reader(locale: &str, pages: &[(&str, &str)], shard_bytes: usize) -> Reader {
    let algo = algorithm_for(locale);
    let analysed: Vec<PageTerms> = pages
        .iter()
        .map(|(t, body)| analyze(t, body, algo, chunk_tokens_for(locale)))
        .collect();
    let (entry, shards) = build(&analysed.iter().collect::<Vec<_>>(), shard_bytes);
    let mut r = Reader::open(&entry, locale).expect("entry decodes");
    for (i, s) in shards.iter().enumerate() {
        assert!(r.add_shard(i, s));
    }
    r
}

/// The pages whose title or body contains every space-separated word of
/// `q`, like grep.
fn grep(pages: &[(&str, &str)], q: &str) -> Vec<u32> {
    pages
        .iter()
        .enumerate()
        .filter(|(_, (t, b))| q.split(' ').all(|w| t.contains(w) || b.contains(w)))
        .map(|(i, _)| i as u32)
        .collect()
}

fn pages_of(r: &Reader, q: &str, typing: bool) -> Vec<u32> {
    let c = r.clauses(q, typing);
    let (_, hits) = r.search(&c, 100);
    let mut v: Vec<u32> = hits.iter().map(|h| h.page).collect();
    v.sort_unstable();
    v
}

#[test]
fn german_stems_and_title_boost() {
    let r = reader(
        "de",
        &[
            (
                "Nicht registrierte Domänen",
                "E-Mail von Domänen, die nicht registriert sind.",
            ),
            ("Zustellung", "Hier geht es um Domänen und Zustellung."),
            ("Anderes", "Nichts davon."),
        ],
        64,
    );
    let c = r.clauses("Domänen registrieren", false);
    let (total, hits) = r.search(&c, 10);
    assert_eq!(total, 1);
    assert_eq!(hits[0].page, 0);
    let (_, hits) = r.search(&r.clauses("domäne", false), 10);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].page, 0, "the title match ranks first");
    // Prefix as you type, across shards (64-byte shards split the terms).
    assert_eq!(pages_of(&r, "zust", true), vec![1]);
    assert_eq!(pages_of(&r, "zust", false), Vec::<u32>::new());
}

#[test]
fn cjk_phrase_matches_like_grep() {
    let pages = [
        ("未注册的域", "发送自未注册的域的电子邮件。"),
        ("其他", "注册域名，的域"),
        ("サブスクリプション", "サブスクリプションを購入します。"),
    ];
    let r = reader("zh", &pages, 128);
    for q in [
        "未注册的域",
        "注册",
        "的域",
        "域",
        "サブスクリプション",
        "ション",
        "購",
    ] {
        // No CJK query has a space: grep for the whole string.
        assert_eq!(pages_of(&r, q, false), grep(&pages, q), "query {q}");
    }
}

/// A small xorshift generator: deterministic fuzzing without a crate.
fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// Fewer than `max` of `pieces`, picked with `next`, end to end.
fn random_text(next: &mut impl FnMut() -> u64, pieces: &[&str], max: u64) -> String {
    (0..(next() % max))
        .map(|_| pieces[(next() % pieces.len() as u64) as usize])
        .collect()
}

/// A CJK phrase is looked up by every other bigram and its last
/// (`Clause::lookups`); that must still find exactly the pages that hold
/// the string. Two runs side by side (サブ、スク) hold サブ and スク two
/// positions apart unless the tokenizer keeps runs apart, and would then
/// match サブスク. Pages and queries come from a four-character alphabet
/// so that such near misses are everywhere.
#[test]
fn cjk_phrases_from_every_other_bigram_match_like_grep() {
    let pages = [("", "サブ、スク"), ("", "サブスク"), ("", "サブ スクa")];
    let r = reader("ja", &pages, 64);
    assert_eq!(pages_of(&r, "サブスク", false), vec![1]);
    assert_eq!(r.clauses("サブスク", false)[0].lookups().len(), 2);
    let pieces = ["サ", "ブ", "ス", "ク", "サブ", "、", " ", "a", "\n"];
    let mut next = xorshift(0xc0ffee);
    for round in 0..200 {
        let bodies: Vec<String> = (0..6)
            .map(|_| random_text(&mut next, &pieces, 24))
            .collect();
        let pages: Vec<(&str, &str)> = bodies.iter().map(|b| ("", b.as_str())).collect();
        let r = reader("ja", &pages, 48);
        for _ in 0..12 {
            let q: String = (0..(2 + next() % 7))
                .map(|_| ["サ", "ブ", "ス", "ク"][(next() % 4) as usize])
                .collect();
            assert_eq!(
                pages_of(&r, &q, false),
                grep(&pages, &q),
                "round {round}: {q} in {bodies:?}"
            );
        }
    }
}

/// A fragment chunk is tokenized alone in the page (for its snippet): its
/// tokens must get the positions the index gave them, counted from the
/// chunk's first position. A chunk whose first position is a CJK run's
/// unused one starts at the run's last character, one position on
/// (`ChunkStart::first`).
#[test]
fn every_chunk_numbers_its_tokens_as_the_index_did() {
    use crate::tokenize::spans;
    let pieces = [
        "サ", "ブ", "ス", "ク", "、", " ", "ab", "Get", "Mail", "-", ".", "5.7.750", "\n",
    ];
    let mut next = xorshift(0x5eed);
    // Chunks whose text starts one position on.
    let mut shifted = [0, 0];
    for _ in 0..600 {
        let body = random_text(&mut next, &pieces, 40);
        let size = 2 + (next() % 6) as u32;
        let page = analyze("", &body, None, size);
        let mut whole = Vec::new();
        spans(&body, u32::MAX, |t| whole.push(t));
        let starts: Vec<usize> = core::iter::once(0)
            .chain(page.chunk_starts.iter().map(|s| s.at))
            .collect();
        for (k, chunk) in page.chunks(&body).iter().enumerate() {
            shifted[usize::from(chunk.first < 0)] += usize::from(chunk.first != 0);
            let from = i64::from(k as u32 * size);
            let mut alone = Vec::new();
            spans(chunk.text, u32::MAX, |t| {
                let pos = i64::from(t.pos) + i64::from(chunk.first);
                alone.push((t.start, t.end, pos))
            });
            for t in whole.iter().filter(|t| t.pos / size == k as u32) {
                let at = |b: usize| b - starts[k];
                let want = (at(t.start), at(t.end), i64::from(t.pos) - from);
                assert!(
                    alone.contains(&want),
                    "{body:?}, chunk {k} of {size}: {t:?}"
                );
            }
        }
    }
    // A word takes one position whatever its connectors (a compound's
    // parts share it), so no chunk starts inside a word any more.
    assert!(
        shifted[0] > 0 && shifted[1] == 0,
        "chunks shifted past a CJK run's unused position only: {shifted:?}"
    );
    // The snippet of such a chunk marks what matched: サブスクリ holds
    // bigrams at 0-3, the unused 4 and リ at 5, so with chunks of four
    // positions chunk 1 is リ alone, first at 1.
    let pages = [("", "サブスクリ")];
    let algo = None;
    let page = analyze("", pages[0].1, algo, 4);
    let chunks = page.chunks(pages[0].1);
    assert_eq!((chunks[1].text, chunks[1].first), ("リ", 1));
    let (entry, shards) = build(&[&page], 4096);
    let mut r = Reader::open(&entry, "ja").expect("entry");
    assert!(r.add_shard(0, &shards[0]));
    let (_, hits) = r.search(&r.clauses("リ", true), 10);
    assert_eq!(hits[0].chunk, 1);
    let s = snippet_at(chunks[1].text, chunks[1].first, &hits[0].marks, 100);
    assert_eq!(marked(&s), vec!["リ"]);
}

#[test]
fn korean_finds_every_page_like_grep() {
    // Hangul is written with spaces between words, but particles attach to
    // nouns (도메인의 = of the domain), so words are bigrammed too: a noun
    // is found inside its inflected forms, with no dictionary.
    let pages = [
        (
            "등록되지 않은 도메인",
            "등록되지 않은 도메인의 이메일은 거부됩니다.",
        ),
        ("구독", "구독이 만료되었습니다. 관리자에게 문의하세요."),
        ("메일 흐름", "메일 흐름 규칙과 도메인 설정"),
    ];
    let r = reader("ko", &pages, 96);
    for q in [
        "도메인",
        "등록",
        "이메일",
        "메일",
        "메",
        "만료",
        "관리자에게",
        "흐름 규칙",
    ] {
        let want = grep(&pages, q);
        assert!(!want.is_empty(), "{q}");
        assert_eq!(pages_of(&r, q, false), want, "query {q}");
    }
    let c = r.clauses("도메인", false);
    let s = snippet(pages[0].1, &c, r.algo(), 200);
    assert_eq!(
        s.marks
            .iter()
            .map(|&(a, b)| &s.text[a..b])
            .collect::<Vec<_>>(),
        vec!["도메인"]
    );
}

#[test]
fn codes_and_cmdlets() {
    let r = reader(
        "en",
        &[
            (
                "Error 5.7.750",
                "550 5.7.750 Service unavailable. Run Get-InboundConnector.",
            ),
            ("Versions", "Exchange 15.0.1497.2 and 5.7.75"),
        ],
        4096,
    );
    assert_eq!(pages_of(&r, "5.7.750", false), vec![0]);
    assert_eq!(pages_of(&r, "550 5.7.750", false), vec![0]);
    assert_eq!(pages_of(&r, "Get-InboundConnector", false), vec![0]);
    assert_eq!(pages_of(&r, "inboundconnector", false), vec![0]);
    assert_eq!(pages_of(&r, "15.0.1497.2", false), vec![1]);
}

#[test]
fn missing_shards_then_search() {
    let algo = algorithm_for("en");
    let alpha = analyze("Alpha", "bravo charlie delta echo", algo, CHUNK_TOKENS);
    let zulu = analyze("Zulu", "yankee xray", algo, CHUNK_TOKENS);
    let (entry, shards) = build(&[&alpha, &zulu], 16);
    assert!(shards.len() > 2);
    let mut r = Reader::open(&entry, "en").expect("entry");
    let c = r.clauses("yankee", false);
    let need = r.missing_shards(&c);
    assert_eq!(need.len(), 1);
    assert!(r.add_shard(need[0], &shards[need[0]]));
    assert!(r.missing_shards(&c).is_empty());
    assert_eq!(r.search(&c, 5).1[0].page, 1);
}

#[test]
fn corrupt_files_are_rejected() {
    assert!(Reader::open(&[], "en").is_none());
    assert!(Reader::open(&[1, 5, 0xFF], "en").is_none());
    assert!(format::decode_shard(&[3, 0, 200]).is_none());
}

#[test]
fn snippets_highlight_matches() {
    let text = "Intro text. ".repeat(20) + "Unregistered domains send email. More.";
    let c = crate::tokenize::clauses("domains", algorithm_for("en"), false);
    let s = snippet(&text, &c, algorithm_for("en"), 80);
    assert!(s.cut_start);
    assert_eq!(s.marks.len(), 1);
    let (a, b) = s.marks[0];
    assert_eq!(&s.text[a..b], "domains");
    let c = crate::tokenize::clauses("的域", None, false);
    let s = snippet("发送自未注册的域的电子邮件", &c, None, 80);
    assert_eq!(&s.text[s.marks[0].0..s.marks[0].1], "的域");
}

fn marked(s: &Snippet) -> Vec<&str> {
    s.marks.iter().map(|&(a, b)| &s.text[a..b]).collect()
}

#[test]
fn cjk_snippets_mark_whole_phrases_only() {
    // 注册 and 的域 are bigrams of the query but, alone, not a match.
    let c = crate::tokenize::clauses("未注册的域", None, false);
    let s = snippet("请注册域名。来自未注册的域的邮件。其他的域", &c, None, 200);
    assert_eq!(marked(&s), vec!["未注册的域"]);
    // A typed CJK character marks itself, not the bigram it starts.
    let c = crate::tokenize::clauses("域", None, true);
    let s = snippet("域名和的域", &c, None, 200);
    assert_eq!(marked(&s), vec!["域", "域"]);
    // Latin prefixes as you type still mark the whole word.
    let c = crate::tokenize::clauses("regis", algorithm_for("de"), true);
    let s = snippet("Domänen registrieren", &c, algorithm_for("de"), 200);
    assert_eq!(marked(&s), vec!["registrieren"]);
}

#[test]
fn snippets_from_positions_mark_what_the_reader_matched() {
    let pages = [
        ("其他", "请注册域名。来自未注册的域的邮件。其他的域"),
        (
            "Domänen",
            "Nicht registrierte Domänen senden E-Mail. Domäne prüfen.",
        ),
    ];
    for (locale, q, typing) in [
        ("zh", "未注册的域", false),
        ("zh", "域", true),
        ("de", "Domänen", false),
        ("de", "regis", true),
        ("de", "E-Mail prüf", true),
    ] {
        let r = reader(locale, &pages, 4096);
        let c = r.clauses(q, typing);
        let (_, hits) = r.search(&c, 10);
        let want = if locale == "zh" { 0 } else { 1 };
        let h = hits
            .iter()
            .find(|h| h.page == want)
            .unwrap_or_else(|| panic!("{locale}: {q} finds page {want}"));
        let body = pages[h.page as usize].1;
        let by_marks = snippet_at(body, 0, &h.marks, 200);
        assert_eq!(by_marks, snippet(body, &c, r.algo(), 200), "{locale}: {q}");
        assert!(!by_marks.marks.is_empty(), "{locale}: {q}");
    }
}

#[test]
fn hits_point_at_the_chunk_with_the_most_matches() {
    use super::write::CHUNK_OVERLAP;
    let filler = "alpha ".repeat(CHUNK_TOKENS as usize * 2);
    let body = filler.clone() + "zeta zeta zeta " + &"beta ".repeat(50) + "zeta";
    let algo = algorithm_for("en");
    let page = analyze("Title zeta", &body, algo, CHUNK_TOKENS);
    assert_eq!(page.chunk_starts.len(), 2);
    let chunks = page.chunks(&body);
    // The chunks cover the body in order; each but the last overlaps the next.
    assert!(chunks[0].text.len() <= page.chunk_starts[0].at + CHUNK_OVERLAP);
    assert!(chunks[2].text.starts_with("zeta zeta zeta"));
    assert_eq!(chunks.last().map(|c| c.text.ends_with("zeta")), Some(true));
    let other = analyze("Other", "nothing here", algo, CHUNK_TOKENS);
    let (entry, shards) = build(&[&page, &other], 1 << 20);
    let mut r = Reader::open(&entry, "en").expect("entry");
    assert!(r.add_shard(0, &shards[0]));
    let (_, hits) = r.search(&r.clauses("zeta", false), 10);
    assert_eq!((hits[0].page, hits[0].chunk), (0, 2));
    // Only the title matches: chunk 0.
    let (_, hits) = r.search(&r.clauses("title", false), 10);
    assert_eq!((hits[0].page, hits[0].chunk), (0, 0));
}

#[test]
fn ln_is_close_enough() {
    use core::f32::consts::{LN_10, LN_2};
    for (x, want) in [
        (0.5f32, -LN_2),
        (1.0, 0.0),
        (2.0, LN_2),
        (10.0, LN_10),
        (123.4, 4.815_431),
    ] {
        assert!((libm_ln(x) - want).abs() < 1e-4, "{x}");
    }
}

/// A deterministic fuzz of the tokenizer, the query parser and the page
/// analysis on strings built from every class of character they treat
/// apart (ASCII and full-width letters, digits and connectors, CJK, kana,
/// Hangul, combining and supplementary characters). Full-width connectors
/// once made token offsets point inside a character, which panicked in
/// `clauses` (`x．y` typed in a search box) and cut chunks at the wrong
/// byte.
#[test]
fn tokenizer_fuzz_keeps_offsets_on_char_boundaries() {
    use crate::tokenize::{clauses, spans, tokens, Mode};
    let pieces = [
        "a", "Z", "9", ".", "-", "_", "．", "－", "＿", "Ａ", "１", "日", "本", "ア", "ー", " ",
        "é", "ß", "\n", "İ", "ǅ", "😀", "가", "e\u{301}", "Get-", "5.7.", "ﬁ",
    ];
    let mut next = xorshift(0x5eed);
    for _ in 0..4000 {
        let text = random_text(&mut next, &pieces, 16);
        for tag in ["en", "de", "ja"] {
            let algo = algorithm_for(tag);
            for mode in [Mode::Index, Mode::Query] {
                let mut last = 0;
                for t in tokens(&text, algo, mode) {
                    assert!(
                        t.start < t.end && text.get(t.start..t.end).is_some(),
                        "{text:?}: {t:?}"
                    );
                    assert!(!t.term.is_empty() && t.pos >= last, "{text:?}: {t:?}");
                    last = t.pos;
                }
            }
            let mut indexed: Vec<u32> = tokens(&text, algo, Mode::Index)
                .iter()
                .map(|t| t.pos)
                .collect();
            indexed.dedup();
            let mut spanned = Vec::new();
            spans(&text, u32::MAX, |t| {
                assert!(text.get(t.start..t.end).is_some(), "{text:?}: {t:?}");
                spanned.push(t.pos);
            });
            spanned.dedup();
            assert_eq!(indexed, spanned, "{text:?}");
            for as_you_type in [false, true] {
                for c in clauses(&text, algo, as_you_type) {
                    assert!(c.terms.iter().all(|t| !t.is_empty()), "{text:?}: {c:?}");
                }
            }
            let page = analyze("", &text, algo, 3);
            assert!(
                page.chunk_starts
                    .iter()
                    .all(|s| text.is_char_boundary(s.at)),
                "{text:?}"
            );
            let joined: usize = page.chunks(&text).iter().map(|c| c.text.len()).sum();
            assert!(joined >= text.len(), "{text:?}");
        }
    }
}

/// A page analysed with its blocks marked: `blocks` are `(kind, text)`,
/// `h` a section heading, `c` a code block, anything else prose; the body
/// is their texts, one per line, as `stele build` joins them.
fn marked_page(title: &str, blocks: &[(&str, &str)], chunk_tokens: u32) -> (PageTerms, String) {
    let mut body = alloc::string::String::new();
    let mut bounds = Vec::new();
    let mut kinds = Vec::new();
    for (kind, text) in blocks {
        if !body.is_empty() {
            body.push('\n');
        }
        let start = body.len();
        body.push_str(text);
        if *kind != "p" {
            bounds.extend([start, body.len()]);
            kinds.push(*kind);
        }
    }
    let (mut page, pos) =
        super::write::analyze_marked(title, &body, algorithm_for("en"), chunk_tokens, &bounds);
    for (i, kind) in kinds.iter().enumerate() {
        let (a, b) = (pos[2 * i], pos[2 * i + 1]);
        match *kind {
            "h" => page.layout.sections.push(a),
            _ => page.layout.code.push((a, b)),
        }
    }
    (page, body)
}

fn marked_reader(pages: &[&PageTerms]) -> Reader {
    let (entry, shards) = build(pages, 1 << 20);
    let mut r = Reader::open(&entry, "en").expect("entry decodes");
    for (i, s) in shards.iter().enumerate() {
        assert!(r.add_shard(i, s));
    }
    r
}

/// A page that says a word in prose outranks one that only has it in a
/// code block, though the code page holds it more often and is shorter.
#[test]
fn matches_in_code_rank_below_prose() {
    let (prose, _) = marked_page(
        "Routing",
        &[(
            "p",
            "Set the weight of each connector to route mail evenly between the servers you run.",
        )],
        CHUNK_TOKENS,
    );
    let (code, _) = marked_page(
        "Connectors",
        &[
            ("p", "An example"),
            ("c", "{\"weight\": 10, \"weight\": 1}"),
        ],
        CHUNK_TOKENS,
    );
    let r = marked_reader(&[&code, &prose]);
    let (total, hits) = r.search(&r.clauses("weight", false), 10);
    assert_eq!(total, 2);
    assert_eq!(hits[0].page, 1, "{hits:?}");
    assert!(hits[0].score > hits[1].score);
    // Without the layout both are prose, and the code page, shorter and
    // with the word more often, wins.
    let (mut plain, _) = marked_page(
        "Connectors",
        &[
            ("p", "An example"),
            ("p", "{\"weight\": 10, \"weight\": 1}"),
        ],
        CHUNK_TOKENS,
    );
    plain.layout = format::Layout::default();
    let r = marked_reader(&[&plain, &prose]);
    let (_, hits) = r.search(&r.clauses("weight", false), 10);
    assert_eq!(hits[0].page, 0, "the fixture must need the code weight");
}

/// A hit lists the sections that hold the most clauses, then the most
/// matches, at most three, each with the chunk of its heading and the
/// marks of its excerpt; text before the first heading is no section.
#[test]
fn hits_list_their_best_sections() {
    let blocks = [
        ("p", "Intro about mailboxes and licences."),
        ("h", "Shared mailboxes"),
        ("p", "A shared mailbox needs no licence."),
        ("h", "Licences"),
        (
            "p",
            "Licences are per user. A licence is needed for an archive.",
        ),
        ("h", "Archives"),
        ("p", "Nothing to see."),
        ("h", "Mailboxes and licences"),
        ("p", "Both mailbox and licence, twice: mailbox licence."),
        ("h", "Code"),
        ("c", "Set-Mailbox -Licence x"),
    ];
    // Four tokens per chunk: sections and excerpts in different chunks.
    let (page, body) = marked_page("Title", &blocks, 4);
    assert_eq!(page.layout.sections.len(), 5);
    assert_eq!(page.layout.code.len(), 1);
    let r = marked_reader(&[&page]);
    let (_, hits) = r.search(&r.clauses("mailbox licence", false), 10);
    let subs = &hits[0].subs;
    let order: Vec<u32> = subs.iter().map(|s| s.section).collect();
    // Both words: "Mailboxes and licences" (its heading and four in
    // prose), "Shared mailboxes" (three), then the code (both words, in
    // code); "Licences" holds one of the two.
    assert_eq!(order, [3, 0, 4], "{subs:?}");
    let chunks = page.chunks(&body);
    for s in subs {
        let start = page.layout.sections[s.section as usize];
        assert_eq!(s.heading_chunk, start / 4);
        assert!(!s.marks.is_empty());
        let c = chunks[s.chunk as usize];
        let sn = snippet_at(c.text, c.first, &s.marks, 140);
        assert!(!sn.marks.is_empty(), "{sn:?}");
        for &(a, b) in &sn.marks {
            let w = sn.text[a..b].to_lowercase();
            // (A compound's part marks the compound: `Set-Mailbox`.)
            assert!(w.contains("mailbox") || w.starts_with("licence"), "{w}");
        }
    }
    // The layout goes through the entry unchanged.
    let (entry, _) = build(&[&page], 1 << 20);
    let e = format::Entry::decode(&entry).expect("decodes");
    assert_eq!(e.layouts, vec![page.layout.clone()]);
    // No headings, no sections.
    let (flat, _) = marked_page("T", &[("p", "mailbox licence")], 4);
    let r = marked_reader(&[&flat]);
    let (_, hits) = r.search(&r.clauses("mailbox licence", false), 10);
    assert!(hits[0].subs.is_empty());
}
