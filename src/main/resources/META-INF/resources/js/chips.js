// The translation box with inline codes as chips. Without this script the box is the plain <textarea> with codes
// as text tokens (<1>…</1>, <2/>), and the form posts that. With it, a segment whose source has codes gets a
// contenteditable box in which each code of the source is one chip that cannot be edited, only deleted whole,
// moved (cut and paste, drag and drop) or inserted again; the textarea stays in the form, hidden, and holds the
// text with its tokens after every change. editor.js reads and writes every box through window.VersoTarget, so
// both kinds of box work alike.
(function () {
  "use strict";

  // As InlineCodes in the interchange package: <1>, </1>, <2/>; </3/> is text.
  var CODE = /<(\/?)([1-9][0-9]{0,3})(\/?)>/g;
  var HISTORY = 200;
  var states = new WeakMap(); // box → { text, caret, past: [], future: [] }

  function tokens(text) {
    var out = [], at = 0, m;
    CODE.lastIndex = 0;
    while ((m = CODE.exec(text)) !== null) {
      if (m[1] && m[3]) { continue; }
      if (m.index > at) { out.push({ text: text.slice(at, m.index) }); }
      out.push({ text: m[0], code: true, number: m[2], kind: m[1] ? "close" : m[3] ? "single" : "open" });
      at = m.index + m[0].length;
    }
    if (at < text.length) { out.push({ text: text.slice(at) }); }
    return out;
  }

  function field(box) {
    return box instanceof HTMLTextAreaElement ? box : box.previousElementSibling;
  }

  // Only the codes of this segment's source become chips: pasted or typed "<7>" stays text.
  function sourceCodes(box) {
    return tokens(field(box).dataset.source || "").filter(function (t) { return t.code; })
        .map(function (t) { return t.text; });
  }

  function chip(box, token) {
    var span = document.createElement("span");
    span.className = "code-chip code-" + token.kind;
    span.contentEditable = "false";
    span.dataset.code = token.text;
    var twin = Array.from(box.closest(".seg").querySelectorAll(".source .code-chip"))
        .find(function (c) { return c.dataset.code === token.text; });
    span.title = twin && twin.title ? twin.title : window.VersoText(token.kind === "open" ? "jsCodeStart"
        : token.kind === "close" ? "jsCodeEnd" : "jsCode", [token.number]);
    span.setAttribute("role", "img"); // named for screen readers by what it stands for: "start of link 1"
    span.setAttribute("aria-label", span.title);
    span.textContent = token.text;
    return span;
  }

  function render(box, text) {
    var codes = sourceCodes(box), nodes = [], pending = "";
    tokens(text).forEach(function (t) {
      if (t.code && codes.indexOf(t.text) >= 0) {
        if (pending) { nodes.push(document.createTextNode(pending)); pending = ""; }
        nodes.push(chip(box, t));
      } else {
        pending += t.text;
      }
    });
    if (pending) { nodes.push(document.createTextNode(pending)); }
    if (/\n$/.test(text)) { nodes.push(document.createElement("br")); } // else the last, empty line has no height
    box.replaceChildren.apply(box, nodes);
  }

  function isChip(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.dataset && node.dataset.code !== undefined;
  }

  // The text a box (or a piece of one) stands for: text as it is, chips as their token. Whatever markup the
  // browser made (a <br> on Enter, a <div> from a drop) becomes line breaks and text.
  function serialize(root) {
    var out = "";
    root.childNodes.forEach(function (node, i) {
      if (node.nodeType === Node.TEXT_NODE) {
        out += node.data;
      } else if (isChip(node)) {
        out += node.dataset.code;
      } else if (node.nodeName === "BR") {
        if (i < root.childNodes.length - 1) { out += "\n"; }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        var block = /^(DIV|P)$/.test(node.nodeName) && i > 0;
        out += (block ? "\n" : "") + serialize(node);
      }
    });
    return out;
  }

  // Only text and intact chips: anything else the browser put in is rendered afresh from the text.
  function isClean(box) {
    return Array.from(box.childNodes).every(function (node, i) {
      return node.nodeType === Node.TEXT_NODE
          || (isChip(node) && node.textContent === node.dataset.code && node.childNodes.length === 1)
          || (node.nodeName === "BR" && i === box.childNodes.length - 1);
    });
  }

  function offsetAt(box, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(box);
    range.setEnd(node, offset);
    return serialize(range.cloneContents()).length;
  }

  function pointAt(box, offset) {
    var children = box.childNodes;
    for (var i = 0; i < children.length; i++) {
      var node = children[i];
      if (node.nodeType === Node.TEXT_NODE) {
        if (offset <= node.data.length) { return { node: node, offset: offset }; }
        offset -= node.data.length;
      } else if (isChip(node)) {
        if (offset <= 0) { return { node: box, offset: i }; }
        offset -= node.dataset.code.length;
        if (offset <= 0) { return { node: box, offset: i + 1 }; }
      }
    }
    return { node: box, offset: children.length };
  }

  function liveCaret(box) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) { return null; }
    var range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) { return null; }
    return { start: offsetAt(box, range.startContainer, range.startOffset),
             end: offsetAt(box, range.endContainer, range.endOffset) };
  }

  function state(box) {
    if (!states.has(box)) {
      var text = serialize(box);
      states.set(box, { text: text, caret: { start: text.length, end: text.length }, past: [], future: [] });
    }
    return states.get(box);
  }

  // The last caret in the box: a click on a source chip or a glossary button moves the selection away first.
  function caret(box) {
    return liveCaret(box) || state(box).caret;
  }

  function placeCaret(box, start, end) {
    var a = pointAt(box, start), b = pointAt(box, end === undefined ? start : end);
    var range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    state(box).caret = { start: start, end: end === undefined ? start : end };
  }

  // After every change: the hidden textarea gets the text, the undo history a step.
  function sync(box) {
    var s = state(box), text = serialize(box);
    field(box).value = text;
    if (text !== s.text) {
      s.past.push({ text: s.text, caret: s.caret });
      if (s.past.length > HISTORY) { s.past.shift(); }
      s.future = [];
      s.text = text;
    }
    s.caret = liveCaret(box) || s.caret;
  }

  // Text changed by a button or a shortcut fires no input event; autosave.js listens for this one instead.
  function changed(box) {
    box.dispatchEvent(new CustomEvent("verso:changed", { bubbles: true }));
  }

  function setText(box, text, at) {
    if (box instanceof HTMLTextAreaElement) {
      box.value = text;
      box.focus();
      if (at !== undefined) { box.setSelectionRange(at, at); }
      changed(box);
      return;
    }
    render(box, text);
    box.focus();
    placeCaret(box, at === undefined ? text.length : at);
    sync(box);
    changed(box);
  }

  function getText(box) {
    return box instanceof HTMLTextAreaElement ? box.value : serialize(box);
  }

  // Puts text where the cursor is, replacing any selection; codes of the segment in it become chips.
  function insert(box, text) {
    var value = getText(box);
    var at = box instanceof HTMLTextAreaElement ? { start: box.selectionStart, end: box.selectionEnd } : caret(box);
    setText(box, value.slice(0, at.start) + text + value.slice(at.end), at.start + text.length);
  }

  function travel(box, from, to) {
    var s = state(box);
    if (from.length === 0) { return; }
    to.push({ text: s.text, caret: s.caret });
    var step = from.pop();
    s.text = step.text;
    render(box, step.text);
    field(box).value = step.text;
    placeCaret(box, step.caret.start, step.caret.end);
    changed(box);
  }

  // The chip right before (or after) a collapsed caret, if there is one.
  function chipBeside(box, backwards) {
    var at = liveCaret(box);
    if (!at || at.start !== at.end) { return null; }
    var point = pointAt(box, at.start), node = point.node, offset = point.offset;
    if (node.nodeType === Node.TEXT_NODE) {
      if (backwards ? offset > 0 : offset < node.data.length) { return null; }
      return backwards ? node.previousSibling : node.nextSibling;
    }
    var neighbour = box.childNodes[backwards ? offset - 1 : offset];
    if (neighbour && neighbour.nodeType === Node.TEXT_NODE && neighbour.data.length === 0) {
      neighbour = backwards ? neighbour.previousSibling : neighbour.nextSibling;
    }
    return neighbour;
  }

  function onKeydown(event) {
    var box = event.currentTarget;
    var key = event.key;
    if (event.isComposing) { return; } // an input method is still composing: its keys are its own
    if (key === "Enter" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      insert(box, "\n");
    } else if ((key === "Backspace" || key === "Delete") && !event.ctrlKey && !event.altKey) {
      var neighbour = chipBeside(box, key === "Backspace");
      if (neighbour && isChip(neighbour)) {
        event.preventDefault();
        var at = caret(box).start - (key === "Backspace" ? neighbour.dataset.code.length : 0);
        neighbour.remove();
        box.normalize();
        placeCaret(box, at);
        sync(box);
      }
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === "z" || key === "Z" || key === "y")) {
      event.preventDefault();
      var redo = key === "y" || event.shiftKey;
      var s = state(box);
      travel(box, redo ? s.future : s.past, redo ? s.past : s.future);
    }
  }

  function selectedText(box) {
    var selection = window.getSelection();
    if (!liveCaret(box) || selection.isCollapsed) { return null; }
    return serialize(selection.getRangeAt(0).cloneContents());
  }

  function onCopy(event) {
    var box = event.currentTarget, text = selectedText(box);
    if (text === null) { return; }
    event.preventDefault();
    event.clipboardData.setData("text/plain", text);
    if (event.type === "cut") {
      var at = caret(box), value = serialize(box);
      setText(box, value.slice(0, at.start) + value.slice(at.end), at.start);
    }
  }

  function onPaste(event) {
    event.preventDefault();
    insert(event.currentTarget, (event.clipboardData.getData("text/plain") || "").replace(/\r\n?/g, "\n"));
  }

  // A drag inside the box moves the text and chips; from outside, the dropped plain text is inserted.
  var dragged = null;

  function onDragstart(event) {
    var box = event.currentTarget, text = selectedText(box);
    if (text === null) { return; }
    event.dataTransfer.setData("text/plain", text);
    event.dataTransfer.effectAllowed = "copyMove";
    dragged = { box: box, at: caret(box) };
  }

  function onDrop(event) {
    var box = event.currentTarget;
    var text = (event.dataTransfer.getData("text/plain") || "").replace(/\r\n?/g, "\n");
    var point = dropPoint(event);
    event.preventDefault();
    if (!text) { return; }
    var value = serialize(box);
    var to = point && box.contains(point.node) ? offsetAt(box, point.node, point.offset) : value.length;
    if (dragged && dragged.box === box) {
      var from = dragged.at;
      if (to >= from.start && to <= from.end) { dragged = null; return; }
      value = value.slice(0, from.start) + value.slice(from.end);
      if (to > from.end) { to -= from.end - from.start; }
    }
    dragged = null;
    setText(box, value.slice(0, to) + text + value.slice(to), to + text.length);
  }

  // Where in the text a drop at the mouse lands: Chrome and Safari name it one way, Firefox another.
  function dropPoint(event) {
    if (document.caretPositionFromPoint) {
      var position = document.caretPositionFromPoint(event.clientX, event.clientY);
      return position && { node: position.offsetNode, offset: position.offset };
    }
    var range = document.caretRangeFromPoint && document.caretRangeFromPoint(event.clientX, event.clientY);
    return range && { node: range.startContainer, offset: range.startOffset };
  }

  // A code of the segment typed out in full ("<1>") is that code, as it will be once saved: show it as its chip.
  function hasTypedCode(box) {
    var codes = sourceCodes(box);
    return Array.from(box.childNodes).some(function (node) {
      return node.nodeType === Node.TEXT_NODE && tokens(node.data).some(function (t) {
        return t.code && codes.indexOf(t.text) >= 0;
      });
    });
  }

  function onInput(event) {
    var box = event.currentTarget;
    if (!isClean(box) || (!event.isComposing && hasTypedCode(box))) {
      var at = caret(box);
      render(box, serialize(box));
      placeCaret(box, at.start, at.end);
    }
    sync(box);
  }

  function onBeforeinput(event) {
    if (event.inputType === "historyUndo" || event.inputType === "historyRedo") {
      event.preventDefault();
      var box = event.currentTarget, s = state(box), redo = event.inputType === "historyRedo";
      travel(box, redo ? s.future : s.past, redo ? s.past : s.future);
    }
  }

  function enhance(textarea) {
    if (textarea.dataset.chips || textarea.readOnly || !textarea.closest(".seg")) { return; }
    if (!tokens(textarea.dataset.source || "").some(function (t) { return t.code; })) { return; }
    var box = document.createElement("div");
    box.className = "target-box";
    box.contentEditable = "true";
    box.spellcheck = true;
    box.setAttribute("role", "textbox");
    box.setAttribute("aria-multiline", "true");
    box.setAttribute("aria-label", textarea.getAttribute("aria-label"));
    box.lang = textarea.lang;
    box.dir = textarea.dir;
    textarea.removeAttribute("aria-label"); // hidden now; the box is the one named control
    textarea.hidden = true;
    textarea.dataset.chips = "on";
    textarea.after(box);
    render(box, textarea.value);
    state(box); // the first undo step is the text as it arrived
    box.addEventListener("keydown", onKeydown);
    box.addEventListener("input", onInput);
    box.addEventListener("beforeinput", onBeforeinput);
    box.addEventListener("copy", onCopy);
    box.addEventListener("cut", onCopy);
    box.addEventListener("paste", onPaste);
    box.addEventListener("dragstart", onDragstart);
    box.addEventListener("drop", onDrop);
    box.addEventListener("dragend", function () { dragged = null; });
  }

  // The single box and each form box of a plural unit (form_one, form_few…), whose own source form names its codes.
  function enhanceAll() {
    document.querySelectorAll(".seg form.target textarea[name=text]:not([data-chips]), "
        + ".seg form.target textarea[name^=form_]:not([data-chips])").forEach(enhance);
  }

  function isFormField(element) {
    return element instanceof HTMLTextAreaElement && element.name.indexOf("form_") === 0;
  }

  // A plural unit's forms as the one text the server keeps: each non-empty form as U+001E, its CLDR category,
  // U+001F, its text, in the order the page shows them (CLDR's); see PluralText.
  function pluralText(row) {
    var out = "";
    row.querySelectorAll("form.target textarea[name^=form_]").forEach(function (textarea) {
      var text = textarea.dataset.chips ? getText(textarea.nextElementSibling) : textarea.value;
      if (text) { out += "\u001E" + textarea.name.slice(5) + "\u001F" + text; }
    });
    return out;
  }

  document.addEventListener("selectionchange", function () {
    var box = document.activeElement;
    if (box && box.classList && box.classList.contains("target-box")) {
      var at = liveCaret(box);
      if (at) { state(box).caret = at; }
    }
  });
  document.addEventListener("DOMContentLoaded", enhanceAll);
  document.addEventListener("htmx:afterSwap", enhanceAll);
  document.addEventListener("htmx:load", enhanceAll);

  window.VersoTarget = {
    // The element a translator types in: the chip box where there is one, else the textarea (a plural's form
    // boxes, form_one…, have chips and autosave but no shortcuts yet: see isFormBox).
    isBox: function (element) {
      return element instanceof Element && !!element.closest(".seg")
          && (element instanceof HTMLTextAreaElement && element.name === "text"
              || element.classList.contains("target-box"));
    },
    // The box of a segment row (enhancing it first if the row just arrived).
    of: function (row) {
      var textarea = row.querySelector("textarea[name=text]");
      if (!textarea) { return null; }
      enhance(textarea);
      return textarea.dataset.chips ? textarea.nextElementSibling : textarea;
    },
    all: function () {
      enhanceAll();
      return Array.from(document.querySelectorAll(".seg textarea[name=text]:not([readonly])"))
          .map(function (t) { return t.dataset.chips ? t.nextElementSibling : t; });
    },
    // One of a plural unit's form boxes (its chip box or its textarea).
    isFormBox: function (element) {
      return element instanceof Element && !!element.closest(".seg")
          && (isFormField(element) || element.classList.contains("target-box") && isFormField(field(element)));
    },
    // The row's text as a save sends it: the box's text, or a plural unit's forms as one text; null without a box.
    rowText: function (row) {
      if (row.querySelector("form.target textarea[name^=form_]")) {
        enhanceAll();
        return pluralText(row);
      }
      var box = this.of(row);
      return box ? getText(box) : null;
    },
    field: field,
    text: getText,
    setText: setText,
    insert: insert,
    // Into a box the way a translator enters it: focused, the caret after its text, so typing goes on from there.
    enter: function (box) {
      box.focus();
      if (box instanceof HTMLTextAreaElement) {
        box.setSelectionRange(box.value.length, box.value.length);
      } else {
        placeCaret(box, getText(box).length);
      }
    }
  };
})();
