//! A minimal JSON writer. serde_json would pull `core::fmt` and tens of KB
//! into the wasm; the evaluator only ever writes strings, small integers,
//! `null`, arrays and objects, in a fixed order, so a few helpers suffice.
//! The output is byte-identical on every target, which the parity tests rely on.

use alloc::string::String;

/// Appends `s` as a JSON string literal (quotes included).
// `i` is the index of an ASCII byte, so `i` and `i + 1` are char boundaries.
#[allow(clippy::string_slice)]
pub fn str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(hex(b >> 4));
            out.push(hex(b & 15));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends `"key":` (the key must not need escaping).
pub fn key(out: &mut String, k: &str) {
    out.push('"');
    out.push_str(k);
    out.push_str("\":");
}

/// Appends a string value, or `null` for `None`.
pub fn opt_str(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => str(out, s),
        None => out.push_str("null"),
    }
}

/// Appends an unsigned integer in decimal.
pub fn uint(out: &mut String, n: u32) {
    let mut buf = [0u8; 10];
    for &b in decimal(n, &mut buf) {
        out.push(b as char);
    }
}

/// Appends an unsigned integer in decimal to a byte buffer.
pub fn uint_bytes(out: &mut alloc::vec::Vec<u8>, n: u32) {
    let mut buf = [0u8; 10];
    out.extend_from_slice(decimal(n, &mut buf));
}

/// The ASCII digits of `n`, written at the end of `buf` (no `core::fmt`).
fn decimal(mut n: u32, buf: &mut [u8; 10]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[i..]
}

fn hex(n: u8) -> char {
    (if n < 10 { b'0' + n } else { b'a' + n - 10 }) as char
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_numbers() {
        let mut s = String::new();
        str(&mut s, "a\"b\\c\n\u{1}ä");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001ä\"");
        s.clear();
        uint(&mut s, 0);
        uint(&mut s, 4070);
        assert_eq!(s, "04070");
    }
}
