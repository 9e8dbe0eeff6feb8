// Live reload for `stele serve`: polls the build counter and reloads the
// page after a rebuild. Only served by `stele serve`, never built into sites.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var seen = null;
  function poll() {
    fetch(root + "_stele/version", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) location.reload();
        seen = v;
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
