// The main menu at phone width: a button opens and closes it (without JavaScript the
// menu simply stays open, wrapped). Tab strips scroll their active tab into view.
(function () {
	document.addEventListener('DOMContentLoaded', function () {
		var button = document.getElementById('menu-toggle');
		var nav = document.getElementById('mainnav');
		if (button && nav) {
			document.documentElement.classList.add('has-menu-button');
			button.hidden = false;
			button.addEventListener('click', function () {
				var open = button.getAttribute('aria-expanded') !== 'true';
				button.setAttribute('aria-expanded', String(open));
				nav.classList.toggle('open', open);
			});
			document.addEventListener('keydown', function (event) {
				if (event.key === 'Escape' && nav.classList.contains('open')) {
					button.setAttribute('aria-expanded', 'false');
					nav.classList.remove('open');
					button.focus();
				}
			});
		}
		document.querySelectorAll('.tabs [aria-current="page"], .tabs [aria-selected="true"], .tabs .active').forEach(function (tab) {
			if (tab.scrollIntoView) {
				tab.scrollIntoView({ block: 'nearest', inline: 'center' });
			}
		});
	});
})();
