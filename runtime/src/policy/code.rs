//! RFC 3463 enhanced status codes: packing, spelling, the rule-side code
//! specs doc writers type (`5.7.7xx`, `5.7.700-749`, `5.7.13 or 135`), and
//! extraction from free text (whole bounce messages included).
//!
//! A code `class.subject.detail` is packed into one `u32` key,
//! `class·10⁶ + subject·10³ + detail`, so that a wildcard or a range is one
//! `(lo, hi)` interval and matching is integer comparison.

use alloc::string::String;
use alloc::vec::Vec;

/// Packs `class.subject.detail` into a key (subject and detail < 1000).
pub const fn key(class: u32, subject: u32, detail: u32) -> u32 {
    class * 1_000_000 + subject * 1000 + detail
}

pub const fn class_of(k: u32) -> u32 {
    k / 1_000_000
}

pub const fn subject_of(k: u32) -> u32 {
    (k / 1000) % 1000
}

pub const fn detail_of(k: u32) -> u32 {
    k % 1000
}

/// Appends the dotted spelling of a key (`5.7.750`).
pub fn write_code(out: &mut String, k: u32) {
    crate::json::uint(out, class_of(k));
    out.push('.');
    crate::json::uint(out, subject_of(k));
    out.push('.');
    crate::json::uint(out, detail_of(k));
}

/// The codes one rule matches: key intervals and, optionally, basic SMTP
/// reply codes (`432` and `554` give 4.3.2 different meanings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    pub ranges: Vec<(u32, u32)>,
    pub basic: Vec<u16>,
}

/// Parses a rule's code spec. Accepted, combined with `or`, `,` or `/`:
/// `5.7.750`, `5.7.7xx` / `5.7.7x` / `5.7.x` / `5.7.*` (wildcards),
/// `5.7.700-749` and `5.7.700-5.7.749` (ranges, also with `–`),
/// a bare detail after a full code (`5.7.13 or 135`), and a basic reply
/// code in front (`432 4.3.2`, also written `432&nbsp;4.3.2`).
pub fn parse_spec(spec: &str) -> Result<Spec, &'static str> {
    let mut norm = Vec::new();
    crate::text::normalize_into(spec, &mut norm);
    let s = core::str::from_utf8(&norm).map_err(|_| "not UTF-8")?;
    let s = s.replace(" or ", ",").replace('/', ",");
    let mut out = Spec::default();
    // class.subject of the previous item, for bare details (`or 135`).
    let mut prev: Option<(u32, u32)> = None;
    for part in s.split(',') {
        let mut part = part.trim();
        if part.is_empty() {
            continue;
        }
        if let Some((b, rest)) = part.split_once(' ') {
            let b = b.trim();
            if b.len() == 3 && b.bytes().all(|c| c.is_ascii_digit()) {
                let v = num(b).ok_or("bad basic code")?;
                if !(200..600).contains(&v) {
                    return Err("a basic reply code is 2xx, 4xx or 5xx");
                }
                if !out.basic.contains(&(v as u16)) {
                    out.basic.push(v as u16);
                }
                part = rest.trim();
            } else {
                return Err("unexpected space; separate codes with `or` or `,`");
            }
        }
        let (lo_s, hi_s) = match part.split_once('-') {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (part, None),
        };
        let (lo, hi, cs) = one(lo_s, prev)?;
        prev = Some(cs);
        let range = match hi_s {
            None => (lo, hi),
            Some(h) => {
                let (hlo, hhi, _) = if h.contains('.') {
                    one(h, prev)?
                } else {
                    one(h, Some(cs))?
                };
                if hlo < lo {
                    return Err("a range must go from the lower to the higher code");
                }
                (lo, hhi.max(hlo))
            }
        };
        out.ranges.push(range);
    }
    if out.ranges.is_empty() {
        return Err("no code given");
    }
    Ok(out)
}

/// One code item: full (`5.7.1`), wildcard, or bare detail after `prev`.
/// Returns its interval and its class.subject.
fn one(s: &str, prev: Option<(u32, u32)>) -> Result<(u32, u32, (u32, u32)), &'static str> {
    let parts: Vec<&str> = s.split('.').collect();
    let (c, sub, d) = match parts.as_slice() {
        [c, sub, d] => (num(c).ok_or("bad class")?, *sub, *d),
        [d] => {
            let (c, sub) = prev.ok_or("a bare detail needs a full code before it")?;
            if !d.bytes().all(|b| b.is_ascii_digit()) || d.is_empty() {
                return Err("expected a code like 5.7.750");
            }
            let v = num(d).ok_or("bad detail")?;
            if v > 999 {
                return Err("the detail has at most 3 digits");
            }
            return Ok((key(c, sub, v), key(c, sub, v), (c, sub)));
        }
        _ => return Err("expected a code like 5.7.750"),
    };
    if !matches!(c, 2 | 4 | 5) {
        return Err("the class is 2, 4 or 5");
    }
    if sub == "*" || sub == "x" {
        if d != "*" && d != "x" && d != "xxx" {
            return Err("a wildcard subject needs a wildcard detail");
        }
        return Ok((key(c, 0, 0), key(c, 999, 999), (c, 0)));
    }
    let sv = num(sub).ok_or("bad subject")?;
    if sv > 999 {
        return Err("the subject has at most 3 digits");
    }
    if d == "*" {
        return Ok((key(c, sv, 0), key(c, sv, 999), (c, sv)));
    }
    let digits = d.trim_end_matches(['x', 'X']);
    let wild = d.len() - digits.len();
    if digits.len() + wild > 3 || (digits.is_empty() && wild == 0) {
        return Err("the detail has 1 to 3 digits (or x wildcards)");
    }
    let v = if digits.is_empty() {
        0
    } else {
        num(digits).ok_or("bad detail")?
    };
    if wild == 0 {
        return Ok((key(c, sv, v), key(c, sv, v), (c, sv)));
    }
    // `7xx` is 700–799; `x` alone is any detail.
    let scale = 10u32.pow(wild as u32);
    let (lo, hi) = if digits.is_empty() {
        (0, 999)
    } else {
        (v * scale, v * scale + scale - 1)
    };
    Ok((key(c, sv, lo), key(c, sv, hi), (c, sv)))
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0, |a, b| a * 10 + (b - b'0') as u32))
}

