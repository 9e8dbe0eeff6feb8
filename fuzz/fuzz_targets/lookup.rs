//! Arbitrary text through the error-code lookup (`stele lookup`, the
//! page's wasm) with the demo site's policies in every locale; after a
//! first line break, the rest is read as the answers (`Q=V;...`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;
use stele_runtime::policy::{evaluate_json, Policies};

struct Blobs {
    rules: Vec<u8>,
    strings: Vec<Vec<u8>>,
}

fn blobs() -> &'static Blobs {
    static B: OnceLock<Blobs> = OnceLock::new();
    B.get_or_init(|| {
        // The repository root is the demo site.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (site, _) = stele::content::load(&root).expect("demo loads");
        let id = site.locales[site.source].id.clone();
        let (i18n, _) = stele::i18n::I18n::load(Some(&root.join("locales")), &id);
        let (c, _) = stele::policy::compile(&site, &i18n);
        Blobs {
            rules: c.rules,
            strings: c.strings,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (text, answers) = input.split_once('\n').unwrap_or((input, ""));
    let b = blobs();
    for strings in &b.strings {
        let p = Policies::load(&b.rules, strings).expect("policies load");
        let json = evaluate_json(&p, text, answers);
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "{json}");
    }
});
