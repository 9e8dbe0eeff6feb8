//! Publishing safely, through the binary: which `--out` folders a build
//! may replace, the atomic swap under injected faults and SIGKILL, the
//! leftovers of killed builds, and closed output pipes.
//!
//! The fault points (`STELE_FAULT`) exist in debug builds only, which is
//! what `cargo test` runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stele() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stele"));
    c.env_remove("STELE_FAULT");
    c
}

fn build(root: &Path, out: &Path) -> Output {
    build_with(root, out, None)
}

fn build_with(root: &Path, out: &Path, fault: Option<&str>) -> Output {
    let mut c = stele();
    c.args(["build", "--quiet", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out);
    if let Some(f) = fault {
        c.env("STELE_FAULT", f);
    }
    c.output().expect("run stele")
}

fn copy_dir(from: &Path, to: &Path) {
    for e in walk(from) {
        let dest = to.join(e.strip_prefix(from).unwrap());
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(&e, &dest).unwrap();
    }
}

/// Every file under `dir`, sorted.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            if e.file_type().unwrap().is_dir() {
                todo.push(e.path());
            } else {
                files.push(e.path());
            }
        }
    }
    files.sort();
    files
}

/// A folder's files and their contents: two snapshots are equal when the
/// folders hold the same complete site.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walk(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).unwrap();
            (f.strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

/// A copy of the fixture site in a temporary folder.
fn site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/site"), &root);
    (tmp, root)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn assert_refused(root: &Path, out: &Path, what: &str) {
    let watched = root.parent().unwrap();
    let before = snapshot(watched);
    let o = build(root, out);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "--out {}: {err}", out.display());
    assert!(err.contains("refusing to write the site into"), "{err}");
    assert!(err.contains(what), "{what}: {err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        snapshot(watched) == before,
        "--out {}: files changed",
        out.display()
    );
}

#[test]
fn out_refuses_the_site_its_folders_files_and_foreign_folders() {
    let (tmp, root) = site();
    std::fs::write(root.join("notes.txt"), "mine").unwrap();
    std::fs::create_dir_all(root.join("static/img")).unwrap();
    std::fs::write(root.join("static/img/a.png"), "png").unwrap();
    let foreign = tmp.path().join("photos");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("cat.jpg"), "cat").unwrap();
    assert_refused(&root, &root, "site's own folder");
    assert_refused(&root, &root.join("."), "site's own folder");
    assert_refused(&root, tmp.path(), "contains the site");
    assert_refused(
        &root,
        &root.join("content"),
        "inside the site's content/ folder",
    );
    assert_refused(&root, &root.join("content/de"), "content/ folder");
    assert_refused(&root, &root.join("static"), "static/ folder");
    assert_refused(&root, &root.join("notes.txt"), "a file, not a folder");
    assert_refused(&root, &foreign, "not empty and Stele did not write it");
}

#[test]
fn out_accepts_an_empty_folder_and_a_previous_output() {
    let (tmp, root) = site();
    let out = tmp.path().join("empty");
    std::fs::create_dir_all(&out).unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join(".stele-output").is_file());
    assert!(out.join("en/guide/index.html").is_file());
    // The previous output is replaced whole: a page whose article is gone
    // goes with it.
    std::fs::remove_file(root.join("content/en/setup/install.md")).unwrap();
    std::fs::remove_file(root.join("content/de/setup/install.md")).unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out.join("en/setup/install/index.html").exists());
    assert!(out.join("en/guide/index.html").is_file());
    assert_eq!(names(tmp.path()), ["empty", "site"]);
}

/// What a build of `root` publishes, built into a folder of its own.
fn reference(tmp: &Path, root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let dir = tmp.join("reference");
    let o = build(root, &dir.join("public"));
    assert!(o.status.success(), "{}", stderr(&o));
    let snap = snapshot(&dir.join("public"));
    std::fs::remove_dir_all(&dir).unwrap();
    snap
}

/// Changes one article so that the next build publishes another site.
fn edit(root: &Path, version: &str) {
    let guide = root.join("content/en/guide.md");
    let text = std::fs::read_to_string(&guide).unwrap();
    let text = match text.find("\nEdited: ") {
        Some(i) => text[..i].to_string(),
        None => text.trim_end().to_string(),
    };
    std::fs::write(&guide, format!("{text}\nEdited: {version}.\n")).unwrap();
}

