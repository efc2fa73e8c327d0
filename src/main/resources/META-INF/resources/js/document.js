// Document page: the target languages' progress bars follow everyone's saves live. Without JavaScript (or htmx) the
// page is the same, only as fresh as its last load.
(function () {
  "use strict";

  var DELAY = 300; // ms: a burst of saves (a replace, a pre-translation) reloads a row once

  function live(rows) {
    var base = "/documents/" + rows.dataset.document + "/progress/";
    var pending = {};
    var events = null;

    function reload(language) {
      if (pending[language]) { return; }
      pending[language] = setTimeout(function () {
        delete pending[language];
        var row = document.getElementById("lang-" + language);
        if (row) {
          // The row as the source: htmx keeps one queued request per source, so a shared one dropped languages.
          htmx.ajax("GET", base + encodeURIComponent(language),
            { source: row, target: "#" + CSS.escape(row.id), swap: "outerHTML" });
        }
      }, DELAY);
    }

    function open() {
      events = new EventSource("/api/documents/" + rows.dataset.document + "/events");
      events.onopen = function () { rows.dataset.live = "open"; };
      events.onmessage = function (message) {
        var event = JSON.parse(message.data);
        if ((event.type === "saved" || event.type === "changed") && event.language) { reload(event.language); }
      };
    }

    // A browser gives a site six HTTP/1.1 connections; a stream per hidden tab would use them up, so a hidden page
    // closes its stream and, shown again, reopens it and reloads every row (it may have missed saves meanwhile).
    document.addEventListener("visibilitychange", function () {
      if (document.hidden) {
        if (events) { events.close(); events = null; delete rows.dataset.live; }
      } else if (!events) {
        open();
        rows.querySelectorAll("tr[id^='lang-']").forEach(function (row) { reload(row.id.slice(5)); });
      }
    });
    open();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var rows = document.getElementById("language-rows");
    if (rows && window.EventSource && window.htmx) { live(rows); }
  });
})();
