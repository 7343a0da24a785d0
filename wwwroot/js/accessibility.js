// 无障碍 / 长者模式 enhancements; the toolbar's settings themselves work without this file (server-side cookie).
(function () {
  "use strict";
  var root = document.documentElement;

  // Reading guide: a bar following the pointer, hidden from assistive technology.
  if (root.classList.contains("a11y-guide")) {
    var line = document.createElement("div");
    line.className = "a11y-guide-line";
    line.setAttribute("aria-hidden", "true");
    line.style.top = "-100px";
    document.body.appendChild(line);
    document.addEventListener("pointermove", function (e) { line.style.top = e.clientY + "px"; }, { passive: true });
  }

  // Read-aloud of the main body with the browser's own speech synthesis; nothing speaks until "play".
  var panel = document.querySelector(".a11y-read");
  if (!panel || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") { return; }
  var target = (panel.getAttribute("data-target") && document.getElementById(panel.getAttribute("data-target"))) ||
    document.querySelector("[data-read-aloud]");
  if (!target) { return; }
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
    queue = pieces(target.innerText || target.textContent || "");
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
