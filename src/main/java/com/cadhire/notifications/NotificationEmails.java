package com.cadhire.notifications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cadhire.chat.ChatMessage;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail of a notification: the sentence as subject; a plain-text and an HTML part
 * that name the other party and the job, give the detail, say what to do next, link to
 * the page (absolute, from {@link NotificationProperties#baseUrl()}) and tell when it
 * happened, in the recipient's time zone (see {@link NotificationSettings#timeZone}) with
 * the zone named. Every value in the HTML part is escaped.
 */
@Component
class NotificationEmails {

	private static final int PREVIEW = 500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	private final MessageSource messages;

	private final NotificationProperties properties;

	NotificationEmails(MessageSource messages, NotificationProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * @param notification what to tell
	 * @param zone the recipient's time zone
	 * @return its e-mail
	 */
	Email compose(Notification notification, ZoneId zone) {
		String url = url(notification.link());
		String hint = this.messages.getMessage("notification.hint." + notification.kind().name(), null, "",
				Locale.ENGLISH);
		String action = this.messages.getMessage("notification.email.open", null, Locale.ENGLISH);
		String when = time(notification.createdAt(), zone);
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
		String actor = (notification.actorName() != null) ? notification.actorName()
				: this.messages.getMessage("notification.email.platform", null, Locale.ENGLISH);
		String who = this.messages.getMessage("notification.email.who", null, Locale.ENGLISH);
		text.append(who).append(": ").append(actor).append('\n');
		html.append("<p>").append(escape(who)).append(": ").append(escape(actor)).append("</p>");
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
	 * The e-mail about messages still unread in a conversation: who wrote, when (in the
	 * recipient's zone) and (the start of) each text, with a link to the chat.
	 * @param title the conversation's title, the job's
	 * @param link the page path of the chat
	 * @param messages the unread messages, oldest first
	 * @param zone the recipient's time zone
	 * @param immediate whether it is sent for each message as it arrives
	 * @return its e-mail
	 */
	Email unread(String title, String link, List<ChatMessage> messages, ZoneId zone, boolean immediate) {
		Set<String> senders = new LinkedHashSet<>();
		messages.forEach((message) -> senders.add((message.senderName() != null) ? message.senderName() : ""));
		String from = String.join(", ", senders);
		String subject = (messages.size() == 1)
				? this.messages.getMessage(immediate ? "notification.email.newMessage" : "notification.email.unreadOne",
						new Object[] { from, title }, Locale.ENGLISH)
				: this.messages.getMessage("notification.email.unreadMany", new Object[] { messages.size(), title },
						Locale.ENGLISH);
		String url = url(link);
		String job = this.messages.getMessage("notification.email.job", null, Locale.ENGLISH);
		String who = this.messages.getMessage("notification.email.who", null, Locale.ENGLISH);
		String action = this.messages.getMessage("notification.email.openChat", null, Locale.ENGLISH);
		StringBuilder text = new StringBuilder(subject).append("\n\n")
			.append(job)
			.append(": ")
			.append(title)
			.append('\n')
			.append(who)
			.append(": ")
			.append(from)
			.append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:sans-serif;"
				+ "line-height:1.5;color:#1f2933\"><p style=\"font-size:1.1em\"><strong>")
			.append(escape(subject))
			.append("</strong></p><p>")
			.append(escape(job))
			.append(": ")
			.append(escape(title))
			.append("</p><p>")
			.append(escape(who))
			.append(": ")
			.append(escape(from))
			.append("</p>");
		for (ChatMessage message : messages) {
			String body = message.body();
			if (body.length() > PREVIEW) {
				body = body.substring(0, PREVIEW - 1) + "…";
			}
			String when = time(message.sentAt(), zone);
			text.append(message.senderName()).append(" (").append(when).append("):\n").append(body);
			html.append("<p><strong>")
				.append(escape(message.senderName()))
				.append("</strong> <span style=\"color:#667\">")
				.append(escape(when))
				.append("</span></p><blockquote style=\"border-left:3px solid #ccd;margin:0;padding-left:1em;"
						+ "white-space:pre-wrap\">")
				.append(escape(body));
			message.attachments().forEach((file) -> {
				text.append("\n[file] ").append(file.fileName());
				html.append("<br>[file] ").append(escape(file.fileName()));
			});
			text.append("\n\n");
			html.append("</blockquote>");
		}
		text.append(action).append(": ").append(url).append('\n');
		html.append(button(url, action));
		return new Email(subject, text.toString(), html.toString());
	}

	/**
	 * A digest: one line per notification, each with the link to its page.
	 * @param lines the notifications' lines, oldest first
	 * @return its e-mail
	 */
	Email digest(List<DigestLine> lines) {
		String subject = this.messages.getMessage("notification.email.digestSubject", new Object[] { lines.size() },
				Locale.ENGLISH);
		String intro = this.messages.getMessage("notification.email.digestIntro", null, Locale.ENGLISH);
		StringBuilder text = new StringBuilder(intro).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:sans-serif;"
				+ "line-height:1.5;color:#1f2933\"><p>")
			.append(escape(intro))
			.append("</p><ul>");
		for (DigestLine line : lines) {
			text.append("- ").append(line.text());
			html.append("<li>").append(escape(line.text()));
			if (line.link() != null) {
				String url = url(line.link());
				text.append("\n  ").append(url);
				html.append(" — <a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
			}
			text.append('\n');
			html.append("</li>");
		}
		html.append("</ul>");
		return new Email(subject, text.toString(), html.toString());
	}

	private static String button(String url, String action) {
		return "<p><a href=\"" + escape(url) + "\" style=\"display:inline-block;padding:.6em 1.2em;background:#2450b2;"
				+ "color:#fff;text-decoration:none;border-radius:6px\">" + escape(action)
				+ "</a></p><p style=\"color:#667;font-size:.9em\">" + escape(url) + "</p>";
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
	 * @param zone the reader's time zone
	 * @return it as people read it in e-mails, e.g. "Tue 8 Dec 2026, 10:51 UTC" or "Tue 8
	 * Dec 2026, 11:51 CET"
	 */
	String time(Instant instant, ZoneId zone) {
		return TIME.format(instant.atZone(zone));
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

	/**
	 * @param text what happened
	 * @param link the page path, when known
	 */
	record DigestLine(String text, @Nullable String link) {
	}

}
