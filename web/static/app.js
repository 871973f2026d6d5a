// Progressive enhancement only: the page works without this file.
// "/" focuses the search box; "j"/"k" move between results; Enter opens one.
(function () {
  "use strict";
  var current = -1;
  function hits() { return document.querySelectorAll(".hit"); }
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  function move(delta) {
    var list = hits();
    if (!list.length) return;
    if (current >= 0 && list[current]) list[current].classList.remove("kbd");
    current = Math.max(0, Math.min(list.length - 1, current + delta));
    var h = list[current];
    h.classList.add("kbd");
    var link = h.querySelector(".hit-title a");
    if (link) link.focus();
    h.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    if (e.key === "/") {
      var q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    } else if (e.key === "j") {
      move(1);
    } else if (e.key === "k") {
      move(-1);
    }
  });
  // Sorting applies at once when scripts run; without them, the Apply button does it.
  var sort = document.getElementById("sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () { sort.form.submit(); });
  }
})();
