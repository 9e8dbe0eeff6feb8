//! The evaluator: find the code, match the rules, rank them, answer
//! follow-up questions and write the JSON result.
//!
//! Ranking, in order of weight:
//! 1. how specific the rule's code set is: an exact code beats a narrow
//!    range or wildcard (≤ 100 codes), which beats a wide one; `fallback`
//!    rules (`5.7.0–5.7.999`) count only when nothing else covers the code;
//! 2. the basic reply code, when both the rule and the input name one (a
//!    rule for `432 4.3.2` is left out for `554 4.3.2`);
//! 3. how many of the rule's text patterns occur in the input: this is what
//!    orders the three meanings of 5.7.1.
//!
//! Among rules of the best specificity all are listed (a code with several
//! meanings shows them all); less specific ones only when their text
//! matches. Without any code, rules are matched by text alone.

use super::code::{self, Prefix, Scan};
use super::data::{self, ui, Rule, Strings};
use crate::json;
use alloc::string::String;
use alloc::vec::Vec;

/// At most this many candidates are listed for a partial code.
pub const MAX_CANDIDATES: usize = 24;

const SPEC_EXACT: u32 = 3;
const SPEC_NARROW: u32 = 2;
const SPEC_WIDE: u32 = 1;

/// Loaded rules and one locale's strings: what an evaluation needs.
pub struct Policies<'a> {
    pub rules: Vec<Rule<'a>>,
    pub strings: Strings<'a>,
}

impl<'a> Policies<'a> {
    /// Decodes both blobs and checks that they fit together.
    pub fn load(rules: &'a [u8], strings: &'a [u8]) -> Result<Self, data::DataError> {
        let rules = data::decode_rules(rules)?;
        let strings = data::decode_strings(strings)?;
        if !data::consistent(&rules, &strings) {
            return Err(data::DataError::BadIndex);
        }
        Ok(Policies { rules, strings })
    }
}

/// Reusable buffers, so that repeated evaluations do not allocate.
#[derive(Default)]
pub struct Scratch {
    norm: Vec<u8>,
    hits: Vec<Hit>,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    rule: usize,
    score: u32,
    spec: u32,
    by_code: bool,
    text: u32,
}

impl Scratch {
    /// Buffers big enough for any evaluation over `rules` rules, so that
    /// evaluations never reallocate them (the wasm allocator relies on it).
    pub fn with_capacity(rules: usize) -> Self {
        Scratch {
            norm: Vec::with_capacity(crate::text::MAX_INPUT),
            hits: Vec::with_capacity(rules),
        }
    }
}

/// The matching part of an evaluation, before any text is written.
struct Outcome {
    scan: Scan,
    /// No rule more specific than a fallback covers the code.
    unspecific: bool,
}

fn text_hits(rule: &Rule<'_>, norm: &[u8]) -> u32 {
    let mut n = 0;
    for t in &rule.text {
        if crate::text::find(norm, t.as_bytes()).is_some() {
            n += 1;
        }
    }
    n
}

/// The smallest of the rule's intervals that holds `key`, as a width.
fn width_containing(rule: &Rule<'_>, key: u32) -> Option<u32> {
    let mut best: Option<u32> = None;
    for &(lo, hi) in &rule.ranges {
        if lo <= key && key <= hi {
            let w = hi - lo + 1;
            best = Some(best.map_or(w, |b| b.min(w)));
        }
    }
    best
}

fn run(p: &Policies<'_>, input: &str, s: &mut Scratch) -> Outcome {
    crate::text::normalize_into(input, &mut s.norm);
    let scan = code::scan(&s.norm);
    s.hits.clear();
    let mut best_spec = 0;
    for (i, r) in p.rules.iter().enumerate() {
        let mut spec = 0;
        let mut basic_bonus = 0;
        let mut by_code = false;
        if let Some(f) = scan.found {
            match width_containing(r, f.key) {
                Some(w) => {
                    if !r.basic.is_empty() && f.basic != 0 {
                        if !r.basic.contains(&f.basic) {
                            continue;
                        }
                        basic_bonus = 1;
                    }
                    by_code = true;
                    spec = if r.fallback {
                        0
                    } else if w == 1 {
                        SPEC_EXACT
                    } else if w <= 100 {
                        SPEC_NARROW
                    } else {
                        SPEC_WIDE
                    };
                }
                None if !r.ranges.is_empty() => continue,
                None => {}
            }
        }
        // Text is searched only for rules still in the running: with a
        // code, that is a handful, which keeps an evaluation well under 1 µs.
        let th = text_hits(r, &s.norm);
        if !by_code && th == 0 {
            continue;
        }
        if by_code && spec > best_spec {
            best_spec = spec;
        }
        let score = spec * 1000 + basic_bonus * 200 + th.min(9) * 100;
        s.hits.push(Hit {
            rule: i,
            score,
            spec,
            by_code,
            text: th,
        });
    }
    let found = scan.found.is_some();
    s.hits.retain(|h| {
        if !found {
            true
        } else if h.by_code {
            h.spec == best_spec || (h.spec > 0 && h.text > 0)
        } else {
            best_spec == 0
        }
    });
    // Insertion sort: stable, tiny, and no `sort` machinery in the wasm.
    for i in 1..s.hits.len() {
        let mut j = i;
        while j > 0 && s.hits[j - 1].score < s.hits[j].score {
            s.hits.swap(j - 1, j);
            j -= 1;
        }
    }
    Outcome {
        scan,
        unspecific: scan.found.is_some() && best_spec == 0,
    }
}

