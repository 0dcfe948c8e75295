// Keeps the staff dashboard live from /api/dashboard/stream. The page is complete without it; this only
// replaces numbers and lists with the newest ones. Text goes in with textContent, never as HTML.
(function () {
  if (!window.EventSource) { return; }
  var pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  var count = new Intl.NumberFormat('en-GB');
  var dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  var timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/London' });

  function set(name, text) {
    document.querySelectorAll('[data-live="' + name + '"]').forEach(function (el) { el.textContent = text; });
  }
  function label(constant) {
    var words = String(constant || '').replace(/[_-]/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  function day(key) {
    if (key === 'before') { return 'Before'; }
    if (key === 'after') { return 'After'; }
    return dayFormat.format(new Date(key + 'T00:00:00Z'));
  }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }
  function replace(id, nodes) {
    var list = document.getElementById(id);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    nodes.forEach(function (node) { list.appendChild(node); });
  }
  function share(value, largest) {
    return value <= 0 || largest <= 0 ? 0 : Math.max(2, Math.floor(value * 100 / largest));
  }

  function show(t) {
    set('raised', pounds.format(t.donations.raisedPence / 100));
    set('uplift', pounds.format(t.donations.giftAidUpliftPence / 100));
    set('donations', count.format(t.donations.count));
    set('supporters', count.format(t.donations.supporters));
    set('refunded', pounds.format(t.donations.refundedPence / 100));
    set('percent', t.progress.percent + '%');
    set('target', pounds.format(t.progress.targetPence / 100));
    document.getElementById('progress-fill').style.width = Math.min(100, t.progress.percent) + '%';
    document.querySelector('[role=progressbar]').setAttribute('aria-valuenow', t.progress.percent);
    set('moderationPending', t.moderationPending);
    set('pledges', count.format(t.pledges.total));
    set('pledgesWithdrawn', count.format(t.pledges.withdrawn));
    set('tipReads', count.format(t.tips.reads));
    set('eventsApproved', count.format(t.localEvents.approved));
    set('signUpsConfirmed', count.format(t.signUps.confirmed));
    set('signUpsWaitlisted', count.format(t.signUps.waitlisted));
    set('signUpsCancelled', count.format(t.signUps.cancelled));
    set('lastEventAt', t.freshness.lastEventAt ? timeFormat.format(new Date(t.freshness.lastEventAt)) : 'none yet');
    set('lag', t.freshness.consumerLag >= 0 ? t.freshness.consumerLag : 'unknown');

    var largestDay = Math.max.apply(null, t.byDay.map(function (d) { return d.pence; }).concat([0]));
    replace('days', t.byDay.map(function (d) {
      var li = el('li');
      var column = el('span', undefined, 'column');
      var fill = el('span', undefined, 'fill');
      fill.style.height = share(d.pence, largestDay) + '%';
      column.appendChild(fill);
      li.appendChild(column);
      li.appendChild(el('span', pounds.format(d.pence / 100), 'amount'));
      li.appendChild(el('span', day(d.key), 'label'));
      return li;
    }));
    var rows = t.byRegion.map(function (r) {
      var tr = el('tr');
      var th = el('th', label(r.key));
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el('td', pounds.format(r.pence / 100)));
      tr.appendChild(el('td', count.format(r.donations)));
      return tr;
    });
    var body = document.querySelector('#regions tbody');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    rows.forEach(function (row) { body.appendChild(row); });
    replace('messages', t.messages.length ? t.messages.map(function (m) {
      var li = el('li');
      li.appendChild(el('q', m.text));
      li.appendChild(el('span', (m.displayName || 'Anonymous') + ', ' + label(m.region), 'who'));
      return li;
    }) : [el('li', 'No approved messages yet.')]);
    replace('pledges', Object.keys(t.pledges.byCatalogueKey).map(function (key) {
      return el('li', label(key) + ': ' + count.format(t.pledges.byCatalogueKey[key]));
    }));
    replace('tips', t.tips.top.map(function (tip) { return el('li', tip.title + ': ' + count.format(tip.reads)); }));
    replace('categories', Object.keys(t.localEvents.byCategory).map(function (key) {
      return el('li', label(key) + ': ' + t.localEvents.byCategory[key]);
    }));
  }

  var source = new EventSource('/api/dashboard/stream');
  source.addEventListener('totals', function (event) {
    show(JSON.parse(event.data));
    set('connection', 'Live: updates as they happen.');
  });
  source.onerror = function () { set('connection', 'Reconnecting…'); };
})();
