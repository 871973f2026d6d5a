// Progressive enhancement only: every page works without this file.
//   /        focuses the search box (Esc leaves it)
//   j / k    move to the next / previous result, or paragraph in a document
//   Enter    opens the focused result (the browser does that for links)
// Changing the sort order applies it at once; without scripts the Apply
// button does.
(function () {
  "use strict";
  var current = -1;

  function items() {
    var hits = document.querySelectorAll(".hit");
    return hits.length ? hits : document.querySelectorAll(".para");
  }

  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }

  // Start from the matched paragraph in a document, if there is one.
  function start(list) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].classList.contains("current")) return i;
    }
    return -1;
  }

  function move(delta) {
    var list = items();
    if (!list.length) return;
    if (current < 0) current = start(list);
    var next = current < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, current + delta));
    if (current >= 0 && list[current]) list[current].classList.remove("kbd");
    current = next;
    var el = list[current];
    el.classList.add("kbd");
    var link = el.querySelector(".hit-title a, .pnum");
    if (link) link.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e)) {
      if (e.key === "Escape" && e.target.id === "q") e.target.blur();
      return;
    }
    if (e.key === "/") {
      var q = document.getElementById("q");
      if (q) {
        e.preventDefault();
        q.focus();
        q.select();
      }
    } else if (e.key === "j") {
      move(1);
    } else if (e.key === "k") {
      move(-1);
    }
  });

  var sort = document.getElementById("sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () {
      sort.form.submit();
    });
  }
})();
