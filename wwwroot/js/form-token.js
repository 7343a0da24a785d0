// Public pages are cached and shared between visitors, so their forms arrive with an empty antiforgery field and
// no cookie. The visitor's own token is fetched when they start to write (focus) and, at the latest, on submit; the
// server still validates it on every POST. Without this script (or when the fetch fails) the form comes back with
// everything typed, the reason, and a token of the visitor's own ([PublicForm], PublicFormTokenCheck).
(function () {
  "use strict";

  var selector = 'input[name="__RequestVerificationToken"][data-form-token]';
  var pending = null;

  function emptyField(form) {
    var input = form && form.querySelector ? form.querySelector(selector) : null;
    return input && input.value === "" ? input : null;
  }

  function fetchToken() {
    if (!pending) {
      pending = fetch("/forms/token", { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("token " + response.status); }
          return response.json();
        })
        .then(function (data) {
          document.querySelectorAll(selector).forEach(function (input) { input.value = data.token; });
          return data.token;
        })
        .catch(function (error) { pending = null; throw error; });
    }
    return pending;
  }

  document.addEventListener("focusin", function (event) {
    var form = event.target && event.target.closest ? event.target.closest("form") : null;
    if (emptyField(form)) { fetchToken().catch(function () { /* tried again on submit */ }); }
  });

  // Capture phase: runs before the form's own handlers (proof of work, checks), which then see a normal submit.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!emptyField(form)) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    var submitter = event.submitter || null;
    fetchToken().then(function () {
      if (form.requestSubmit) {
        if (submitter && submitter.form === form) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
      } else {
        form.submit();
      }
    }, function () { form.submit(); });
  }, true);
})();

// The same cached page also carries the same idempotency key for everyone; each visitor needs their own, or a second
// visitor's comment would be taken for a retry of the first. comment-form.js then keeps one key per text as before.
(function () {
  "use strict";

  function freshKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function renew() {
    document.querySelectorAll('input[name="__RequestVerificationToken"][data-form-token]').forEach(function (field) {
      var key = field.form && field.form.querySelector('input[name="IdempotencyKey"]');
      if (key && key.getAttribute("data-renewed") === null) {
        key.value = freshKey();
        key.setAttribute("data-renewed", "");
      }
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", renew); } else { renew(); }
})();
