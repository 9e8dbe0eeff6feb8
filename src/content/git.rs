//! The date each content file was last committed, for "last updated" on
//! pages whose front matter has no date.
//!
//! One `git log` over `content/` reads the whole history once (newest
//! first; the first date seen for a path is its last commit), instead of
//! one process per file. `git` is run as a program rather than linked
//! (gix): Stele needs one read-only query, and the user's own git reads
//! their repository exactly as they see it (worktrees, `safe.directory`,
//! shallow clones). When the site is not in a git repository, git is not
//! installed or the query fails, the map is empty and pages fall back to
//! their front matter; nothing is reported, since a site without git is
//! normal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Last commit date (`YYYY-MM-DD`, committer date) of every file under
/// `root/content` that git knows, keyed by its path relative to `root`
/// (`content/de/a.md`, like [`SourceFile::display`](super::SourceFile)).
pub fn last_commit_dates(root: &Path) -> BTreeMap<PathBuf, String> {
    let mut dates = BTreeMap::new();
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "core.quotePath=false",
            "log",
            "--relative",
            "--no-renames",
            "--name-only",
            "--format=%x01%cs",
            "--",
            "content",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    let Ok(output) = output else {
        return dates;
    };
    if !output.status.success() {
        return dates;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut date = "";
    for line in text.lines() {
        if let Some(d) = line.strip_prefix('\u{1}') {
            date = d.trim();
        } else if !line.is_empty() && !date.is_empty() && !line.starts_with('"') {
            // Quoted names (control characters in them) are left out.
            dates
                .entry(PathBuf::from(line))
                .or_insert_with(|| date.to_string());
        }
    }
    dates
}
