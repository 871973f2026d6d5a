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

// Name filter boxes: the server fills each box's datalist with the names
// held by most paragraphs; as the reader types, ask /api/v1/suggest for
// the names the letters start, aliases included ("tony" offers Antony
// Blinken). Without this script the browser still narrows the datalist.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-suggest]");
  Array.prototype.forEach.call(boxes, function (box) {
    var list = box.list;
    var timer = null;
    var asked = "";
    if (!list || !window.fetch) return;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      var prefix = box.value.trim();
      if (!prefix || prefix === asked) return;
      timer = setTimeout(function () {
        asked = prefix;
        var url = "/api/v1/suggest?field=" + encodeURIComponent(box.dataset.suggest) +
          "&prefix=" + encodeURIComponent(prefix) + "&size=10";
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (body) {
            if (!body || box.value.trim() !== prefix) return;
            while (list.firstChild) list.removeChild(list.firstChild);
            body.names.forEach(function (n) {
              var o = document.createElement("option");
              o.value = n.name;
              o.textContent = n.name + (n.matched ? " (" + n.matched + ")" : "") + " · " + n.count;
              list.appendChild(o);
            });
            box.dataset.suggested = String(body.names.length);
          })
          .catch(function () {});
      }, 150);
    });
  });
})();
