// Live character counter for the comment box; the server enforces the limit either way.
(function () {
  "use strict";
  document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
    var counter = document.getElementById(area.getAttribute("data-counter"));
    if (!counter) { return; }
    var max = parseInt(counter.getAttribute("data-max"), 10);
    var template = counter.getAttribute("data-template") || counter.textContent;
    var update = function () {
      var used = area.value.length;
      counter.textContent = (counter.getAttribute("data-format") || "{0} / {1}")
        .replace("{0}", used).replace("{1}", max);
    };
    counter.setAttribute("data-template", template);
    area.addEventListener("input", update);
  });
})();
