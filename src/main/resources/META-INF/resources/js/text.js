// The scripts' words in the interface language. The page renders them from its message bundle into the data
// attributes of <div id="ui-text" hidden data-lang="…">; "%s" stands for the values filled in, in order. A count
// picks its form with Intl.PluralRules in the bundle's language: data-<key>-one, -few, -many, -other.
(function () {
  "use strict";

  function data() {
    var holder = document.getElementById("ui-text");
    return holder ? holder.dataset : {};
  }

  function category(language, count) {
    try {
      return new Intl.PluralRules(language || "en").select(count);
    } catch (unknown) {
      return count === 1 ? "one" : "other";
    }
  }

  // text("jsIsEditing", ["Ana"]); text("jsNotConfirmed", [3], 3) for data-js-not-confirmed-few and the like.
  window.VersoText = function (key, values, count) {
    var words = data();
    var chosen = null;
    if (typeof count === "number") {
      var form = category(words.lang, count);
      chosen = words[key + form.charAt(0).toUpperCase() + form.slice(1)] || words[key + "Other"];
    }
    var text = chosen || words[key] || "";
    var i = 0;
    return text.replace(/%s/g, function () {
      var value = values && i < values.length ? values[i] : "";
      i += 1;
      return String(value);
    });
  };
})();
