//! Input normalisation shared by the runtime's readers.
//!
//! People paste text from bounce messages, chat clients and PDFs. Before we
//! look for codes or phrases we fold it to one canonical byte form:
//! full-width ASCII (`５.７.７５０`, `＃`) becomes ASCII, the ideographic full
//! stop and no-break/odd spaces become `.`/space, the literal entity
//! `&nbsp;` (copied from HTML tables) becomes a space, and ASCII letters are
//! lower-cased. Other characters are kept as UTF-8 so that localized phrases
//! still match.

use alloc::vec::Vec;

/// Inputs longer than this are cut: a whole bounce message with headers is a
/// few KB, and the bound keeps one evaluation's cost predictable.
pub const MAX_INPUT: usize = 32 * 1024;

/// Normalises `input` into `out` (cleared first). See the module docs.
pub fn normalize_into(input: &str, out: &mut Vec<u8>) {
    out.clear();
    let input = cut(input, MAX_INPUT);
    out.reserve(input.len());
    for c in input.chars() {
        let u = c as u32;
        let mapped: u32 = match u {
            0x41..=0x5A => u + 32,
            0..=0x7F => u,
            // Full-width ASCII variants (！ … ～), incl. digits, ．and ＃.
            0xFF01..=0xFF5E => {
                let a = u - 0xFEE0;
                if (0x41..=0x5A).contains(&a) {
                    a + 32
                } else {
                    a
                }
            }
            // Ideographic and half-width full stops.
            0x3002 | 0xFF61 => b'.' as u32,
            // No-break, ideographic and typographic spaces.
            0xA0 | 0x3000 | 0x2000..=0x200B | 0x202F | 0x205F => b' ' as u32,
            // Dashes people type in ranges.
            0x2010..=0x2015 | 0x2212 => b'-' as u32,
            _ => u,
        };
        if mapped < 0x80 {
            out.push(mapped as u8);
        } else {
            let mut buf = [0u8; 4];
            let s = char::from_u32(mapped).unwrap_or(c).encode_utf8(&mut buf);
            out.extend_from_slice(s.as_bytes());
        }
    }
    replace_entity(out, b"&nbsp;");
    replace_entity(out, b"&#160;");
}

/// Replaces an HTML entity by one space, in place.
fn replace_entity(buf: &mut Vec<u8>, entity: &[u8]) {
    if find(buf, entity).is_none() {
        return;
    }
    let mut r = 0;
    let mut w = 0;
    while r < buf.len() {
        if buf[r..].starts_with(entity) {
            buf[w] = b' ';
            r += entity.len();
        } else {
            buf[w] = buf[r];
            r += 1;
        }
        w += 1;
    }
    buf.truncate(w);
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// First position of `needle` in `hay` (naive search: needles are short
/// phrases and inputs a few KB, so this beats building tables).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        if hay[i] == first && &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn norm(s: &str) -> String {
        let mut v = Vec::new();
        normalize_into(s, &mut v);
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn folds_full_width_spaces_entities_and_case() {
        assert_eq!(norm("５.７.７５０"), "5.7.750");
        assert_eq!(norm("５．７．７５０"), "5.7.750");
        assert_eq!(norm("＃550　5.7.1"), "#550 5.7.1");
        assert_eq!(norm("432&nbsp;4.3.2"), "432 4.3.2");
        assert_eq!(norm("432\u{a0}4.3.2"), "432 4.3.2");
        assert_eq!(norm("Access DENIED, Mandant Ä"), "access denied, mandant Ä");
        assert_eq!(norm("5.7.0–5.7.999"), "5.7.0-5.7.999");
    }

    #[test]
    fn find_and_cut() {
        assert_eq!(find(b"abcabd", b"abd"), Some(3));
        assert_eq!(find(b"ab", b"abc"), None);
        assert_eq!(cut("aä", 2), "a");
    }
}
