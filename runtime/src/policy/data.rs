//! The compact binary formats the build writes and the evaluator reads.
//!
//! Two blobs, so that the page downloads the rules once and only its own
//! locale's text:
//! - **rules** (`SLR1`): per rule its ID, code intervals, basic codes, text
//!   patterns, who fixes it, severity, outcome index and follow-up question.
//!   Language-neutral; a few KB for a whole help center.
//! - **strings** (`SLS1`), one per locale: fixed UI texts (RFC 3463 class
//!   and subject meanings, labels), then per outcome its title, meaning,
//!   cause, steps and article URL, then per question its text and option
//!   labels. Fallbacks are resolved at build time, so every locale's blob
//!   has every entry.
//!
//! Integers are LEB128 varints, strings are a varint length and UTF-8. The
//! reader borrows strings from the blob (no copies) and rejects malformed
//! data instead of panicking.

use crate::varint::{put as put_u, put_str as put_s};
use alloc::vec::Vec;

pub const RULES_MAGIC: &[u8; 4] = b"SLR1";
pub const STRINGS_MAGIC: &[u8; 4] = b"SLS1";

/// Who can fix a problem, by index in the rules blob.
pub const FIX_NAMES: [&str; 5] = ["sender", "admin", "recipient", "support", "wait"];
/// Severity, by index in the rules blob.
pub const SEVERITY_NAMES: [&str; 3] = ["info", "warning", "error"];

/// Fixed UI strings of a strings blob, by index.
pub mod ui {
    /// Meanings of classes 2, 4 and 5.
    pub const CLASS: usize = 0;
    /// Meanings of subjects 0 to 7.
    pub const SUBJECT: usize = 3;
    /// Labels of [`super::FIX_NAMES`].
    pub const FIX: usize = 11;
    /// Labels of [`super::SEVERITY_NAMES`].
    pub const SEVERITY: usize = 16;
    /// Shown when the input holds no code.
    pub const NO_CODE: usize = 19;
    /// How many there are.
    pub const COUNT: usize = 20;
}

/// One rule (see `docs/lookup.md` for the policy file it comes from).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule<'a> {
    pub id: &'a str,
    /// The codes as a doc writer would show them (`5.7.700–5.7.749`).
    pub label: &'a str,
    pub ranges: Vec<(u32, u32)>,
    pub basic: Vec<u16>,
    /// Lower-cased phrases (see [`crate::text`]) that rank this rule up, or
    /// match it alone when the input has no code.
    pub text: Vec<&'a str>,
    /// Matches only when no more specific rule does (`5.7.0–5.7.999`).
    pub fallback: bool,
    pub fix: u8,
    pub severity: u8,
    /// Index of the outcome in every strings blob.
    pub outcome: u32,
    pub question: Option<Question<'a>>,
}

/// A follow-up question whose answers lead to other outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question<'a> {
    pub id: &'a str,
    /// Index of its texts in every strings blob.
    pub text: u32,
    pub answers: Vec<Answer<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer<'a> {
    pub value: &'a str,
    pub outcome: u32,
    pub fix: u8,
}

/// The localized texts of one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome<'a> {
    pub title: &'a str,
    pub meaning: &'a str,
    pub cause: &'a str,
    pub steps: Vec<&'a str>,
    /// Relative to the site root (`de/error-code-5-7-7xx/#57750-...`).
    pub url: &'a str,
    /// The language the linked article is written in (differs from the
    /// page's when the article falls back).
    pub article_lang: &'a str,
    /// The language the texts are in (differs from the page's when the
    /// locale has no translation of them and they fall back).
    pub text_lang: &'a str,
}

/// A question's text and its option labels (in answer order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionText<'a> {
    pub text: &'a str,
    pub labels: Vec<&'a str>,
}

/// One locale's strings blob, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Strings<'a> {
    pub lang: &'a str,
    pub ui: Vec<&'a str>,
    pub outcomes: Vec<Outcome<'a>>,
    pub questions: Vec<QuestionText<'a>>,
}

