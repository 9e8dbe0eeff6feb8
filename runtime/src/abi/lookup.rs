//! The lookup's C ABI (the `lookup-abi` build, `_stele/lookup.wasm`), for
//! the page's JavaScript and for the parity tests, which call it through
//! wasmi.
//!
//! The module imports nothing: memory comes from `memory.grow` through a
//! bump allocator, and a panic traps (`unreachable`). Protocol:
//! 1. `stele_alloc(n)` twice, copy the rules and strings blobs in, then
//!    `stele_load(rules, rules_len, strings, strings_len)`, which returns 0
//!    on success. The blobs stay allocated for the module's life.
//! 2. Per evaluation: `stele_input(n)` returns a buffer for the UTF-8 text
//!    followed by the answers (this also frees the previous evaluation's
//!    memory), then `stele_evaluate(text_len, answers_len)` returns a
//!    pointer to the JSON and `stele_output_len()` its length.

use crate::policy::{self, Policies, Scratch};
use alloc::string::String;
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// Bump allocator. Freeing the most recent block (and growing it in place)
/// is supported, which covers `String` growth; everything else is reclaimed
/// by `stele_input`, which rewinds to the mark set after loading.
struct Bump {
    top: UnsafeCell<usize>,
    end: UnsafeCell<usize>,
    mark: UnsafeCell<usize>,
}

// SAFETY: wasm32-unknown-unknown without threads is single-threaded.
unsafe impl Sync for Bump {}

const PAGE: usize = 65536;

impl Bump {
    unsafe fn ensure(&self, need: usize) -> bool {
        let end = &mut *self.end.get();
        if *end == 0 {
            let pages = core::arch::wasm32::memory_size(0);
            *end = pages * PAGE;
            *self.top.get() = *end;
        }
        if need <= *end {
            return true;
        }
        let pages = (need - *end).div_ceil(PAGE);
        if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
            return false;
        }
        *end += pages * PAGE;
        true
    }
}

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !self.ensure(0) {
            return core::ptr::null_mut();
        }
        let top = *self.top.get();
        let start = (top + layout.align() - 1) & !(layout.align() - 1);
        let new_top = start + layout.size();
        if !self.ensure(new_top) {
            return core::ptr::null_mut();
        }
        *self.top.get() = new_top;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let top = self.top.get();
        if ptr as usize + layout.size() == *top && ptr as usize >= *self.mark.get() {
            *top = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let top = self.top.get();
        if ptr as usize + layout.size() == *top && self.ensure(ptr as usize + new_size) {
            *top = ptr as usize + new_size;
            return ptr;
        }
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
        }
        new
    }
}

#[global_allocator]
static ALLOC: Bump = Bump {
    top: UnsafeCell::new(0),
    end: UnsafeCell::new(0),
    mark: UnsafeCell::new(0),
};

struct State {
    policies: Option<Policies<'static>>,
    scratch: Option<Scratch>,
    input: (usize, usize),
    output: (usize, usize),
}

struct Global(UnsafeCell<State>);
// SAFETY: single-threaded, see above.
unsafe impl Sync for Global {}

static STATE: Global = Global(UnsafeCell::new(State {
    policies: None,
    scratch: None,
    input: (0, 0),
    output: (0, 0),
}));

fn state() -> &'static mut State {
    // SAFETY: single-threaded, and no exported function re-enters another.
    unsafe { &mut *STATE.0.get() }
}

/// Allocates `len` bytes that live as long as the module (for the blobs).
#[no_mangle]
pub extern "C" fn stele_alloc(len: usize) -> *mut u8 {
    // SAFETY: align 1 is valid for any size.
    unsafe { ALLOC.alloc(Layout::from_size_align_unchecked(len.max(1), 1)) }
}

/// Decodes the blobs (which must have come from `stele_alloc`). Returns 0
/// on success, 1 for bad rules or strings.
#[no_mangle]
pub extern "C" fn stele_load(
    rules: *const u8,
    rules_len: usize,
    strings: *const u8,
    strings_len: usize,
) -> i32 {
    // SAFETY: the caller wrote the blobs into memory from `stele_alloc`,
    // which is never freed.
    let (r, s) = unsafe {
        (
            core::slice::from_raw_parts(rules, rules_len),
            core::slice::from_raw_parts(strings, strings_len),
        )
    };
    let st = state();
    match Policies::load(r, s) {
        Ok(p) => {
            st.scratch = Some(Scratch::with_capacity(p.rules.len()));
            st.policies = Some(p);
            // Everything allocated so far stays; evaluations rewind to here.
            unsafe { *ALLOC.mark.get() = *ALLOC.top.get() };
            0
        }
        Err(_) => 1,
    }
}

/// Returns a buffer of `len` bytes for the next evaluation's input and
/// frees the previous evaluation's memory.
#[no_mangle]
pub extern "C" fn stele_input(len: usize) -> *mut u8 {
    let st = state();
    unsafe {
        let mark = *ALLOC.mark.get();
        if mark != 0 {
            *ALLOC.top.get() = mark;
        }
    }
    let p = stele_alloc(len);
    st.input = (p as usize, len);
    st.output = (0, 0);
    p
}

/// The input buffer split into text and answers.
fn split(text_len: usize) -> Option<(&'static str, &'static str)> {
    let (p, n) = state().input;
    if p == 0 {
        return None;
    }
    // SAFETY: the buffer came from `stele_input(n)`.
    let bytes = unsafe { core::slice::from_raw_parts(p as *const u8, n) };
    let all = core::str::from_utf8(bytes).ok()?;
    if text_len > all.len() || !all.is_char_boundary(text_len) {
        return None;
    }
    Some(all.split_at(text_len))
}

/// Evaluates the input buffer (text then answers) and returns a pointer to
/// the JSON result (null when nothing is loaded or the input is not UTF-8).
#[no_mangle]
pub extern "C" fn stele_evaluate(text_len: usize) -> *const u8 {
    let Some((text, answers)) = split(text_len) else {
        return core::ptr::null();
    };
    let st = state();
    let (Some(p), Some(scratch)) = (st.policies.as_ref(), st.scratch.as_mut()) else {
        return core::ptr::null();
    };
    let mut out = String::with_capacity(2048);
    policy::evaluate(p, text, answers, scratch, &mut out);
    let out = core::mem::ManuallyDrop::new(out);
    st.output = (out.as_ptr() as usize, out.len());
    out.as_ptr()
}

/// Length of the last result of `stele_evaluate`.
#[no_mangle]
pub extern "C" fn stele_output_len() -> usize {
    state().output.1
}

/// Counts the matches for the input without writing JSON (benchmarks).
#[no_mangle]
pub extern "C" fn stele_count(text_len: usize) -> u32 {
    let Some((text, _)) = split(text_len) else {
        return 0;
    };
    let st = state();
    match (st.policies.as_ref(), st.scratch.as_mut()) {
        (Some(p), Some(s)) => policy::count(p, text, s),
        _ => 0,
    }
}
