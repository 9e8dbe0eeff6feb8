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

  // A segment that an inline element crosses (a link or <b> that starts
  // in one sentence and ends in the next) is written in parts, as HTML
  // itself splits mis-nested elements: its .seg, then .seg-part
  // continuations with the same data-en, before the next .seg. The parts
  // are one segment here: one tab stop (the first part outside a link),
  // one tooltip and one inline source (after the last part), and hovering
  // or focusing any part highlights them all.
  function segmentsOf(root) {
    var nodes = root.querySelectorAll("article .seg[data-en], article .seg-part[data-en]");
    var list = [], cur = null;
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      if (el.classList.contains("seg")) {
        cur = { head: el, parts: [el] };
        list.push(cur);
      } else if (cur) {
        cur.parts.push(el);
      } else {
        continue;
      }
      el.steleSegment = cur;
    }
    return list;
  }

  function partOf(node) {
    var el = node && node.closest && node.closest("article .seg[data-en], article .seg-part[data-en]");
    return el && el.steleSegment ? el : null;
  }

  function highlight(seg, on) {
    for (var i = 0; i < seg.parts.length; i++) seg.parts[i].classList.toggle("seg-hl", on);
  }

  function toggleSegment(seg, show) {
    var last = seg.parts[seg.parts.length - 1];
    var next = last.nextElementSibling;
    var open = next && next.classList.contains("seg-en");
    if (show === undefined) show = !open;
    if (show && !open) {
      var article = last.closest("article");
      var en = document.createElement("span");
      en.className = "seg-en";
      en.setAttribute("lang", sourceLang(article));
      var label = document.createElement("span");
      label.className = "visually-hidden";
      // The label is in the page's language, the source in its own.
      label.setAttribute("lang", doc.getAttribute("lang") || "");
      label.textContent = (article && article.getAttribute("data-source-label") || "Source") + ": ";
      en.appendChild(label);
      en.appendChild(document.createTextNode(seg.head.getAttribute("data-en")));
      last.parentNode.insertBefore(en, last.nextSibling);
    } else if (!show && open) {
      next.parentNode.removeChild(next);
    }
    for (var i = 0; i < seg.parts.length; i++) seg.parts[i].classList.toggle("open", show);
    return show;
  }

  function setupSegments() {
    var all = segmentsOf(document);
    if (!all.length) return;
    var article = all[0].head.closest("article");
    var label = article.getAttribute("data-source-label") || "Source";
    // Sentences inside links are not focusable: the link is the tab stop.
    // A segment's tab stop is its first part outside a link.
    var segs = [];
    for (var i = 0; i < all.length; i++) {
      for (var p = 0; p < all[i].parts.length; p++) {
        if (!all[i].parts[p].closest("a")) { segs.push(all[i].parts[p]); break; }
      }
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

    // `part` is the hovered or focused part of its segment: the tooltip
    // hangs from it and describes it.
    function showTip(part) {
      clearTimeout(hideTimer);
      if (tipFor && tipFor !== part) {
        tipFor.removeAttribute("aria-describedby");
        highlight(tipFor.steleSegment, false);
      }
      tipFor = part;
      highlight(part.steleSegment, true);
      tip.textContent = part.steleSegment.head.getAttribute("data-en");
      tip.hidden = false;
      part.setAttribute("aria-describedby", "seg-tip");
      var r = part.getClientRects()[0] || part.getBoundingClientRect();
      var width = Math.min(512, document.documentElement.clientWidth - 16);
      tip.style.maxWidth = width + "px";
      var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
      tip.style.left = (left + window.scrollX) + "px";
      tip.style.top = (r.bottom + window.scrollY) + "px";
    }
    function hideTip() {
      clearTimeout(hideTimer);
      tip.hidden = true;
      if (tipFor) {
        tipFor.removeAttribute("aria-describedby");
        highlight(tipFor.steleSegment, false);
      }
      tipFor = null;
    }
    function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hideTip, 300); }

    document.addEventListener("mouseover", function (e) {
      var part = partOf(e.target);
      if (part) showTip(part);
      else if (tip.contains(e.target)) clearTimeout(hideTimer);
    });
    document.addEventListener("mouseout", function (e) {
      var from = partOf(e.target) || (tip.contains(e.target) ? tip : null);
      if (from && !(e.relatedTarget && (from.contains(e.relatedTarget) || tip.contains(e.relatedTarget)))) hideSoon();
    });
    document.addEventListener("focusin", function (e) {
      if (e.target.steleSegment) showTip(e.target);
    });
    document.addEventListener("focusout", function (e) {
      if (e.target === tipFor) hideTip();
    });
    document.addEventListener("click", function (e) {
      var part = partOf(e.target);
      if (!part || e.target.closest("a")) return;
      var seg = part.steleSegment;
      var shown = toggleSegment(seg);
      hideTip();
      announce(shown ? label + ": " + seg.head.getAttribute("data-en") : "");
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !tip.hidden) { hideTip(); return; }
      var part = e.target.steleSegment ? e.target : null;
      if (!part) return;
      var at = segs.indexOf(part), to = -1;
      if (e.key === "ArrowDown" || e.key === "ArrowRight") to = Math.min(at + 1, segs.length - 1);
      else if (e.key === "ArrowUp" || e.key === "ArrowLeft") to = Math.max(at - 1, 0);
      else if (e.key === "Home") to = 0;
      else if (e.key === "End") to = segs.length - 1;
      else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        var shown = toggleSegment(part.steleSegment);
        hideTip();
        announce(shown ? label + ": " + part.steleSegment.head.getAttribute("data-en") : "");
        return;
      }
      if (to < 0 || at < 0) return;
      e.preventDefault();
      part.setAttribute("tabindex", "-1");
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
