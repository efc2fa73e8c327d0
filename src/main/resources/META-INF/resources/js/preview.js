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

  function frame() {
    var aside = panel();
    return aside && aside.querySelector("iframe.preview-page");
  }

  // The text between a segment's two marks in the page (empty spans the server put there).
  function range(doc, id) {
    var start = doc.querySelector("[data-pv-start='" + id + "']");
    var end = doc.querySelector("[data-pv-end='" + id + "']");
    if (!start || !end) { return null; }
    var r = doc.createRange();
    r.setStartAfter(start);
    r.setEndBefore(end);
    return r;
  }

  // An HTML article's page: paints the active segment and the untranslated ones with the CSS Custom Highlight API,
  // which leaves the page's markup alone, and scrolls the frame (not the editor) to the active one.
  function highlightPage(page) {
    var doc = page.contentDocument;
    var win = page.contentWindow;
    if (!doc || !win || !win.CSS || !win.CSS.highlights || typeof win.Highlight !== "function") { return; }
    var untranslated = new win.Highlight();
    doc.querySelectorAll("[data-pv-start][data-pv-state='untranslated']").forEach(function (start) {
      var r = range(doc, start.getAttribute("data-pv-start"));
      if (r) { untranslated.add(r); }
    });
    win.CSS.highlights.set("pv-untranslated", untranslated);
    var current = active && range(doc, active);
    if (!current) {
      win.CSS.highlights.delete("pv-active");
      return;
    }
    win.CSS.highlights.set("pv-active", new win.Highlight(current));
    var box = current.getBoundingClientRect();
    if (box.top < 0 || box.bottom > win.innerHeight) {
      win.scrollTo(0, Math.max(0, win.scrollY + box.top - win.innerHeight / 3));
    }
  }

  function highlight() {
    var aside = panel();
    if (!aside) { return; }
    var page = frame();
    if (page) {
      highlightPage(page);
      return;
    }
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
    var page = frame();
    if (page && page.contentWindow) {
      page.contentWindow.location.reload(); // keeps the frame and its scroll; its load event highlights again
      return;
    }
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

  // The page in the frame finished loading (first time or after a reload).
  document.addEventListener("load", function (event) {
    if (event.target.matches && event.target.matches("iframe.preview-page")) { highlight(); }
  }, true);

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
