// Keeps the public totaliser live from its server-sent stream. The page is right without it.
(function () {
  if (!window.EventSource) { return; }
  var pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  function set(name, text) {
    document.querySelectorAll('[data-live="' + name + '"]').forEach(function (el) { el.textContent = text; });
  }
  new EventSource('/totaliser/stream').addEventListener('totals', function (event) {
    var p = JSON.parse(event.data);
    set('raised', pounds.format(p.raisedPence / 100));
    set('target', pounds.format(p.targetPence / 100));
    set('percent', p.percent + '%');
    document.getElementById('progress-fill').style.width = Math.min(100, p.percent) + '%';
    document.querySelector('[role=progressbar]').setAttribute('aria-valuenow', p.percent);
  });
})();
