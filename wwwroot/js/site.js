// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to <main> after following the skip link, so screen readers start reading there.
  var skip = document.querySelector(".skip-link");
  if (skip) {
    skip.addEventListener("click", function () {
      var main = document.getElementById("main");
      if (main) { main.focus(); }
    });
  }
})();
