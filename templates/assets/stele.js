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

  // The source view. Following the WAI-ARIA Authoring Practices, the page
  // has one toggle button (aria-pressed) for every sentence's source, and
  // the sentences are one tab stop, not one each: the first is in the tab
  // order and the arrow keys move between them (a roving tabindex); a
  // sentence inside link text is never focusable, so links keep one tab
  // stop. A focused or hovered sentence shows its source in a tooltip
  // (WCAG 1.4.13: it stays while the pointer is over the sentence or the
  // tooltip, and Escape dismisses it); Enter or a click shows it inline.
  // Everything revealed carries the source locale's lang and is announced.
  function sourceLang(article) {
    return (article && article.getAttribute("data-source-lang")) || "en";
  }

  function toggleSegment(seg, show) {
    var next = seg.nextElementSibling;
    var open = next && next.classList.contains("seg-en");
    if (show === undefined) show = !open;
    if (show && !open) {
      var article = seg.closest("article");
      var en = document.createElement("span");
      en.className = "seg-en";
      en.setAttribute("lang", sourceLang(article));
      var label = document.createElement("span");
      label.className = "visually-hidden";
      // The label is in the page's language, the source in its own.
      label.setAttribute("lang", doc.getAttribute("lang") || "");
      label.textContent = (article && article.getAttribute("data-source-label") || "Source") + ": ";
      en.appendChild(label);
      en.appendChild(document.createTextNode(seg.getAttribute("data-en")));
      seg.parentNode.insertBefore(en, seg.nextSibling);
      seg.classList.add("open");
    } else if (!show && open) {
      next.parentNode.removeChild(next);
      seg.classList.remove("open");
    }
    return show;
  }

  function setupSegments() {
    var all = document.querySelectorAll("article .seg[data-en]");
    if (!all.length) return;
    var article = all[0].closest("article");
    var label = article.getAttribute("data-source-label") || "Source";
    // Sentences inside links are not focusable: the link is the tab stop.
    var segs = [];
    for (var i = 0; i < all.length; i++) {
      if (!all[i].closest("a")) segs.push(all[i]);
    }
    for (var k = 0; k < segs.length; k++) segs[k].setAttribute("tabindex", k === 0 ? "0" : "-1");

    var live = document.createElement("div");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    document.body.appendChild(live);
    function announce(text) { live.textContent = ""; setTimeout(function () { live.textContent = text; }, 50); }

    var tip = document.createElement("div");
    tip.id = "seg-tip";
    tip.className = "seg-tip";
    tip.setAttribute("role", "tooltip");
    tip.setAttribute("lang", sourceLang(article));
    tip.hidden = true;
    document.body.appendChild(tip);
    var tipFor = null, hideTimer = null;

    function showTip(seg) {
      clearTimeout(hideTimer);
      if (tipFor && tipFor !== seg) tipFor.removeAttribute("aria-describedby");
      tipFor = seg;
      tip.textContent = seg.getAttribute("data-en");
      tip.hidden = false;
      seg.setAttribute("aria-describedby", "seg-tip");
      var r = seg.getClientRects()[0] || seg.getBoundingClientRect();
      var width = Math.min(512, document.documentElement.clientWidth - 16);
      tip.style.maxWidth = width + "px";
      var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
      tip.style.left = (left + window.scrollX) + "px";
      tip.style.top = (r.bottom + window.scrollY) + "px";
    }
    function hideTip() {
      clearTimeout(hideTimer);
      tip.hidden = true;
      if (tipFor) tipFor.removeAttribute("aria-describedby");
      tipFor = null;
    }
    function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hideTip, 300); }

    document.addEventListener("mouseover", function (e) {
      var seg = e.target.closest && e.target.closest("article .seg[data-en]");
      if (seg) showTip(seg);
      else if (tip.contains(e.target)) clearTimeout(hideTimer);
    });
    document.addEventListener("mouseout", function (e) {
      var from = e.target.closest && (e.target.closest("article .seg[data-en]") || (tip.contains(e.target) ? tip : null));
      if (from && !(e.relatedTarget && (from.contains(e.relatedTarget) || tip.contains(e.relatedTarget)))) hideSoon();
    });
    document.addEventListener("focusin", function (e) {
      if (e.target.classList && e.target.classList.contains("seg")) showTip(e.target);
    });
    document.addEventListener("focusout", function (e) {
      if (e.target === tipFor) hideTip();
    });
    document.addEventListener("click", function (e) {
      var seg = e.target.closest && e.target.closest("article .seg[data-en]");
      if (!seg || e.target.closest("a")) return;
      var shown = toggleSegment(seg);
      hideTip();
      announce(shown ? label + ": " + seg.getAttribute("data-en") : "");
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !tip.hidden) { hideTip(); return; }
      var seg = e.target.classList && e.target.classList.contains("seg") ? e.target : null;
      if (!seg) return;
      var at = segs.indexOf(seg), to = -1;
      if (e.key === "ArrowDown" || e.key === "ArrowRight") to = Math.min(at + 1, segs.length - 1);
      else if (e.key === "ArrowUp" || e.key === "ArrowLeft") to = Math.max(at - 1, 0);
      else if (e.key === "Home") to = 0;
      else if (e.key === "End") to = segs.length - 1;
      else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        var shown = toggleSegment(seg);
        hideTip();
        announce(shown ? label + ": " + seg.getAttribute("data-en") : "");
        return;
      }
      if (to < 0 || at < 0) return;
      e.preventDefault();
      seg.setAttribute("tabindex", "-1");
      segs[to].setAttribute("tabindex", "0");
      segs[to].focus();
    });

    var button = document.querySelector(".toggle-en");
    if (button) {
      button.removeAttribute("data-pending");
      button.addEventListener("click", function () {
        var show = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", show ? "true" : "false");
        doc.classList.toggle("show-en", show);
        for (var i = 0; i < all.length; i++) toggleSegment(all[i], show);
      });
    }
  }

  // A copy button on every code block (the code is there without it).
  function setupCopy() {
    var article = document.querySelector("article[data-copy]");
    if (!article || !navigator.clipboard) return;
    var blocks = article.querySelectorAll("pre.code");
    for (var i = 0; i < blocks.length; i++) {
      (function (pre) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "copy-code";
        b.textContent = article.getAttribute("data-copy");
        b.addEventListener("click", function () {
          navigator.clipboard.writeText(pre.textContent).then(function () {
            b.textContent = article.getAttribute("data-copied");
            setTimeout(function () { b.textContent = article.getAttribute("data-copy"); }, 2000);
          }, function () {});
        });
        var wrap = document.createElement("div");
        wrap.className = "code-wrap";
        pre.parentNode.insertBefore(wrap, pre);
        wrap.appendChild(b);
        wrap.appendChild(pre);
      })(blocks[i]);
    }
  }

  // The sidebar is closed in the page (phones see the article first) and
  // opened here where there is room beside the article.
  function setupSidebar() {
    var d = document.querySelector("details[data-sidebar]");
    if (d && window.matchMedia && window.matchMedia("(min-width: 82rem)").matches) d.open = true;
  }

  // A code block or table that scrolls sideways must be reachable from
  // the keyboard (WCAG 2.1.1): only those that overflow become tab stops.
  function focusableScrollers() {
    var boxes = document.querySelectorAll("article pre.code, article .table-wrap");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 1) boxes[i].setAttribute("tabindex", "0");
    }
  }

  // On phones the languages are one row that scrolls inside itself: the
  // current one is scrolled into view, not cut off at the edge.
  function showCurrentLanguage() {
    var nav = document.querySelector(".lang-switch");
    var cur = nav && nav.querySelector("[aria-current]");
    if (!cur || nav.scrollWidth <= nav.clientWidth) return;
    var n = nav.getBoundingClientRect(), c = cur.getBoundingClientRect();
    if (c.right > n.right) nav.scrollLeft += c.right - n.right + 8;
    else if (c.left < n.left) nav.scrollLeft -= n.left - c.left + 8;
  }

  function start() {
    fixFileLinks(document);
    showCurrentLanguage();
    setupCopy();
    focusableScrollers();
    setupSidebar();
    if (doc.getAttribute("data-page") === "root") rootRedirect();
    setupSegments();
  }

  window.Stele = { negotiate: negotiate, fixFileLinks: fixFileLinks };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
