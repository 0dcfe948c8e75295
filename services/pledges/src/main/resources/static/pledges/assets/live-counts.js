// Keeps the counts on the confirmation page moving. The page is complete without it.
(function () {
	var list = document.getElementById('live-counts');
	if (!list || !window.fetch) { return; }
	function refresh() {
		fetch('/api/pledges/counts', { headers: { Accept: 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : []; })
			.then(function (counts) {
				counts.forEach(function (item) {
					var row = list.querySelector('[data-key="' + item.catalogueKey + '"] .count');
					if (row && row.textContent !== String(item.count)) { row.textContent = item.count; }
				});
			})
			.catch(function () { /* try again next time */ });
	}
	setInterval(refresh, 15000);
}());