/// Counts the matches for `input` without writing any text (for benchmarks).
pub fn count(p: &Policies<'_>, input: &str, s: &mut Scratch) -> u32 {
    run(p, input, s);
    s.hits.len() as u32
}

/// The answer chosen for question `id` in `answers` (`id=value` pairs
/// separated by `;`, `&` or new lines).
fn answer_for<'x>(answers: &'x str, id: &str) -> Option<&'x str> {
    answers
        .split([';', '&', '\n'])
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| k.trim() == id)
        .map(|(_, v)| v.trim())
}

/// Evaluates `input` with follow-up `answers` and appends the JSON result
/// to `out` (schema in `docs/lookup.md`).
pub fn evaluate(p: &Policies<'_>, input: &str, answers: &str, s: &mut Scratch, out: &mut String) {
    let o = run(p, input, s);
    let st = &p.strings;
    out.push('{');
    json::key(out, "lang");
    json::str(out, st.lang);
    out.push(',');
    json::key(out, "code");
    match o.scan.found {
        Some(f) => {
            out.push('"');
            code::write_code(out, f.key);
            out.push('"');
        }
        None => out.push_str("null"),
    }
    out.push(',');
    json::key(out, "basic");
    let basic = o.scan.found.map_or(0, |f| f.basic);
    if basic != 0 {
        out.push('"');
        json::uint(out, basic as u32);
        out.push('"');
    } else {
        out.push_str("null");
    }
    out.push(',');
    json::key(out, "written");
    match o.scan.found.filter(|f| f.corrected) {
        Some(f) => {
            let w = core::str::from_utf8(&s.norm[f.start..f.end]).unwrap_or("");
            json::str(out, w);
        }
        None => out.push_str("null"),
    }
    out.push(',');
    json::key(out, "partial");
    match o.scan.partial {
        Some(pf) => {
            out.push('"');
            json::uint(out, pf.class);
            if let Some(sub) = pf.subject {
                out.push('.');
                json::uint(out, sub);
            }
            out.push('"');
        }
        None => out.push_str("null"),
    }
    out.push(',');
    json::key(out, "generic");
    let cs = match (o.scan.found, o.scan.partial) {
        (Some(f), _) => Some((code::class_of(f.key), Some(code::subject_of(f.key)))),
        (None, Some(pf)) => Some((pf.class, pf.subject)),
        _ => None,
    };
    match cs {
        Some((class, subject)) => {
            out.push('{');
            json::key(out, "class");
            let ci = match class {
                2 => 0,
                4 => 1,
                _ => 2,
            };
            json::str(out, ui_str(st, ui::CLASS + ci));
            out.push(',');
            json::key(out, "subject");
            match subject {
                Some(sub) => json::str(
                    out,
                    ui_str(st, ui::SUBJECT + if sub <= 7 { sub as usize } else { 0 }),
                ),
                None => out.push_str("null"),
            }
            out.push('}');
        }
        None => out.push_str("null"),
    }
    out.push(',');
    json::key(out, "matches");
    out.push('[');
    for (n, h) in s.hits.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        write_match(p, &p.rules[h.rule], h.score, answers, out);
    }
    out.push(']');
    out.push(',');
    json::key(out, "candidates");
    out.push('[');
    let prefix = match (o.scan.found, o.scan.partial) {
        (Some(f), _) if o.unspecific => Some(Prefix {
            class: code::class_of(f.key),
            subject: Some(code::subject_of(f.key)),
            detail: Some((code::detail_of(f.key), f.detail_digits)),
        }),
        (None, Some(pf)) => Some(pf),
        _ => None,
    };
    if let Some(pf) = prefix {
        let mut n = 0;
        for r in &p.rules {
            if r.fallback || !r.ranges.iter().any(|&(lo, hi)| pf.overlaps(lo, hi)) {
                continue;
            }
            if n == MAX_CANDIDATES {
                break;
            }
            if n > 0 {
                out.push(',');
            }
            n += 1;
            let oc = &st.outcomes[r.outcome as usize];
            out.push('{');
            json::key(out, "rule");
            json::str(out, r.id);
            out.push(',');
            json::key(out, "codes");
            json::str(out, r.label);
            out.push(',');
            json::key(out, "title");
            json::str(out, oc.title);
            out.push(',');
            json::key(out, "url");
            json::str(out, oc.url);
            out.push('}');
        }
    }
    out.push(']');
    out.push(',');
    json::key(out, "message");
    if o.scan.found.is_none() && o.scan.partial.is_none() && s.hits.is_empty() {
        json::str(out, ui_str(st, ui::NO_CODE));
    } else {
        out.push_str("null");
    }
    out.push('}');
}

