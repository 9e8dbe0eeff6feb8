//! Writing the site atomically. Pages are streamed into a temporary folder
//! beside the output folder; only a build that succeeds swaps it in, so a
//! failed build leaves the last good site untouched.

use crate::util::write_file;
use std::io;
use std::path::{Path, PathBuf};

/// An output folder being written.
pub struct Staging {
    dir: tempfile::TempDir,
    target: PathBuf,
}

impl Staging {
    /// Creates the temporary folder next to `target` (same file system, so the
    /// final rename is atomic).
    pub fn begin(target: &Path) -> io::Result<Staging> {
        let target = absolute(target)?;
        let parent = target
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        std::fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "public".into());
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.stele-tmp-"))
            .tempdir_in(&parent)?;
        Ok(Staging { dir, target })
    }

    /// Where pages go while building.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes one file (creating folders) at a `/`-separated relative path.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        write_file(self.dir.path(), rel, bytes)
    }

    /// Replaces the target folder with the staged one. The previous site
    /// is moved aside (one rename, so the swap stays atomic) and returned:
    /// removing thousands of files takes a while, and the caller can do it
    /// while other work runs. Dropping the [`Trash`] removes it.
    pub fn commit(self) -> io::Result<(PathBuf, Trash)> {
        let staged = self.dir.keep();
        let old = if self.target.exists() {
            let parent = self.target.parent().unwrap_or(Path::new("."));
            let trash = tempfile::Builder::new()
                .prefix(".stele-old-")
                .tempdir_in(parent)?
                .keep();
            let dest = trash.join("site");
            std::fs::rename(&self.target, &dest)?;
            Some(trash)
        } else {
            None
        };
        if let Err(e) = std::fs::rename(&staged, &self.target) {
            // Put the old site back before reporting.
            if let Some(trash) = &old {
                let _ = std::fs::rename(trash.join("site"), &self.target);
                let _ = std::fs::remove_dir_all(trash);
            }
            let _ = std::fs::remove_dir_all(&staged);
            return Err(e);
        }
        Ok((self.target, Trash(old)))
    }
}

/// The previous output folder after a swap, removed on drop (or earlier
/// with [`Trash::remove`]).
#[must_use = "dropping the trash removes the old site; keep it to remove it later"]
pub struct Trash(Option<PathBuf>);

impl Trash {
    /// Removes the old site now.
    pub fn remove(mut self) {
        self.clear();
    }

    fn clear(&mut self) {
        if let Some(dir) = self.0.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl Drop for Trash {
    fn drop(&mut self) {
        self.clear();
    }
}

fn absolute(p: &Path) -> io::Result<PathBuf> {
    if p.is_absolute() {
        Ok(p.to_path_buf())
    } else {
        Ok(std::env::current_dir()?.join(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_keeps_old() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("old.html"), "old").unwrap();
        {
            let s = Staging::begin(&out).unwrap();
            s.write("a/index.html", b"new").unwrap();
            // dropped without commit: a failed build
        }
        assert!(out.join("old.html").exists());
        let s = Staging::begin(&out).unwrap();
        s.write("a/index.html", b"new").unwrap();
        let (_, trash) = s.commit().unwrap();
        trash.remove();
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "new"
        );
        // No temporary folders are left behind.
        let left: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }
}
