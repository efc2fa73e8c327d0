// Autosave: what a translator types is kept on the server, for them alone, within a second of a pause — unconfirmed,
// so the translation's status and version do not change until they confirm it. It survives a reload, a closed tab and
// a move to another device (the editor shows it in the box). Each row says where its text is: "Not saved yet" while
// a pause is awaited or the request is under way, "Unconfirmed" once kept. Leaving the page sends what is waiting and
// warns while something is not stored yet. The answer carries the quality checks' findings, shown in the row, so
// Ctrl+Enter knows about errors before it confirms (editor.js).
(function () {
  "use strict";

  var Target = window.VersoTarget;
  var say = window.VersoText;
  var PAUSE_MS = 700;
  var RETRY_MS = 5000;
  var timers = {};       // row id -> timeout of the autosave waiting for a pause
  var inFlight = {};     // row id -> number of requests under way
  var failed = {};       // row id -> true while the last try failed

  function section() {
    return document.querySelector("section.editor[data-document]");
  }

  function url(row) {
    var s = section();
    return "/api/documents/" + s.dataset.document + "/languages/" + s.dataset.language + "/translations/"
        + row.id.slice(4) + "/autosave";
  }

  function state(row, text, kind) {
    var line = row.querySelector(".autosave-state");
    if (!line) {
      line = document.createElement("p");
      line.setAttribute("role", "status");
      (row.querySelector(".plural-forms") || Target.of(row) || row.querySelector(".num")).after(line);
    }
    line.className = "autosave-state " + kind;
    line.textContent = text;
  }

  function waiting(row) {
    return !!timers[row.id] || (inFlight[row.id] || 0) > 0 || !!failed[row.id];
  }

  // The findings on the text just kept, in the row's list, and what editor.js reads: the text they are for and how
  // many are errors.
  function showFindings(row, text, issues) {
    var form = row.querySelector("form.target");
    var list = row.querySelector(".qa-issues");
    if (!issues.length) {
      if (list) { list.remove(); }
    } else {
      if (!list) {
        list = document.createElement("ul");
        list.className = "qa-issues";
        list.setAttribute("aria-label", row.dataset.checksLabel || "");
        var anchor = form.querySelector(".plural-forms") || form.querySelector("textarea[name=text]");
        anchor.before(list);
      }
      list.textContent = "";
      issues.forEach(function (issue) {
        var item = document.createElement("li");
        item.className = "qa-" + issue.severity.toLowerCase();
        var check = document.createElement("span");
        check.className = "qa-check";
        check.textContent = issue.check;
        item.append(check, " " + issue.message);
        list.append(item);
      });
    }
    row.dataset.checked = text;
    row.dataset.errors = String(issues.filter(function (i) { return i.severity === "ERROR"; }).length);
  }

  function send(row, keepalive) {
    clearTimeout(timers[row.id]);
    delete timers[row.id];
    var text = Target.rowText(row);
    var version = row.querySelector("input[name=version]");
    if (text === null || !version || !document.contains(row)) { return; }
    inFlight[row.id] = (inFlight[row.id] || 0) + 1;
    fetch(url(row), {
      method: "PUT", keepalive: !!keepalive, credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ text: text, version: Number(version.value) })
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (kept) {
      delete failed[row.id];
      var current = document.getElementById(row.id);
      if (current !== row || Target.rowText(row) !== text) { return; } // swapped or typed on: a newer one follows
      state(row, kept.stored ? say("jsUnconfirmedKept") : "", kept.stored ? "kept" : "");
      var earlier = row.querySelector(".unconfirmed");
      if (earlier && !kept.stored) { earlier.remove(); } // back to the saved text: nothing unconfirmed any more
      showFindings(row, text, kept.issues || []);
    }).catch(function () {
      if (document.getElementById(row.id) !== row) { return; }
      failed[row.id] = true;
      state(row, say("jsNotSavedRetrying"), "failed");
      timers[row.id] = setTimeout(function () { send(row); }, RETRY_MS);
    }).finally(function () {
      inFlight[row.id] -= 1;
    });
  }

  function schedule(box) {
    var row = box.closest(".seg");
    if (!row || !section()) { return; }
    clearTimeout(timers[row.id]);
    delete row.dataset.checked;
    state(row, say("jsNotSavedYet"), "pending");
    timers[row.id] = setTimeout(function () { send(row); }, PAUSE_MS);
  }

  function typedIn(element) {
    return Target.isBox(element) || Target.isFormBox(element);
  }

  document.addEventListener("input", function (event) {
    if (typedIn(event.target)) { schedule(event.target); }
  });
  // Text put in by a button or a shortcut (a memory match, a term, the source) fires no input event.
  document.addEventListener("verso:changed", function (event) {
    if (typedIn(event.target)) { schedule(event.target); }
  });

  function flush(keepalive) {
    Object.keys(timers).forEach(function (id) {
      var row = document.getElementById(id);
      if (row) { send(row, keepalive); } else { clearTimeout(timers[id]); delete timers[id]; }
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { flush(true); }
  });
  window.addEventListener("pagehide", function () { flush(true); });
  window.addEventListener("beforeunload", function (event) {
    flush(true);
    var unsaved = Object.keys(inFlight).some(function (id) { return inFlight[id] > 0; })
        || Object.keys(failed).length > 0;
    if (unsaved) {
      event.preventDefault();
      event.returnValue = ""; // the browser's own "leave this page?" question
    }
  });

  window.VersoAutosave = {
    // A save of the row is going out: the text it carries is what counts, no autosave of it should follow.
    cancel: function (row) {
      clearTimeout(timers[row.id]);
      delete timers[row.id];
      delete failed[row.id];
    },
    // Whether the row's current text was checked, and how many errors the checks found in it (null: not known).
    errorsIn: function (row) {
      var text = Target.rowText(row);
      return text !== null && row.dataset.checked === text ? Number(row.dataset.errors || 0) : null;
    },
    waiting: waiting
  };
})();
