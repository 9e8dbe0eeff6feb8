//! Shared by the lookup tests and the benchmark: the demo's compiled
//! policies, and the real `.wasm` driven through wasmi.

#![allow(dead_code)]

use std::path::PathBuf;
use stele::i18n::I18n;
use stele::policy::{self, Compiled};
use wasmi::{Engine, Instance, Linker, Memory, Module, Store, TypedFunc};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo site's policies compiled as `stele build` does, with the locale tags.
pub fn demo_policies() -> (Compiled, Vec<String>) {
    let root = repo();
    let (site, _) = stele::content::load(&root).expect("demo loads");
    let (i18n, d) = I18n::load(Some(&root.join("locales")), &site.locales[site.source].id);
    assert!(d.iter().all(|d| !d.is_error()), "{d:?}");
    let (c, d) = policy::compile(&site, &i18n);
    assert!(d.is_empty(), "policy diagnostics: {d:#?}");
    let tags = site.locales.iter().map(|l| l.tag.clone()).collect();
    (c, tags)
}

/// One instance of the runtime's wasm, loaded with one locale's blobs.
pub struct Wasm {
    pub store: Store<()>,
    pub memory: Memory,
    input: TypedFunc<u32, u32>,
    evaluate: TypedFunc<u32, u32>,
    output_len: TypedFunc<(), u32>,
    count: TypedFunc<u32, u32>,
}

impl Wasm {
    pub fn module(engine: &Engine) -> Module {
        Module::new(engine, policy::LOOKUP_WASM).expect("the runtime wasm is valid")
    }

    pub fn new(engine: &Engine, module: &Module, rules: &[u8], strings: &[u8]) -> Wasm {
        let mut store = Store::new(engine, ());
        let linker = <Linker<()>>::new(engine);
        let instance: Instance = linker
            .instantiate(&mut store, module)
            .expect("instantiates without imports")
            .start(&mut store)
            .expect("starts");
        let memory = instance
            .get_memory(&store, "memory")
            .expect("exports memory");
        let alloc = instance
            .get_typed_func::<u32, u32>(&store, "stele_alloc")
            .expect("stele_alloc");
        let load = instance
            .get_typed_func::<(u32, u32, u32, u32), i32>(&store, "stele_load")
            .expect("stele_load");
        let rp = alloc.call(&mut store, rules.len() as u32).expect("alloc");
        memory
            .write(&mut store, rp as usize, rules)
            .expect("write rules");
        let sp = alloc.call(&mut store, strings.len() as u32).expect("alloc");
        memory
            .write(&mut store, sp as usize, strings)
            .expect("write strings");
        let rc = load
            .call(
                &mut store,
                (rp, rules.len() as u32, sp, strings.len() as u32),
            )
            .expect("load");
        assert_eq!(rc, 0, "stele_load rejected the blobs");
        Wasm {
            input: instance
                .get_typed_func(&store, "stele_input")
                .expect("stele_input"),
            evaluate: instance
                .get_typed_func(&store, "stele_evaluate")
                .expect("stele_evaluate"),
            output_len: instance
                .get_typed_func(&store, "stele_output_len")
                .expect("stele_output_len"),
            count: instance
                .get_typed_func(&store, "stele_count")
                .expect("stele_count"),
            store,
            memory,
        }
    }

    fn put(&mut self, text: &str, answers: &str) {
        let n = (text.len() + answers.len()) as u32;
        let p = self.input.call(&mut self.store, n).expect("input") as usize;
        self.memory
            .write(&mut self.store, p, text.as_bytes())
            .expect("write");
        self.memory
            .write(&mut self.store, p + text.len(), answers.as_bytes())
            .expect("write");
    }

    /// The JSON the page would get.
    pub fn evaluate(&mut self, text: &str, answers: &str) -> String {
        self.put(text, answers);
        let o = self
            .evaluate
            .call(&mut self.store, text.len() as u32)
            .expect("evaluate");
        assert_ne!(o, 0, "evaluate returned null");
        let n = self.output_len.call(&mut self.store, ()).expect("len") as usize;
        let mut buf = vec![0u8; n];
        self.memory
            .read(&self.store, o as usize, &mut buf)
            .expect("read");
        String::from_utf8(buf).expect("UTF-8 JSON")
    }

    /// Only the matching, no JSON (benchmarks); the input is already in place
    /// after one `prepare`.
    pub fn prepare(&mut self, text: &str) {
        self.put(text, "");
    }

    pub fn count_prepared(&mut self, text_len: usize) -> u32 {
        self.count
            .call(&mut self.store, text_len as u32)
            .expect("count")
    }

    pub fn evaluate_prepared(&mut self, text_len: usize) -> u32 {
        self.evaluate
            .call(&mut self.store, text_len as u32)
            .expect("evaluate")
    }
}

/// A German Outlook bounce message for 5.7.750, as readers paste it.
pub const GERMAN_BOUNCE_750: &str = "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Angebot Q3
Gesendet: 04.11.2019 10:12

Folgende Empfänger können nicht erreicht werden:

kunde@example.com am 04.11.2019 10:12
Ihre Nachricht wurde nicht übermittelt, weil der Mandant vom Senden von nicht registrierten Domänen gesperrt ist.
<mail.contoso.de #550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains>

Diagnoseinformationen für Administratoren:
Generierender Server: AM6PR04MB4567.eurprd04.prod.outlook.com
kunde@example.com
Vom Remoteserver wurde '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:
Received: from AM6PR04MB4567.eurprd04.prod.outlook.com (2603:10a6:20b:8::12) by AM6PR04MB1234.eurprd04.prod.outlook.com with HTTPS via 10.20.30.40; Mon, 4 Nov 2019 10:12:01 +0000
X-MS-Exchange-Transport-CrossTenantHeadersStamped: AM6PR04MB1234
X-Mailer: Microsoft Outlook 16.0.12026.20264
";
