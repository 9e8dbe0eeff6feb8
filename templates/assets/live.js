// Live reload for `stele serve`: polls the preview's status and reloads the
// page after a rebuild; while the last save does not build, shows its
// errors in an overlay (the page underneath is the last one that built).
// Only served by `stele serve`, never built into sites. A file of the
// site's own, like its stylesheet live.css, so the pages' CSP holds.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var seen = null;
  var shown = "";     // the errors on screen, as JSON
  var dismissed = ""; // the errors the reader closed, as JSON
  var overlay = null;

  function styles() {
    if (document.getElementById("stele-live-css")) return;
    var link = document.createElement("link");
    link.id = "stele-live-css";
    link.rel = "stylesheet";
    link.href = root + "_stele/live.css";
    document.head.appendChild(link);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function where(d) {
    var s = d.file;
    if (d.line) s += ":" + d.line + (d.col ? ":" + d.col : "");
    return s;
  }

  function hide() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
    shown = "";
  }

  function show(errors, key) {
    hide();
    styles();
    overlay = el("div", "stele-errors");
    overlay.id = "stele-errors";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "stele-errors-title");
    var title = el("h2", "stele-errors-title",
      errors.length === 1 ? "The last save does not build: 1 error"
                          : "The last save does not build: " + errors.length + " errors");
    title.id = "stele-errors-title";
    overlay.appendChild(title);
    overlay.appendChild(el("p", "stele-errors-note",
      "The pages are not updated while there are errors. Fix the file and save: the page reloads without this message."));
    var list = el("ul", "stele-errors-list");
    for (var i = 0; i < errors.length; i++) {
      var d = errors[i];
      var item = el("li", "stele-error");
      var head = el("p", "stele-error-head");
      head.appendChild(el("code", "stele-error-where", where(d)));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", "stele-error-code", d.severity + "[" + d.code + "]"));
      item.appendChild(head);
      item.appendChild(el("p", "stele-error-message", d.message));
      if (d.hint) item.appendChild(el("p", "stele-error-hint", "hint: " + d.hint));
      list.appendChild(item);
    }
    overlay.appendChild(list);
    var close = el("button", "stele-errors-close", "Dismiss");
    close.type = "button";
    close.addEventListener("click", function () { dismissed = key; hide(); });
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    shown = key;
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && overlay) { dismissed = shown; hide(); }
  });

  function update(status) {
    if (seen !== null && status.version !== seen) { location.reload(); return; }
    seen = status.version;
    var errors = status.errors || [];
    var key = JSON.stringify(errors);
    if (!errors.length) { hide(); dismissed = ""; return; }
    if (key !== shown && key !== dismissed) show(errors, key);
  }

  function poll() {
    fetch(root + "_stele/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(update)
      .catch(function () {})
      .then(function () { setTimeout(poll, 700); });
  }
  window.SteleLive = { update: update };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", poll);
  else poll();
})();
