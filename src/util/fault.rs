//! Test-only fault injection for the publish, compiled into debug builds
//! only (release builds compile every call to nothing).
//!
//! `STELE_FAULT=<point>` makes the build fail with an I/O error at that
//! point; `STELE_FAULT=<point>:abort` aborts the process there (no
//! destructor runs, as after a SIGKILL or a power cut). The points, in
//! publish order:
//!
//! - `begin`: the staging folder and its marker exist, nothing is written;
//! - `write`: the 20th file written through [`super::write_file`];
//! - `swap`: the site is staged, just before the swap;
//! - `swapped`: just after the swap, the old site not yet removed;
//! - `trash`: halfway through removing the old site.
//!
//! `tests/publish.rs` runs a build with each of them and checks that a
//! complete site, old or new, is always in place.

use std::io;

/// Fails or aborts when `STELE_FAULT` names `point`.
#[cfg(debug_assertions)]
pub(crate) fn hit(point: &str) -> io::Result<()> {
    use std::sync::OnceLock;
    static FAULT: OnceLock<Option<(String, bool)>> = OnceLock::new();
    let fault = FAULT.get_or_init(|| {
        let v = std::env::var("STELE_FAULT").ok()?;
        Some(match v.strip_suffix(":abort") {
            Some(p) => (p.to_string(), true),
            None => (v, false),
        })
    });
    match fault {
        Some((p, abort)) if p == point => {
            if *abort {
                std::process::abort();
            }
            Err(io::Error::other(format!("injected fault at `{point}`")))
        }
        _ => Ok(()),
    }
}

/// Release builds have no injection points.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub(crate) fn hit(_point: &str) -> io::Result<()> {
    Ok(())
}

/// [`hit`] for `write` on the 20th call: late enough that pages exist in
/// the staging folder, early enough for the smallest fixture.
#[cfg(debug_assertions)]
pub(crate) fn hit_write() -> io::Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    if WRITES.fetch_add(1, Ordering::Relaxed) == 19 {
        hit("write")
    } else {
        Ok(())
    }
}

#[cfg(not(debug_assertions))]
#[inline(always)]
pub(crate) fn hit_write() -> io::Result<()> {
    Ok(())
}
