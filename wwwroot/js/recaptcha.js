// Bridges Google reCAPTCHA to the form's "captcha" field; loaded only when an operator chose reCAPTCHA over the
// self-hosted proof-of-work. v2: copies the checkbox widget's answer. v3: asks for a token at submit time, because
// tokens expire two minutes after they are issued.
(function () {
  "use strict";
  if (window.consultationRecaptcha) { return; }
  window.consultationRecaptcha = true;

  function guard(input) {
    var form = input.form;
    if (!form) { return; }
    var status = form.querySelector("[data-captcha-status]");
    var version = input.getAttribute("data-version");
    var siteKey = input.getAttribute("data-sitekey");
    var tokenReady = false;

    form.addEventListener("submit", function (event) {
      if (version === "2") {
        var answer = form.querySelector('[name="g-recaptcha-response"]');
        input.value = answer ? answer.value : "";
        return;
      }
      if (tokenReady) { tokenReady = false; return; }
      event.preventDefault();
      var submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
      if (!window.grecaptcha) {
        if (status) { status.textContent = status.getAttribute("data-failed") || ""; }
        return;
      }
      window.grecaptcha.ready(function () {
        var action = form.getAttribute("data-captcha-action") || "submit";
        window.grecaptcha.execute(siteKey, { action: action }).then(function (token) {
          input.value = token;
          tokenReady = true;
          if (!form.requestSubmit) { form.submit(); } else if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
        });
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-captcha-provider="recaptcha"]'), guard);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
