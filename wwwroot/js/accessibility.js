// 无障碍 / 长者模式 enhancements; the toolbar's settings themselves work without this file (server-side cookie).
(function () {
  "use strict";
  var root = document.documentElement;
  var toolbar = document.getElementById("a11y-toolbar");

  // Reading guide: a bar following the pointer, hidden from assistive technology.
  var line = null;
  function moveLine(e) { if (line) { line.style.top = e.clientY + "px"; } }
  document.addEventListener("pointermove", moveLine, { passive: true });
  function applyGuide() {
    if (root.classList.contains("a11y-guide") && !line) {
      line = document.createElement("div");
      line.className = "a11y-guide-line";
      line.setAttribute("aria-hidden", "true");
      line.style.top = "-100px";
      document.body.appendChild(line);
    } else if (!root.classList.contains("a11y-guide") && line) {
      line.remove();
      line = null;
    }
  }

  // 简洁模式: the menu folds behind one disclosure button; elsewhere the button is hidden and the menu open.
  var navToggle = document.querySelector(".nav-toggle");
  var navList = navToggle && document.getElementById(navToggle.getAttribute("aria-controls"));
  function setNavOpen(open) {
    navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    navList.hidden = !open;
  }
  function applySimple() {
    if (!navToggle || !navList) { return; }
    var simple = root.classList.contains("a11y-simple");
    navToggle.hidden = !simple;
    setNavOpen(!simple);
  }
  if (navToggle && navList) {
    navToggle.addEventListener("click", function () {
      setNavOpen(navToggle.getAttribute("aria-expanded") !== "true");
    });
  }

  applyGuide();
  applySimple();

  // On a phone the toolbar's further settings start folded, so the page's own title is on the first screen.
  var narrow = window.matchMedia && window.matchMedia("(max-width: 600px)").matches;
  if (narrow && toolbar) {
    Array.prototype.forEach.call(toolbar.querySelectorAll("[data-a11y-more]"), function (d) { d.open = false; });
  }

  // Toolbar choices without a reload: the same link's address, asked for the choices alone, swapped in place; the
  // control just used keeps focus. Any failure falls back to following the link.
  var fallbackFocus = { "size-up": "size-down", "size-down": "size-up" };
  if (toolbar && window.fetch && window.DOMParser) {
    toolbar.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-a11y]");
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      var control = link.getAttribute("data-a11y");
      fetch(link.href, { credentials: "same-origin", cache: "no-store", headers: { "X-A11y-Partial": "1" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("toolbar " + response.status); }
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-a11y-choices]");
          var current = toolbar.querySelector("[data-a11y-choices]");
          if (!fresh || !current) { throw new Error("toolbar markup"); }
          var adopted = document.importNode(fresh, true);
          var more = current.querySelector("[data-a11y-more]"), moreAfter = adopted.querySelector("[data-a11y-more]");
          if (more && moreAfter) { moreAfter.open = more.open; }
          current.replaceWith(adopted);
          root.className = adopted.getAttribute("data-html-class") || "";
          applyGuide();
          applySimple();
          var target = adopted.querySelector('[data-a11y="' + control + '"]') ||
            adopted.querySelector('[data-a11y="' + (fallbackFocus[control] || "elder") + '"]');
          if (target) { target.focus(); }
        })
        .catch(function () { window.location.href = link.href; });
    });
  }

  // Read-aloud with the browser's own speech synthesis, section by section; nothing speaks until "play".
  var panel = document.querySelector(".a11y-read");
  if (!panel || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") { return; }
  var main = document.getElementById("main");
  var hasText = (panel.getAttribute("data-target") && document.getElementById(panel.getAttribute("data-target"))) ||
    document.querySelector("[data-read-aloud]");
  if (!main || !hasText) { return; }

  // Each h2 of the page is a section: its <section> when the heading opens one, else the heading and what follows
  // up to the next h2. Forms are left out (data-read-skip): there is nothing to listen to in a form.
  function sectionText(heading) {
    var box = heading.parentElement;
    if (box && box !== main && box.querySelector("h2") === heading) { return box.innerText; }
    var parts = [heading.innerText];
    for (var next = heading.nextElementSibling; next && next.tagName !== "H2" && !next.querySelector("h2"); next = next.nextElementSibling) {
      parts.push(next.innerText);
    }
    return parts.join("\n");
  }
  var headings = Array.prototype.filter.call(main.querySelectorAll("h2"), function (h) {
    return !h.closest("[data-read-skip]") && h.innerText.trim().length > 0;
  });
  var title = main.querySelector("h1");
  var sections = headings.map(function (h) { return { label: h.innerText.trim(), text: function () { return sectionText(h); } }; });
  sections.unshift({
    label: panel.getAttribute("data-whole"),
    text: function () {
      return [title ? title.innerText : ""].concat(headings.map(sectionText)).join("\n");
    }
  });
  var choice = panel.querySelector("#a11y-section");
  sections.forEach(function (section, index) {
    var option = document.createElement("option");
    option.value = String(index);
    option.textContent = section.label;
    choice.appendChild(option);
  });

  panel.hidden = false;
  var synth = window.speechSynthesis;
  var play = panel.querySelector("[data-read='play']");
  var pause = panel.querySelector("[data-read='pause']");
  var stop = panel.querySelector("[data-read='stop']");
  var rate = panel.querySelector("#a11y-rate");
  var status = panel.querySelector("[data-read='status']");
  var queue = [];
  var say = function (key) { status.textContent = panel.getAttribute("data-" + key) || ""; };

  // Short pieces at sentence ends: long utterances are cut off by some engines.
  var pieces = function (text) {
    var parts = text.replace(/\s+/g, " ").match(/[^。！？；.!?;]+[。！？；.!?;]?/g) || [];
    return parts.map(function (p) { return p.trim(); }).filter(function (p) { return p.length > 0; });
  };
  var next = function () {
    if (queue.length === 0) { say("stopped"); return; }
    var utterance = new SpeechSynthesisUtterance(queue.shift());
    utterance.lang = root.lang || "zh-CN";
    utterance.rate = parseFloat(rate.value) || 1;
    utterance.onend = next;
    synth.speak(utterance);
  };
  play.addEventListener("click", function () {
    synth.cancel();
    queue = pieces(sections[parseInt(choice.value, 10) || 0].text());
    pause.textContent = panel.getAttribute("data-pause");
    say("reading");
    next();
  });
  pause.addEventListener("click", function () {
    if (synth.paused) {
      synth.resume(); pause.textContent = panel.getAttribute("data-pause"); say("reading");
    } else if (synth.speaking) {
      synth.pause(); pause.textContent = panel.getAttribute("data-resume"); say("paused");
    }
  });
  stop.addEventListener("click", function () {
    queue = []; synth.cancel(); pause.textContent = panel.getAttribute("data-pause"); say("stopped");
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });
})();
