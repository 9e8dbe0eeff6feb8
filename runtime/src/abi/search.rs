//! The search reader's C ABI for the page's JavaScript (the `search-abi`
//! build, `_stele/search.wasm`). Results are JSON written by hand (no
//! `core::fmt`); string offsets are in UTF-16 code units so that JavaScript
//! can slice directly.
//!
//! Memory: unlike the lookup, the reader keeps state that grows between
//! queries (shards are added as queries need them) while each query makes
//! short-lived vectors, so a bump arena would either leak per keystroke or
//! free shards. This build therefore uses `dlmalloc` (the allocator Rust's
//! own `std` uses on wasm32), which frees any block.
//!
//! Protocol: `stele_search_buf(n)` returns a buffer for an input (the
//! caller copies UTF-8 or a blob into it); `stele_search_open` takes the
//! locale and entry; per query `stele_search_plan` lists the shards to load,
//! `stele_search_shard` adds one, `stele_search_run` ranks, and
//! `stele_search_snippet` picks an excerpt of a result's text. Every call
//! that returns JSON returns its pointer; `stele_search_len()` its length.

use crate::search::{snippet_at, Reader};
use alloc::vec::Vec;
use core::cell::UnsafeCell;

struct State {
    readers: Vec<Reader>,
    out: Vec<u8>,
}

struct Global(UnsafeCell<Option<State>>);
// SAFETY: wasm32-unknown-unknown without threads is single-threaded.
unsafe impl Sync for Global {}
static STATE: Global = Global(UnsafeCell::new(None));

fn state() -> &'static mut State {
    // SAFETY: single-threaded, and no exported function re-enters another.
    let s = unsafe { &mut *STATE.0.get() };
    s.get_or_insert_with(|| State {
        readers: Vec::new(),
        out: Vec::new(),
    })
}

fn bytes(ptr: *const u8, len: usize) -> &'static [u8] {
    if ptr.is_null() || len == 0 {
        return &[];
    }
    // SAFETY: the caller wrote `len` bytes at `ptr`, a `stele_search_buf` buffer.
    unsafe { core::slice::from_raw_parts(ptr, len) }
}

fn text(ptr: *const u8, len: usize) -> &'static str {
    core::str::from_utf8(bytes(ptr, len)).unwrap_or("")
}

/// A buffer of `len` bytes that the caller fills; freed by `stele_search_free`.
#[no_mangle]
pub extern "C" fn stele_search_buf(len: usize) -> *mut u8 {
    let mut v: Vec<u8> = Vec::with_capacity(len.max(1));
    let p = v.as_mut_ptr();
    core::mem::forget(v);
    p
}

/// Frees a buffer from `stele_search_buf`.
#[no_mangle]
pub extern "C" fn stele_search_free(ptr: *mut u8, len: usize) {
    if !ptr.is_null() {
        // SAFETY: allocated by `stele_search_buf(len)` with capacity `len.max(1)`.
        drop(unsafe { Vec::from_raw_parts(ptr, 0, len.max(1)) });
    }
}

/// Length of the last JSON result.
#[no_mangle]
pub extern "C" fn stele_search_len() -> usize {
    state().out.len()
}

/// Opens a locale's entry; returns its handle, or -1 when it is invalid.
#[no_mangle]
pub extern "C" fn stele_search_open(
    loc: *const u8,
    loc_len: usize,
    entry: *const u8,
    len: usize,
) -> i32 {
    match Reader::open(bytes(entry, len), text(loc, loc_len)) {
        Some(r) => {
            let st = state();
            st.readers.push(r);
            (st.readers.len() - 1) as i32
        }
        None => -1,
    }
}

fn num(out: &mut Vec<u8>, n: u32) {
    crate::json::uint_bytes(out, n);
}

fn done() -> *const u8 {
    state().out.as_ptr()
}

/// JSON array of the shards the query needs that are not loaded.
#[no_mangle]
pub extern "C" fn stele_search_plan(h: i32, q: *const u8, q_len: usize, typing: i32) -> *const u8 {
    let st = state();
    st.out.clear();
    st.out.push(b'[');
    if let Some(r) = st.readers.get(h as usize) {
        let c = r.clauses(text(q, q_len), typing != 0);
        for (i, s) in r.missing_shards(&c).into_iter().enumerate() {
            if i > 0 {
                st.out.push(b',');
            }
            num(&mut st.out, s as u32);
        }
    }
    st.out.push(b']');
    done()
}

