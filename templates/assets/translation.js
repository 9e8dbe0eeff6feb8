/* Filters the side-by-side table of /_translation/<article>/.
   A classic script (no modules) so the page also works from file://.
   It only toggles classes: rows by status and text, columns by locale. */
(function () {
  "use strict";
  function init() {
    var form = document.querySelector(".sxs-filter");
    var table = document.querySelector("table.sxs");
    if (!form || !table) { return; }
    form.hidden = false;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var problems = ["error", "warning", "untranslated", "stale", "missing"];
    function matches(tags, status) {
      if (!status) { return true; }
      if (status === "problem") {
        return problems.some(function (p) { return tags.indexOf(p) >= 0; });
      }
      return tags.indexOf(status) >= 0;
    }
    function apply() {
      var status = form.elements.status.value;
      var q = form.elements.q.value.trim().toLowerCase();
      var hidden = {};
      Array.prototype.forEach.call(form.querySelectorAll("input[name=col]"), function (c) {
        if (!c.checked) { hidden[c.value] = true; }
      });
      Array.prototype.forEach.call(table.querySelectorAll("[data-col]"), function (cell) {
        cell.classList.toggle("sxs-col-hidden", !!hidden[cell.getAttribute("data-col")] && cell.cellIndex > 1);
      });
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        // The status of the locale columns that are shown, not of the row.
        var ok = !status;
        if (!ok) {
          var cells = rows[i].querySelectorAll("td[data-status]");
          for (var j = 0; j < cells.length && !ok; j++) {
            if (hidden[cells[j].getAttribute("data-col")]) { continue; }
            ok = matches((cells[j].getAttribute("data-status") || "").split(" "), status);
          }
        }
        if (ok && q) { ok = texts[i].indexOf(q) >= 0; }
        rows[i].classList.toggle("sxs-hidden", !ok);
        if (ok) { shown++; }
      }
      form.elements.count.value = shown + " of " + rows.length + " segments";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var params = new URLSearchParams(window.location.search);
    if (params.get("status")) { form.elements.status.value = params.get("status"); }
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
