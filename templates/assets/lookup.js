// Stele's error-code lookup. A classic script (no modules, no fetch) so it
// works from file:// too: the wasm and the compiled rules arrive as classic
// scripts that set window.SteleLookup (base64), loaded on first use. The
// evaluator is the same Rust code as `stele lookup`. All text goes into the
// page with textContent, never as HTML.
(function () {
  "use strict";
  var doc = document.documentElement;
  var root = doc.getAttribute("data-root") || "";
  var lang = doc.getAttribute("lang") || "en";
  var isFile = location.protocol === "file:";
  var engine = null;      // function (text, answers) -> result object
  var waiting = [];       // callbacks until the engine is ready
  var loading = false;
  var failed = false;

  function loadScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = function () { done(null); };
    s.onerror = function () { done(new Error(src)); };
    document.head.appendChild(s);
  }

  function bytes(b64) {
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function copyIn(e, data) {
    var p = e.stele_alloc(data.length);
    new Uint8Array(e.memory.buffer, p, data.length).set(data);
    return p;
  }

  function start(e) {
    var L = window.SteleLookup;
    var rules = bytes(L.rules), strings = bytes(L.strings);
    var rp = copyIn(e, rules), sp = copyIn(e, strings);
    if (e.stele_load(rp, rules.length, sp, strings.length) !== 0) throw new Error("bad rule data");
    var enc = new TextEncoder(), dec = new TextDecoder();
    return function (text, answers) {
      var t = enc.encode(text), a = enc.encode(answers || "");
      var p = e.stele_input(t.length + a.length);
      var mem = new Uint8Array(e.memory.buffer);
      mem.set(t, p);
      mem.set(a, p + t.length);
      var o = e.stele_evaluate(t.length);
      if (!o) return null;
      return JSON.parse(dec.decode(new Uint8Array(e.memory.buffer, o, e.stele_output_len())));
    };
  }

  // Loads the wasm, rules and this locale's strings once, then calls back.
  function ready(cb) {
    if (engine || failed) return cb();
    waiting.push(cb);
    if (loading) return;
    loading = true;
    var files = ["lookup-wasm.js", "lookup-rules.js", "lookup-" + lang + ".js"];
    var left = files.length;
    var fail = function () {
      failed = true;
      var w = waiting; waiting = [];
      w.forEach(function (f) { f(); });
    };
    files.forEach(function (f) {
      loadScript(root + "_stele/" + f, function (err) {
        if (err) return fail();
        if (--left) return;
        WebAssembly.instantiate(bytes(window.SteleLookup.wasm), {}).then(function (r) {
          engine = start(r.instance.exports);
          var w = waiting; waiting = [];
          w.forEach(function (f) { f(); });
        }, fail);
      });
    });
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  // Site-relative URL to a link from this page; over file:// folders need index.html.
  function href(url) {
    // A policy pack's external page (`url = "https://…"`): as written.
    if (/^https?:\/\//.test(url)) return url;
    var cut = url.indexOf("#");
    var path = cut < 0 ? url : url.slice(0, cut);
    var frag = cut < 0 ? "" : url.slice(cut);
    if (isFile && (path === "" || path.charAt(path.length - 1) === "/")) path += "index.html";
    return root + path + frag;
  }

  function setup(form, n) {
    var input = form.querySelector("input, textarea");
    var box = form.querySelector(".lookup-results");
    var ui = {};
    try { ui = JSON.parse(form.getAttribute("data-ui") || "{}"); } catch (e) { ui = {}; }
    var header = form.classList.contains("lookup-header");
    var answers = {};
    var lastCode = null;

    function answerString() {
      return Object.keys(answers).map(function (k) { return k + "=" + answers[k]; }).join(";");
    }

    // The header panel is a disclosure: one of the header's panels is open
    // at a time (search.js closes its list on "stele-panel" and sends it).
    function show(on) {
      if (!header) return;
      if (on && box.hidden) document.dispatchEvent(new CustomEvent("stele-panel", { detail: "lookup" }));
      box.hidden = !on;
    }
    if (header) {
      document.addEventListener("stele-panel", function (e) { if (e.detail !== "lookup") box.hidden = true; });
    }

    function renderMatch(m, i) {
      var sec = el("section", "lookup-match");
      sec.setAttribute("data-rule", m.rule);
      // Texts this locale has no translation of come in another language:
      // they carry it (for screen readers and fonts) and the answer says so.
      var other = m.text_lang && m.text_lang !== lang;
      function inText(e) {
        if (other) e.setAttribute("lang", m.text_lang);
        return e;
      }
      var h = el("h2");
      h.appendChild(inText(el("span", null, m.title)));
      h.appendChild(el("span", "codes", m.codes));
      sec.appendChild(h);
      var sev = el("span", "lookup-sev lookup-sev-" + m.severity, m.severity_label);
      sec.appendChild(sev);
      if (other) sec.appendChild(el("p", "lookup-other lookup-text-other", ui["other-language"]));
      if (m.meaning) sec.appendChild(inText(el("p", "lookup-meaning", m.meaning)));
      if (m.cause) {
        var c = el("p", "lookup-cause");
        c.appendChild(el("strong", null, ui["cause"] + ": "));
        c.appendChild(inText(el("span", null, m.cause)));
        sec.appendChild(c);
      }
      var who = el("p", "lookup-fix");
      who.appendChild(el("strong", null, ui["fix-by"] + ": "));
      who.appendChild(document.createTextNode(m.fix_by_label));
      sec.appendChild(who);
      if (m.question) {
        var fs = el("fieldset", "lookup-question");
        fs.appendChild(el("legend", null, m.question.text));
        m.question.options.forEach(function (o) {
          var lab = el("label");
          var r = el("input");
          r.type = "radio";
          r.name = "lookup-" + n + "-" + m.question.id + "-" + i;
          r.value = o.value;
          r.checked = m.question.answer === o.value;
          r.addEventListener("change", function () {
            answers[m.question.id] = o.value;
            run(true, m.question.id + "=" + o.value);
          });
          lab.appendChild(r);
          lab.appendChild(el("span", null, o.label));
          fs.appendChild(lab);
        });
        sec.appendChild(fs);
      }
      if (m.steps.length) {
        sec.appendChild(el("h3", null, ui["steps"]));
        var ol = inText(el("ol", "lookup-steps"));
        m.steps.forEach(function (s, k) {
          var li = el("li");
          var lab = el("label");
          var cb = el("input");
          cb.type = "checkbox";
          cb.id = "lookup-" + n + "-" + i + "-step-" + k;
          lab.appendChild(cb);
          lab.appendChild(el("span", null, (k + 1) + ". " + s));
          li.appendChild(lab);
          ol.appendChild(li);
        });
        sec.appendChild(ol);
      }
      if (m.url) {
        var p = el("p");
        var a = el("a", "lookup-article", ui["read-article"]);
        a.href = href(m.url);
        if (m.article_lang && m.article_lang !== lang) a.setAttribute("hreflang", m.article_lang);
        p.appendChild(a);
        if (m.article_lang && m.article_lang !== lang) p.appendChild(el("span", "lookup-other", " " + ui["other-language"]));
        sec.appendChild(p);
      }
      return sec;
    }

    function render(r) {
      box.textContent = "";
      if (!r) { box.appendChild(el("p", null, ui["unavailable"])); return; }
      if (r.message) { box.appendChild(el("p", "lookup-none", r.message)); return; }
      var head = el("p", "lookup-head");
      var code = r.code ? (r.basic ? r.basic + " " : "") + r.code : r.partial ? r.partial + "…" : "";
      if (code) head.appendChild(el("strong", null, code));
      if (r.generic) {
        head.appendChild(document.createTextNode(" — " + r.generic["class"] + (r.generic.subject ? " · " + r.generic.subject : "")));
      }
      box.appendChild(head);
      if (r.written) box.appendChild(el("p", "lookup-corrected", ui["corrected"] + " (" + r.written + ")"));
      r.matches.forEach(function (m, i) { box.appendChild(renderMatch(m, i)); });
      if (!r.matches.length && r.code) box.appendChild(el("p", "lookup-generic", ui["no-rule"]));
      if (r.candidates.length) {
        box.appendChild(el("h2", null, ui["candidates"]));
        var ul = el("ul", "lookup-candidates");
        r.candidates.forEach(function (c) {
          var li = el("li");
          var b = el("button", null, c.codes + " — " + c.title);
          b.type = "button";
          b.addEventListener("click", function () {
            input.value = c.codes.split(/[–,]/)[0];
            run(false);
            input.focus();
          });
          li.appendChild(b);
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
    }

    // Evaluates the box's text; keeps focus on the radio just chosen.
    function run(keepFocus, focusKey) {
      var text = input.value;
      if (!text.trim()) { box.textContent = ""; show(false); return; }
      show(true);
      if (!engine && !failed) box.textContent = ui["loading"];
      ready(function () {
        if (!engine) return render(null);
        var r = engine(text, answerString());
        if (r && r.code !== lastCode) {
          lastCode = r.code;
          answers = {};
          r = engine(text, "");
        }
        render(r);
        form.setAttribute("data-state", "done");
        if (keepFocus && focusKey) {
          var parts = focusKey.split("=");
          var radios = box.querySelectorAll("input[type=radio]");
          for (var i = 0; i < radios.length; i++) {
            if (radios[i].value === parts[1] && radios[i].checked) { radios[i].focus(); break; }
          }
        }
      });
    }

    input.addEventListener("input", function () { run(false); });
    input.addEventListener("focus", function () { ready(function () {}); if (input.value.trim() && header) show(true); });
    form.addEventListener("submit", function (e) { e.preventDefault(); run(false); });
    form.addEventListener("keydown", function (e) {
      // One press closes the panel (and does not also clear the box).
      if (e.key === "Escape" && header && !box.hidden) { e.preventDefault(); show(false); input.focus(); return; }
      if (e.key === "ArrowDown" && e.target === input && input.tagName === "INPUT") {
        var first = box.querySelector("input, button, a");
        if (first) { e.preventDefault(); first.focus(); }
      }
    });
    if (header) {
      document.addEventListener("click", function (e) { if (!form.contains(e.target)) show(false); });
    }
    var q = /[?&]q=([^&]*)/.exec(location.search);
    if (q && !header) {
      input.value = decodeURIComponent(q[1].replace(/\+/g, " "));
      run(false);
    } else if (!header) {
      ready(function () {});
    }
  }

  // The evaluator for other scripts (search.js shows the answer first when
  // a search query holds a code): resolves to the result object, or null.
  window.steleLookup = function (text) {
    return new Promise(function (resolve) {
      ready(function () { resolve(engine ? engine(text, "") : null); });
    });
  };

  function init() {
    if (!window.WebAssembly || !window.TextEncoder) return;
    var forms = document.querySelectorAll("form[data-lookup]");
    for (var i = 0; i < forms.length; i++) setup(forms[i], i);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
