package com.cadhire.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The developers' mailbox: the stored e-mails, newest first, as an HTML page. Every value
 * is escaped.
 */
@Component
public class DevMailbox {

	private static final int LIMIT = 200;

	private final EmailOutbox outbox;

	DevMailbox(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * @param to only the e-mails to this address, or {@code null} for all
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public String page(@Nullable String to) {
		List<EmailOutbox.StoredEmail> emails = this.outbox.newest((to != null && !to.isBlank()) ? to.strip() : null,
				LIMIT);
		StringBuilder html = new StringBuilder(
				"""
						<!DOCTYPE html>
						<html lang="en"><head><meta charset="utf-8"><title>CadHire mailbox</title>
						<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;padding:1em;margin:1em 0}
						pre{white-space:pre-wrap}small{color:#555}</style></head><body>
						<h1>Mailbox</h1><p>E-mails CadHire stored, newest first (development only; <code>?to=address</code> shows one recipient's).</p>
						""");
		if (emails.isEmpty()) {
			html.append("<p>No e-mails yet.</p>");
		}
		for (EmailOutbox.StoredEmail email : emails) {
			html.append("<article><h2>")
				.append(escape(email.subject()))
				.append("</h2><small>To ")
				.append(escape(email.to()))
				.append(" · ")
				.append(escape(email.kind()))
				.append(" · ")
				.append(escape(email.status()))
				.append(" · ")
				.append(escape(email.createdAt().toString()))
				.append("</small><pre>")
				.append(escape(email.body()))
				.append("</pre></article>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
