// Tests: a slice off a char boundary fails the test, as it should.
#![allow(clippy::string_slice)]

use super::*;
use alloc::vec;

fn terms(text: &str, tag: &str) -> Vec<String> {
    tokens(text, algorithm_for(tag), Mode::Query)
        .into_iter()
        .map(|t| t.term)
        .collect()
}

#[test]
fn stems_english_german_italian() {
    assert_eq!(terms("Registering domains", "en"), vec!["regist", "domain"]);
    assert_eq!(
        terms("Domänen registrieren", "de"),
        vec!["doman", "registri"]
    );
    assert_eq!(
        terms("registrierte registriert", "de"),
        vec!["registri", "registri"]
    );
    assert_eq!(terms("domini registrati", "it"), vec!["domin", "registr"]);
    // No stemmer: lower-cased only.
    assert_eq!(terms("Domains", "ja"), vec!["domains"]);
}

#[test]
fn every_snowball_language_stems() {
    for (tag, a, b) in [
        ("fr", "utilisateurs", "utilisateur"),
        ("es", "usuarios", "usuario"),
        ("pt-BR", "usuários", "usuário"),
        ("nl", "gebruikers", "gebruiker"),
        ("sv", "användarna", "användare"),
        ("nb", "husene", "hus"),
        ("da", "brugerne", "bruger"),
        ("fi", "käyttäjät", "käyttäjä"),
        ("ru", "пользователи", "пользователь"),
        ("tr", "kitaplar", "kitap"),
        ("hu", "felhasználók", "felhasználó"),
        ("ro", "utilizatorii", "utilizator"),
        ("el", "χρήστες", "χρήστης"),
        ("en", "users", "user"),
    ] {
        let (x, y) = (terms(a, tag), terms(b, tag));
        assert_eq!(x, y, "{tag}: {a} / {b}");
        assert_ne!(x, vec![normalize_word(a, None)], "{tag}: {a} is stemmed");
        assert!(algorithm_for(tag).is_some_and(|a| a.available()), "{tag}");
    }
    for a in Algorithm::ALL {
        assert_eq!(Algorithm::ALL[a.index()], a);
    }
}

#[test]
fn diacritics_fold_in_latin_greek_and_cyrillic() {
    for (tag, plain, accented) in [
        ("fr", "boite", "boîte"),
        ("fr", "donnees", "données"),
        ("fr", "Donnees", "DONNÉES"),
        ("de", "Domane", "Domäne"),
        ("es", "configuracion", "configuración"),
        ("pt", "configuracao", "configuração"),
        ("el", "ρυθμισεις", "ρυθμίσεις"),
        ("ru", "еще", "ещё"),
        ("ja", "cafe", "café"),
        // Decomposed text (`e` + U+0301) folds like precomposed.
        ("fr", "donnees", "donne\u{301}es"),
    ] {
        assert_eq!(terms(plain, tag), terms(accented, tag), "{tag}: {accented}");
    }
    assert_eq!(terms("Straße", "ja"), vec!["strasse"]);
    // й is a letter of its own, not an accented и.
    assert_ne!(terms("мой", "ja"), terms("мои", "ja"));
}

#[test]
fn codes_versions_and_cmdlets_stay_whole() {
    assert_eq!(terms("550 5.7.750", "en"), vec!["550", "5.7.750"]);
    assert_eq!(terms("error 5.7.7xx.", "en"), vec!["error", "5.7.7xx"]);
    assert_eq!(
        terms("version 15.0.1497.2", "en"),
        vec!["version", "15.0.1497.2"]
    );
    assert_eq!(
        terms("Run Get-InboundConnector now", "en"),
        vec!["run", "get-inboundconnector", "now"]
    );
    // Full-width digits fold to ASCII.
    assert_eq!(terms("５.７.７５０", "ja"), vec!["5.7.750"]);
    // A query keeps any compound whole, in lower case.
    assert_eq!(terms("e.g. follow-up", "en"), vec!["e.g", "follow-up"]);
    assert_eq!(
        terms("New-MigrationBatch", "en"),
        terms("New-migrationbatch", "en")
    );
}

