// The article view: layer switches, and the evidence of any row one click away (its spans in
// the text outlined, its sentence lit, scrolled into view). `#e3` in the URL opens on event e3.
"use strict";
(function () {
  const text = document.getElementById("text");
  if (!text) return;

  document.querySelectorAll("#layers input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.value, !box.checked);
    });
  });

  function marked(token) {
    return Array.from(text.querySelectorAll('[data-keys~="' + CSS.escape(token) + '"]'));
  }

  function focus(spec, row) {
    text.querySelectorAll(".focus, .lit").forEach(function (el) { el.classList.remove("focus", "lit"); });
    document.querySelectorAll("tr.chosen, .focusable.chosen").forEach(function (el) { el.classList.remove("chosen"); });
    let found = marked(spec);
    const [layer, key] = spec.split(":");
    if (layer === "event") {
      marked("sentence:" + key).forEach(function (el) { el.classList.add("lit"); });
      // the source and target where the sentence names them
      if (row && row.dataset.sentence) {
        const [from, to] = row.dataset.sentence.split("-").map(Number);
        for (const actor of (row.dataset.actors || "").split(" ").filter(Boolean)) {
          found = found.concat(marked("actor:" + actor).filter(function (el) {
            const at = Number(el.dataset.start);
            return at >= from && at < to;
          }));
        }
      }
    }
    found.forEach(function (el) { el.classList.add("focus"); });
    if (row) row.classList.add("chosen");
    const first = found.find(function (el) { return el.dataset.start !== undefined; });
    if (first) first.scrollIntoView({block: "center", behavior: "instant"});
    text.dataset.focus = spec;
    text.dataset.focused = String(found.length);
  }

  document.querySelectorAll("[data-focus]").forEach(function (row) {
    const go = function () { focus(row.dataset.focus, row); };
    row.addEventListener("click", go);
    row.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
  });

  // A click on a marked span chooses its row in the panel.
  text.addEventListener("click", function (e) {
    const el = e.target.closest("[data-keys]");
    if (!el) return;
    const keys = el.dataset.keys.split(" ").filter(Boolean);
    const pick = ["event", "quote", "claim", "actor", "entity"];
    for (const layer of pick) {
      const token = keys.find(function (k) { return k.startsWith(layer + ":"); });
      if (!token) continue;
      const row = document.querySelector('[data-focus="' + CSS.escape(token) + '"]');
      focus(token, row);
      if (row) row.scrollIntoView({block: "nearest"});
      return;
    }
  });

  function fromHash() {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (!hash) return;
    const spec = hash.includes(":") ? hash : "event:" + hash;
    const row = document.querySelector('[data-focus="' + CSS.escape(spec) + '"]');
    focus(spec, row);
    if (row) row.scrollIntoView({block: "nearest"});
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
