//! Helpers shared by the headless-Chromium tests of the lookup and search.

use headless_chrome::Tab;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The Chromium binary, if one is installed.
pub fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Polls a JavaScript expression until it yields a non-empty string.
pub fn wait_for(tab: &Tab, expr: &str, what: &str) -> String {
    let start = Instant::now();
    loop {
        if let Ok(r) = tab.evaluate(expr, false) {
            if let Some(serde_json::Value::String(s)) = r.value {
                if !s.is_empty() {
                    return s;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