#[test]
fn a_fault_at_any_step_of_the_publish_leaves_a_complete_site() {
    let (tmp, root) = site();
    let out = tmp.path().join("out/public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    for point in ["begin", "write", "swap", "swapped", "trash"] {
        for abort in [false, true] {
            let fault = if abort {
                format!("{point}:abort")
            } else {
                point.to_string()
            };
            let old = snapshot(&out);
            edit(&root, &fault);
            let new = reference(tmp.path(), &root);
            assert!(old != new);
            let o = build_with(&root, &out, Some(&fault));
            if point == "trash" && !abort {
                // The site is published; what could not be removed waits,
                // marked, for the next build.
                assert!(o.status.success(), "{fault}: {}", stderr(&o));
                assert_eq!(names(&tmp.path().join("out")).len(), 2, "{fault}");
            } else if abort {
                assert!(!o.status.success(), "{fault}: the fault was not hit");
            } else {
                assert_eq!(o.status.code(), Some(2), "{fault}: {}", stderr(&o));
                assert!(
                    stderr(&o).contains("injected fault"),
                    "{fault}: {}",
                    stderr(&o)
                );
            }
            // Before the swap the old site stays; from the swap on, the new
            // one is in place.
            let now = snapshot(&out);
            if ["swapped", "trash"].contains(&point) {
                assert!(now == new, "{fault}: the new site is not complete");
            } else {
                assert!(now == old, "{fault}: the old site is not intact");
            }
            // The next build publishes and removes what the fault left.
            let o = build(&root, &out);
            assert!(o.status.success(), "{fault}: {}", stderr(&o));
            assert!(snapshot(&out) == new, "{fault}");
            assert_eq!(
                names(&tmp.path().join("out")),
                ["public"],
                "{fault}: leftovers"
            );
        }
    }
}

/// Sends `signal` to a child process.
#[cfg(unix)]
fn signal(child: &std::process::Child, signal: rustix::process::Signal) {
    let pid = rustix::process::Pid::from_raw(child.id() as i32).expect("a pid");
    rustix::process::kill_process(pid, signal).expect("kill");
}

#[cfg(unix)]
#[test]
fn killed_builds_leave_a_complete_site_and_no_leftovers() {
    use rustix::process::Signal;
    let (tmp, root) = site();
    // Big enough that a build takes a while: 80 more articles per locale.
    for l in ["en", "de"] {
        let guide = std::fs::read_to_string(root.join(format!("content/{l}/guide.md"))).unwrap();
        for i in 0..80 {
            let page = guide.replace("The guide", &format!("The guide {i}"));
            std::fs::write(root.join(format!("content/{l}/page{i}.md")), page).unwrap();
        }
    }
    let out = tmp.path().join("out/public");
    edit(&root, "a");
    let a = reference(tmp.path(), &root);
    edit(&root, "b");
    let b = reference(tmp.path(), &root);
    edit(&root, "a");
    let started = Instant::now();
    assert!(build(&root, &out).status.success());
    let full = started.elapsed();
    let mut killed = 0;
    // Kill points: spread over a whole build, and just after the staging
    // folder appears.
    let delays: Vec<Option<Duration>> = (0..8)
        .map(|k| Some(full * k / 6))
        .chain([None, None])
        .collect();
    for (k, delay) in delays.into_iter().enumerate() {
        edit(&root, if k % 2 == 0 { "b" } else { "a" });
        let mut child = stele()
            .args(["build", "--quiet", "--root"])
            .arg(&root)
            .arg("--out")
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        match delay {
            Some(d) => std::thread::sleep(d),
            None => {
                let parent = tmp.path().join("out");
                let t = Instant::now();
                while !names(&parent).iter().any(|n| n.contains("stele-tmp"))
                    && t.elapsed() < Duration::from_secs(20)
                {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        }
        signal(&child, Signal::KILL);
        let status = child.wait().unwrap();
        if !status.success() {
            killed += 1;
        }
        let now = snapshot(&out);
        assert!(
            now == a || now == b,
            "kill {k} ({delay:?}): the site is not complete"
        );
    }
    assert!(killed > 0, "no build was killed before it finished");
    edit(&root, "b");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(snapshot(&out) == b);
    assert_eq!(names(&tmp.path().join("out")), ["public"], "leftovers");
    let staged: Vec<String> = names(&root.join(".stele"))
        .into_iter()
        .filter(|n| n.starts_with("index-new-"))
        .collect();
    assert!(staged.is_empty(), "search index leftovers: {staged:?}");
}

/// A build killed while it wrote the search index leaves its staged
/// `.stele/index-new-*` folder (the whole index, megabytes per build); the
/// next build removes it, as it removes the output's leftovers.
#[test]
fn the_next_build_removes_staged_search_indexes_of_killed_builds() {
    let (tmp, root) = site();
    let out = tmp.path().join("out/public");
    let leftover = root.join(".stele/index-new-Xk3j9a");
    std::fs::create_dir_all(leftover.join("de")).unwrap();
    std::fs::write(leftover.join("de/meta.json"), "{}").unwrap();
    // Not a staging folder: kept.
    std::fs::write(root.join(".stele/index-new-note.txt"), "mine").unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !leftover.exists(),
        "the staged index of a killed build is still there"
    );
    assert!(root.join(".stele/index-new-note.txt").is_file());
    assert!(root.join(".stele/index").is_dir());
}

/// Runs `stele` with both output pipes closed before it writes a byte,
/// as `stele build 2>&1 | head -0` does.
fn with_closed_pipes(args: &[&std::ffi::OsStr]) -> std::process::ExitStatus {
    let mut child = stele()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stderr.take());
    child.wait().unwrap()
}

