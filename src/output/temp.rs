//! Temporary folders that must not outlive the process, even when it is
//! stopped by a signal: `stele serve` builds into `stele-serve-*` folders
//! under the system's temporary folder, and a signal handler cannot run
//! their destructors. Each such folder is registered here; the CLI calls
//! [`remove_all`] from its Ctrl-C/SIGTERM handler and on every exit path.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Registers a temporary folder for removal at exit (and forgets those
/// whose `TempDir` has removed them already).
pub fn track(dir: &Path) {
    if let Ok(mut live) = LIVE.lock() {
        live.retain(|d| d.exists());
        live.push(dir.to_path_buf());
    }
}

/// Removes every registered folder that still exists.
pub fn remove_all() {
    let dirs = match LIVE.lock() {
        Ok(mut live) => std::mem::take(&mut *live),
        Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
    };
    for dir in dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}
