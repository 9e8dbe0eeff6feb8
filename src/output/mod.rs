//! Writing and publishing the site.
//!
//! Pages are streamed into a staging folder beside the output folder; only
//! a build that succeeds swaps it in, in one step, so a failed or killed
//! build leaves the last good site in place. Stele deletes only what it
//! can prove it wrote: folders holding its [`MARKER`] file, and empty ones
//! (see `target.rs` for what `--out` may be, and ARCHITECTURE.md for the
//! invariants).

pub mod assets;
pub mod target;
pub mod temp;

pub use target::{Refused, MARKER};

use crate::util::{fault, write_file};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// An output folder being written.
pub struct Staging {
    dir: tempfile::TempDir,
    target: PathBuf,
    lock: Option<File>,
}

/// The name prefix of the staging folder of the output folder `name`.
fn staging_prefix(name: &str) -> String {
    format!(".{name}.stele-tmp-")
}

/// The name prefix of a previous site moved aside by the fallback swap.
fn trash_prefix(name: &str) -> String {
    format!(".{name}.stele-old-")
}

impl Staging {
    /// Checks that a build of the site at `root` may replace `target` (see
    /// [`target::check`]), removes what killed builds left next to it, and
    /// creates the staging folder next to it (same file system, so the
    /// swap is one rename) with the marker inside.
    pub fn begin(root: &Path, target: &Path) -> io::Result<Staging> {
        let target = target::check(root, target)?;
        let parent = target
            .parent()
            .ok_or_else(|| io::Error::other("the output folder has no parent folder"))?
            .to_path_buf();
        std::fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .ok_or_else(|| io::Error::other("the output folder has no name"))?;
        let lock = lock_and_sweep(&parent, &name);
        let dir = tempfile::Builder::new()
            .prefix(&staging_prefix(&name))
            .tempdir_in(&parent)?;
        // First thing in the folder: a build killed from here on leaves a
        // folder that the next build can tell is its own.
        std::fs::write(dir.path().join(MARKER), target::MARKER_TEXT)?;
        fault::hit("begin")?;
        Ok(Staging { dir, target, lock })
    }

    /// Where pages go while building.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes one file (creating folders) at a `/`-separated relative path.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        write_file(self.dir.path(), rel, bytes)
    }

    /// Publishes the staged site: on Linux the staged folder and the live
    /// one trade places in one `renameat2(RENAME_EXCHANGE)`, so the output
    /// path always holds a complete site. The previous site, now at the
    /// staging path, is returned as a [`Trash`]: removing thousands of
    /// files takes a while, and the caller can do it while other work
    /// runs. An error leaves the previous site in place.
    pub fn commit(self) -> io::Result<(PathBuf, Trash)> {
        let Staging { dir, target, lock } = self;
        fault::hit("swap")?;
        // The folder may have changed since the build began.
        target::replaceable(&target)?;
        let staged = dir.path().to_path_buf();
        if std::fs::symlink_metadata(&target).is_err() {
            std::fs::rename(&staged, &target)?;
            let _ = dir.keep();
            return Ok((target, Trash { dir: None, lock }));
        }
        let old = match exchange(&staged, &target) {
            Ok(()) => dir.keep(),
            Err(e) if exchange_unsupported(&e) => {
                let old = swap_by_renames(&staged, &target)?;
                let _ = dir.keep();
                old
            }
            Err(e) => return Err(e),
        };
        let trash = Trash {
            dir: Some(old),
            lock,
        };
        // A fault here leaves the old site at a marked path beside the new
        // one: the next build removes it.
        if let Err(e) = fault::hit("swapped") {
            std::mem::forget(trash);
            return Err(e);
        }
        Ok((target, trash))
    }
}

/// Swaps two folders in one step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Whether the exchange failed because the system or the file system
/// cannot do it (old kernels, some network and FUSE file systems).
fn exchange_unsupported(e: &io::Error) -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::io::Errno;
        if [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP]
            .iter()
            .any(|n| e.raw_os_error() == Some(n.raw_os_error()))
        {
            return true;
        }
    }
    e.kind() == io::ErrorKind::Unsupported
}

/// The fallback swap: the live site moves aside (to a marked
/// `.<name>.stele-old-*` folder), then the staged one moves in. Between
/// the two renames the output path is missing for an instant; a crash
/// there leaves the previous site beside it, which the next build
/// removes. Returns where the previous site went.
fn swap_by_renames(staged: &Path, target: &Path) -> io::Result<PathBuf> {
    let parent = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let old = parent.join(format!(
        "{}{}-{nanos}",
        trash_prefix(&name),
        std::process::id()
    ));
    std::fs::rename(target, &old)?;
    if let Err(e) = std::fs::rename(staged, target) {
        // Put the old site back before reporting.
        let _ = std::fs::rename(&old, target);
        return Err(e);
    }
    Ok(old)
}