/// A full code found in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The code, corrected when its detail had more than 3 digits.
    pub key: u32,
    /// The basic reply code right before it (`550 5.7.1`), 0 when absent.
    pub basic: u16,
    /// Byte range of the code as written in the normalised input.
    pub start: usize,
    pub end: usize,
    /// True when the detail was longer than RFC 3463 allows (`5.7.7508`)
    /// and was cut to its first three digits.
    pub corrected: bool,
    /// Digits typed in the detail (1–3), for candidate prefixes (`5.7.7`).
    pub detail_digits: u8,
}

/// What the reader typed when there is no full code yet (`5.`, `5.7`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub class: u32,
    pub subject: Option<u32>,
    /// Detail value and the number of digits typed.
    pub detail: Option<(u32, u8)>,
}

impl Prefix {
    /// Whether the interval `(lo, hi)` holds a code spelled with this prefix.
    pub fn overlaps(&self, lo: u32, hi: u32) -> bool {
        let hit = |a: u32, b: u32| a <= hi && lo <= b;
        let c = self.class;
        let Some(s) = self.subject else {
            return hit(key(c, 0, 0), key(c, 999, 999));
        };
        match self.detail {
            None => hit(key(c, s, 0), key(c, s, 999)),
            Some((v, n)) => {
                if hit(key(c, s, v), key(c, s, v)) {
                    return true;
                }
                if v == 0 {
                    return false;
                }
                (n < 3 && v * 10 <= 999 && hit(key(c, s, v * 10), key(c, s, (v * 10 + 9).min(999))))
                    || (n < 2
                        && v * 100 <= 999
                        && hit(key(c, s, v * 100), key(c, s, (v * 100 + 99).min(999))))
            }
        }
    }
}

/// The result of scanning an input for codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scan {
    /// The first full enhanced status code.
    pub found: Option<Found>,
    /// When there is no full code: the last partial one.
    pub partial: Option<Prefix>,
    /// The first basic reply code seen next to a code, or alone.
    pub basic: u16,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'_'
}

/// Counts ASCII digits at `b[i..]`, at most `max`.
fn digits(b: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while i + n < b.len() && n < max && b[i + n].is_ascii_digit() {
        v = v * 10 + (b[i + n] - b'0') as u32;
        n += 1;
    }
    (v, n)
}

/// A basic reply code (`550`) just before position `i`, separated by
/// spaces, `-` (multi-line SMTP replies) or nothing else.
fn basic_before(b: &[u8], i: usize) -> u16 {
    let mut k = i;
    let mut seps = 0;
    while k > 0 && seps < 3 && matches!(b[k - 1], b' ' | b'-' | b'\t') {
        k -= 1;
        seps += 1;
    }
    if seps == 0 || k < 3 {
        return 0;
    }
    let d = &b[k - 3..k];
    if !d.iter().all(u8::is_ascii_digit) || !matches!(d[0], b'2' | b'4' | b'5') {
        return 0;
    }
    if k > 3 && is_word(b[k - 4]) {
        return 0;
    }
    (d[0] - b'0') as u16 * 100 + (d[1] - b'0') as u16 * 10 + (d[2] - b'0') as u16
}

