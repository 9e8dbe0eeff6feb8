//! Arbitrary bytes as the start of a connection to `stele serve`: the head
//! parser and its checks (framing, Host), then what the handler reads of
//! the request (path, query, percent-decoding, the search query).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(Ok(req)) = stele::http::parse_head(data, 1111) else {
        return;
    };
    let path = stele::util::percent_decode(req.path());
    let _ = path.trim_start_matches('/').split('/').count();
    for pair in req.query().split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = stele::util::percent_decode(&v.replace('+', " "));
        if k == "q" {
            let _ = stele::search_reader::query_clauses(&v, None, false);
        }
    }
});