#[test]
fn index_mode_adds_compound_parts_at_the_same_position() {
    let at = |text: &str, tag: &str| -> Vec<(String, u32)> {
        tokens(text, algorithm_for(tag), Mode::Index)
            .into_iter()
            .map(|t| (t.term, t.pos))
            .collect()
    };
    let s = |v: &[(&str, u32)]| -> Vec<(String, u32)> {
        v.iter().map(|&(t, p)| (String::from(t), p)).collect()
    };
    assert_eq!(
        at("Get-InboundConnector", "ja"),
        s(&[
            ("get-inboundconnector", 0),
            ("get", 0),
            ("inboundconnector", 0)
        ])
    );
    // Any case: machine translation writes `New-migrationbatch`.
    assert_eq!(
        at("New-migrationbatch", "ja"),
        s(&[("new-migrationbatch", 0), ("new", 0), ("migrationbatch", 0)])
    );
    // A code glued to a word: the code whole, the word stemmed.
    assert_eq!(
        at("550 5.7.750-Dienst", "de"),
        s(&[
            ("550", 0),
            ("5.7.750-dienst", 1),
            ("5.7.750", 1),
            ("dien", 1)
        ])
    );
    // Dotted: the whole and its parts; a code alone keeps its parts out.
    assert_eq!(
        at("contoso.com 5.7.750", "ja"),
        s(&[
            ("contoso.com", 0),
            ("contoso", 0),
            ("com", 0),
            ("5.7.750", 1)
        ])
    );
}

#[test]
fn cjk_bigrams_with_trailing_unigram() {
    let t = tokens("未注册的域", None, Mode::Index);
    let got: Vec<&str> = t.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(got, vec!["未注", "注册", "册的", "的域", "域"]);
    // Byte offsets point into the input, for highlighting.
    assert_eq!(&"未注册的域"[t[1].start..t[1].end], "注册");
    // Queries have no trailing unigram, except for one-character runs.
    assert_eq!(terms("サブスクリプション", "ja").len(), 8);
    assert_eq!(terms("域", "zh"), vec!["域"]);
}

#[test]
fn an_unused_position_ends_each_run_of_bigrams() {
    let at = |text: &str| -> Vec<(String, u32)> {
        tokens(text, None, Mode::Index)
            .into_iter()
            .map(|t| (t.term, t.pos))
            .collect()
    };
    let own = |v: &[(&str, u32)]| -> Vec<(String, u32)> {
        v.iter().map(|&(t, p)| (String::from(t), p)).collect()
    };
    // Two runs: their bigrams are three positions apart, never two.
    assert_eq!(
        at("サブ、スク"),
        own(&[("サブ", 0), ("ブ", 2), ("スク", 3), ("ク", 5)])
    );
    // A one-character run has no bigram, hence no gap.
    assert_eq!(at("域 名"), own(&[("域", 0), ("名", 1)]));
    // Queries have no trailing unigram, hence no gap either.
    let q: Vec<u32> = tokens("サブスク", None, Mode::Query)
        .iter()
        .map(|t| t.pos)
        .collect();
    assert_eq!(q, vec![0, 1, 2]);
}

#[test]
fn phrases_are_looked_up_by_every_other_bigram_and_the_last() {
    let c = clauses("サブスクリプション", None, false);
    let offsets: Vec<u32> = c[0].lookups().iter().map(|&(i, _)| i).collect();
    assert_eq!(offsets, vec![0, 2, 4, 6, 7]);
    assert_eq!(c[0].lookups()[4], (7, "ョン"));
    let c = clauses("未注册的域", None, false);
    let terms: Vec<&str> = c[0].lookups().iter().map(|&(_, t)| t).collect();
    assert_eq!(terms, vec!["未注", "册的", "的域"]);
    // Words, two-character phrases and prefixes: their one term.
    for q in ["Domänen", "的域", "域"] {
        let c = clauses(q, algorithm_for("de"), true);
        assert_eq!(c[0].lookups(), vec![(0, c[0].terms[0].as_str())], "{q}");
    }
}