/// Takes a lock on the output's parent folder for the whole build and,
/// when no other build holds it, removes what killed builds left there:
/// staging and trash folders of this output that carry the marker, or are
/// empty. A build in progress holds the lock shared, so its staging
/// folder is never mistaken for a leftover. Where folders cannot be
/// locked (not Linux) leftovers are removed without it.
fn lock_and_sweep(parent: &Path, name: &str) -> Option<File> {
    crate::util::lock_and_sweep(parent, || sweep(parent, name))
}

/// Removes this output's leftovers in `parent` (see [`lock_and_sweep`]).
fn sweep(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let (staging, trash) = (staging_prefix(name), trash_prefix(name));
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !(file_name.starts_with(&staging) || file_name.starts_with(&trash)) {
            continue;
        }
        // `file_type` does not follow links: a link is never ours.
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        if target::is_marked(&path) {
            let _ = remove_marked(&path);
        } else {
            // Removes only an empty folder.
            let _ = std::fs::remove_dir(&path);
        }
    }
}

/// Removes a folder that holds the marker, the marker last: a removal cut
/// short leaves a folder the next build still recognises.
fn remove_marked(dir: &Path) -> io::Result<()> {
    let mut first = true;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name() == MARKER {
            continue;
        }
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())?;
        } else {
            std::fs::remove_file(entry.path())?;
        }
        if std::mem::take(&mut first) {
            fault::hit("trash")?;
        }
    }
    match std::fs::remove_file(dir.join(MARKER)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::remove_dir(dir)
}

/// The previous output folder after a swap, removed on drop (or earlier
/// with [`Trash::remove`]). Holds the build's lock until then, so no other
/// build takes it for a leftover.
#[must_use = "dropping the trash removes the old site; keep it to remove it later"]
pub struct Trash {
    dir: Option<PathBuf>,
    lock: Option<File>,
}

impl Trash {
    /// Removes the old site now.
    pub fn remove(mut self) {
        self.clear();
    }

    fn clear(&mut self) {
        if let Some(dir) = self.dir.take() {
            // A failure leaves a marked folder that the next build removes.
            let _ = remove_marked(&dir);
        }
        self.lock = None;
    }
}

impl Drop for Trash {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn commit_replaces_and_drop_keeps_old() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let out = tmp.path().join("public");
        {
            let s = Staging::begin(root, &out).unwrap();
            s.write("old.html", b"old").unwrap();
            let (_, trash) = s.commit().unwrap();
            trash.remove();
        }
        {
            let s = Staging::begin(root, &out).unwrap();
            s.write("a/index.html", b"new").unwrap();
            // dropped without commit: a failed build
        }
        assert!(out.join("old.html").exists());
        let s = Staging::begin(root, &out).unwrap();
        s.write("a/index.html", b"new").unwrap();
        let (_, trash) = s.commit().unwrap();
        // Until the trash is removed, the old site is beside the new one.
        assert_eq!(names(tmp.path()).len(), 2);
        trash.remove();
        assert!(!out.join("old.html").exists());
        assert!(out.join(MARKER).is_file());
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "new"
        );
        // No temporary folders are left behind.
        assert_eq!(names(tmp.path()), ["public"]);
    }

    #[test]
    fn the_fallback_swap_replaces_and_keeps_the_old_site_marked() {
        let tmp = tempfile::tempdir().unwrap();
        let (staged, out) = (tmp.path().join("staged"), tmp.path().join("public"));
        for (d, f) in [(&staged, "new"), (&out, "old")] {
            std::fs::create_dir_all(d).unwrap();
            std::fs::write(d.join(f), f).unwrap();
            std::fs::write(d.join(MARKER), "").unwrap();
        }
        let old = swap_by_renames(&staged, &out).unwrap();
        assert!(out.join("new").is_file());
        assert!(old.join("old").is_file());
        assert!(!staged.exists());
        // A leftover of the fallback is swept like a staging folder.
        sweep(tmp.path(), "public");
        assert_eq!(names(tmp.path()), ["public"]);
    }

    #[test]
    fn sweep_removes_only_marked_or_empty_leftovers_of_this_output() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path();
        let mk = |name: &str, marker: bool, file: bool| {
            std::fs::create_dir_all(p.join(name)).unwrap();
            if file {
                std::fs::write(p.join(name).join("x"), "x").unwrap();
            }
            if marker {
                std::fs::write(p.join(name).join(MARKER), "").unwrap();
            }
        };
        mk(".public.stele-tmp-a", true, true);
        mk(".public.stele-old-b", true, true);
        mk(".public.stele-tmp-empty", false, false);
        mk(".public.stele-tmp-foreign", false, true);
        mk(".other.stele-tmp-c", true, true);
        mk("public", true, true);
        sweep(p, "public");
        assert_eq!(
            names(p),
            [".other.stele-tmp-c", ".public.stele-tmp-foreign", "public"]
        );
    }
}
