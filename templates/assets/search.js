// Stele search: the header box (results as you type) and the results page
// /<locale>/search/. The index is a set of classic scripts under
// _stele/search/<locale>/ that call window.__steleSearch(kind, locale, n,
// data): the entry, term shards s<N>, and p<page>-<chunk>, the chunk of a
// result's text its snippet comes from. Scripts load from file:// where fetch
// and ES modules cannot; over http the same files are fetched. The ranking
// runs in the runtime's search wasm (binary over http, a base64 classic
// script from file://), which shares its tokenizer with `stele build` and
// `stele search`.
(function () {
  "use strict";
  var html = document.documentElement;
  var root = html.getAttribute("data-root") || "";
  var pageLang = html.lang;
  var base = root + "_stele/";
  var loaded = {};   // payload of each index file loaded, by key
  var pending = {};  // the load in flight of each file, by key
  var tagWaits = {}; // [resolve, reject] of a file loading as a script
  window.__steleSearch = function (kind, locale, n, data) {
    var key = kind + "/" + locale + "/" + n;
    loaded[key] = data;
    var w = tagWaits[key];
    if (w) { delete tagWaits[key]; w[0](data); }
  };
  var http = location.protocol === "http:" || location.protocol === "https:";
  function url(kind, locale, n) {
    return base + "search/" + locale + "/" + (kind === "e" ? "entry.js" : kind + n + ".js");
  }
  // Loads one index file once: callers that ask while it loads share the
  // load; a failed load is tried again by the next query. Over http the
  // file is fetched and its call's arguments read as JSON (each is a JSON
  // value): no script element to create, compile and run per file, which
  // took a cold query's three rounds of requests a few ms each. A failed
  // fetch (a CSP that blocks connect-src, say) falls back to the script.
  function load(kind, locale, n) {
    var key = kind + "/" + locale + "/" + n;
    if (key in loaded) return Promise.resolve(loaded[key]);
    if (!pending[key]) {
      var src = url(kind, locale, n);
      var p = http
        ? viaFetch(kind, locale, n, src).catch(function () { return viaTag(key, src); })
        : viaTag(key, src);
      pending[key] = p.then(
        function (d) { delete pending[key]; loaded[key] = d; return d; },
        function (e) { delete pending[key]; throw e; });
    }
    return pending[key];
  }
  function viaFetch(kind, locale, n, src) {
    return fetch(src).then(function (r) {
      if (!r.ok) throw new Error("cannot load " + src);
      return r.text();
    }).then(function (t) {
      var a = JSON.parse("[" + t.slice(t.indexOf("(") + 1, t.lastIndexOf(")")) + "]");
      if (a[0] !== kind || a[1] !== locale || String(a[2]) !== String(n)) throw new Error("bad file " + src);
      return a[3];
    });
  }
  // Loads one index file as a classic script (what works from file://);
  // the script hands its payload to __steleSearch.
  function viaTag(key, src) {
    return new Promise(function (resolve, reject) {
      tagWaits[key] = [resolve, reject];
      var s = document.createElement("script");
      s.src = src;
      s.onerror = function () {
        delete tagWaits[key];
        // Let a later query try again.
        s.parentNode && s.parentNode.removeChild(s);
        reject(new Error("cannot load " + src));
      };
      document.head.appendChild(s);
    });
  }
  function b64(s) {
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  // The reader's wasm (the runtime's search build, separate from the
  // error-code lookup's), one module per language: search-<lang>.wasm
  // carries that language's stemmer only (the build writes one for each
  // locale's language subtag). Over http it is fetched as binary (about a
  // third smaller than base64, and cached as is); from file://, where fetch
  // is blocked, or when the fetch fails, it arrives as a classic script
  // that sets window.SteleSearchWasm[lang] (base64).
  var modules = {};
  function moduleLang(locale) { return String(locale).split(/[-_]/)[0].toLowerCase(); }
  function viaScript(lang) {
    function got() { return window.SteleSearchWasm && window.SteleSearchWasm[lang]; }
    return new Promise(function (resolve, reject) {
      if (got()) return resolve(b64(got()));
      var s = document.createElement("script");
      s.src = base + "search-" + lang + "-wasm.js";
      s.onload = function () {
        got() ? resolve(b64(got())) : reject(new Error("no runtime"));
      };
      s.onerror = function () { reject(new Error("no runtime")); };
      document.head.appendChild(s);
    });
  }
  function exportsOf(r) { return r.instance.exports; }
  function runtime(locale) {
    var lang = moduleLang(locale);
    if (modules[lang]) return modules[lang];
    var src = base + "search-" + lang + ".wasm";
    function fromBytes() {
      var bytes = http
        ? fetch(src).then(function (r) {
            if (!r.ok) throw new Error(r.status);
            return r.arrayBuffer();
          }).catch(function () { return viaScript(lang); })
        : viaScript(lang);
      return bytes.then(function (b) { return WebAssembly.instantiate(b, {}); }).then(exportsOf);
    }
    // Over http the module compiles while it downloads; a server that
    // does not send application/wasm makes streaming fail, and the bytes
    // path takes over.
    var streamed = http && WebAssembly.instantiateStreaming
      ? WebAssembly.instantiateStreaming(fetch(src), {}).then(exportsOf, fromBytes)
      : fromBytes();
    modules[lang] = streamed.catch(function (e) { delete modules[lang]; throw e; });
    return modules[lang];
  }
  var enc = new TextEncoder(), dec = new TextDecoder();
  function put(x, bytes) {
    var p = x.stele_search_buf(bytes.length);
    new Uint8Array(x.memory.buffer, p, bytes.length).set(bytes);
    return [p, bytes.length];
  }
  function out(x, p) {
    return JSON.parse(dec.decode(new Uint8Array(x.memory.buffer, p, x.stele_search_len())));
  }
  var handles = {};
  function reader(locale) {
    if (!handles[locale]) {
      handles[locale] = Promise.all([runtime(locale), load("e", locale, 0)]).then(function (r) {
        var x = r[0], l = put(x, enc.encode(locale)), e = put(x, b64(r[1]));
        var h = x.stele_search_open(l[0], l[1], e[0], e[1]);
        x.stele_search_free(l[0], l[1]);
        if (h < 0) throw new Error("bad index");
        return { x: x, h: h, shards: {} };
      }).catch(function (e) {
        // A failed load (say, a flaky connection) is retried next time.
        delete handles[locale];
        throw e;
      });
    }
    return handles[locale];
  }
  // Runs a query: loads the shards it needs, ranks, loads the fragments of
  // the hits shown and cuts their snippets.
  function search(locale, q, typing, limit) {
    // The reader searches at most the first 1024 bytes of a query
    // (MAX_QUERY_BYTES in runtime/src/search); this only spares copying a
    // pasted page or a crafted ?q= into the wasm memory on every key.
    q = q.slice(0, 1024);
    return reader(locale).then(function (r) {
      var x = r.x, qb = put(x, enc.encode(q));
      var need = out(x, x.stele_search_plan(r.h, qb[0], qb[1], typing ? 1 : 0));
      return Promise.all(need.map(function (n) {
        return load("s", locale, n).then(function (d) {
          var b = put(x, b64(d));
          x.stele_search_shard(r.h, n, b[0], b[1]);
        });
      })).then(function () {
        var res = out(x, x.stele_search_run(r.h, qb[0], qb[1], typing ? 1 : 0, limit));
        // The chunk of each hit's snippet and, on the results page (not
        // as you type), of each of its sections: the chunk where its
        // heading starts (its `h`: number, anchor, text) and the one its
        // excerpt comes from (hit[4]: [section, heading chunk, chunk, marks]).
        var names = [];
        // As you type, only the best section's heading (the dropdown
        // shows it as an option of its own, without an excerpt).
        function shown(hit) { return (hit[4] || []).slice(0, typing ? 1 : 3); }
        res.hits.forEach(function (hit) {
          names.push(hit[0] + "-" + hit[2]);
          shown(hit).forEach(function (sub) {
            names.push(hit[0] + "-" + sub[1]);
            if (!typing) names.push(hit[0] + "-" + sub[2]);
          });
        });
        return Promise.all(names.map(function (n) { return load("p", locale, n); }))
          .then(function (frags) {
            var byName = {};
            names.forEach(function (n, i) { byName[n] = frags[i]; });
            // The snippet marks the tokens the ranking matched (by
            // position in the chunk, whose first token sits at f.o when
            // given), without tokenizing them again.
            function cut(f, marks, max) {
              var mb = put(x, new Uint8Array(new Uint32Array(marks).buffer));
              var tb = put(x, enc.encode(f.b));
              var sn = out(x, x.stele_search_snippet(mb[0], mb[1], tb[0], tb[1], f.o || 0, max));
              x.stele_search_free(tb[0], tb[1]);
              x.stele_search_free(mb[0], mb[1]);
              return sn;
            }
            res.items = res.hits.map(function (hit) {
              var f = byName[hit[0] + "-" + hit[2]];
              var subs = [];
              shown(hit).forEach(function (sub) {
                var hf = byName[hit[0] + "-" + sub[1]], sf = byName[hit[0] + "-" + sub[2]];
                var head = (hf.h || []).filter(function (e) { return e[0] === sub[0]; })[0];
                if (!head) return;
                // SUB_SNIPPET_BYTES in runtime/src/search, as `stele search` cuts them.
                subs.push(typing ? { anchor: head[1], heading: head[2] }
                  : { anchor: head[1], heading: head[2], text: sf.b, snippet: cut(sf, sub[3], 140) });
              });
              return { url: f.u, title: f.t, text: f.b, snippet: cut(f, hit[3], 180), score: hit[1] / 1000, subs: subs };
            });
            x.stele_search_free(qb[0], qb[1]);
            return res;
          });
      });
    });
  }
  window.steleSearch = search;

  // Builds a result element; text only (textContent), never HTML.
  // In the header's listbox (`option` set) an option holds text only, no
  // link (ARIA: an option's content is presentational); choosing it
  // follows its data-href.
  function item(it, locale, option) {
    var li = document.createElement("li");
    var a = document.createElement(option ? "span" : "a");
    var url = root + it.url + (location.protocol === "file:" ? "index.html" : "");
    if (option) {
      li.setAttribute("role", "option");
      li.id = "search-opt-" + (++optionIds);
      li.setAttribute("data-href", url);
      li.addEventListener("click", function () { location.href = url; });
    } else {
      a.href = url;
    }
    a.className = "search-title";
    a.textContent = it.title;
    li.appendChild(a);
    li.appendChild(snippetEl(it.text, it.snippet, locale));
    // The page's best sections (results page only: an option of the
    // header's listbox holds no links), each a link to its heading.
    if (!option && it.subs && it.subs.length) {
      var ul = document.createElement("ul");
      ul.className = "search-subs";
      it.subs.forEach(function (sub) {
        var sli = document.createElement("li");
        var sa = document.createElement("a");
        sa.className = "search-sub";
        sa.href = url + "#" + encodeURIComponent(sub.anchor);
        sa.textContent = sub.heading;
        sli.appendChild(sa);
        sli.appendChild(snippetEl(sub.text, sub.snippet, locale));
        ul.appendChild(sli);
      });
      li.appendChild(ul);
    }
    return li;
  }
  // The header dropdown's option for a result's best section, right under
  // the result: "§ heading", leading to the heading (an option holds text,
  // not links; five results with three sections each would not fit).
  function subOption(it, sub) {
    var li = document.createElement("li");
    li.className = "search-sub-option";
    li.setAttribute("role", "option");
    li.id = "search-opt-" + (++optionIds);
    var url = root + it.url + (location.protocol === "file:" ? "index.html" : "") +
      "#" + encodeURIComponent(sub.anchor);
    li.setAttribute("data-href", url);
    li.addEventListener("click", function () { location.href = url; });
    var span = document.createElement("span");
    span.className = "search-sub";
    span.textContent = "§ " + sub.heading;
    li.appendChild(span);
    return li;
  }
  // An excerpt `s` ([start, end, [[a, b], ...]] of `text`) with its marks.
  function snippetEl(text, s, locale) {
    var p = document.createElement("p");
    p.className = "search-snippet";
    p.lang = locale;
    var at = s[0];
    if (s[0] > 0) p.appendChild(document.createTextNode("… "));
    s[2].forEach(function (m) {
      if (m[0] < at) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      p.appendChild(mark);
      at = m[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, s[1])));
    if (s[1] < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }
  var optionIds = 0;
  // The header box is a WAI-ARIA combobox: focus stays in the box, the
  // arrow keys move aria-activedescendant through the listbox, Enter opens
  // the option, Escape closes the list.
  function keyboard(input, list) {
    if (input.getAttribute("role") !== "combobox") return resultsKeyboard(input, list);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !list.hidden) { e.preventDefault(); setOpen(input, list, false); return; }
      var opts = list.querySelectorAll("[role=option]");
      if (!opts.length) return;
      var cur = list.querySelector("[aria-selected=true]");
      var i = Array.prototype.indexOf.call(opts, cur);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setOpen(input, list, true);
        i = e.key === "ArrowDown" ? Math.min(i + 1, opts.length - 1) : Math.max(i - 1, 0);
        if (cur) cur.setAttribute("aria-selected", "false");
        opts[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", opts[i].id);
        opts[i].scrollIntoView({ block: "nearest" });
      } else if (e.key === "Enter" && cur) {
        e.preventDefault();
        cur.click();
      }
    });
    input.addEventListener("blur", function () { setTimeout(function () { setOpen(input, list, false); }, 200); });
    document.addEventListener("stele-panel", function (e) { if (e.detail !== "search") setOpen(input, list, false); });
  }
  // The results page: the arrow keys mark a result link, Enter opens it.
  function resultsKeyboard(input, list) {
    input.addEventListener("keydown", function (e) {
      var links = list.querySelectorAll("a.search-title");
      if (!links.length) return;
      var cur = list.querySelector("[aria-selected=true]");
      var i = Array.prototype.indexOf.call(links, cur);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        i = e.key === "ArrowDown" ? Math.min(i + 1, links.length - 1) : Math.max(i - 1, 0);
        if (cur) cur.removeAttribute("aria-selected");
        links[i].setAttribute("aria-selected", "true");
        links[i].scrollIntoView({ block: "nearest" });
      } else if (e.key === "Enter" && cur) {
        e.preventDefault();
        cur.click();
      }
    });
  }
  function setOpen(input, list, on) {
    if (on && list.hidden) document.dispatchEvent(new CustomEvent("stele-panel", { detail: "search" }));
    list.hidden = !on;
    if (input.getAttribute("role") !== "combobox") return;
    input.setAttribute("aria-expanded", on ? "true" : "false");
    if (!on) input.removeAttribute("aria-activedescendant");
  }
  // The count in the page's language with the right plural form: the
  // template's data-counts holds Fluent's text for a few sample counts
  // ([n, "... {n} ..."]); the sample equal to n, else one in the same CLDR
  // plural category (Intl.PluralRules, the rules Fluent selects by) gives
  // the text: "1 result", "1 Ergebnis", "2 results".
  function countText(el, n) {
    var s = [];
    try { s = JSON.parse(el.getAttribute("data-counts") || "[]"); } catch (e) { s = []; }
    var pick = null, i;
    for (i = 0; i < s.length && pick === null; i++) if (s[i][0] === n) pick = s[i][1];
    try {
      var pr = new Intl.PluralRules(pageLang), cat = pr.select(n);
      for (i = 0; i < s.length && pick === null; i++) if (pr.select(s[i][0]) === cat) pick = s[i][1];
    } catch (e) { /* no Intl: the last sample, a plural */ }
    if (pick === null) pick = s.length ? s[s.length - 1][1] : "{n}";
    return pick.replace("{n}", String(n));
  }
  // The error-code lookup's answer for a query that holds a code (a
  // pasted bounce message, "550 5.7.750"), from lookup.js's evaluator;
  // null when there is none. Only queries with a digit ask, so a word
  // search never loads the lookup.
  function lookupFor(q) {
    if (!/[0-9０-９]/.test(q) || typeof window.steleLookup !== "function") return Promise.resolve(null);
    return window.steleLookup(q).then(function (r) {
      return r && r.code && r.matches && r.matches.length ? r : null;
    }, function () { return null; });
  }
  // An entry of a result list that is not a page (the lookup's answer,
  // the link to all results): a link, or in the header's listbox an
  // option that follows its data-href, as item() makes them.
  function entry(cls, url, title, option) {
    var li = document.createElement("li");
    li.className = cls;
    var a = document.createElement(option ? "span" : "a");
    if (option) {
      li.setAttribute("role", "option");
      li.id = "search-opt-" + (++optionIds);
      li.setAttribute("data-href", url);
      li.addEventListener("click", function () { location.href = url; });
    } else {
      a.href = url;
    }
    a.className = "search-title";
    a.textContent = title;
    li.appendChild(a);
    return li;
  }
  // The lookup's answer as the first entry of a result list: the code,
  // the first rule's title and meaning, and a link to the full answer on
  // the locale's error-code page.
  function lookupItem(r, q, option) {
    var li = entry("search-lookup", root + pageLang + "/errors/index.html?q=" + encodeURIComponent(q),
      (r.basic ? r.basic + " " : "") + r.code + " — " + r.matches[0].title, option);
    if (r.matches[0].meaning) {
      var p = document.createElement("p");
      p.className = "search-snippet";
      p.textContent = r.matches[0].meaning;
      li.appendChild(p);
    }
    return li;
  }
  // opts: typing (prefix search on the last word: the header box only),
  // limit, more (the results page's "more" button), all (the header's
  // link to the results page), onQuery.
  function wire(input, list, count, getLocale, opts) {
    var seq = 0, limit = opts.limit, lastQ = null;
    function run() {
      var q = input.value.trim(), my = ++seq, locale = getLocale();
      if (q !== lastQ) { limit = opts.limit; lastQ = q; }
      if (opts.onQuery) opts.onQuery(q, locale);
      if (!q) {
        list.textContent = ""; if (count) count.textContent = ""; setOpen(input, list, false);
        if (opts.more) opts.more.hidden = true;
        return;
      }
      var t0 = performance.now();
      Promise.all([search(locale, input.value, opts.typing, limit), lookupFor(q)]).then(function (both) {
        var res = both[0], answer = both[1];
        if (my !== seq) return;
        var frag = document.createDocumentFragment();
        var option = list.getAttribute("role") === "listbox";
        if (answer) frag.appendChild(lookupItem(answer, q, option));
        res.items.forEach(function (it) {
          frag.appendChild(item(it, locale, option));
          if (option && it.subs.length) frag.appendChild(subOption(it, it.subs[0]));
        });
        if (opts.all) frag.appendChild(opts.all(q, res.total, option));
        list.textContent = "";
        list.appendChild(frag);
        if (option) input.removeAttribute("aria-activedescendant");
        setOpen(input, list, res.items.length > 0 || !option || !!opts.all || !!answer);
        html.setAttribute("data-search-ms", String(performance.now() - t0));
        if (count) count.textContent = countText(count, res.total);
        if (opts.more) opts.more.hidden = res.items.length >= res.total;
        list.setAttribute("data-total", String(res.total));
      }).catch(function (e) {
        if (my !== seq) return;
        list.textContent = "";
        if (count) count.textContent = String(e.message || e);
      });
    }
    input.addEventListener("input", run);
    // Start loading the reader and the locale's entry when the box gets
    // focus: by the first keystroke most of a cold query's work is done.
    input.addEventListener("focus", function () {
      reader(getLocale()).catch(function () {});
    });
    keyboard(input, list);
    if (opts.more) {
      opts.more.addEventListener("click", function () { limit += opts.limit; run(); });
    }
    return run;
  }
  function resultsHref(q) {
    return root + pageLang + "/search/index.html?q=" + encodeURIComponent(q);
  }
  function init() {
    var box = document.querySelector("form.site-search");
    if (box) {
      var input = box.querySelector("input[name=q]");
      var list = box.querySelector(".search-suggest");
      var status = box.querySelector("[role=status]");
      wire(input, list, status, function () { return pageLang; }, {
        typing: true,
        limit: 5,
        // Last in the dropdown, also when nothing matched: the count
        // ("0 results", "54 results") leading to the full results.
        all: function (q, total, option) {
          var li = entry("search-all" + (total ? "" : " search-empty"), resultsHref(q),
            countText(status, total) + " →", option);
          return li;
        }
      });
      box.addEventListener("submit", function (e) {
        e.preventDefault();
        location.href = resultsHref(input.value);
      });
    }
    var page = document.getElementById("search-page");
    if (page) {
      var pin = page.querySelector("input[type=search]");
      var sel = page.querySelector("select");
      var results = page.querySelector(".search-results");
      var count = page.querySelector(".search-count");
      var q = new URLSearchParams(location.search).get("q") || "";
      pin.value = q;
      // Full words, as `stele search` matches them (no prefix: the
      // results page lists what the CLI lists), 50 at a time.
      var run = wire(pin, results, count, function () { return sel ? sel.value : pageLang; }, {
        typing: false,
        limit: 50,
        more: page.querySelector(".search-more"),
        onQuery: function (query, locale) {
          var u = new URL(location.href);
          u.searchParams.set("q", query);
          history.replaceState(null, "", u.toString());
          // The language switcher keeps the query: the same search in
          // another locale is one click away.
          document.querySelectorAll(".lang-switch a[hreflang]").forEach(function (a) {
            var h = new URL(a.getAttribute("href"), location.href);
            if (query) h.searchParams.set("q", query); else h.searchParams.delete("q");
            a.href = h.toString();
          });
        }
      });
      if (sel) sel.addEventListener("change", run);
      if (q) run();
      pin.focus();
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
