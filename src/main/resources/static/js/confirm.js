// Confirmations: a link with data-dialog="ID" opens the <dialog id="ID"> next to it, which
// states the consequence and holds the form that acts. Without JavaScript (or without
// <dialog>), the link opens the same question as a page of its own.
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var trigger = event.target.closest ? event.target.closest('[data-dialog]') : null;
		if (trigger) {
			var dialog = document.getElementById(trigger.getAttribute('data-dialog'));
			if (dialog && typeof dialog.showModal === 'function') {
				event.preventDefault();
				dialog.showModal();
				var act = dialog.querySelector('button[type="submit"]');
				if (act) {
					act.focus();
				}
			}
			return;
		}
		var close = event.target.closest ? event.target.closest('dialog [data-dialog-close]') : null;
		if (close) {
			event.preventDefault();
			close.closest('dialog').close();
		}
	});

	// a click on the backdrop closes the dialog
	document.addEventListener('click', function (event) {
		if (event.target.tagName === 'DIALOG' && event.target.open) {
			var box = event.target.getBoundingClientRect();
			var inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top
				&& event.clientY <= box.bottom;
			if (!inside) {
				event.target.close();
			}
		}
	});
})();