/// Finds the first enhanced status code in normalised text (see
/// [`crate::text::normalize_into`]). A code starts at a class digit 2, 4
/// or 5 that does not continue a word or number (so IP addresses and
/// version numbers are skipped), has a 1–3 digit subject, and a detail that
/// is not followed by `.digit`. Quotes, `#`, `smtp;` and the like around it
/// do not matter.
pub fn scan(b: &[u8]) -> Scan {
    let mut out = Scan::default();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if !matches!(c, b'2' | b'4' | b'5') || (i > 0 && is_word(b[i - 1])) {
            i += 1;
            continue;
        }
        if i + 1 >= n || b[i + 1] != b'.' {
            i += 1;
            continue;
        }
        let class = (c - b'0') as u32;
        let (sv, sn) = digits(b, i + 2, 4);
        let j = i + 2 + sn;
        if sn == 0 {
            if j >= n || !is_word(b[j]) {
                out.partial = Some(Prefix {
                    class,
                    subject: None,
                    detail: None,
                });
            }
            i += 1;
            continue;
        }
        if sn > 3 {
            i = j;
            continue;
        }
        if j < n && b[j] == b'.' {
            let (_, dn) = digits(b, j + 1, 8);
            let end = j + 1 + dn;
            if dn == 0 {
                if end >= n || !is_word(b[end]) {
                    out.partial = Some(Prefix {
                        class,
                        subject: Some(sv),
                        detail: None,
                    });
                }
                i = end;
                continue;
            }
            let dotted = end + 1 < n && b[end] == b'.' && b[end + 1].is_ascii_digit();
            let glued = end < n && (b[end].is_ascii_alphabetic() || b[end] == b'_');
            if dotted || glued {
                // An IP address, a version number or an identifier.
                i = end;
                while i < n && (b[i].is_ascii_digit() || b[i] == b'.') {
                    i += 1;
                }
                continue;
            }
            let (dv, used) = digits(b, j + 1, 3);
            let basic = basic_before(b, i);
            out.found = Some(Found {
                key: key(class, sv, dv),
                basic,
                start: i,
                end,
                corrected: dn > 3,
                detail_digits: used as u8,
            });
            if basic != 0 {
                out.basic = basic;
            }
            out.partial = None;
            return out;
        }
        if j >= n || !is_word(b[j]) {
            out.partial = Some(Prefix {
                class,
                subject: Some(sv),
                detail: None,
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn sc(s: &str) -> Scan {
        let mut v = Vec::new();
        crate::text::normalize_into(s, &mut v);
        scan(&v)
    }

    #[test]
    fn specs() {
        let p = |s| parse_spec(s).unwrap();
        assert_eq!(p("5.7.750").ranges, vec![(5007750, 5007750)]);
        assert_eq!(p("5.7.7xx").ranges, vec![(5007700, 5007799)]);
        assert_eq!(p("5.7.700-749").ranges, vec![(5007700, 5007749)]);
        assert_eq!(p("4.7.500-699").ranges, vec![(4007500, 4007699)]);
        assert_eq!(p("5.7.0–5.7.999").ranges, vec![(5007000, 5007999)]);
        assert_eq!(
            p("5.7.13 or 135").ranges,
            vec![(5007013, 5007013), (5007135, 5007135)]
        );
        assert_eq!(
            p("5.4.6 or 5.4.14").ranges,
            vec![(5004006, 5004006), (5004014, 5004014)]
        );
        let s = p("432&nbsp;4.3.2");
        assert_eq!((s.basic, s.ranges), (vec![432], vec![(4003002, 4003002)]));
        let s = p("450 4.7.0 / 451 4.4.0");
        assert_eq!(s.basic, vec![450, 451]);
        assert_eq!(p("5.1.1-5.1.20").ranges, vec![(5001001, 5001020)]);
        assert!(parse_spec("n/a").is_err());
        assert!(parse_spec("5.7.7508").is_err());
        assert!(parse_spec("3.1.1").is_err());
        assert!(parse_spec("5.7.749-700").is_err());
    }

    #[test]
    fn extraction() {
        let f = sc("Remote Server returned '550 5.7.705 Access denied'")
            .found
            .unwrap();
        assert_eq!((f.key, f.basic), (5007705, 550));
        let f = sc("５.７.７５０").found.unwrap();
        assert_eq!((f.key, f.basic), (5007750, 0));
        let f = sc("#550 5.7.1 smtp;").found.unwrap();
        assert_eq!((f.key, f.basic), (5007001, 550));
        let f = sc("550 5.7.7508").found.unwrap();
        assert_eq!((f.key, f.corrected), (5007750, true));
        let f = sc("432&nbsp;4.3.2").found.unwrap();
        assert_eq!((f.key, f.basic), (4003002, 432));
        let f = sc("smtp;554-4.3.2 busy").found.unwrap();
        assert_eq!((f.key, f.basic), (4003002, 554));
        // IP addresses and versions are not codes.
        assert_eq!(sc("from 10.4.5.6 and 5.2.3.4 v15.20.2430.27").found, None);
        assert_eq!(sc("no code here").found, None);
        let p = sc("5.7").partial.unwrap();
        assert_eq!((p.class, p.subject), (5, Some(7)));
        let f = sc("5.7.7").found.unwrap();
        assert_eq!((f.key, f.detail_digits), (5007007, 1));
    }

    #[test]
    fn prefixes() {
        let p = Prefix {
            class: 5,
            subject: Some(7),
            detail: Some((7, 1)),
        };
        assert!(p.overlaps(5007750, 5007750));
        assert!(p.overlaps(5007700, 5007749));
        assert!(p.overlaps(5007070, 5007070));
        assert!(!p.overlaps(5007001, 5007001));
        assert!(!p.overlaps(5007501, 5007501));
    }
}
