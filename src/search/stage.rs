//! Staging a build's search indexes: the tantivy index of each locale in
//! a temporary folder beside `<root>/.stele/index/`, and the browser index
//! into the output being staged, both from one merge of each locale's
//! pages. A build installs the staged tantivy index only when it succeeds.

use super::{browser, engine, merge, IndexDoc};
use std::path::{Path, PathBuf};

/// Starts staging the search indexes of every locale: the tantivy
/// index in a temporary folder beside `<root>/.stele/index/`, and,
/// with `browser_out`, the browser index into that output folder. Both
/// are written from one merge of each locale's pages. A locale whose
/// pages did not change since the last build (same fingerprint) keeps
/// its tantivy index (its files are linked, not rebuilt). The work is
/// left for [`IndexStage::help`]; [`IndexStage::finish`] hands the
/// result to [`StagedIndex::install`], which swaps it in. `stele build`
/// does this while the site-wide pages are written and installs the
/// index only if the build succeeds.
pub fn stage<'a>(
    root: &Path,
    locales: Vec<(&'a str, Vec<&'a IndexDoc>)>,
    browser_out: Option<&Path>,
) -> std::io::Result<IndexStage<'a>> {
    let final_dir = engine::index_root(root);
    let parent = final_dir.parent().unwrap_or(root).to_path_buf();
    std::fs::create_dir_all(&parent)?;
    let lock = crate::util::lock_and_sweep(&parent, || sweep(&parent));
    let tmp = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(&parent)?;
    let mut todo = Vec::new();
    for (tag, docs) in locales {
        let fp = engine::fingerprint(tag, &docs);
        let old = std::fs::read_to_string(final_dir.join(fingerprint_file(tag)));
        let dest = tmp.path().join(tag);
        let fp = if old.is_ok_and(|old| old == fp)
            && engine::link_index(&final_dir.join(tag), &dest).is_ok()
        {
            std::fs::write(tmp.path().join(fingerprint_file(tag)), fp)?;
            None
        } else {
            let _ = std::fs::remove_dir_all(&dest);
            Some(fp)
        };
        if fp.is_some() || browser_out.is_some() {
            todo.push((tag, docs, fp));
        }
    }
    // Largest first: the threads that share the work then finish
    // together instead of one waiting on the last big locale.
    todo.sort_by_key(|(_, docs, fp)| {
        let tokens: u32 = docs.iter().map(|d| d.terms.stats.len).sum();
        std::cmp::Reverse((fp.is_some(), tokens))
    });
    Ok(IndexStage {
        staged: StagedIndex {
            tmp,
            final_dir,
            _lock: lock,
        },
        todo,
        browser_out: browser_out.map(Path::to_path_buf),
        next: std::sync::atomic::AtomicUsize::new(0),
    })
}

/// The prefix of a staged index folder in `.stele/`.
const STAGING_PREFIX: &str = "index-new-";

/// Removes the staged index folders that killed builds left in `.stele/`
/// (called only when no other build holds the folder's lock).
fn sweep(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let leftover = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(STAGING_PREFIX))
            && e.file_type().is_ok_and(|t| t.is_dir());
        if leftover {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Where a locale's index fingerprint is kept, beside its index folder.
fn fingerprint_file(tag: &str) -> String {
    format!("{tag}.fingerprint")
}

/// The locale indexes a build still has to write (see
/// [`stage`]).
pub struct IndexStage<'a> {
    staged: StagedIndex,
    /// Locale tag and pages of each locale left, with the fingerprint of
    /// its tantivy index when that index must be written (`None`: reused).
    todo: Vec<(&'a str, Vec<&'a IndexDoc>, Option<String>)>,
    /// Where the browser index goes, if this stage writes it.
    browser_out: Option<PathBuf>,
    /// The next entry of `todo` nobody has taken yet.
    next: std::sync::atomic::AtomicUsize,
}

impl IndexStage<'_> {
    /// Writes indexes until none is left. Several threads may help: each
    /// takes the next locale, so a thread that finishes its other work
    /// early (the site-wide pages) shares the indexing instead of waiting.
    pub fn help(&self) -> std::io::Result<()> {
        use std::sync::atomic::Ordering;
        while let Some((tag, docs, fp)) = self.todo.get(self.next.fetch_add(1, Ordering::Relaxed)) {
            let terms = merge(docs);
            if let Some(fp) = fp {
                let dir = self.staged.tmp.path();
                engine::write_index(&dir.join(tag), tag, docs, &terms)
                    .map_err(|e| std::io::Error::other(format!("search index {tag}: {e}")))?;
                std::fs::write(dir.join(fingerprint_file(tag)), fp)?;
            }
            if let Some(out) = &self.browser_out {
                browser::write_locale(out, tag, docs, &terms, false)?;
            }
        }
        Ok(())
    }

    /// Writes what is left and returns the staged index.
    pub fn finish(self) -> std::io::Result<StagedIndex> {
        self.help()?;
        Ok(self.staged)
    }
}

/// A tantivy index written to a temporary folder, removed on drop unless
/// installed.
pub struct StagedIndex {
    tmp: tempfile::TempDir,
    final_dir: PathBuf,
    /// The shared lock on `.stele/` (see [`crate::util::lock_and_sweep`]):
    /// while it is held, no other build takes this folder for a leftover.
    _lock: Option<std::fs::File>,
}

impl StagedIndex {
    /// Replaces `<root>/.stele/index/` with the staged index.
    pub fn install(self) -> std::io::Result<()> {
        // Two builds of one site may finish together (tests, editors that
        // build on save): whoever renames last wins, and a rename that
        // loses the race retries instead of failing the build.
        let new_dir = self.tmp.keep();
        let mut last = None;
        for _ in 0..8 {
            let _ = std::fs::remove_dir_all(&self.final_dir);
            match std::fs::rename(&new_dir, &self.final_dir) {
                Ok(()) => return Ok(()),
                Err(e) => last = Some(e),
            }
        }
        let _ = std::fs::remove_dir_all(&new_dir);
        Err(last.unwrap_or_else(|| std::io::Error::other("cannot replace the search index")))
    }
}