/// Why a blob was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataError {
    BadMagic,
    Truncated,
    BadUtf8,
    BadIndex,
}

pub fn encode_rules(rules: &[Rule<'_>]) -> Vec<u8> {
    let mut o = Vec::new();
    o.extend_from_slice(RULES_MAGIC);
    put_u(&mut o, rules.len() as u32);
    for r in rules {
        put_s(&mut o, r.id);
        put_s(&mut o, r.label);
        put_u(&mut o, r.ranges.len() as u32);
        // Deltas keep the numbers small: most ranges are one code.
        for &(lo, hi) in &r.ranges {
            put_u(&mut o, lo);
            put_u(&mut o, hi - lo);
        }
        put_u(&mut o, r.basic.len() as u32);
        for &b in &r.basic {
            put_u(&mut o, b as u32);
        }
        put_u(&mut o, r.text.len() as u32);
        for t in &r.text {
            put_s(&mut o, t);
        }
        o.push(r.fallback as u8 | (r.question.is_some() as u8) << 1);
        o.push(r.fix);
        o.push(r.severity);
        put_u(&mut o, r.outcome);
        if let Some(q) = &r.question {
            put_s(&mut o, q.id);
            put_u(&mut o, q.text);
            put_u(&mut o, q.answers.len() as u32);
            for a in &q.answers {
                put_s(&mut o, a.value);
                put_u(&mut o, a.outcome);
                o.push(a.fix);
            }
        }
    }
    o
}

/// Encodes one locale's strings; the inverse of [`decode_strings`].
pub fn encode_strings(s: &Strings<'_>) -> Vec<u8> {
    let mut o = Vec::new();
    o.extend_from_slice(STRINGS_MAGIC);
    put_s(&mut o, s.lang);
    put_u(&mut o, s.ui.len() as u32);
    for u in &s.ui {
        put_s(&mut o, u);
    }
    put_u(&mut o, s.outcomes.len() as u32);
    for oc in &s.outcomes {
        put_s(&mut o, oc.title);
        put_s(&mut o, oc.meaning);
        put_s(&mut o, oc.cause);
        put_u(&mut o, oc.steps.len() as u32);
        for st in &oc.steps {
            put_s(&mut o, st);
        }
        put_s(&mut o, oc.url);
        put_s(&mut o, oc.article_lang);
        put_s(&mut o, oc.text_lang);
    }
    put_u(&mut o, s.questions.len() as u32);
    for q in &s.questions {
        put_s(&mut o, q.text);
        put_u(&mut o, q.labels.len() as u32);
        for l in &q.labels {
            put_s(&mut o, l);
        }
    }
    o
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn new(b: &'a [u8], magic: &[u8; 4]) -> Result<Self, DataError> {
        if b.len() < 4 || &b[..4] != magic {
            return Err(DataError::BadMagic);
        }
        Ok(Reader { b, i: 4 })
    }

    fn byte(&mut self) -> Result<u8, DataError> {
        let v = *self.b.get(self.i).ok_or(DataError::Truncated)?;
        self.i += 1;
        Ok(v)
    }

    fn u(&mut self) -> Result<u32, DataError> {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift > 28 {
                return Err(DataError::Truncated);
            }
            v |= ((b & 0x7F) as u32) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    /// A count, bounded by the bytes left so that bad data cannot make us
    /// reserve gigabytes.
    fn count(&mut self) -> Result<usize, DataError> {
        let n = self.u()? as usize;
        if n > self.b.len() - self.i {
            return Err(DataError::Truncated);
        }
        Ok(n)
    }

    fn s(&mut self) -> Result<&'a str, DataError> {
        let n = self.count()?;
        let bytes = &self.b[self.i..self.i + n];
        self.i += n;
        core::str::from_utf8(bytes).map_err(|_| DataError::BadUtf8)
    }
}

/// Decodes a rules blob, borrowing its strings.
pub fn decode_rules(b: &[u8]) -> Result<Vec<Rule<'_>>, DataError> {
    let mut r = Reader::new(b, RULES_MAGIC)?;
    let n = r.count()?;
    let mut rules = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.s()?;
        let label = r.s()?;
        let nr = r.count()?;
        let mut ranges = Vec::with_capacity(nr);
        for _ in 0..nr {
            let lo = r.u()?;
            let hi = lo.checked_add(r.u()?).ok_or(DataError::BadIndex)?;
            ranges.push((lo, hi));
        }
        let nb = r.count()?;
        let mut basic = Vec::with_capacity(nb);
        for _ in 0..nb {
            basic.push(r.u()? as u16);
        }
        let nt = r.count()?;
        let mut text = Vec::with_capacity(nt);
        for _ in 0..nt {
            text.push(r.s()?);
        }
        let flags = r.byte()?;
        let fix = r.byte()?;
        let severity = r.byte()?;
        if fix as usize >= FIX_NAMES.len() || severity as usize >= SEVERITY_NAMES.len() {
            return Err(DataError::BadIndex);
        }
        let outcome = r.u()?;
        let question = if flags & 2 != 0 {
            let id = r.s()?;
            let text = r.u()?;
            let na = r.count()?;
            let mut answers = Vec::with_capacity(na);
            for _ in 0..na {
                let value = r.s()?;
                let outcome = r.u()?;
                let fix = r.byte()?;
                if fix as usize >= FIX_NAMES.len() {
                    return Err(DataError::BadIndex);
                }
                answers.push(Answer {
                    value,
                    outcome,
                    fix,
                });
            }
            Some(Question { id, text, answers })
        } else {
            None
        };
        rules.push(Rule {
            id,
            label,
            ranges,
            basic,
            text,
            fallback: flags & 1 != 0,
            fix,
            severity,
            outcome,
            question,
        });
    }
    Ok(rules)
}

