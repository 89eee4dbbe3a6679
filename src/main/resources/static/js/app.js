// CadHire: small progressive enhancements. Everything works without this file.
(function () {
	'use strict';

	function meta(name) {
		var el = document.querySelector('meta[name="' + name + '"]');
		return el ? el.getAttribute('content') : null;
	}

	// htmx requests carry the CSRF token the server put in the page.
	document.addEventListener('htmx:configRequest', function (event) {
		var token = meta('_csrf');
		var header = meta('_csrf_header');
		if (token && header) {
			event.detail.headers[header] = token;
		}
	});

	// Times: <time datetime="ISO" data-relative> shows "5 min ago" for recent ones and the
	// date and time in the viewer's zone otherwise; the server's text (UTC) is the fallback.
	var relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }) : null;
	var absolute = window.Intl ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null;

	function formatTime(el) {
		var date = new Date(el.getAttribute('datetime'));
		if (isNaN(date.getTime()) || !absolute) {
			return;
		}
		var seconds = Math.round((date.getTime() - Date.now()) / 1000);
		var abs = Math.abs(seconds);
		el.title = absolute.format(date);
		if (relative && el.hasAttribute('data-relative') && abs < 7 * 86400) {
			if (abs < 45) {
				el.textContent = seconds <= 0 ? 'just now' : 'in a moment';
			} else if (abs < 3600) {
				el.textContent = relative.format(Math.round(seconds / 60), 'minute');
			} else if (abs < 86400) {
				el.textContent = relative.format(Math.round(seconds / 3600), 'hour');
			} else {
				el.textContent = relative.format(Math.round(seconds / 86400), 'day');
			}
		} else {
			el.textContent = absolute.format(date);
		}
	}

	function formatTimes(root) {
		if (!root || !root.querySelectorAll) {
			return;
		}
		if (root.matches && root.matches('time[datetime]')) {
			formatTime(root);
		}
		root.querySelectorAll('time[datetime]').forEach(formatTime);
	}

	// Chat: keep the newest message in view when the user is near the bottom.
	function chatScroller() {
		return document.querySelector('[data-chat-scroll]');
	}

	function nearBottom(el) {
		return el.scrollHeight - el.scrollTop - el.clientHeight < 120;
	}

	var stickToBottom = true;

	function scrollChat(force) {
		var el = chatScroller();
		if (el && (force || stickToBottom)) {
			el.scrollTop = el.scrollHeight;
		}
	}

	document.addEventListener('htmx:beforeSwap', function () {
		var el = chatScroller();
		stickToBottom = el ? nearBottom(el) : true;
	});

	document.addEventListener('htmx:afterSwap', function (event) {
		formatTimes(event.target);
		if (event.target.closest && event.target.closest('[data-chat-scroll]')) {
			scrollChat(false);
		}
	});

	document.addEventListener('htmx:load', function (event) {
		formatTimes(event.target);
		if (event.target.id === 'chat-form') {
			var text = event.target.querySelector('textarea');
			if (text) {
				text.focus();
				text.setSelectionRange(text.value.length, text.value.length);
			}
			scrollChat(true);
		}
	});

	// Enter sends, Shift+Enter starts a new line.
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && target.matches
				&& target.matches('textarea[data-enter-sends]')) {
			event.preventDefault();
			if (target.value.trim() === '') {
				return;
			}
			if (target.form.requestSubmit) {
				target.form.requestSubmit();
			} else {
				target.form.submit();
			}
		}
	});

	// Live updates: one server-sent event stream per page that shows live data. Any change that
	// concerns the user triggers "live-update", which the live parts of the page listen to.

	function openStream() {
		if (!window.EventSource || !window.htmx || !document.querySelector('[hx-trigger*="live-update"]')) {
			return;
		}
		var source = new EventSource('/api/v1/events');
		var pending = null;
		function update() {
			if (!pending) {
				pending = setTimeout(function () {
					pending = null;
					htmx.trigger(document.body, 'live-update');
				}, 100);
			}
		}
		source.onmessage = update;
		['message.created', 'message.updated', 'conversation.read', 'unread.changed', 'invite.received',
			'invite.answered', 'application.replied', 'terms.proposed', 'offer.sent', 'offer.changed',
			'offer.accepted', 'offer.expired', 'contract.started', 'buyout.requested', 'buyout.confirmed',
			'resync'].forEach(function (name) {
			source.addEventListener(name, update);
		});
		source.addEventListener('typing', function (event) {
			var data = JSON.parse(event.data);
			var el = document.querySelector('[data-typing-for="' + data.conversationId + '"]');
			if (el) {
				el.textContent = data.displayName + ' is typing…';
				clearTimeout(el.typingTimer);
				el.typingTimer = setTimeout(function () { el.textContent = ''; }, 4000);
			}
		});
	}

	// Tell the other participant that we are typing, at most every 3 s.
	var lastTyping = 0;
	document.addEventListener('input', function (event) {
		var url = event.target.getAttribute && event.target.getAttribute('data-typing-url');
		if (!url || Date.now() - lastTyping < 3000) {
			return;
		}
		lastTyping = Date.now();
		var headers = {};
		if (meta('_csrf_header')) {
			headers[meta('_csrf_header')] = meta('_csrf');
		}
		fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin' }).catch(function () {});
	});

	document.addEventListener('DOMContentLoaded', function () {
		openStream();
		formatTimes(document);
		scrollChat(true);
		setInterval(function () { formatTimes(document); }, 60000);
	});
})();
