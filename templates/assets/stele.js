// Stele's page script. Classic script (no modules, no fetch) so that it works
// from file:// as well as over http. Everything here is progressive: pages
// are fully readable and navigable without it.
(function () {
  "use strict";
  var doc = document.documentElement;
  var isFile = location.protocol === "file:";

  // Over file://, "dir/" opens a directory listing, not dir/index.html.
  function fixFileLinks(root) {
    if (!isFile) return;
    var links = root.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var href = a.getAttribute("href");
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#" || href.charAt(0) === "/") continue;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      var rest = cut < 0 ? "" : href.slice(cut);
      if (path === "" || path.charAt(path.length - 1) === "/") {
        a.setAttribute("href", path + "index.html" + rest);
      }
    }
  }

  // Picks the best site locale for the reader's languages.
  function negotiate(wanted, available, fallback) {
    var lower = available.map(function (t) { return t.toLowerCase(); });
    for (var i = 0; i < wanted.length; i++) {
      var w = String(wanted[i]).toLowerCase();
      var exact = lower.indexOf(w);
      if (exact >= 0) return available[exact];
      var parts = w.split("-");
      // zh-TW / zh-HK read Traditional Chinese.
      if (parts[0] === "zh" && /^(tw|hk|mo|hant)$/.test(parts[1] || "")) {
        var hant = lower.indexOf("zh-hant");
        if (hant >= 0) return available[hant];
      }
      for (var n = parts.length - 1; n > 0; n--) {
        var prefix = parts.slice(0, n).join("-");
        var p = lower.indexOf(prefix);
        if (p >= 0) return available[p];
      }
      for (var j = 0; j < lower.length; j++) {
        if (lower[j].split("-")[0] === parts[0]) return available[j];
      }
    }
    return fallback;
  }

  function rootRedirect() {
    var locales = (doc.getAttribute("data-locales") || "").split(" ").filter(Boolean);
    if (!locales.length || /[?&]nolang\b/.test(location.search)) return;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    var best = negotiate(langs, locales, doc.getAttribute("data-default") || locales[0]);
    location.replace(best + "/" + (isFile ? "index.html" : ""));
  }

  // Shows or hides the English source next to one segment.
  function toggleSegment(seg, show) {
    var next = seg.nextElementSibling;
    var open = next && next.classList.contains("seg-en");
    if (show === undefined) show = !open;
    if (show && !open) {
      var en = document.createElement("span");
      en.className = "seg-en";
      en.setAttribute("lang", "en");
      en.setAttribute("role", "note");
      var article = seg.closest("article");
      en.setAttribute("aria-label", article ? article.getAttribute("data-source-label") || "English" : "English");
      en.textContent = seg.getAttribute("data-en");
      seg.parentNode.insertBefore(en, seg.nextSibling);
      seg.setAttribute("aria-expanded", "true");
    } else if (!show && open) {
      next.parentNode.removeChild(next);
      seg.setAttribute("aria-expanded", "false");
    }
  }

  function setupSegments() {
    var segs = document.querySelectorAll(".seg[data-en]");
    if (!segs.length) return;
    for (var i = 0; i < segs.length; i++) segs[i].setAttribute("aria-expanded", "false");
    document.addEventListener("click", function (e) {
      var seg = e.target.closest && e.target.closest(".seg[data-en]");
      if (!seg || e.target.closest("a")) return;
      toggleSegment(seg);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      var seg = e.target.closest && e.target.closest(".seg[data-en]");
      if (!seg || e.target !== seg) return;
      e.preventDefault();
      toggleSegment(seg);
    });
    var button = document.querySelector(".toggle-en");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var show = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", show ? "true" : "false");
        button.textContent = button.getAttribute(show ? "data-hide" : "data-show");
        doc.classList.toggle("show-en", show);
        for (var i = 0; i < segs.length; i++) toggleSegment(segs[i], show);
      });
    }
  }

  function start() {
    fixFileLinks(document);
    if (doc.getAttribute("data-page") === "root") rootRedirect();
    setupSegments();
  }

  window.Stele = { negotiate: negotiate, fixFileLinks: fixFileLinks };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
