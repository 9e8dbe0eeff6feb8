//! Which folders `stele build` may replace.
//!
//! `--out` names a folder that the build deletes and replaces. A typo there
//! (`--out .`, `--out content`) used to delete a whole project, so the
//! target is checked before anything is written: Stele replaces only a
//! folder it wrote itself (it holds the [`MARKER`] file) or an empty one,
//! and never the site, a folder around it, or one of the site's own
//! input folders.

use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The file `stele build` writes at the top of every output folder. Its
/// presence is what allows the next build to replace the folder.
pub const MARKER: &str = ".stele-output";

/// What the marker file says to someone who finds it.
pub(crate) const MARKER_TEXT: &str = "This folder was written by `stele build`.\n\
The next build replaces it whole: do not keep other files in it.\n\
Delete this file to stop Stele from ever replacing the folder.\n";

/// The folders of a site that an output may not be inside: its inputs,
/// Stele's cache and the repository.
const INPUTS: [&str; 6] = [
    "content",
    "templates",
    "locales",
    "static",
    ".stele",
    ".git",
];

/// An output folder that the build refused to replace. It travels inside
/// an [`io::Error`] of kind `InvalidInput`; [`Refused::from_io`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The `--out` folder, as resolved (absolute, symlinks followed).
    pub out: PathBuf,
    /// Why it is refused.
    pub reason: String,
    /// What to do instead.
    pub hint: String,
}

impl Refused {
    /// The refusal carried by `e`, if it is one.
    pub fn from_io(e: &io::Error) -> Option<&Refused> {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<Refused>())
    }

    fn err(out: &Path, reason: String, hint: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            Refused {
                out: out.to_path_buf(),
                reason,
                hint: hint.to_string(),
            },
        )
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "refusing to write the site into {}: {}",
            self.out.display(),
            self.reason
        )
    }
}

impl std::error::Error for Refused {}

/// Resolves `p` to an absolute path with symlinks followed as far as it
/// exists (`public -> /srv/www` resolves to `/srv/www`), and `.` and `..`
/// resolved in the part that does not exist yet.
pub(crate) fn resolve(p: &Path) -> io::Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    let mut cur = PathBuf::new();
    for comp in abs.components() {
        match comp {
            Component::Prefix(_) | Component::RootDir => cur.push(comp),
            Component::CurDir => {}
            Component::ParentDir => {
                cur.pop();
            }
            Component::Normal(name) => {
                cur.push(name);
                if std::fs::symlink_metadata(&cur).is_ok() {
                    if let Ok(real) = cur.canonicalize() {
                        cur = real;
                    }
                }
            }
        }
    }
    Ok(cur)
}

/// Checks that a build of the site at `root` may replace `out`, and
/// returns `out` resolved (see [`resolve`]). Refusals are
/// `InvalidInput` errors carrying a [`Refused`].
pub fn check(root: &Path, out: &Path) -> io::Result<PathBuf> {
    let root = resolve(root)?;
    let target = resolve(out)?;
    let other = "choose another --out, such as the default public/ inside the site";
    if target == root {
        return Err(Refused::err(
            &target,
            "it is the site's own folder".into(),
            other,
        ));
    }
    if root.starts_with(&target) {
        return Err(Refused::err(
            &target,
            format!("it contains the site {}", root.display()),
            other,
        ));
    }
    for input in INPUTS {
        if target.starts_with(root.join(input)) {
            return Err(Refused::err(
                &target,
                format!("it is inside the site's {input}/ folder"),
                other,
            ));
        }
    }
    replaceable(&target)?;
    Ok(target)
}

/// Checks that the folder at `target` (resolved) is absent, empty or a
/// previous Stele output; checked again just before the swap.
pub(crate) fn replaceable(target: &Path) -> io::Result<()> {
    let meta = match std::fs::metadata(target) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if !meta.is_dir() {
        return Err(Refused::err(
            target,
            "it is a file, not a folder".into(),
            "choose a folder for --out; Stele never deletes a file it did not write",
        ));
    }
    if is_marked(target) || std::fs::read_dir(target)?.next().is_none() {
        return Ok(());
    }
    Err(Refused::err(
        target,
        format!("the folder is not empty and Stele did not write it (it has no {MARKER} file)"),
        "choose an empty or new folder for --out, or empty this one yourself; \
         Stele replaces only folders that it wrote and empty ones",
    ))
}

/// Whether `dir` holds Stele's marker (a regular file, not a link to one).
pub(crate) fn is_marked(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(root: &Path, out: &Path) -> String {
        let e = check(root, out).unwrap_err();
        Refused::from_io(&e).expect("a refusal").reason.clone()
    }

    #[test]
    fn refuses_the_site_its_inputs_and_foreign_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content/en")).unwrap();
        assert!(refused(&root, &root).contains("site's own folder"));
        assert!(refused(&root, &root.join("content/../.")).contains("site's own folder"));
        assert!(refused(&root, tmp.path()).contains("contains the site"));
        assert!(refused(&root, &root.join("content")).contains("content/"));
        assert!(refused(&root, &root.join("content/en/x")).contains("content/"));
        assert!(refused(&root, &root.join("static/new")).contains("static/"));
        std::fs::write(root.join("file"), "x").unwrap();
        assert!(refused(&root, &root.join("file")).contains("a file"));
        std::fs::create_dir_all(root.join("mine")).unwrap();
        std::fs::write(root.join("mine/notes.txt"), "x").unwrap();
        assert!(refused(&root, &root.join("mine")).contains("not empty"));
        // A link to a forbidden folder is the folder.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("content"), root.join("link")).unwrap();
            assert!(refused(&root, &root.join("link")).contains("content/"));
        }
    }

    #[test]
    fn accepts_new_empty_and_marked_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content/en")).unwrap();
        assert_eq!(
            check(&root, &root.join("public")).unwrap(),
            root.canonicalize().unwrap().join("public")
        );
        std::fs::create_dir_all(root.join("empty")).unwrap();
        check(&root, &root.join("empty")).unwrap();
        std::fs::create_dir_all(root.join("old")).unwrap();
        std::fs::write(root.join("old/index.html"), "x").unwrap();
        std::fs::write(root.join("old").join(MARKER), MARKER_TEXT).unwrap();
        check(&root, &root.join("old")).unwrap();
        check(&root, &tmp.path().join("elsewhere/deep")).unwrap();
    }
}
