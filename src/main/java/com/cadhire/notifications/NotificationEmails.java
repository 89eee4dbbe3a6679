package com.cadhire.notifications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail of a notification: the sentence as subject; a plain-text and an HTML part
 * that name the other party and the job, give the detail, say what to do next, link to
 * the page (absolute, from {@link NotificationProperties#baseUrl()}) and tell when it
 * happened. Accounts hold no time zone, so times are in UTC with the zone named. Every
 * value in the HTML part is escaped.
 */
@Component
class NotificationEmails {

	private static final DateTimeFormatter TIME = DateTimeFormatter
		.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final NotificationProperties properties;

	NotificationEmails(MessageSource messages, NotificationProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * @param notification what to tell
	 * @return its e-mail
	 */
	Email compose(Notification notification) {
		String url = url(notification.link());
		String hint = this.messages.getMessage("notification.hint." + notification.kind().name(), null, "",
				Locale.ENGLISH);
		String action = this.messages.getMessage("notification.email.open", null, Locale.ENGLISH);
		String when = time(notification.createdAt());
		StringBuilder text = new StringBuilder(notification.text()).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:sans-serif;"
				+ "line-height:1.5;color:#1f2933\"><p style=\"font-size:1.1em\"><strong>")
			.append(escape(notification.text()))
			.append("</strong></p>");
		if (notification.jobTitle() != null) {
			String job = this.messages.getMessage("notification.email.job", null, Locale.ENGLISH);
			text.append(job).append(": ").append(notification.jobTitle()).append('\n');
			html.append("<p>").append(escape(job)).append(": ").append(escape(notification.jobTitle())).append("</p>");
		}
		if (notification.actorName() != null) {
			String who = this.messages.getMessage("notification.email.who", null, Locale.ENGLISH);
			text.append(who).append(": ").append(notification.actorName()).append('\n');
			html.append("<p>").append(escape(who)).append(": ").append(escape(notification.actorName())).append("</p>");
		}
		String at = this.messages.getMessage("notification.email.when", null, Locale.ENGLISH);
		text.append(at).append(": ").append(when).append("\n\n");
		html.append("<p>").append(escape(at)).append(": ").append(escape(when)).append("</p>");
		if (notification.detail() != null) {
			text.append(notification.detail()).append("\n\n");
			html.append("<blockquote style=\"border-left:3px solid #ccd;margin:0;padding-left:1em\">")
				.append(escape(notification.detail()))
				.append("</blockquote>");
		}
		if (!hint.isEmpty()) {
			text.append(hint).append("\n\n");
			html.append("<p>").append(escape(hint)).append("</p>");
		}
		text.append(action).append(": ").append(url).append('\n');
		html.append("<p><a href=\"")
			.append(escape(url))
			.append("\" style=\"display:inline-block;padding:.6em 1.2em;background:#2450b2;color:#fff;"
					+ "text-decoration:none;border-radius:6px\">")
			.append(escape(action))
			.append("</a></p><p style=\"color:#667;font-size:.9em\">")
			.append(escape(url))
			.append("</p>");
		return new Email(notification.text(), text.toString(), html.toString());
	}

	/**
	 * @return the footer under every e-mail, as plain text and as HTML (closing the body)
	 */
	Footer footer() {
		String settings = url("/settings/notifications");
		String line = this.messages.getMessage("notification.email.footer", null, Locale.ENGLISH);
		return new Footer("\n--\n" + line + " " + settings,
				"<hr style=\"border:0;border-top:1px solid #dde\"><p style=\"color:#667;font-size:.85em\">"
						+ escape(line) + " <a href=\"" + escape(settings) + "\">" + escape(settings)
						+ "</a></p></body></html>");
	}

	/**
	 * @param instant a time
	 * @return it as people read it in e-mails, e.g. "Tue 8 Dec 2026, 10:51 UTC"
	 */
	String time(Instant instant) {
		return TIME.format(instant);
	}

	String url(String path) {
		String base = this.properties.baseUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	/**
	 * @return an amount as people read it, e.g. "$15,600.00"
	 */
	static String money(BigDecimal amount, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		try {
			format.setCurrency(Currency.getInstance(currency));
		}
		catch (IllegalArgumentException ex) {
			return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
		}
		return format.format(amount);
	}

	private static String escape(@Nullable String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

	/**
	 * @param subject the subject line
	 * @param text the plain-text part
	 * @param html the HTML part (a body without its closing tags; see {@link #footer()})
	 */
	record Email(String subject, String text, String html) {
	}

	record Footer(String text, String html) {
	}

}
