package com.cadhire.web;

import java.util.Locale;
import java.util.Map;

import com.cadhire.common.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Explains to a person on a page why an action they took on what they saw no longer
 * applies ("This offer was already accepted"), in the words of
 * {@code messages.properties}: {@code stale.<subject>.<problem type>} first (e.g.
 * {@code stale.offer.stale-version}), then {@code stale.<subject>.<current status>}; the
 * conflict's own detail when neither is there. The current version, if the conflict names
 * one, is argument {0}.
 */
@Component
public class StaleActions {

	private final MessageSource messages;

	StaleActions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param subject what the action was on: {@code invite}, {@code application},
	 * {@code offer} or {@code contract}
	 * @param conflict why the action was refused
	 * @return the explanation for the page
	 */
	public String explain(String subject, ConflictException conflict) {
		Map<?, ?> current = (conflict.current() instanceof Map<?, ?> map) ? map : Map.of();
		Object version = first(current.get("version"), current.get("termsVersion"));
		// only the version messages take an argument (and go through MessageFormat, where
		// an
		// apostrophe would need doubling); the others are plain text
		Object[] args = "stale-version".equals(conflict.type()) ? new Object[] { (version != null) ? version : "" }
				: null;
		Locale locale = LocaleContextHolder.getLocale();
		String byType = this.messages.getMessage("stale." + subject + "." + conflict.type(), args, null, locale);
		if (byType != null) {
			return byType;
		}
		Object status = current.get("status");
		if (status != null) {
			Object buyout = current.get("buyoutStatus");
			if (buyout != null && "ACTIVE".equals(status)) {
				String byBuyout = this.messages.getMessage("stale." + subject + ".buyout." + buyout, args, null,
						locale);
				if (byBuyout != null) {
					return byBuyout;
				}
			}
			String byStatus = this.messages.getMessage("stale." + subject + "." + status, args, null, locale);
			if (byStatus != null) {
				return byStatus;
			}
		}
		return String.valueOf(conflict.getMessage());
	}

	private static @Nullable Object first(@Nullable Object a, @Nullable Object b) {
		return (a != null) ? a : b;
	}

}
