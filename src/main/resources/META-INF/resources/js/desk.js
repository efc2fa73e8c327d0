// Desk page: the matrix reloads when any save or task change arrives on the desk's event stream. Without JavaScript
// (or htmx) the page is the same, only as fresh as its last load.
(function () {
  "use strict";

  var DELAY = 400; // ms: a burst of saves reloads the matrix once

  function live(matrix) {
    var pending = null;
    var events = null;

    function reload() {
      if (pending) { return; }
      pending = setTimeout(function () {
        pending = null;
        var current = document.getElementById("desk-matrix");
        htmx.ajax("GET", "/desk?" + current.dataset.query, { source: current, target: "#desk-matrix", swap: "outerHTML" });
      }, DELAY);
    }

    function open() {
      events = new EventSource("/api/desk/events");
      events.onopen = function () { document.body.dataset.deskLive = "open"; };
      events.onmessage = function (message) {
        var event = JSON.parse(message.data);
        if (event.type !== "ping") { reload(); }
      };
    }

    document.addEventListener("visibilitychange", function () {
      if (document.hidden) {
        if (events) { events.close(); events = null; delete document.body.dataset.deskLive; }
      } else if (!events) {
        open();
        reload();
      }
    });
    open();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var matrix = document.getElementById("desk-matrix");
    if (matrix && window.EventSource && window.htmx) { live(matrix); }
  });
})();
