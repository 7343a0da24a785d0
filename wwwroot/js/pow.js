// Proof-of-work anti-automation for public forms (DESIGN.md §5). The browser spends a moment of CPU instead of the
// reader solving a picture puzzle, so screen-reader and elderly users pass unaided. Nothing is loaded from another
// host. Challenge and payload use the Altcha format: find n with SHA-256(salt + n) = challenge.
(function () {
  "use strict";
  if (window.consultationPow) { return; } // the partial may appear in more than one form on a page
  window.consultationPow = true;

  var endpoint = "/captcha/challenge";
  var batchSize = 1000;          // hashes between yields, so typing and screen readers stay responsive
  var refreshMarginMs = 60000;   // fetch a new challenge a minute before the current one expires
  var submitMarginMs = 15000;    // a solution this close to expiry is renewed before submitting
  var subtle = window.crypto && window.crypto.subtle;
  var encoder = window.TextEncoder ? new TextEncoder() : null;

  function bytesOf(text) {
    if (encoder) { return encoder.encode(text); }
    var bytes = new Uint8Array(text.length); // salts and numbers are ASCII
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i) & 0xff; }
    return bytes;
  }

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }

  // crypto.subtle exists only in secure contexts; an intranet page on plain HTTP falls back to this SHA-256.
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

  function sha256Fallback(text) {
    var input = bytesOf(text), length = input.length;
    var total = ((length + 9 + 63) >> 6) << 6;
    var message = new Uint8Array(total);
    message.set(input);
    message[length] = 0x80;
    var view = new DataView(message.buffer);
    view.setUint32(total - 8, Math.floor(length / 0x20000000));
    view.setUint32(total - 4, (length * 8) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var offset = 0; offset < total; offset += 64) {
      var t;
      for (t = 0; t < 16; t++) { w[t] = view.getUint32(offset + t * 4) | 0; }
      for (t = 16; t < 64; t++) {
        var x = w[t - 15], y = w[t - 2];
        var s0 = ror(x, 7) ^ ror(x, 18) ^ (x >>> 3);
        var s1 = ror(y, 17) ^ ror(y, 19) ^ (y >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var out = "";
    for (var i = 0; i < 8; i++) { out += ("00000000" + (h[i] >>> 0).toString(16)).slice(-8); }
    return out;
  }

  function digestHex(text) {
    if (subtle) { return subtle.digest("SHA-256", bytesOf(text)).then(hex); }
    return Promise.resolve(sha256Fallback(text));
  }

  // Tries numbers in batches, yielding to the page between them; resolves with the number that matches.
  function solve(challenge) {
    var next = 0, max = challenge.maxnumber;
    return new Promise(function (resolve, reject) {
      function batch() {
        var first = next, hashes = [];
        for (; next <= max && next < first + batchSize; next++) { hashes.push(digestHex(challenge.salt + next)); }
        Promise.all(hashes).then(function (results) {
          var found = results.indexOf(challenge.challenge);
          if (found >= 0) { resolve(first + found); return; }
          if (next > max) { reject(new Error("no solution")); return; }
          setTimeout(batch, 0);
        }, reject);
      }
      batch();
    });
  }

  function expiryOf(salt) {
    var match = /[?&]expires=(\d+)/.exec(salt);
    return match ? parseInt(match[1], 10) * 1000 : 0;
  }

  function guard(form) {
    if (form.getAttribute("data-captcha-ready")) { return; }
    form.setAttribute("data-captcha-ready", "1");
    var input = form.querySelector('input[name="captcha"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = "captcha";
      form.appendChild(input);
    }
    var status = form.querySelector("[data-captcha-status]");
    if (!status) {
      status = document.createElement("p");
      status.setAttribute("aria-live", "polite");
      form.appendChild(status);
    }
    var expiresAt = 0, working = null, submitWhenSolved = false, submitter = null, refreshTimer = 0;

    function say(key) { status.textContent = status.getAttribute("data-" + key) || ""; }

    function fresh() { return input.value !== "" && Date.now() < expiresAt - submitMarginMs; }

    function submitNow() {
      submitWhenSolved = false;
      if (form.requestSubmit) {
        if (submitter && submitter.form === form) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
      } else {
        form.submit();
      }
    }

    // quiet: renew in the background without announcing anything while the reader is typing.
    function start(quiet) {
      if (working) { return working; }
      if (!quiet) { say("solving"); }
      working = fetch(endpoint, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("challenge " + response.status); }
          return response.json();
        })
        .then(function (challenge) {
          return solve(challenge).then(function (number) {
            input.value = btoa(JSON.stringify({
              algorithm: challenge.algorithm, challenge: challenge.challenge, number: number,
              salt: challenge.salt, signature: challenge.signature
            }));
            expiresAt = expiryOf(challenge.salt);
            clearTimeout(refreshTimer);
            refreshTimer = setTimeout(function () { start(true); }, Math.max(expiresAt - Date.now() - refreshMarginMs, 1000));
            working = null;
            if (!quiet || submitWhenSolved) { say("solved"); }
            if (submitWhenSolved) { submitNow(); }
          });
        })
        .catch(function () {
          working = null;
          // A failed background renewal stays silent; the reader hears about it only when submitting.
          if (!quiet || submitWhenSolved) { submitWhenSolved = false; say("failed"); }
        });
      return working;
    }

    // The submit button stays enabled; pressing it early waits for the solution and then submits.
    form.addEventListener("submit", function (event) {
      if (fresh()) { return; }
      event.preventDefault();
      submitWhenSolved = true;
      submitter = event.submitter || null;
      if (!working) { input.value = ""; }
      say("waiting");
      start(false);
    });
    // Start when the reader turns to the form, not on page load, so people who only read spend nothing.
    form.addEventListener("focusin", function () { if (!fresh()) { start(false); } });
    // Back/forward cache restores the spent answer with the page: replace it.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) { input.value = ""; expiresAt = 0; start(true); }
    });
  }

  function init() {
    var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-captcha="pow"]'));
    Array.prototype.forEach.call(document.querySelectorAll('input[data-captcha-provider="pow"]'), function (input) {
      if (input.form && forms.indexOf(input.form) < 0) { forms.push(input.form); }
    });
    forms.forEach(guard);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
