//! LEB128 varints and length-prefixed strings: the writing half shared by
//! the rule and string blobs of the lookup (`policy::data`) and the search
//! index (`search::format`). Each format keeps its own reader, because their
//! errors differ (the lookup reports why a blob is bad, the search reader
//! only that it is).

use alloc::vec::Vec;

/// Appends `v` as a LEB128 varint.
pub fn put(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Appends a length-prefixed string.
pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}
