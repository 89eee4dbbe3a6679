// CadHire: small progressive enhancements. Everything works without this file.
(function () {
	'use strict';

	document.documentElement.classList.add('js');

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

	// Times: every <time> of a page shows relative words ("5 minutes ago", "in 3 days") with
	// the absolute time on hover, written by the server in the viewer's zone. The script tells
	// the server that zone (the tz cookie) and keeps the words of the times current.
	var relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat('en', { numeric: 'auto' }) : null;
	var zone = window.Intl ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
	var knownZone = /(?:^|; )tz=([^;]*)/.exec(document.cookie);
	if (zone && (!knownZone || decodeURIComponent(knownZone[1]) !== zone)) {
		document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
	}
	var absolute = window.Intl && zone && !knownZone ? new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric',
		month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }) : null;

	function formatTime(el) {
		if (!el.hasAttribute('data-relative')) {
			return;
		}
		var date = new Date(el.getAttribute('datetime'));
		if (isNaN(date.getTime()) || !relative) {
			return;
		}
		if (absolute) {
			// the server did not know the zone yet
			el.title = absolute.format(date);
		}
		var seconds = Math.round((date.getTime() - Date.now()) / 1000);
		var abs = Math.abs(seconds);
		var sign = seconds < 0 ? -1 : 1;
		if (abs < 45) {
			el.textContent = seconds <= 0 ? 'just now' : 'in a moment';
		} else if (abs < 3600) {
			el.textContent = relative.format(sign * Math.max(1, Math.round(abs / 60)), 'minute');
		} else if (abs < 86400) {
			el.textContent = relative.format(sign * Math.max(1, Math.round(abs / 3600)), 'hour');
		} else if (abs < 45 * 86400) {
			el.textContent = relative.format(sign * Math.round(abs / 86400), 'day');
		} else if (abs < 365 * 86400) {
			el.textContent = relative.format(sign * Math.max(1, Math.round(abs / (30.4 * 86400))), 'month');
		} else {
			el.textContent = relative.format(sign * Math.max(1, Math.round(abs / (365.25 * 86400))), 'year');
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
			updateChatForm(event.target);
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
			if (target.value.trim() === '' && !target.form.querySelector('input[name="attachmentIds"]')) {
				return;
			}
			if (target.form.querySelector('.upload.uploading')) {
				return;
			}
			if (target.form.requestSubmit) {
				target.form.requestSubmit();
			} else {
				target.form.submit();
			}
		}
	});

	// Chat attachments: picked or dropped files upload at once with a progress bar; each
	// uploaded file becomes a hidden attachmentIds input of the form, sent with the message.
	function formatSize(size) {
		if (size < 1024) {
			return size + ' B';
		}
		if (size < 1024 * 1024) {
			return (size / 1024).toFixed(1) + ' KB';
		}
		return (size / (1024 * 1024)).toFixed(1) + ' MB';
	}

	function updateChatForm(form) {
		var busy = !!form.querySelector('.upload.uploading');
		var attached = !!form.querySelector('input[name="attachmentIds"]');
		form.querySelectorAll('button[type="submit"]').forEach(function (button) {
			button.disabled = busy;
		});
		var text = form.querySelector('textarea[name="body"]');
		if (text) {
			text.required = !attached;
		}
	}

	function uploadFile(form, input, file, handling) {
		var list = form.querySelector('[data-uploads]');
		var item = document.createElement('li');
		item.className = 'upload uploading';
		var name = document.createElement('span');
		name.className = 'upload-name';
		name.textContent = file.name;
		var size = document.createElement('span');
		size.className = 'muted small';
		size.textContent = formatSize(file.size);
		var progress = document.createElement('progress');
		progress.max = 100;
		progress.value = 0;
		item.append(name, ' ', size, ' ', progress);
		list.appendChild(item);
		updateChatForm(form);

		function finish(errorText, findings) {
			item.classList.remove('uploading');
			progress.remove();
			var remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'link-button';
			remove.textContent = 'Remove';
			remove.addEventListener('click', function () {
				item.remove();
				updateChatForm(form);
			});
			if (errorText) {
				item.classList.add('failed');
				var error = document.createElement('span');
				error.setAttribute('role', 'alert');
				error.textContent = errorText;
				item.append(' ', error);
				// contact details in the file: each finding with where it is, and the
				// choice to have a moderator review the file instead
				if (findings && findings.length) {
					var where = document.createElement('ul');
					where.className = 'small file-findings';
					findings.forEach(function (f) {
						var li = document.createElement('li');
						li.textContent = f.reason + ' — ' + f.fileName + ', ' + f.location + ': "' + f.text + '"';
						where.appendChild(li);
					});
					item.append(where);
					var hold = document.createElement('button');
					hold.type = 'button';
					hold.className = 'link-button';
					hold.textContent = input.getAttribute('data-hold-label') || 'Send for review';
					hold.addEventListener('click', function () {
						item.remove();
						uploadFile(form, input, file, 'HOLD');
					});
					item.append(' ', hold);
				}
			}
			item.append(' ', remove);
			updateChatForm(form);
		}

		var data = new FormData();
		data.append('file', file);
		if (handling) {
			data.append('contactHandling', handling);
		}
		var xhr = new XMLHttpRequest();
		xhr.open('POST', input.getAttribute('data-upload-url'));
		xhr.setRequestHeader('Accept', 'application/json');
		if (meta('_csrf_header')) {
			xhr.setRequestHeader(meta('_csrf_header'), meta('_csrf'));
		}
		xhr.upload.addEventListener('progress', function (event) {
			if (event.lengthComputable) {
				progress.value = Math.round(event.loaded * 100 / event.total);
			}
		});
		xhr.addEventListener('load', function () {
			var body = null;
			try {
				body = JSON.parse(xhr.responseText);
			} catch (e) {
				body = null;
			}
			if (xhr.status === 201 && body && body.id) {
				var hidden = document.createElement('input');
				hidden.type = 'hidden';
				hidden.name = 'attachmentIds';
				hidden.value = body.id;
				item.appendChild(hidden);
				item.classList.add('done');
				if (body.held) {
					var held = document.createElement('span');
					held.className = 'muted small';
					held.textContent = input.getAttribute('data-held-label') || 'held for review';
					item.append(' ', held);
				}
				finish(null);
			} else {
				var inFile = (body && body.findings) ? body.findings.filter(function (f) { return f.location; }) : [];
				finish((body && body.detail) ? body.detail : 'Upload failed (' + xhr.status + ').', inFile);
			}
		});
		xhr.addEventListener('error', function () {
			finish('Upload failed.');
		});
		xhr.send(data);
	}

	function uploadFiles(form, files) {
		var input = form.querySelector('input[type="file"][data-upload-url]');
		if (!input) {
			return;
		}
		Array.prototype.forEach.call(files, function (file) {
			uploadFile(form, input, file);
		});
		// The files went up already; the form sends only their ids.
		input.value = '';
	}

	document.addEventListener('change', function (event) {
		var input = event.target;
		if (input.matches && input.matches('input[type="file"][data-upload-url]') && input.files.length) {
			uploadFiles(input.form, input.files);
		}
	});

	function chatFormOf(event) {
		return event.target.closest ? event.target.closest('form.chat-form') : null;
	}

	['dragenter', 'dragover'].forEach(function (name) {
		document.addEventListener(name, function (event) {
			var form = chatFormOf(event);
			if (form && event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
				event.preventDefault();
				form.classList.add('dragging');
			}
		});
	});

	document.addEventListener('dragleave', function (event) {
		var form = chatFormOf(event);
		if (form && !form.contains(event.relatedTarget)) {
			form.classList.remove('dragging');
		}
	});

	document.addEventListener('drop', function (event) {
		var form = chatFormOf(event);
		if (form && event.dataTransfer && event.dataTransfer.files.length) {
			event.preventDefault();
			form.classList.remove('dragging');
			uploadFiles(form, event.dataTransfer.files);
		}
	});

	// Live updates: one server-sent event stream per page that shows live data. Any change that
	// concerns the user triggers "live-update", which the live parts of the page listen to: each
	// asks the server for its own fragment, rendered by the same template as the full page.
	var LIVE_EVENTS = ['message.created', 'message.updated', 'conversation.read', 'unread.changed',
		'invite.received', 'invite.answered', 'invite.withdrawn', 'invite.expired', 'application.submitted',
		'application.replied', 'application.withdrawn', 'application.declined', 'terms.proposed', 'offer.sent',
		'offer.changed', 'offer.accepted', 'offer.expired', 'contract.started', 'contract.ended',
		'buyout.requested', 'buyout.confirmed', 'resync'];

	var pendingUpdate = null;

	function liveUpdate() {
		if (!pendingUpdate && window.htmx) {
			pendingUpdate = setTimeout(function () {
				pendingUpdate = null;
				htmx.trigger(document.body, 'live-update');
			}, 100);
		}
	}

	function openStream() {
		if (!window.EventSource || !window.htmx || !document.querySelector('[hx-trigger*="live-update"], [data-notification-bell]')) {
			return;
		}
		var source = null;
		var broken = false;
		var lastId = null;
		var html = document.documentElement;

		function seen(event) {
			if (event.lastEventId) {
				lastId = event.lastEventId;
			}
		}

		function onEvent(event) {
			seen(event);
			liveUpdate();
		}

		// A new stream resumes after the last event this page saw: the server sends what was
		// missed, or "resync" when it no longer has it. Either way the panels reload.
		function connect() {
			source = new EventSource('/api/v1/events' + (lastId ? '?lastEventId=' + encodeURIComponent(lastId) : ''));
			source.onmessage = onEvent;
			LIVE_EVENTS.forEach(function (name) {
				source.addEventListener(name, onEvent);
			});
			// (data-live on <html> tells whether the stream is connected: "open" or "broken")
			source.onerror = function () {
				broken = true;
				html.setAttribute('data-live', 'broken');
				if (source.readyState === EventSource.CLOSED) {
					// the browser gave up (e.g. the server answered with an error): try again later
					setTimeout(reconnect, 15000);
				}
			};
			source.onopen = function () {
				if (broken) {
					broken = false;
					html.setAttribute('data-live', 'open');
					liveUpdate();
				}
			};
			// "ready" says from which event on the stream reports changes; what changed between
			// rendering the page and that moment reaches the page by one refresh of its panels.
			source.addEventListener('ready', function (event) {
				seen(event);
				html.setAttribute('data-live', 'open');
				liveUpdate();
			});
			source.addEventListener('resync', function (event) {
				seen(event);
				html.setAttribute('data-live', 'open');
			});
			source.addEventListener('typing', showTyping);
			// The bell: its unread count travels with each notification event.
			['notification.created', 'notification.read'].forEach(function (name) {
				source.addEventListener(name, function (event) {
					seen(event);
					var unread = JSON.parse(event.data).unread;
					document.querySelectorAll('[data-unread-notifications]').forEach(function (el) {
						el.textContent = unread >= 100 ? '99+' : String(unread);
						el.hidden = unread === 0;
					});
					liveUpdate();
				});
			});
		}

		function reconnect() {
			if (source) {
				source.close();
			}
			broken = true;
			connect();
		}

		connect();
		// a connection that was up while the device went offline or to sleep may be dead
		// without an error: start a new one as soon as the network is back
		window.addEventListener('offline', function () {
			broken = true;
			html.setAttribute('data-live', 'broken');
			source.close();
		});
		window.addEventListener('online', reconnect);
		document.addEventListener('visibilitychange', function () {
			if (document.visibilityState === 'visible') {
				liveUpdate();
			}
		});
	}

	function showTyping(event) {
		var data = JSON.parse(event.data);
		var el = document.querySelector('[data-typing-for="' + data.conversationId + '"]');
		if (el) {
			el.textContent = data.displayName + ' is typing…';
			clearTimeout(el.typingTimer);
			el.typingTimer = setTimeout(function () { el.textContent = ''; }, 4000);
		}
	}

	// A live panel (data-live-state) is swapped only when its state changed. If the user is
	// typing in one of its forms (data-keep-drafts), the draft stays: the panel shows the
	// server's notice of what changed (e.g. "The terms changed: version 3 is current") instead.
	document.addEventListener('input', function (event) {
		var form = event.target.form;
		if (form && form.closest('[data-keep-drafts]')) {
			form.setAttribute('data-dirty', 'true');
		}
	});

	document.addEventListener('htmx:beforeSwap', function (event) {
		var elt = event.detail.elt;
		if (!elt || !elt.hasAttribute || !elt.hasAttribute('data-live-state') || !event.detail.xhr
				|| event.detail.xhr.status !== 200) {
			return;
		}
		var fresh = new DOMParser().parseFromString(event.detail.xhr.responseText, 'text/html')
			.querySelector('[data-live-state]');
		if (!fresh) {
			return;
		}
		if (fresh.getAttribute('data-live-state') === elt.getAttribute('data-live-state')) {
			event.detail.shouldSwap = false;
			return;
		}
		if (elt.hasAttribute('data-keep-drafts') && elt.querySelector('form[data-dirty]')) {
			event.detail.shouldSwap = false;
			var notice = elt.querySelector('[data-stale-notice]');
			var text = fresh.querySelector('[data-stale-text]');
			if (notice && text) {
				notice.querySelector('[data-stale-text]').textContent = text.textContent;
				notice.hidden = false;
			}
		}
	});

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
