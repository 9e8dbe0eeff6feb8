//! Leaf helpers every layer may use: HTML escaping, URL percent-decoding
//! and writing a file whose folders may not exist yet. Nothing here knows
//! about sites, documents or pages.

pub(crate) mod fault;

use std::io;
use std::path::Path;

/// Escapes text for HTML and XML content and attribute values (both
/// quotes included, so the result is safe in either kind of attribute).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Decodes `%20`-style escapes in a URL path. A `%` that starts no valid
/// escape stays as it is; escapes that decode to invalid UTF-8 leave the
/// whole string undecoded.
pub fn percent_decode(s: &str) -> String {
    match percent_encoding::percent_decode_str(s).decode_utf8() {
        Ok(d) => d.into_owned(),
        Err(_) => s.to_string(),
    }
}

/// Whether a link target is a whole web address (`https://…`, `http://…`)
/// rather than a path inside the site: such links are written as they are,
/// never prefixed with the site's root or base URL.
pub fn is_web_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// What [`percent_encode_path`] escapes: controls, space, non-ASCII
/// (always), and the characters that end or change a URL path or its
/// HTML attribute (`"`, `#`, `%`, `<`, `>`, `?`, `` ` ``, `{`, `}`).
const PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// Encodes a decoded URL path (from [`percent_decode`]) for a link. A
/// literal `%` becomes `%25`: left for the HTML writer, which keeps `%` as
/// the start of an escape, `完成100%中.png` was written `100%%E4%B8%AD.png`
/// and named no file.
pub fn percent_encode_path(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, PATH).to_string()
}

/// Runs `sweep` (the removal of what killed runs left in `dir`) only when
/// no other run is using `dir`, and keeps the returned lock until the
/// caller is done with it. Every run takes a shared `flock` on `dir` for
/// as long as it writes there; whoever gets it exclusively first sweeps,
/// then downgrades, so a folder still being written is never taken for a
/// leftover. Where folders cannot be locked (not Linux), it sweeps
/// without a lock.
pub fn lock_and_sweep(dir: &Path, sweep: impl FnOnce()) -> Option<std::fs::File> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{flock, FlockOperation};
        if let Ok(file) = std::fs::File::open(dir) {
            match flock(&file, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {
                    sweep();
                    // Downgrade: other runs may now start, but not sweep.
                    let _ = flock(&file, FlockOperation::LockShared);
                }
                Err(rustix::io::Errno::WOULDBLOCK) => {
                    let _ = flock(&file, FlockOperation::LockShared);
                }
                Err(_) => sweep(),
            }
            return Some(file);
        }
    }
    sweep();
    None
}

/// Writes `bytes` to `base/rel`, creating parent folders.
///
/// The folders are created only when the first write says they are
/// missing: a build writes thousands of files into a few hundred folders,
/// and asking for each file's folder costs system calls that fail.
pub fn write_file(base: &Path, rel: &str, bytes: &[u8]) -> io::Result<()> {
    fault::hit_write()?;
    let path = base.join(rel);
    match std::fs::write(&path, bytes) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, bytes)
        }
        r => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b.md"), "a b.md");
        assert_eq!(percent_decode("%E6%97%A5%E6%9C%AC"), "日本");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("a%zz%4"), "a%zz%4");
        assert_eq!(percent_decode("%FF"), "%FF");
        // A `%` before a multi-byte character panicked the hand-written
        // decoder this replaced (it sliced two bytes after the `%`).
        assert_eq!(
            percent_decode("images/完成100%中.png"),
            "images/完成100%中.png"
        );
        assert_eq!(percent_decode("%aé.md"), "%aé.md");
        assert_eq!(percent_decode("/%0é"), "/%0é");
        assert_eq!(percent_decode("a%20"), "a ");
    }

    #[test]
    fn percent_encoding_of_decoded_paths() {
        assert_eq!(
            percent_encode_path("images/完成100%中.png"),
            "images/%E5%AE%8C%E6%88%90100%25%E4%B8%AD.png"
        );
        assert_eq!(percent_encode_path("a b#c?.png"), "a%20b%23c%3F.png");
        for p in ["images/完成100%中.png", "%aé.md", "a%20b", "100%"] {
            assert_eq!(percent_decode(&percent_encode_path(p)), p);
        }
    }
}