#[test]
fn mixed_scripts_split_runs() {
    let t = terms("Exchange Onlineの設定", "ja");
    assert_eq!(t, vec!["exchange", "online", "の設", "設定"]);
}

#[test]
fn clauses_group_cjk_runs_and_prefix_the_last_word() {
    let c = clauses("未注册 的域", None, false);
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].terms, vec!["未注", "注册"]);
    assert!(!c[0].prefix);
    let c = clauses("Domänen regis", algorithm_for("de"), true);
    assert_eq!(c[1].terms, vec!["regis"]);
    assert!(c[1].prefix);
    assert!(!c[0].prefix);
    // A finished word (followed by a space) is not a prefix.
    let c = clauses("domains ", algorithm_for("en"), true);
    assert!(!c[0].prefix);
    let c = clauses("の", None, false);
    assert!(c[0].prefix);
}

#[test]
fn long_tokens_are_cut_on_char_boundaries() {
    let long = "ä".repeat(100);
    let t = terms(&long, "fr");
    assert!(t[0].len() <= MAX_TOKEN_BYTES);
}

#[test]
fn spans_number_tokens_like_the_index() {
    // `spans` skips normalization but must place and number every token
    // exactly as index-mode tokenizing does (snippets rely on it).
    let texts = [
        "Run Get-InboundConnector, then 550 5.7.750 (see v15.0.1497.2).",
        "未注册的域的电子邮件。サブスクリプション 5.7.705 テナント",
        "ＡＢＣ　５.７.７５０ e-mail foo.bar_baz -lead trail- x",
        "등록되지 않은 도메인의 이메일",
        "",
    ];
    for text in texts {
        let mut want: Vec<(usize, usize, u32)> = Vec::new();
        tokenize(text, algorithm_for("de"), Mode::Index, |t| {
            // Cmdlet parts share their word's position inside its span;
            // the first token at a position is the one `spans` reports.
            if want.last().is_none_or(|w| w.2 != t.pos) {
                want.push((t.start, t.end, t.pos));
            }
        });
        let mut got: Vec<(usize, usize, u32)> = Vec::new();
        spans(text, u32::MAX, |t| {
            assert!(t.term.is_empty());
            if got.last().is_none_or(|g| g.2 != t.pos) {
                got.push((t.start, t.end, t.pos));
            }
        });
        assert_eq!(got, want, "{text}");
        // Stopping early yields a prefix that covers position 2.
        let mut first: Vec<(usize, usize, u32)> = Vec::new();
        spans(text, 2, |t| first.push((t.start, t.end, t.pos)));
        let all: Vec<(usize, usize, u32)> = {
            let mut v = Vec::new();
            spans(text, u32::MAX, |t| v.push((t.start, t.end, t.pos)));
            v
        };
        assert_eq!(first[..], all[..first.len()], "{text}");
        assert!(
            all.iter().filter(|t| t.2 <= 2).count() <= first.len(),
            "{text}"
        );
    }
}

#[test]
fn cached_nested_and_direct_stems_agree() {
    // The native stem cache is borrowed for a whole text; a tokenizer
    // called from inside the callback stems without it. Both, and a
    // second (cached) pass, must give `normalize_word`'s terms.
    let text = "Registrierte Domänen registrieren Postfächer Domänen registrierte";
    let algo = algorithm_for("de");
    for _ in 0..2 {
        let mut seen = 0;
        for_each_token(text, algo, Mode::Index, |t| {
            let word = &text[t.start..t.end];
            assert_eq!(t.term, normalize_word(word, algo), "{word}");
            let inner = tokens(word, algo, Mode::Index);
            assert_eq!(inner.len(), 1, "{word}");
            assert_eq!(inner[0].term, t.term, "{word}");
            seen += 1;
        });
        assert_eq!(seen, 6);
    }
}