fn ui_str<'a>(st: &Strings<'a>, i: usize) -> &'a str {
    st.ui.get(i).copied().unwrap_or("")
}

fn write_match(p: &Policies<'_>, r: &Rule<'_>, score: u32, answers: &str, out: &mut String) {
    let st = &p.strings;
    let mut outcome = r.outcome;
    let mut fix = r.fix;
    let mut chosen: Option<&str> = None;
    if let Some(q) = &r.question {
        if let Some(v) = answer_for(answers, q.id) {
            if let Some(a) = q.answers.iter().find(|a| a.value == v) {
                outcome = a.outcome;
                fix = a.fix;
                chosen = Some(a.value);
            }
        }
    }
    let base = &st.outcomes[r.outcome as usize];
    let oc = &st.outcomes[outcome as usize];
    // An answer's outcome inherits what it leaves empty from the rule's.
    fn or_base<'a>(own: &'a str, base: &'a str) -> &'a str {
        if own.is_empty() {
            base
        } else {
            own
        }
    }
    out.push('{');
    json::key(out, "rule");
    json::str(out, r.id);
    out.push(',');
    json::key(out, "codes");
    json::str(out, r.label);
    out.push(',');
    json::key(out, "title");
    json::str(out, or_base(oc.title, base.title));
    out.push(',');
    json::key(out, "meaning");
    json::str(out, or_base(oc.meaning, base.meaning));
    out.push(',');
    json::key(out, "cause");
    json::str(out, or_base(oc.cause, base.cause));
    out.push(',');
    json::key(out, "fix_by");
    json::str(out, data::FIX_NAMES[fix as usize]);
    out.push(',');
    json::key(out, "fix_by_label");
    json::str(out, ui_str(st, ui::FIX + fix as usize));
    out.push(',');
    json::key(out, "severity");
    json::str(out, data::SEVERITY_NAMES[r.severity as usize]);
    out.push(',');
    json::key(out, "severity_label");
    json::str(out, ui_str(st, ui::SEVERITY + r.severity as usize));
    out.push(',');
    json::key(out, "steps");
    out.push('[');
    let steps = if oc.steps.is_empty() {
        &base.steps
    } else {
        &oc.steps
    };
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::str(out, step);
    }
    out.push(']');
    out.push(',');
    let (url, lang) = if oc.url.is_empty() {
        (base.url, base.article_lang)
    } else {
        (oc.url, oc.article_lang)
    };
    json::key(out, "url");
    json::str(out, url);
    out.push(',');
    json::key(out, "article_lang");
    json::str(out, lang);
    out.push(',');
    json::key(out, "text_lang");
    json::str(out, or_base(oc.text_lang, base.text_lang));
    out.push(',');
    json::key(out, "score");
    json::uint(out, score);
    out.push(',');
    json::key(out, "question");
    match &r.question {
        None => out.push_str("null"),
        Some(q) => {
            let qt = &st.questions[q.text as usize];
            out.push('{');
            json::key(out, "id");
            json::str(out, q.id);
            out.push(',');
            json::key(out, "text");
            json::str(out, qt.text);
            out.push(',');
            json::key(out, "answer");
            json::opt_str(out, chosen);
            out.push(',');
            json::key(out, "options");
            out.push('[');
            for (i, a) in q.answers.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push('{');
                json::key(out, "value");
                json::str(out, a.value);
                out.push(',');
                json::key(out, "label");
                json::str(out, qt.labels.get(i).copied().unwrap_or(a.value));
                out.push('}');
            }
            out.push(']');
            out.push('}');
        }
    }
    out.push('}');
}
