// The comment form in the browser: a counter that warns before the limit, the checks the browser can make shown in
// the same error summary the server fills, lines cleared once fixed, and one receipt per text even after Back.
// The server makes every check again; the form works without this file.
(function () {
  "use strict";

  function format(template, a, b, c) {
    return (template || "").replace("{0}", a).replace("{1}", b).replace("{2}", c);
  }

  // A short digest of what was typed, so a resubmission can be recognised without keeping the text itself.
  function fingerprint(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16) + (h1 >>> 0).toString(16);
  }

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function setUp(form) {
    var area = form.querySelector("textarea[data-counter]");
    var counter = area && document.getElementById(area.getAttribute("data-counter"));
    var summary = form.querySelector("#comment-errors");
    var keyInput = form.querySelector('input[name="IdempotencyKey"]');
    var clause = form.querySelector('select[name="ClauseAnchor"]');
    if (!area || !counter || !summary) { return; }
    var max = parseInt(counter.getAttribute("data-max"), 10);
    var warnAt = parseInt(counter.getAttribute("data-warn-at"), 10);
    var alertRegion = document.getElementById("body-counter-alert");
    var level = "";

    function bodyProblem() {
      var used = area.value.length;
      if (area.value.trim().length === 0) { return form.getAttribute("data-required"); }
      if (used > max) { return format(counter.getAttribute("data-too-long"), used, max, used - max); }
      return null;
    }

    function updateCounter() {
      var used = area.value.length;
      var now = used > max ? "over" : used >= warnAt ? "warn" : "";
      counter.textContent = now === "over" ? format(counter.getAttribute("data-over"), used, used - max)
        : now === "warn" ? format(counter.getAttribute("data-warn"), used, max - used)
        : format(counter.getAttribute("data-format"), used, max);
      counter.classList.toggle("counter-warn", now === "warn");
      counter.classList.toggle("counter-over", now === "over");
      // Say it once when a threshold is crossed, not on every key.
      if (now !== level && now !== "" && alertRegion) { alertRegion.textContent = counter.textContent; }
      level = now;
    }

    function list() { return summary.querySelector("ul"); }

    function show(problems) {
      summary.textContent = "";
      var box = document.createElement("div");
      box.className = "alert alert-error";
      box.setAttribute("role", "alert");
      var heading = document.createElement("p");
      heading.textContent = summary.getAttribute("data-heading");
      var ul = document.createElement("ul");
      problems.forEach(function (problem) {
        var li = document.createElement("li");
        li.setAttribute("data-field", problem.field);
        var link = document.createElement("a");
        link.href = "#" + problem.field;
        link.textContent = problem.message;
        li.appendChild(link);
        ul.appendChild(li);
      });
      box.appendChild(heading);
      box.appendChild(ul);
      summary.appendChild(box);
      summary.focus();
    }

    // A line goes once its field is fixed; the summary goes with its last line.
    function clear(field) {
      var ul = list();
      if (!ul) { return; }
      Array.prototype.forEach.call(ul.querySelectorAll('li[data-field="' + field + '"]'), function (li) { li.remove(); });
      var input = document.getElementById(field);
      if (input) { input.removeAttribute("aria-invalid"); }
      if (!ul.querySelector("li")) { summary.textContent = ""; }
    }

    // The summary's links move focus to the field itself, not only scroll to it.
    summary.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      var target = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!target) { return; }
      event.preventDefault();
      target.focus();
    });

    area.addEventListener("input", function () {
      updateCounter();
      if (!bodyProblem()) { clear("Body"); }
    });
    ["Name", "Organisation", "Contact", "ClauseAnchor"].forEach(function (id) {
      var input = document.getElementById(id);
      if (input) { input.addEventListener("change", function () { clear(id); }); }
    });

    // The same text sent again from this tab (after Back, or a second press) carries the key of its first sending,
    // so the server answers with the first receipt instead of storing a second comment.
    function reuseKey() {
      var store = storage();
      if (!store || !keyInput) { return; }
      var name = "comment-keys:" + form.getAttribute("data-slug");
      var print = fingerprint((clause ? clause.value : "") + "\u0000" + area.value);
      var known = [];
      try { known = JSON.parse(store.getItem(name) || "[]"); } catch (e) { known = []; }
      var same = known.filter(function (k) { return k.print === print; })[0];
      if (same) { keyInput.value = same.key; return; }
      known = known.filter(function (k) { return k.key !== keyInput.value; });
      known.push({ print: print, key: keyInput.value });
      try { store.setItem(name, JSON.stringify(known.slice(-10))); } catch (e) { /* storage full or off: one key less */ }
    }

    // Captured on the document, so a refusal here stops the submission before the verification script waits for it.
    document.addEventListener("submit", function (event) {
      if (event.target !== form) { return; }
      var problem = bodyProblem();
      if (problem) {
        event.preventDefault();
        event.stopImmediatePropagation();
        area.setAttribute("aria-invalid", "true");
        show([{ field: "Body", message: problem }]);
        return;
      }
      reuseKey();
    }, true);

    updateCounter();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.comment-form"), setUp);
  // A page re-shown with a refusal opens at the form: the summary takes focus so it is read first.
  var refused = document.getElementById("comment-errors");
  if (refused && refused.querySelector("li")) { refused.focus(); }
})();
