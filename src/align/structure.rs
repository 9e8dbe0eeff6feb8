//! Structural alignment of a translation without markup.
//!
//! Machine-translated help articles keep their structure: the same headings
//! with the same `<a name>` anchors, the same list items, links to the same
//! URLs, the same error codes and inline code. So instead of aligning
//! sentences by length alone (what hunalign does, and why it loses a few
//! segments per article), we first match *text blocks* with a
//! Needleman–Wunsch alignment scored on those anchors, and only then split
//! each matched block's sentences over the units the source block holds,
//! with a small Gale–Church-style dynamic programme on relative lengths,
//! sentence counts and numbers.

use super::{norm, LocaleAlignment, Method, Pair, Status, Unit};
use crate::markup::{BlockKind, Document};
use stele_runtime::tokenize::is_cjk;

/// A block that holds running text: a heading, paragraph, tight list item,
/// table cell or raw HTML cell.
#[derive(Debug, Clone)]
pub struct Container {
    pub block: usize,
    pub kind: BlockKind,
    pub text: String,
    pub norm: String,
    pub anchor: Option<String>,
    /// Link targets inside the block, with `/xx-yy/` locale parts removed.
    pub links: Vec<String>,
    pub code: Vec<String>,
    /// Digit runs in the text.
    pub numbers: Vec<String>,
    /// Kind of the enclosing block (alert, list, table…), if any.
    pub path: Option<&'static str>,
    pub line: u32,
    pub col: u32,
    /// [`text_len`] of `text`, computed once: the alignment table reads it
    /// in every cell.
    pub weight: f32,
}

/// Whether each block holds running text of its own: a heading,
/// paragraph, table cell, raw HTML cell, or a list item without paragraphs
/// (a tight one). One pass over the blocks, so that deeply nested lists
/// stay linear.
fn container_flags(doc: &Document) -> Vec<bool> {
    let mut flags: Vec<bool> = doc
        .blocks
        .iter()
        .map(|b| {
            matches!(
                b.kind,
                BlockKind::Heading { .. }
                    | BlockKind::Paragraph
                    | BlockKind::TableCell { .. }
                    | BlockKind::HtmlCell { .. }
                    | BlockKind::ListItem { .. }
            )
        })
        .collect();
    for b in &doc.blocks {
        if let (Some(p), BlockKind::Paragraph) = (b.parent, &b.kind) {
            if matches!(doc.blocks[p].kind, BlockKind::ListItem { .. }) {
                flags[p] = false;
            }
        }
    }
    flags
}

/// Strips a locale folder such as `/en-us/` from a URL so that localized
/// links still count as the same target.
pub fn unlocalize_url(u: &str) -> String {
    let mut out = Vec::new();
    for part in u.split('/') {
        let b = part.as_bytes();
        let is_loc = (b.len() == 5 && b[2] == b'-' || b.len() == 2)
            && part.chars().enumerate().all(|(i, c)| {
                if i == 2 {
                    c == '-'
                } else {
                    c.is_ascii_alphabetic()
                }
            })
            && !out.is_empty();
        if !is_loc {
            out.push(part);
        }
    }
    out.join("/").to_ascii_lowercase()
}

/// Digit runs of a text (`550 5.7.750` → 550, 5, 7, 750).
pub fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Hard break marker inside [`Container::broken_text`].
pub const BREAK: char = '\u{2029}';

/// A block's text with hard breaks (`<br>`, two-space breaks) marked as
/// [`BREAK`]: translators put one segment per line in table cells, so a
/// break is a segment boundary that the plain block text has lost. Read from
/// the marked body with pulldown-cmark (segment markers dropped), and only
/// when a block must be split.
pub fn broken_text(doc: &Document, i: usize) -> String {
    use pulldown_cmark::{Event, Parser};
    let b = &doc.blocks[i];
    let Some(slice) = doc.marked_body.get(b.marked_range.clone()) else {
        return b.text.clone();
    };
    let mut raw = String::with_capacity(slice.len());
    for ev in Parser::new_ext(slice, crate::markup::markdown_options()) {
        match ev {
            Event::Text(t) | Event::Code(t) => raw.push_str(&t),
            Event::SoftBreak => raw.push(' '),
            Event::HardBreak => raw.push(BREAK),
            Event::InlineHtml(h) | Event::Html(h)
                if h.trim_start().to_ascii_lowercase().starts_with("<br") =>
            {
                raw.push(BREAK)
            }
            _ => {}
        }
    }
    let raw: String = raw
        .chars()
        .filter(|&c| {
            c != crate::markup::SEG_OPEN
                && c != crate::markup::SEG_CLOSE
                && (c as u32) < crate::markup::SEG_INDEX_BASE
        })
        .collect();
    raw.split(BREAK)
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(&BREAK.to_string())
}

