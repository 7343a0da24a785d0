// /admin/search: while this node rebuilds its index, follow the progress (numbers only; the page's own words stay),
// and reload once the rebuild has finished so the final status is shown in the reader's language.
(function () {
  var section = document.getElementById('index-status');
  var bar = document.getElementById('rebuild-bar');
  if (!section || !bar) return;
  var count = document.getElementById('rebuild-count');
  var documents = document.getElementById('index-documents');
  var wasRunning = bar.value < 100;
  function poll() {
    fetch(section.getAttribute('data-status-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (status) {
        if (!status || !status.rebuild) return;
        var p = status.rebuild;
        bar.value = p.percent;
        bar.textContent = p.percent + '%';
        if (count) count.textContent = count.textContent.replace(/\d+\D+\d+/, p.done + ' / ' + p.total);
        if (documents) documents.textContent = status.documents;
        if (p.running) { wasRunning = true; setTimeout(poll, 1000); }
        else if (wasRunning) { window.location.reload(); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (wasRunning) setTimeout(poll, 500);
})();
