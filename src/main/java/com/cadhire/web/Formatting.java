package com.cadhire.web;

import com.cadhire.common.ContactFinding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Formats values for the pages, as {@code @fmt} in templates. Every time and date on a
 * page is one {@code <time>} element of the {@code time} and {@code date} fragments of
 * {@code layout.html}: relative words ("2 hours ago", "in 3 days") with the absolute time
 * on hover, in the viewer's zone (the {@code tz} cookie the pages' script sets from the
 * browser; UTC until it has). The words are in {@code messages.properties}.
 */
@Component("fmt")
public class Formatting {

	/** The cookie holding the viewer's IANA time zone. */
	public static final String ZONE_COOKIE = "tz";

	private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern
		.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private final Clock clock;

	private final MessageSource messages;

	Formatting(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	/**
	 * @return the time in the viewer's zone, e.g. "Tue 1 Dec 2026, 18:19 CET"
	 */
	public String absolute(@Nullable Instant instant) {
		return (instant != null) ? ABSOLUTE.format(instant.atZone(zone())) : "";
	}

	/**
	 * @return the calendar date, e.g. "Mon 4 Jan 2027"
	 */
	public String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * @return how long ago or from now, e.g. "just now", "5 minutes ago", "yesterday",
	 * "in 3 days"
	 */
	public String relative(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		long seconds = Duration.between(this.clock.instant(), instant).getSeconds();
		long abs = Math.abs(seconds);
		boolean past = seconds <= 0;
		if (abs < 45) {
			return words(past ? "time.justNow" : "time.inAMoment", 0);
		}
		if (abs < 3600) {
			return words(past ? "time.past.minute" : "time.future.minute", Math.max(1, Math.round(abs / 60.0)));
		}
		if (abs < 86400) {
			return words(past ? "time.past.hour" : "time.future.hour", Math.max(1, Math.round(abs / 3600.0)));
		}
		return days(past ? -Math.round(abs / 86400.0) : Math.round(abs / 86400.0));
	}

	/**
	 * @return a calendar date relative to the viewer's today, e.g. "today", "tomorrow",
	 * "in 34 days"
	 */
	public String relativeDay(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		return days(ChronoUnit.DAYS.between(LocalDate.ofInstant(this.clock.instant(), zone()), date));
	}

	/**
	 * @param text a value that may be a calendar date in ISO form
	 * @return the date, if the text is one
	 */
	public @Nullable LocalDate asDate(@Nullable String text) {
		if (text == null || text.length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Splits a text at the ISO dates in it (a change of milestones: "Milestone 1 400.00
	 * due 2026-12-14"), so that a page writes each date through the date fragment.
	 * @param text a text, may be {@code null}
	 * @return its parts in order
	 */
	public List<TextPart> parts(@Nullable String text) {
		List<TextPart> parts = new java.util.ArrayList<>();
		if (text == null) {
			return parts;
		}
		java.util.regex.Matcher matcher = ISO_DATE.matcher(text);
		int at = 0;
		while (matcher.find()) {
			LocalDate date = asDate(matcher.group());
			if (date == null) {
				continue;
			}
			if (matcher.start() > at) {
				parts.add(new TextPart(text.substring(at, matcher.start()), null));
			}
			parts.add(new TextPart("", date));
			at = matcher.end();
		}
		if (at < text.length()) {
			parts.add(new TextPart(text.substring(at), null));
		}
		return parts;
	}

	/**
	 * A piece of a text: words, or a calendar date.
	 *
	 * @param text the words (empty for a date)
	 * @param date the date, or {@code null}
	 */
	public record TextPart(String text, @Nullable LocalDate date) {
	}

	private String days(long days) {
		long abs = Math.abs(days);
		boolean past = days < 0;
		if (abs == 0) {
			return words("time.today", 0);
		}
		if (abs < 45) {
			return words(past ? "time.past.day" : "time.future.day", abs);
		}
		if (abs < 365) {
			return words(past ? "time.past.month" : "time.future.month", Math.max(1, Math.round(abs / 30.4)));
		}
		return words(past ? "time.past.year" : "time.future.year", Math.max(1, Math.round(abs / 365.25)));
	}

	private String words(String code, long count) {
		return this.messages.getMessage(code, new Object[] { count }, code, Locale.ENGLISH);
	}

	/**
	 * @return the viewer's time zone: the {@code tz} cookie's, else UTC
	 */
	public ZoneId zone() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : attributes.getRequest().getCookies()) {
				if (ZONE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
					try {
						String id = java.net.URLDecoder.decode(cookie.getValue(),
								java.nio.charset.StandardCharsets.UTF_8);
						if (id.length() <= 64 && (id.contains("/") || id.equals("UTC"))) {
							return ZoneId.of(id);
						}
					}
					catch (DateTimeException | IllegalArgumentException ex) {
						// an unknown zone: UTC
					}
				}
			}
		}
		return ZoneId.of("UTC");
	}

	public String money(@Nullable BigDecimal amount, @Nullable String currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		try {
			format.setCurrency(Currency.getInstance((currency != null) ? currency : "USD"));
		}
		catch (IllegalArgumentException ex) {
			return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
		}
		String text = format.format(amount);
		return ("USD".equals(currency) || currency == null) ? text : text + " " + currency;
	}

	public String bytes(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", size / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}

	public String initials(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		String[] parts = name.strip().split("\\s+");
		String first = parts[0].substring(0, 1);
		String last = (parts.length > 1) ? parts[parts.length - 1].substring(0, 1) : "";
		return (first + last).toUpperCase(Locale.ROOT);
	}

	public String join(@Nullable List<String> items) {
		return (items != null) ? String.join(", ", items) : "";
	}

	public List<Forms.Segment> highlight(@Nullable String text, @Nullable List<ContactFinding> findings) {
		return Forms.highlight(text, findings);
	}

	/**
	 * The colour of a status badge, the same for every kind of thing that has a status:
	 * amber while it waits for somebody, blue while it is under way, green when it ended
	 * well, red when it ended otherwise.
	 * @param status a status (an enum constant or its name)
	 * @return the badge's CSS class, or an empty string for a status without colour
	 */
	public String badge(@Nullable Object status) {
		return switch (String.valueOf(status)) {
			case "PENDING", "SUBMITTED", "DRAFT" -> "badge-amber";
			case "INTERVIEWING", "OFFERED", "OPEN", "ACTIVE", "REQUESTED" -> "badge-blue";
			case "HIRED", "ACCEPTED", "CONFIRMED" -> "badge-green";
			case "DECLINED", "WITHDRAWN", "EXPIRED", "CANCELLED", "CLOSED" -> "badge-red";
			default -> "";
		};
	}

}
