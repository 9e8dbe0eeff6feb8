//! Lookup figures against the targets of issue 4 (`cargo bench --bench lookup`):
//! .wasm size raw/gzipped, rule data gzipped, instantiate + init time and
//! per-evaluation time in wasmi (an interpreter, so a pessimistic bound), in
//! node (V8, as in a browser) when `node` is installed, and natively.

#[path = "../tests/common/lookup.rs"]
mod lookup;

use flate2::write::GzEncoder;
use flate2::Compression;
use lookup::{demo_policies, Wasm, GERMAN_BOUNCE_750};
use std::io::Write;
use std::time::Instant;
use stele_runtime::policy::{self, Policies, Scratch};

fn gz(b: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::best());
    e.write_all(b).unwrap();
    e.finish().unwrap().len()
}

fn per_call(n: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..n / 10 {
        f();
    }
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    t.elapsed().as_secs_f64() / n as f64
}

fn us(s: f64) -> String {
    format!("{:.3} µs", s * 1e6)
}

const NODE_BENCH: &str = r#"
const fs = require("fs");
const [wasmPath, rulesPath, stringsPath] = process.argv.slice(1);
const wasm = fs.readFileSync(wasmPath), rules = fs.readFileSync(rulesPath), strings = fs.readFileSync(stringsPath);
function init() {
  const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
  const e = inst.exports;
  const rp = e.stele_alloc(rules.length); new Uint8Array(e.memory.buffer, rp, rules.length).set(rules);
  const sp = e.stele_alloc(strings.length); new Uint8Array(e.memory.buffer, sp, strings.length).set(strings);
  if (e.stele_load(rp, rules.length, sp, strings.length) !== 0) throw new Error("load");
  return e;
}
for (let i = 0; i < 20; i++) init();
let n = 200, t = process.hrtime.bigint();
for (let i = 0; i < n; i++) init();
const initUs = Number(process.hrtime.bigint() - t) / n / 1000;
const e = init();
const enc = new TextEncoder();
function put(s) { const b = enc.encode(s); const p = e.stele_input(b.length); new Uint8Array(e.memory.buffer).set(b, p); return b.length; }
const out = {};
for (const [name, text] of [["short", "550 5.7.750"], ["bounce", process.env.BOUNCE]]) {
  const len = put(text);
  n = 200000; for (let i = 0; i < n / 10; i++) e.stele_count(len);
  t = process.hrtime.bigint(); for (let i = 0; i < n; i++) e.stele_count(len);
  out[name + "_match_us"] = Number(process.hrtime.bigint() - t) / n / 1000;
  n = 50000; for (let i = 0; i < n / 10; i++) { put(text); e.stele_evaluate(len); }
  t = process.hrtime.bigint(); for (let i = 0; i < n; i++) { put(text); e.stele_evaluate(len); }
  out[name + "_json_us"] = Number(process.hrtime.bigint() - t) / n / 1000;
}
out.init_us = initUs;
console.log(JSON.stringify(out));
"#;

fn main() {
    let (c, tags) = demo_policies();
    let de = tags.iter().position(|t| t == "de").unwrap();
    let wasm = stele::policy::LOOKUP_WASM;
    println!("== sizes ==");
    println!(
        "wasm:            {:>6} B raw, {:>6} B gzipped   (targets ≤ 46080 / ≤ 20480)",
        wasm.len(),
        gz(wasm)
    );
    println!(
        "rules (all):     {:>6} B raw, {:>6} B gzipped   (target < 5120 gzipped)",
        c.rules.len(),
        gz(&c.rules)
    );
    for (t, s) in tags.iter().zip(&c.strings) {
        println!(
            "strings ({t:>2}):   {:>6} B raw, {:>6} B gzipped",
            s.len(),
            gz(s)
        );
    }
    let n_rules = stele_runtime::policy::data::decode_rules(&c.rules)
        .unwrap()
        .len();
    println!("{n_rules} rules");

    println!("== wasmi (interpreter) ==");
    let engine = wasmi::Engine::default();
    let t = Instant::now();
    let module = Wasm::module(&engine);
    let compile = t.elapsed().as_secs_f64();
    let inst = per_call(200, || {
        let _ = Wasm::new(&engine, &module, &c.rules, &c.strings[de]);
    });
    let bare = per_call(200, || {
        let mut store = wasmi::Store::new(&engine, ());
        let linker = <wasmi::Linker<()>>::new(&engine);
        let _ = linker
            .instantiate(&mut store, &module)
            .unwrap()
            .start(&mut store)
            .unwrap();
    });
    println!(
        "module compile (once): {}; instantiate + init: {} (target < 2000 µs), of which instantiate alone {}",
        us(compile),
        us(inst),
        us(bare)
    );
    let mut w = Wasm::new(&engine, &module, &c.rules, &c.strings[de]);
    for (name, text) in [
        ("short `550 5.7.750`", "550 5.7.750"),
        ("German bounce", GERMAN_BOUNCE_750),
    ] {
        w.prepare(text);
        let m = per_call(20_000, || {
            w.count_prepared(text.len());
        });
        let j = per_call(5_000, || {
            w.prepare(text);
            w.evaluate_prepared(text.len());
        });
        println!("{name}: match {} , match + JSON {}", us(m), us(j));
    }

    println!("== native ==");
    let p = Policies::load(&c.rules, &c.strings[de]).unwrap();
    let mut s = Scratch::with_capacity(n_rules);
    let mut out = String::new();
    for (name, text) in [
        ("short `550 5.7.750`", "550 5.7.750"),
        ("German bounce", GERMAN_BOUNCE_750),
    ] {
        let m = per_call(200_000, || {
            std::hint::black_box(policy::count(&p, text, &mut s));
        });
        let j = per_call(100_000, || {
            out.clear();
            policy::evaluate(&p, text, "", &mut s, &mut out);
        });
        println!("{name}: match {} , match + JSON {}", us(m), us(j));
    }

    println!("== node (V8) ==");
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        dir.path().join("r.wasm"),
        dir.path().join("rules.bin"),
        dir.path().join("de.bin"),
    ];
    std::fs::write(&paths[0], wasm).unwrap();
    std::fs::write(&paths[1], &c.rules).unwrap();
    std::fs::write(&paths[2], &c.strings[de]).unwrap();
    match std::process::Command::new("node")
        .arg("-e")
        .arg(NODE_BENCH)
        .args(&paths)
        .env("BOUNCE", GERMAN_BOUNCE_750)
        .output()
    {
        Ok(o) if o.status.success() => {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_default();
            println!(
                "instantiate + init: {:.1} µs (target < 2000 µs)",
                v["init_us"].as_f64().unwrap_or(-1.0)
            );
            println!(
                "short `550 5.7.750`: match {:.3} µs (target < 1 µs), match + JSON {:.3} µs",
                v["short_match_us"].as_f64().unwrap_or(-1.0),
                v["short_json_us"].as_f64().unwrap_or(-1.0)
            );
            println!(
                "German bounce: match {:.3} µs, match + JSON {:.3} µs",
                v["bounce_match_us"].as_f64().unwrap_or(-1.0),
                v["bounce_json_us"].as_f64().unwrap_or(-1.0)
            );
        }
        Ok(o) => println!("node failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => println!("node not found; skipped"),
    }
}