/// The text containers of a document, in document order.
///
/// Each container's links, numbers and enclosing kind are its own: a link
/// belongs to the innermost container around it, and a list item's
/// numbers are read from its text without its nested items (which are
/// containers of their own). That keeps the work linear in the size of the
/// document however deep its lists nest (a 2,000-deep list took 11 s when
/// every item gathered what every item below it held).
pub fn containers(doc: &Document) -> Vec<Container> {
    let flags = container_flags(doc);
    // The innermost container around each link or image.
    let mut links: Vec<Vec<String>> = vec![Vec::new(); doc.blocks.len()];
    for c in &doc.blocks {
        if let BlockKind::Link { dest } | BlockKind::Image { dest } = &c.kind {
            let mut p = c.parent;
            while let Some(x) = p {
                if flags[x] {
                    links[x].push(unlocalize_url(dest));
                    break;
                }
                p = doc.blocks[x].parent;
            }
        }
    }
    // The list items directly inside each list item (through its lists).
    let mut sub_items: Vec<Vec<usize>> = vec![Vec::new(); doc.blocks.len()];
    for (j, c) in doc.blocks.iter().enumerate() {
        if !matches!(c.kind, BlockKind::ListItem { .. }) {
            continue;
        }
        let Some(list) = c.parent else { continue };
        if let Some(item) = doc.blocks[list].parent {
            if matches!(doc.blocks[item].kind, BlockKind::ListItem { .. }) {
                sub_items[item].push(j);
            }
        }
    }
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if !flags[i] {
            continue;
        }
        let text = own_text(doc, i, &sub_items[i]);
        out.push(Container {
            weight: text_len(&text),
            block: i,
            kind: b.kind.clone(),
            norm: norm(&text),
            numbers: numbers(&text),
            text,
            anchor: b.anchor.clone(),
            links: std::mem::take(&mut links[i]),
            code: b.code.clone(),
            path: b.parent.map(|p| doc.blocks[p].kind.name()),
            line: b.line,
            col: b.col,
        });
    }
    out
}

/// A block's text without the text of the list items nested in it: a
/// tight list item's text includes its sub-list, whose items are
/// containers of their own, and a segment must be found in the innermost
/// one (otherwise the sub-items are reported missing although every
/// locale has them). `sub_items` are the items directly below it (their
/// text holds the text of theirs).
fn own_text(doc: &Document, i: usize, sub_items: &[usize]) -> String {
    let b = &doc.blocks[i];
    let mut nested: Vec<&str> = sub_items
        .iter()
        .map(|&c| doc.blocks[c].text.as_str())
        .filter(|t| !t.trim().is_empty())
        .collect();
    if nested.is_empty() {
        return b.text.clone();
    }
    nested.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut text = b.text.clone();
    for t in nested {
        if let Some(at) = text.find(t) {
            text.replace_range(at..at + t.len(), " ");
        }
    }
    text
}

