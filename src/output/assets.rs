//! The files of a site besides its pages: Stele's assets (templates'
//! overrides first), `static/`, the non-markdown files of each locale
//! folder, and the lookup's runtime and compiled rules.

use crate::content::Site;
use crate::policy::{self, Compiled};
use crate::render::highlight;
use crate::render::templates::BUILTIN_ASSETS;
use crate::util::write_file;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::path::Path;

/// The live-reload script `stele serve` adds to pages: it polls the
/// server's build counter and reloads when a rebuild finished.
pub const LIVE_RELOAD_JS: &str = include_str!("../../templates/assets/live.js");
/// The stylesheet of `stele serve`'s error overlay, loaded by live.js.
pub const LIVE_RELOAD_CSS: &str = include_str!("../../templates/assets/live.css");

/// Copies Stele's assets (site overrides first), the site's `static/` folder
/// and the non-markdown files of each locale folder.
pub fn write_assets(site: &Site, out: &Path, live_reload: bool) -> std::io::Result<()> {
    let overrides = site.root.join("templates").join("assets");
    for (name, builtin) in BUILTIN_ASSETS {
        let custom = overrides.join(name);
        let bytes = if custom.is_file() {
            std::fs::read(custom)?
        } else {
            builtin.as_bytes().to_vec()
        };
        write_file(out, &format!("_stele/{name}"), &bytes)?;
    }
    if live_reload {
        write_file(out, "_stele/live.js", LIVE_RELOAD_JS.as_bytes())?;
        write_file(out, "_stele/live.css", LIVE_RELOAD_CSS.as_bytes())?;
    }
    write_file(out, "_stele/syntax.css", highlight::stylesheet().as_bytes())?;
    for (rel, abs) in &site.statics {
        write_file(out, rel, &std::fs::read(abs)?)?;
    }
    for (l, rel, abs) in &site.assets {
        let dest = format!("{}/{}", site.locales[*l].tag, rel);
        write_file(out, &dest, &std::fs::read(abs)?)?;
    }
    Ok(())
}

/// Writes the lookup's runtime next to the other assets: the wasm and the
/// compiled rules as raw files (for servers and tools) and as classic
/// scripts that set `window.SteleLookup` (pages opened from `file://`
/// cannot `fetch`), plus one strings script per locale.
pub fn write_lookup(site: &Site, policies: &Compiled, out: &Path) -> std::io::Result<()> {
    write_file(out, "_stele/lookup.wasm", policy::LOOKUP_WASM)?;
    write_file(out, "_stele/lookup-rules.bin", &policies.rules)?;
    let script = |field: &str, bytes: &[u8]| {
        format!(
            "(window.SteleLookup=window.SteleLookup||{{}}).{field}=\"{}\";\n",
            STANDARD.encode(bytes)
        )
    };
    write_file(
        out,
        "_stele/lookup-wasm.js",
        script("wasm", policy::LOOKUP_WASM).as_bytes(),
    )?;
    write_file(
        out,
        "_stele/lookup-rules.js",
        script("rules", &policies.rules).as_bytes(),
    )?;
    for (l, strings) in policies.strings.iter().enumerate() {
        let tag = &site.locales[l].tag;
        write_file(out, &format!("_stele/lookup-strings-{tag}.bin"), strings)?;
        write_file(
            out,
            &format!("_stele/lookup-{tag}.js"),
            script("strings", strings).as_bytes(),
        )?;
    }
    Ok(())
}