/// Decodes a strings blob, borrowing its strings.
pub fn decode_strings(b: &[u8]) -> Result<Strings<'_>, DataError> {
    let mut r = Reader::new(b, STRINGS_MAGIC)?;
    let lang = r.s()?;
    let nu = r.count()?;
    if nu < ui::COUNT {
        return Err(DataError::BadIndex);
    }
    let mut uis = Vec::with_capacity(nu);
    for _ in 0..nu {
        uis.push(r.s()?);
    }
    let no = r.count()?;
    let mut outcomes = Vec::with_capacity(no);
    for _ in 0..no {
        let title = r.s()?;
        let meaning = r.s()?;
        let cause = r.s()?;
        let ns = r.count()?;
        let mut steps = Vec::with_capacity(ns);
        for _ in 0..ns {
            steps.push(r.s()?);
        }
        let url = r.s()?;
        let article_lang = r.s()?;
        let text_lang = r.s()?;
        outcomes.push(Outcome {
            title,
            meaning,
            cause,
            steps,
            url,
            article_lang,
            text_lang,
        });
    }
    let nq = r.count()?;
    let mut questions = Vec::with_capacity(nq);
    for _ in 0..nq {
        let text = r.s()?;
        let nl = r.count()?;
        let mut labels = Vec::with_capacity(nl);
        for _ in 0..nl {
            labels.push(r.s()?);
        }
        questions.push(QuestionText { text, labels });
    }
    Ok(Strings {
        lang,
        ui: uis,
        outcomes,
        questions,
    })
}

/// Checks that every index in `rules` points into `strings`, so the
/// evaluator can index without bounds panics.
pub fn consistent(rules: &[Rule<'_>], strings: &Strings<'_>) -> bool {
    let no = strings.outcomes.len() as u32;
    rules.iter().all(|r| {
        r.outcome < no
            && match &r.question {
                None => true,
                Some(q) => {
                    strings
                        .questions
                        .get(q.text as usize)
                        .is_some_and(|t| t.labels.len() == q.answers.len())
                        && q.answers.iter().all(|a| a.outcome < no)
                }
            }
    })
}
