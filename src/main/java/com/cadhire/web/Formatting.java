package com.cadhire.web;

import com.cadhire.common.ContactFinding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Formats values for the pages, as {@code @fmt} in templates. Times are written in UTC as
 * a fallback; the browser rewrites them in the viewer's zone.
 */
@Component("fmt")
public class Formatting {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	public String utc(@Nullable Instant instant) {
		return (instant != null) ? UTC.format(instant) : "";
	}

	public String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
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