#[test]
fn closed_pipes_neither_panic_nor_stop_the_publish() {
    let (tmp, root) = site();
    let out = tmp.path().join("public");
    let (r, o) = (root.as_os_str(), out.as_os_str());
    // The fixture has warnings: they are printed before the publish.
    let status = with_closed_pipes(&["build".as_ref(), "--root".as_ref(), r, "--out".as_ref(), o]);
    assert_eq!(status.code(), Some(0));
    assert!(
        out.join("en/guide/index.html").is_file(),
        "the site is published"
    );
    let status = with_closed_pipes(&["search".as_ref(), "guide".as_ref(), "--root".as_ref(), r]);
    assert_eq!(status.code(), Some(0));
    let status = with_closed_pipes(&["check".as_ref(), "--root".as_ref(), r]);
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    let status = with_closed_pipes(&[
        "check".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        "--root".as_ref(),
        r,
    ]);
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    let demo = repo();
    let status = with_closed_pipes(&[
        "lookup".as_ref(),
        "550 5.7.750".as_ref(),
        "--root".as_ref(),
        demo.as_os_str(),
    ]);
    assert_eq!(status.code(), Some(0));
    let status = with_closed_pipes(&["init".as_ref(), tmp.path().join("new").as_os_str()]);
    assert_eq!(status.code(), Some(0));
}

/// Starts `stele serve` on `port` with its temporary folders in `tmpdir`.
fn serve(root: &Path, port: u16, tmpdir: &Path) -> std::process::Child {
    stele()
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(root)
        .env("TMPDIR", tmpdir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[allow(dead_code)]
mod common;

use common::serve::free_port;

#[cfg(unix)]
#[test]
fn serve_removes_its_temporary_folder_on_sigint_and_sigterm() {
    use rustix::process::Signal;
    use std::io::BufRead;
    let (tmp, root) = site();
    for sig in [Signal::INT, Signal::TERM] {
        let tmpdir = tmp.path().join(format!("tmp-{sig:?}"));
        std::fs::create_dir_all(&tmpdir).unwrap();
        let mut child = serve(&root, free_port(), &tmpdir);
        let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut ready = false;
        for line in stdout.lines() {
            if line.unwrap().starts_with("serving ") {
                ready = true;
                break;
            }
        }
        assert!(ready, "stele serve did not start");
        let made = names(&tmpdir);
        assert!(
            made.len() == 1 && made[0].starts_with("stele-serve-"),
            "{made:?}"
        );
        signal(&child, sig);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{sig:?}");
        assert!(names(&tmpdir).is_empty(), "{sig:?}: {:?}", names(&tmpdir));
    }
}

#[test]
fn serve_on_a_busy_port_fails_and_leaves_nothing_behind() {
    let (tmp, root) = site();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let tmpdir = tmp.path().join("tmp");
    std::fs::create_dir_all(&tmpdir).unwrap();
    let o = serve(&root, port, &tmpdir).wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot listen"), "{}", stderr(&o));
    assert!(names(&tmpdir).is_empty(), "{:?}", names(&tmpdir));
}