/// Jaccard similarity of two lists taken as sets; `None` when both are
/// empty. Sorted merges rather than hash sets: it runs for every cell of
/// the alignment table, mostly on lists of zero to three items.
fn jaccard(a: &[String], b: &[String]) -> Option<f32> {
    if a.is_empty() && b.is_empty() {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        return Some(0.0);
    }
    if let ([x], [y]) = (a, b) {
        return Some(if x == y { 1.0 } else { 0.0 });
    }
    let (sa, sb) = (sorted_set(a), sorted_set(b));
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < sa.len() && j < sb.len() {
        match sa[i].cmp(sb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = sa.len() + sb.len() - inter;
    Some(inter as f32 / union as f32)
}

fn sorted_set(v: &[String]) -> Vec<&str> {
    let mut s: Vec<&str> = v.iter().map(String::as_str).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// Length for proportions: a CJK character carries about as much as three
/// Latin letters, so mixed CJK/Latin text is not over- or under-weighted.
fn text_len(s: &str) -> f32 {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if is_cjk(c) { 3.0 } else { 1.0 })
        .sum::<f32>()
        .max(1.0)
}

/// How well target container `t` matches source container `s`; `None` when
/// they cannot be the same block.
fn score(s: &Container, t: &Container, ratio: f32) -> Option<f32> {
    use BlockKind::*;
    let mut sc = 1.0f32;
    match (&s.kind, &t.kind) {
        (Heading { level: a }, Heading { level: b }) => {
            if a != b {
                sc -= 0.5;
            }
        }
        (Paragraph, Paragraph) | (HtmlCell { .. }, HtmlCell { .. }) => {}
        (ListItem { number: a, .. }, ListItem { number: b, .. }) => {
            if a == b {
                sc += 0.3;
            }
        }
        (
            TableCell {
                row: r1,
                column: c1,
                ..
            },
            TableCell {
                row: r2,
                column: c2,
                ..
            },
        ) => {
            if r1 == r2 && c1 == c2 {
                sc += 0.5;
            }
        }
        (Paragraph, ListItem { .. }) | (ListItem { .. }, Paragraph) => sc -= 0.5,
        _ => return None,
    }
    match (&s.anchor, &t.anchor) {
        (Some(a), Some(b)) if a == b => sc += 3.0,
        (Some(_), Some(_)) => sc -= 1.5,
        _ => {}
    }
    if let Some(j) = jaccard(&s.links, &t.links) {
        sc += if j == 0.0 { -1.0 } else { 2.0 * j };
    }
    if let Some(j) = jaccard(&s.code, &t.code) {
        sc += if j == 0.0 { -0.5 } else { 1.0 * j };
    }
    if let Some(j) = jaccard(&s.numbers, &t.numbers) {
        sc += if j == 0.0 { -0.5 } else { j };
    }
    if s.path == t.path {
        sc += 0.3;
    } else {
        sc -= 0.5;
    }
    let r = (t.weight / s.weight) / ratio;
    sc -= 0.6 * r.ln().abs();
    Some(sc)
}

/// Past this many cells, [`match_containers`] fills only a band around
/// the diagonal: a full table over two 2,000-container files is 4 million
/// scores.
const FULL_TABLE_CELLS: usize = 1 << 18;

/// Half the width of that band, in containers. Translations keep the
/// order of their blocks, so the best path stays near the diagonal; a
/// block that moved farther than this is reported missing and extra.
const BAND: usize = 128;

/// Needleman–Wunsch over containers; returns matched (source, target, score).
///
/// Small documents get the whole table. Past [`FULL_TABLE_CELLS`] each
/// source row `i` is filled only between the columns of rows `i - 1` and
/// `i + 1` on the diagonal from `(0, 0)` to `(n, m)`, widened by
/// [`BAND`]: adjacent rows overlap, so the corner is always reached, and
/// the work is linear in `n + m`.
pub fn match_containers(src: &[Container], tgt: &[Container]) -> Vec<(usize, usize, f32)> {
    let (n, m) = (src.len(), tgt.len());
    let total_s: f32 = src.iter().map(|c| c.weight).sum();
    let total_t: f32 = tgt.iter().map(|c| c.weight).sum();
    let ratio = if total_s > 0.0 {
        (total_t / total_s).max(0.05)
    } else {
        1.0
    };
    let full = (n + 1).saturating_mul(m + 1) <= FULL_TABLE_CELLS;
    // Columns [lo, hi) of each row.
    let span = |i: usize| -> (usize, usize) {
        if full || n == 0 {
            return (0, m + 1);
        }
        let on_diagonal = |r: usize| r.min(n) * m / n;
        let lo = on_diagonal(i.saturating_sub(1)).saturating_sub(BAND);
        let hi = (on_diagonal(i + 1) + BAND + 1).min(m + 1);
        (lo, hi)
    };
    let rows: Vec<(usize, usize)> = (0..=n).map(span).collect();
    let mut start = Vec::with_capacity(n + 2);
    start.push(0usize);
    for &(lo, hi) in &rows {
        start.push(start[start.len() - 1] + (hi - lo));
    }
    let cells = start[n + 1];
    let mut dp = vec![f32::NEG_INFINITY; cells];
    let mut back = vec![0u8; cells];
    let at = |i: usize, j: usize| -> Option<usize> {
        let (lo, hi) = rows[i];
        (lo <= j && j < hi).then(|| start[i] + j - lo)
    };
    let get = |dp: &[f32], i: usize, j: usize| at(i, j).map_or(f32::NEG_INFINITY, |k| dp[k]);
    for i in 0..=n {
        let (lo, hi) = rows[i];
        for j in lo..hi {
            let k = start[i] + j - lo;
            if i == 0 && j == 0 {
                dp[k] = 0.0;
                continue;
            }
            let mut best = f32::NEG_INFINITY;
            let mut how = 0u8;
            if i > 0 && get(&dp, i - 1, j) > best {
                best = get(&dp, i - 1, j);
                how = 1;
            }
            if j > 0 && get(&dp, i, j - 1) > best {
                best = get(&dp, i, j - 1);
                how = 2;
            }
            if i > 0 && j > 0 && get(&dp, i - 1, j - 1) > f32::NEG_INFINITY {
                if let Some(s) = score(&src[i - 1], &tgt[j - 1], ratio) {
                    let v = get(&dp, i - 1, j - 1) + s;
                    if v > best {
                        best = v;
                        how = 3;
                    }
                }
            }
            dp[k] = best;
            back[k] = how;
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        match at(i, j).map_or(0, |k| back[k]) {
            3 => {
                let s = score(&src[i - 1], &tgt[j - 1], ratio).unwrap_or(0.0);
                out.push((i - 1, j - 1, s));
                i -= 1;
                j -= 1;
            }
            1 => i -= 1,
            2 => j -= 1,
            // Not reached (cannot happen inside the band): step back.
            _ if i > 0 => i -= 1,
            _ => j -= 1,
        }
    }
    out.reverse();
    out
}

/// Splits running text into sentences: after `.`, `!`, `?` followed by a
/// space and not inside a number, and after CJK full stops.
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == BREAK {
            let t = cur.trim().to_string();
            if !t.is_empty() {
                out.push(t);
            }
            cur.clear();
            i += 1;
            continue;
        }
        cur.push(c);
        let end = match c {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => {
                let next = chars.get(i + 1).copied();
                let after = chars.get(i + 2).copied();
                let prev = if i > 0 {
                    chars.get(i - 1).copied()
                } else {
                    None
                };
                match next {
                    Some(n) if n.is_whitespace() => {
                        // "z. B." and "e.g. x": a one-letter word before the dot
                        // or a lower-case word after it rarely ends a sentence.
                        let short = i >= 2
                            && chars[i - 2].is_whitespace()
                            && prev.is_some_and(|p| p.is_alphabetic());
                        !short && !after.is_some_and(|a| a.is_lowercase() && !is_cjk(a))
                    }
                    Some(n) if is_cjk(n) => prev.is_some_and(|p| !p.is_ascii_digit()),
                    _ => false,
                }
            }
            _ => false,
        };
        if end {
            // Keep closing quotes and brackets with the sentence.
            while let Some(&n) = chars.get(i + 1) {
                if matches!(n, '"' | '\'' | ')' | '」' | '』' | '）' | '”' | '’') {
                    cur.push(n);
                    i += 1;
                } else {
                    break;
                }
            }
            let t = cur.trim().to_string();
            if !t.is_empty() {
                out.push(t);
            }
            cur.clear();
        }
        i += 1;
    }
    let t = cur.trim().to_string();
    if !t.is_empty() {
        out.push(t);
    }
    out
}

/// Groups `sents` onto `units` (English texts) in order. Returns, per group,
/// the unit range and the sentence range, and a confidence for each group.
pub fn split_onto(
    units: &[&str],
    sents: &[String],
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>, f32)> {
    let k = units.len();
    let n = sents.len();
    if k == 0 || n == 0 {
        return Vec::new();
    }
    if k == 1 {
        return vec![(0..1, 0..n, 1.0)];
    }
    let total_u: f32 = units.iter().map(|u| text_len(u)).sum();
    let total_s: f32 = sents.iter().map(|s| text_len(s)).sum();
    let u_sent: Vec<usize> = units.iter().map(|u| sentences(u).len().max(1)).collect();
    let u_num: Vec<Vec<String>> = units.iter().map(|u| numbers(u)).collect();
    let cost = |ua: usize, ub: usize, sa: usize, sb: usize| -> f32 {
        let lu: f32 = units[ua..ub].iter().map(|u| text_len(u)).sum::<f32>() / total_u;
        let ls: f32 = sents[sa..sb].iter().map(|s| text_len(s)).sum::<f32>() / total_s;
        let mut c = 2.0 * (ls / lu).ln().abs();
        let expected: usize = u_sent[ua..ub].iter().sum();
        c += 0.4 * (expected as f32 - (sb - sa) as f32).abs();
        if ub - ua > 1 {
            c += 4.0 * (ub - ua - 1) as f32;
        }
        let group: String = sents[sa..sb].join(" ");
        let gnum = numbers(&group);
        for nums in &u_num[ua..ub] {
            for x in nums {
                if !gnum.contains(x) {
                    c += 0.5;
                }
            }
        }
        c
    };
    let inf = f32::INFINITY;
    let mut dp = vec![inf; (k + 1) * (n + 1)];
    let mut back = vec![(0usize, 0usize); (k + 1) * (n + 1)];
    let w = n + 1;
    dp[0] = 0.0;
    for i in 0..=k {
        for j in 0..=n {
            let here = dp[i * w + j];
            if here == inf {
                continue;
            }
            for a in 1..=3.min(k - i) {
                for b in 1..=6.min(n - j) {
                    let v = here + cost(i, i + a, j, j + b);
                    let t = (i + a) * w + j + b;
                    if v < dp[t] {
                        dp[t] = v;
                        back[t] = (a, b);
                    }
                }
            }
        }
    }
    if dp[k * w + n] == inf {
        return vec![(0..k, 0..n, 0.3)];
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (k, n);
    while i > 0 && j > 0 {
        let (a, b) = back[i * w + j];
        let c = cost(i - a, i, j - b, j);
        let conf = if a > 1 {
            0.4
        } else {
            (1.0 - c / 4.0).clamp(0.5, 0.98)
        };
        out.push((i - a..i, j - b..j, conf));
        i -= a;
        j -= b;
    }
    out.reverse();
    out
}

/// Aligns a translation without markup to the units.
pub fn align_unmarked(
    src: &[Container],
    units: &[Unit],
    locale: usize,
    doc: &Document,
) -> LocaleAlignment {
    let tgt = containers(doc);
    let matches = match_containers(src, &tgt);
    let mut pairs = Vec::new();
    let mut done = vec![false; units.len()];
    let mut tgt_used = vec![false; tgt.len()];
    for &(si, ti, sc) in &matches {
        let us: Vec<usize> = (0..units.len())
            .filter(|&u| units[u].container == Some(si))
            .collect();
        tgt_used[ti] = true;
        if us.is_empty() {
            continue;
        }
        let block_conf = (0.55 + sc / 8.0).clamp(0.3, 1.0);
        let texts: Vec<&str> = us.iter().map(|&u| units[u].text.as_str()).collect();
        let t = &tgt[ti];
        let sents = if us.len() == 1 {
            vec![t.text.clone()]
        } else {
            sentences(&broken_text(doc, t.block))
        };
        for (ur, sr, conf) in split_onto(&texts, &sents) {
            let first = us[ur.start];
            let last = us[ur.end - 1];
            let sep = if sents.iter().any(|s| s.chars().any(is_cjk)) {
                ""
            } else {
                " "
            };
            for &u in &us[ur.clone()] {
                done[u] = true;
            }
            pairs.push(Pair {
                units: first..last + 1,
                segments: Vec::new(),
                target_text: sents[sr].join(sep),
                target_markdown: None,
                english: None,
                english_markdown: None,
                status: Status::Unknown,
                method: Method::Structure,
                confidence: (block_conf * conf).clamp(0.0, 1.0),
                line: t.line,
                col: t.col,
            });
        }
    }
    let missing = (0..units.len())
        .filter(|&u| !done[u] && units[u].front_matter_key.is_none())
        .collect();
    let extra = tgt
        .iter()
        .enumerate()
        .filter(|(i, c)| !tgt_used[*i] && !super::is_verbatim_text(&c.text, &c.code))
        .map(|(_, c)| super::Extra {
            id: format!("{}.{}", c.kind.name(), c.line),
            text: c.text.clone(),
            english: None,
            segment: None,
            line: c.line,
            col: c.col,
        })
        .collect();
    LocaleAlignment {
        locale,
        marked: false,
        pairs,
        missing,
        extra,
    }
}
