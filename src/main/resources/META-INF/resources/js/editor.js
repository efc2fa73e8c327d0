// Keyboard flow of the editor. Every action is also a visible button, so the page works without this script.
// A target box is a textarea or, where the source has inline codes, chips.js's chip box: both are read and
// written only through window.VersoTarget.
(function () {
  "use strict";

  var Target = window.VersoTarget;
  var say = window.VersoText; // text.js: the words in the interface language

  function targets() {
    return Target.all();
  }

  // The next box after this one (that passes the predicate) on this page, or null.
  function boxAfter(box, predicate) {
    var all = targets();
    for (var i = all.indexOf(box) + 1; i < all.length; i++) {
      if (!predicate || predicate(all[i])) { return all[i]; }
    }
    return null;
  }

  function focusAfter(box, predicate) {
    var found = boxAfter(box, predicate);
    if (found) { Target.enter(found); return; }
    var next = document.querySelector("a[rel=next]");
    if (next) { window.location.href = next.href + "&focus=first"; }
  }

  // A line about the row (a save's state, someone else's change) goes above its buttons, where the eyes are.
  function place(row, line) {
    var actions = row.querySelector("form.target .actions");
    if (actions) { actions.before(line); } else { row.querySelector(".num").appendChild(line); }
  }

  // A save under way or failed, said in its row (the row is replaced by the server's answer when it arrives).
  function saveState(row, text, failed) {
    var line = row.querySelector(".save-state") || document.createElement("p");
    line.className = "save-state" + (failed ? " failed" : "");
    line.setAttribute("role", failed ? "alert" : "status");
    line.textContent = text;
    place(row, line);
  }

  // A save that got no answer leaves the row and its text as they were, and says so; Ctrl+Enter in it tries again.
  ["htmx:sendError", "htmx:responseError"].forEach(function (name) {
    document.body.addEventListener(name, function (event) {
      var row = event.target.closest && event.target.closest(".seg");
      if (!row || !event.target.matches("form.target")) { return; }
      saveState(row, name === "htmx:sendError" ? say("jsNotSavedUnreachable")
          : say("jsNotSavedStatus", [event.detail.xhr.status]), true);
    });
  });

  function submit(box, action, then) {
    var form = Target.field(box).form;
    var button = form.querySelector("button[value=" + action + "]");
    if (!button && action === "confirm_anyway" && form.querySelector("button[value=confirm]")) {
      button = document.createElement("button"); // errors found while typing: the row has no such button yet
      button.type = "submit";
      button.name = "action";
      button.value = action;
      button.hidden = true;
      form.append(button);
    }
    if (!button) { return; } // an approved row is read-only for a translator: nothing to save
    var segmentId = form.closest(".seg").id;
    if (window.VersoAutosave) { window.VersoAutosave.cancel(form.closest(".seg")); }
    saveState(form.closest(".seg"), say("jsSaving"), false);
    if (then) {
      document.body.addEventListener("htmx:afterSettle", function once(event) {
        if (event.detail.target && event.detail.target.id !== segmentId) { return; }
        document.body.removeEventListener("htmx:afterSettle", once);
        var swapped = document.getElementById(segmentId);
        var fresh = swapped && Target.of(swapped);
        then(fresh || box);
      });
    }
    // A real click, so htmx sends the button's name and value like a person's click would.
    button.click();
  }

  // Where Ctrl+Enter went, so a save refused for errors can bring the focus back if nothing was typed there yet.
  var lastMove = null;

  function moveOn(box, following) {
    Target.enter(following);
    lastMove = { from: box.closest(".seg").id, to: following, text: Target.text(following) };
  }

  function refused(row) {
    return !!row.querySelector(".save-state.failed");
  }

  // A save refused for errors comes back as its row, the errors and the way on in it. The refused text is armed:
  // Ctrl+Enter on it again confirms anyway. If the translator has not typed in the next box yet, they go back.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target; // with an outerHTML swap, possibly the row that was replaced
    var row = target && target.id && document.getElementById(target.id);
    if (!row || !row.classList.contains("seg") || !refused(row)) { return; }
    var box = Target.of(row);
    if (!box) { return; }
    row.dataset.armed = Target.text(box);
    var untouched = lastMove && lastMove.from === row.id && document.activeElement === lastMove.to
        && Target.text(lastMove.to) === lastMove.text;
    var lost = !document.activeElement || document.activeElement === document.body; // it was in the swapped row
    // A reviewer's approval refused for errors: the reason field is where the next keys should go.
    var reason = reviewing() && row.querySelector("input[name=qaOverride]");
    if (untouched || lost) {
      if (reason) { reason.focus(); } else { Target.enter(box); }
    }
  });

  function isUntranslated(box) {
    return box.closest(".seg").classList.contains("status-new");
  }

  // Ctrl+Shift+F: the memory search box, with the selected words (or nothing) in it.
  document.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey && event.shiftKey && (event.key === "F" || event.key === "f"))) { return; }
    var search = document.querySelector(".concordance-search input[name=q]");
    if (!search) { return; }
    event.preventDefault();
    var selected = String(window.getSelection() || "").trim();
    if (selected) { search.value = selected; }
    search.focus();
    search.select();
  });

  // Review mode (reviewers; remembered in this browser): Ctrl+Enter approves and goes to the next translated
  // segment, Ctrl+Shift+Enter rejects — with the row's review comment, which a rejection needs.
  function reviewing() {
    var toggle = document.querySelector("input.review-mode");
    return !!toggle && toggle.checked;
  }

  function isTranslated(box) {
    return box.closest(".seg").classList.contains("status-translated");
  }

  function reject(row) {
    var box = Target.of(row);
    var comment = row.querySelector("input[name=comment]");
    if (!box || !comment) { return; }
    if (!comment.value.trim()) {
      saveState(row, say("jsRejectNeedsComment"), true);
      comment.focus();
      return;
    }
    var following = boxAfter(box, isTranslated);
    if (following) { Target.enter(following); }
    submit(box, "reject");
  }

  // Alt+Shift+R: review mode on or off, without reaching for the mouse.
  document.addEventListener("keydown", function (event) {
    var toggle = document.querySelector("input.review-mode");
    if (!toggle || !(event.altKey && event.shiftKey && !event.ctrlKey && event.code === "KeyR")) { return; }
    event.preventDefault();
    toggle.checked = !toggle.checked;
    toggle.dispatchEvent(new Event("change", { bubbles: true }));
  });

  // In review mode, Ctrl+Enter in a row's "reason to approve despite errors" approves the row with that reason.
  document.addEventListener("keydown", function (event) {
    if (!reviewing() || !(event.ctrlKey && !event.shiftKey && event.key === "Enter")
        || !event.target.matches || !event.target.matches(".seg input[name=qaOverride]")) { return; }
    event.preventDefault();
    var box = Target.of(event.target.closest(".seg"));
    var toReview = box && boxAfter(box, isTranslated);
    if (toReview) { moveOn(box, toReview); }
    if (box) { submit(box, "approve"); }
  });

  document.addEventListener("keydown", function (event) {
    if (!reviewing() || !(event.ctrlKey && event.shiftKey && event.key === "Enter")) { return; }
    var row = event.target.closest && event.target.closest(".seg");
    if (!row || !(Target.isBox(event.target) || event.target.matches("input[name=comment]"))) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    reject(row);
  }, true);

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (!Target.isBox(box)) { return; }
    if (event.ctrlKey && !event.shiftKey && event.key === "Enter" && reviewing()
        && box.closest(".seg").querySelector("button[value=approve]")) {
      event.preventDefault();
      var toReview = boxAfter(box, isTranslated);
      if (toReview) {
        moveOn(box, toReview);
        submit(box, "approve");
      } else {
        submit(box, "approve", function (fresh) { focusAfter(fresh, isTranslated); });
      }
    } else if (event.ctrlKey && event.key === "Enter") {
      event.preventDefault();
      var row = box.closest(".seg");
      // Errors the checks already found in this very text (while typing): stay and say so; a second Ctrl+Enter
      // on the same text confirms it anyway.
      var known = window.VersoAutosave ? window.VersoAutosave.errorsIn(row) : null;
      var anyway = row.dataset.armed === Target.text(box);
      if (known > 0 && !anyway) {
        row.dataset.armed = Target.text(box);
        saveState(row, say("jsNotConfirmed", [known], known), true);
        return;
      }
      // The next box takes the focus before the save goes out, so what is typed during the round trip lands
      // there; the saved row is swapped alone when its answer comes. The last box of a page waits for its save,
      // since going to the next page would cancel it.
      var predicate = event.shiftKey ? isUntranslated : null;
      var following = boxAfter(box, predicate);
      var action = anyway ? "confirm_anyway" : "confirm";
      if (following) {
        moveOn(box, following);
        submit(box, action);
      } else {
        submit(box, action, function (fresh) { if (!refused(fresh)) { focusAfter(fresh, predicate); } });
      }
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      var all = targets();
      var next = all[all.indexOf(box) + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) { Target.enter(next); }
    } else if (event.ctrlKey && event.altKey && !event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
      var terms = box.closest(".seg").querySelectorAll("button.term-insert");
      var term = terms[Number(event.code.slice(5)) - 1];
      if (term && !term.disabled) {
        event.preventDefault();
        Target.insert(box, term.dataset.text);
      }
    } else if (event.ctrlKey && event.shiftKey && !event.altKey && /^Digit[1-9]$/.test(event.code)) {
      // Ctrl+Shift+digit, not Ctrl+digit: Chrome and Firefox switch tabs on Ctrl+1…9 and Alt+1…9 before a page
      // can stop them. By key code, so it works whatever the Shift layer of the digit row holds.
      var use = box.closest(".seg").querySelector(".tm-match[data-n='" + event.code.slice(5) + "'] button.use");
      if (use) {
        event.preventDefault();
        insertMatch(box, use.dataset.text);
      }
    } else if (event.ctrlKey && event.shiftKey && (event.key === "C" || event.key === "c")) {
      event.preventDefault();
      Target.setText(box, Target.field(box).dataset.source);
    } else if (event.shiftKey && event.code === "KeyT" && (event.ctrlKey || event.altKey) && !(event.ctrlKey && event.altKey)) {
      // Ctrl+Shift+T where the browser lets it through (Chrome and Firefox keep it for reopening a tab);
      // Alt+Shift+T everywhere.
      var missing = nextMissingCode(box);
      if (missing) {
        event.preventDefault();
        Target.insert(box, missing);
      }
    }
  });

  // The source's inline codes (<1>, </1>, <2/>) in order; the first one the translation does not have yet.
  function nextMissingCode(box) {
    var codes = (Target.field(box).dataset.source || "").match(/<\/?[1-9][0-9]{0,3}\/?>/g) || [];
    var text = Target.text(box);
    for (var i = 0; i < codes.length; i++) {
      if (text.indexOf(codes[i]) < 0) { return codes[i]; }
    }
    return null;
  }

  // A click on a code chip in the source puts that code where the cursor is in the segment's translation.
  document.addEventListener("click", function (event) {
    var chip = event.target.closest(".seg .source .code-chip");
    if (!chip) { return; }
    var box = Target.of(chip.closest(".seg"));
    if (box) { Target.insert(box, chip.dataset.code); }
  });

  // A memory match replaces the text in the box; the translator then edits and confirms it.
  function insertMatch(box, text) {
    Target.setText(box, text, text.length);
  }

  document.addEventListener("click", function (event) {
    var term = event.target.closest(".seg button.term-insert");
    if (term) {
      Target.insert(Target.of(term.closest(".seg")), term.dataset.text);
    }
  });

  document.addEventListener("click", function (event) {
    var use = event.target.closest(".seg button.use");
    if (use) {
      event.preventDefault();
      insertMatch(Target.of(use.closest(".seg")), use.dataset.text);
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy");
    if (!button) { return; }
    var box = Target.of(button.closest(".seg"));
    Target.setText(box, Target.field(box).dataset.source);
  });

  // Splitting: the caret (or the start of a selection) inside a source text fills that row's offset field, so
  // "Split here" splits where the translator clicked. Offsets count UTF-16 code units, as the server does.
  function caretInSource() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) { return null; }
    var range = selection.getRangeAt(0);
    var node = range.startContainer;
    var source = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    source = source && source.closest(".seg .source");
    if (!source) { return null; }
    var before = document.createRange();
    before.selectNodeContents(source);
    before.setEnd(range.startContainer, range.startOffset);
    return { row: source.closest(".seg"), offset: before.toString().length };
  }

  document.addEventListener("selectionchange", function () {
    var caret = caretInSource();
    var field = caret && caret.row.querySelector("form.split input[name=offset]");
    if (field && caret.offset > 0) { field.value = caret.offset; }
  });

  // Alt+Shift+S: Alt+S alone opens Firefox's History menu, and Ctrl+Shift+S takes a screenshot there.
  document.addEventListener("keydown", function (event) {
    if (!(event.altKey && event.shiftKey && event.code === "KeyS")) { return; }
    var caret = caretInSource();
    var form = caret && caret.row.querySelector("form.split");
    if (!form) { return; }
    event.preventDefault();
    form.querySelector("input[name=offset]").value = caret.offset;
    form.requestSubmit();
  });

  // The target box the translator was last in: Esc and closing the shortcut list go back to it.
  var lastBox = null;
  document.addEventListener("focusin", function (event) {
    if (Target.isBox(event.target)) { lastBox = event.target; }
  });

  function back() {
    var box = lastBox && document.contains(lastBox) ? lastBox : targets()[0];
    if (box) { box.focus(); }
  }

  function typing(element) {
    return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
        || element instanceof HTMLSelectElement || (element && element.isContentEditable);
  }

  // "?" opens the shortcut list, except while typing (where it is a question mark); Esc goes back.
  document.addEventListener("keydown", function (event) {
    var keys = document.getElementById("keys");
    if (event.key === "?" && !typing(event.target) && keys && !keys.open) {
      event.preventDefault();
      keys.showModal();
    } else if (event.key === "Escape" && !(keys && keys.open) && event.target.closest
        && event.target.closest(".concordance-search, .tm, .history, .comments")) {
      event.preventDefault();
      back();
    } else if (event.key === "Escape" && Target.isBox(event.target)) {
      event.target.blur(); // out of the box, so "?" and the page's own keys work
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("button.keys-open")) { document.getElementById("keys").showModal(); }
  });

  // Live collaboration: other people's saves replace their rows within a second (unless you are typing in that
  // row: then your save gets the conflict view), and a row someone else is in shows their name. Nothing is locked.
  function live(section) {
    var base = "/api/documents/" + section.dataset.document + "/languages/" + section.dataset.language;
    var events = null;

    function open() {
      events = new EventSource(base + "/events");
      events.onopen = function () { section.dataset.live = "open"; };
      events.onmessage = function (message) {
        var event = JSON.parse(message.data);
        if (event.type === "changed") {
          // A batch (replace, pre-translation, import, source update): the rows of this page it names, each once.
          (event.segments || []).forEach(function (segmentId) {
            var named = document.getElementById("seg-" + segmentId);
            if (named) {
              refresh(section, named, { segmentId: segmentId, user: event.user }, say("jsJustNow", [describe(event)]));
            }
          });
          return;
        }
        var row = event.segmentId && document.getElementById("seg-" + event.segmentId);
        // Your own editor save already swapped its row; your replace or import in another tab did not.
        if (!row || event.user === section.dataset.user && (!event.origin || event.origin === "EDITOR")) { return; }
        if (event.type === "saved") {
          refresh(section, row, event, say("jsJustNow", [describe(event)]));
        } else {
          showEditor(row, event.type === "editing" ? event.user : null);
        }
      };
    }

    // A browser gives a site six HTTP/1.1 connections; a stream per hidden tab would use them up (a translator
    // with a tab per language), so a hidden editor closes its stream and, shown again, reopens it and catches up.
    document.addEventListener("visibilitychange", function () {
      if (document.hidden) {
        if (events) { events.close(); events = null; delete section.dataset.live; }
      } else if (!events) {
        open();
        catchUp(section, base);
      }
    });
    open();
    document.addEventListener("focusin", function (event) { announce(base, event.target, true); });
    document.addEventListener("focusout", function (event) { announce(base, event.target, false); });
  }

  // The saves a hidden tab missed: one request for every segment's version, then the rows of this page whose
  // version moved are fetched again (yours from another tab too), and nobody is shown as editing any more.
  function catchUp(section, base) {
    document.querySelectorAll(".editing-by").forEach(function (mark) { mark.remove(); });
    fetch(base + "/translations", { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (translations) {
        translations.forEach(function (saved) {
          var row = document.getElementById("seg-" + saved.segmentId);
          var version = row && row.querySelector("input[name=version]");
          if (version && Number(version.value) !== saved.version) {
            refresh(section, row, saved, say("jsSavedWhileHidden", [saved.updatedBy || say("jsSomeone")]));
          }
        });
      })
      .catch(function () { /* offline: the next save shows the conflict view if needed */ });
  }

  function announce(base, target, editing) {
    if (!Target.isBox(target)) { return; }
    fetch(base + "/presence", { method: "POST", keepalive: true, headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ segmentId: Number(target.closest(".seg").id.slice(4)), editing: editing }) });
  }

  function showEditor(row, user) {
    var mark = row.querySelector(".editing-by");
    if (!user) { if (mark) { mark.remove(); } return; }
    if (!mark) {
      mark = document.createElement("p");
      mark.className = "editing-by";
      mark.setAttribute("role", "status");
      place(row, mark);
    }
    mark.textContent = say("jsIsEditing", [user]);
  }

  // "Ana saved this", "Ana replaced text in this", "Ana pre-translated this from memory (100%)": the words of each
  // origin of a change, in the page's language.
  var DONE = { EDITOR: "jsDoneEditor", REVERT: "jsDoneRevert", REPLACE: "jsDoneReplace",
    MEMORY_CONTEXT: "jsDoneMemoryContext", MEMORY_EXACT: "jsDoneMemoryExact", MACHINE: "jsDoneMachine",
    XLIFF_IMPORT: "jsDoneXliffImport", SOURCE_CHANGE: "jsDoneSourceChange", SPLIT: "jsDoneSplit", JOIN: "jsDoneJoin" };

  function describe(event) {
    return say(DONE[event.origin] || "jsDoneEditor", [event.user || say("jsSomeone")]);
  }

  function refresh(section, row, event, done) {
    var box = Target.of(row);
    var focused = box && document.activeElement === box;
    var who = event.user || event.updatedBy || say("jsSomeone");
    // Text typed and not saved yet stays, whether the box has the focus or not (Alt+↓ moves on without saving).
    if (box && Target.field(box).value !== Target.field(box).defaultValue) {
      note(row, event.version ? say("jsChangedWhileTypingVersion", [who, event.version])
          : say("jsChangedWhileTyping", [who]));
      return;
    }
    var url = "/documents/" + section.dataset.document + "/" + section.dataset.language + "/segments/"
        + event.segmentId + window.location.search;
    // The row is the request's source: htmx queues requests per source element, keeping only the last one queued
    // and answering the dropped ones at once, so with the page as a shared source a batch refreshed only two rows.
    htmx.ajax("GET", url, { source: row, target: "#" + row.id, swap: "outerHTML" }).then(function () {
      var fresh = document.getElementById(row.id);
      if (!fresh) { return; }
      note(fresh, done);
      if (focused) { Target.of(fresh).focus(); }
    });
  }

  function note(row, text) {
    var line = row.querySelector(".live-note") || document.createElement("p");
    line.className = "live-note";
    line.setAttribute("role", "status");
    line.textContent = text;
    place(row, line);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches("input.review-mode")) {
      window.localStorage.setItem("verso.review-mode", event.target.checked ? "on" : "off");
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector("input.review-mode");
    if (toggle) { toggle.checked = window.localStorage.getItem("verso.review-mode") === "on"; }
    var section = document.querySelector("section.editor[data-document]");
    if (section && window.EventSource && window.htmx) { live(section); }
    var keys = document.getElementById("keys");
    if (keys) { keys.addEventListener("close", back); }
    // The page opens at the first segment waiting for this person (the server names it), else at the first box.
    var waiting = section && section.dataset.focus && document.getElementById("seg-" + section.dataset.focus);
    var first = (waiting && Target.of(waiting)) || targets()[0];
    if (first) { Target.enter(first); }
  });
})();
