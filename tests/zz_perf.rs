#[test]
fn perf() {
    for (name, unit, n) in [
        ("unclosed ttu", "<span data-ttu-id=\"a-1\">x ", 5000usize),
        ("ttu without lookup", "<span data-ttu-id=\"a-1\">x</span> ", 5000),
        ("code spans + unclosed", "`a` <span data-ttu-id=\"a-1\">x ", 5000),
        ("nested opens", "<span>", 20000),
        ("unclosed lookup", "<span data-ttu-id=\"a-1\">x</span><span class=\"sxs-lookup\">", 5000),
    ] {
        let text = unit.repeat(n);
        let t = std::time::Instant::now();
        let d = stele::markup::parse(std::path::Path::new("x.md"), &text);
        println!("{name}: {} KB -> {:?} ({} segs, {} diags)", text.len() / 1024, t.elapsed(), d.segments.len(), d.diagnostics.len());
    }
}
