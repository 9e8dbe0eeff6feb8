//! Prints a marked file with every segment replaced by its English source.
//! This is how the demo's `content/en` was rebuilt from the German files:
//! `cargo run --example source_side -- content/de/x.md > content/en/x.md`
//! (then translate the front-matter title and description, which carry no markup).

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: source_side FILE.md");
        return std::process::ExitCode::from(2);
    };
    let path = std::path::Path::new(&path);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return std::process::ExitCode::from(2);
        }
    };
    let text = match stele::markup::decode(path, &bytes) {
        Ok(t) => t,
        Err(d) => {
            eprintln!("{d}");
            return std::process::ExitCode::from(1);
        }
    };
    let doc = stele::markup::parse(path, &text);
    for d in &doc.diagnostics {
        eprintln!("{d}");
    }
    print!("{}", doc.source_markdown(&text));
    std::process::ExitCode::SUCCESS
}
