// The live preview beside the editor (a toggle, remembered in this browser): the article as it will be exported,
// reloaded a moment after any row changes (your saves, and everyone else's as they arrive), with the segment you are
// in highlighted and kept in view.
(function () {
  "use strict";

  var RELOAD_MS = 400;
  var timer = null;
  var active = null;

  function panel() {
    return document.getElementById("preview");
  }

  function on() {
    var toggle = document.querySelector("input.preview-toggle");
    return !!toggle && toggle.checked;
  }

  function highlight() {
    var aside = panel();
    if (!aside) { return; }
    aside.querySelectorAll(".pv-active").forEach(function (piece) { piece.classList.remove("pv-active"); });
    var piece = active && aside.querySelector("[data-segment='" + active + "']");
    if (piece) {
      piece.classList.add("pv-active");
      piece.scrollIntoView({ block: "nearest" });
    }
  }

  function load() {
    var aside = panel();
    if (!aside || !on() || !window.htmx) { return; }
    htmx.ajax("GET", aside.dataset.url, { source: aside, target: "#preview", swap: "innerHTML" }).then(highlight);
  }

  function show(visible) {
    var section = document.querySelector("section.editor");
    var aside = panel();
    if (!section || !aside) { return; }
    section.classList.toggle("with-preview", visible);
    aside.hidden = !visible;
    if (visible) { load(); }
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches("input.preview-toggle")) {
      window.localStorage.setItem("verso.preview", event.target.checked ? "on" : "off");
      show(event.target.checked);
    }
  });

  // A row was swapped: a save answered, or someone else's change arrived. Many at once (a batch) reload once.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (!on() || !target || !target.id || target.id.indexOf("seg-") !== 0) { return; }
    clearTimeout(timer);
    timer = setTimeout(load, RELOAD_MS);
  });

  document.addEventListener("focusin", function (event) {
    var row = event.target.closest && event.target.closest(".seg");
    if (!row) { return; }
    active = row.id.slice(4);
    highlight();
  });

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector("input.preview-toggle");
    if (!toggle) { return; }
    toggle.checked = window.localStorage.getItem("verso.preview") === "on";
    show(toggle.checked);
  });
})();
