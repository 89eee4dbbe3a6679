package com.cadhire.chat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sentences of system events, from {@code timeline.<kind>} in
 * {@code messages.properties}: {@code {actor}} is the actor's current display name, any
 * other {@code {name}} the value of that detail. Rendered when an entry is shown, not
 * when it is recorded.
 */
@Component
class TimelineSentences {

	private static final String PREFIX = "timeline.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private final MessageSource messages;

	TimelineSentences(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param kind a system event kind
	 * @return whether it has a sentence
	 */
	boolean knows(String kind) {
		return template(kind, Locale.ROOT) != null;
	}

	/**
	 * The actor of a stored entry, if its details name one.
	 * @param data the stored details
	 * @return the actor's id, or {@code null}
	 */
	static @Nullable UUID actor(@Nullable Map<String, Object> data) {
		Object actor = (data != null) ? data.get(SystemEvent.ACTOR) : null;
		try {
			return (actor instanceof String id) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The sentence of an entry in the current locale.
	 * @param kind its kind
	 * @param data its stored details
	 * @param actorName the actor's display name now, {@code null} if it has none
	 * @return the sentence, or {@code null} if the kind has none
	 */
	@Nullable String render(String kind, Map<String, Object> data, @Nullable String actorName) {
		String template = template(kind, LocaleContextHolder.getLocale());
		if (template == null) {
			return null;
		}
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder line = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			Object value = "actor".equals(name) ? actorName : data.get(name);
			placeholder.appendReplacement(line, Matcher.quoteReplacement((value != null) ? value.toString() : "?"));
		}
		placeholder.appendTail(line);
		return line.toString();
	}

	private @Nullable String template(String kind, Locale locale) {
		return this.messages.getMessage(PREFIX + kind, null, null, locale);
	}

}