/// Adds shard `idx`; returns 0, or 1 when it does not decode.
#[no_mangle]
pub extern "C" fn stele_search_shard(h: i32, idx: usize, data: *const u8, len: usize) -> i32 {
    match state().readers.get_mut(h as usize) {
        Some(r) => i32::from(!r.add_shard(idx, bytes(data, len))),
        None => 1,
    }
}

/// `{"total":N,"hits":[[page,score×1000,chunk,[mark,...],[sub,...]],...]}`
/// with each sub (`Hit::subs`) `[section,heading_chunk,chunk,[mark,...]]`;
/// the marks go back to `stele_search_snippet` (see `Hit::marks`).
#[no_mangle]
pub extern "C" fn stele_search_run(
    h: i32,
    q: *const u8,
    q_len: usize,
    typing: i32,
    limit: usize,
) -> *const u8 {
    let st = state();
    st.out.clear();
    let (total, hits) = match st.readers.get(h as usize) {
        Some(r) => r.search(&r.clauses(text(q, q_len), typing != 0), limit),
        None => (0, Vec::new()),
    };
    st.out.extend_from_slice(b"{\"total\":");
    num(&mut st.out, total as u32);
    st.out.extend_from_slice(b",\"hits\":[");
    for (i, hit) in hits.iter().enumerate() {
        if i > 0 {
            st.out.push(b',');
        }
        st.out.push(b'[');
        num(&mut st.out, hit.page);
        st.out.push(b',');
        num(&mut st.out, (hit.score * 1000.0) as u32);
        st.out.push(b',');
        num(&mut st.out, hit.chunk);
        st.out.push(b',');
        marks(&mut st.out, &hit.marks);
        st.out.extend_from_slice(b",[");
        for (j, sub) in hit.subs.iter().enumerate() {
            if j > 0 {
                st.out.push(b',');
            }
            st.out.push(b'[');
            num(&mut st.out, sub.section);
            st.out.push(b',');
            num(&mut st.out, sub.heading_chunk);
            st.out.push(b',');
            num(&mut st.out, sub.chunk);
            st.out.push(b',');
            marks(&mut st.out, &sub.marks);
            st.out.push(b']');
        }
        st.out.extend_from_slice(b"]]");
    }
    st.out.extend_from_slice(b"]}");
    done()
}

/// A JSON array of numbers.
fn marks(out: &mut Vec<u8>, marks: &[u32]) {
    out.push(b'[');
    for (j, &m) in marks.iter().enumerate() {
        if j > 0 {
            out.push(b',');
        }
        num(out, m);
    }
    out.push(b']');
}

/// UTF-16 length of `s`.
fn u16len(s: &str) -> u32 {
    s.chars().map(|c| c.len_utf16() as u32).sum()
}

/// `[start,end,[[a,b],...]]` in UTF-16 units of the text: the excerpt and
/// its marks (relative to the text). `marks` is the hit's mark list from
/// `stele_search_run`, as little-endian u32s; `first` is the fragment's
/// `o` (its first token's position in the chunk, usually 0).
#[no_mangle]
pub extern "C" fn stele_search_snippet(
    marks: *const u8,
    marks_len: usize,
    t: *const u8,
    t_len: usize,
    first: i32,
    max: usize,
) -> *const u8 {
    let st = state();
    let body = text(t, t_len);
    let marks: Vec<u32> = bytes(marks, marks_len)
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let s = snippet_at(body, first, &marks, max);
    let start = u16len(body.get(..s.start).unwrap_or(""));
    let mut out: Vec<u8> = Vec::new();
    out.push(b'[');
    num(&mut out, start);
    out.push(b',');
    num(&mut out, start + u16len(&s.text));
    out.extend_from_slice(b",[");
    for (i, &(a, b)) in s.marks.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let a16 = start + u16len(s.text.get(..a).unwrap_or(""));
        let b16 = start + u16len(s.text.get(..b).unwrap_or(""));
        out.push(b'[');
        num(&mut out, a16);
        out.push(b',');
        num(&mut out, b16);
        out.push(b']');
    }
    out.extend_from_slice(b"]]");
    st.out = out;
    done()
}
