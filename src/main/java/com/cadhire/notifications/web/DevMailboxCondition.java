package com.cadhire.notifications.web;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code /dev/mailbox} exists: {@code cadhire.notifications.dev-mailbox} set to
 * {@code true} or {@code false} decides; {@code auto} (the default) turns it on only on
 * the embedded H2 database or when the {@code dev} profile is active, so a node pointed
 * at PostgreSQL (by a profile or by {@code SPRING_DATASOURCE_URL} alone) never serves the
 * e-mails it stores.
 */
class DevMailboxCondition extends SpringBootCondition {

	static final String PROPERTY = "cadhire.notifications.dev-mailbox";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return outcome(context.getEnvironment());
	}

	static ConditionOutcome outcome(Environment environment) {
		String setting = environment.getProperty(PROPERTY, "auto").trim().toLowerCase(java.util.Locale.ROOT);
		switch (setting) {
			case "true":
				return ConditionOutcome.match(PROPERTY + " is true");
			case "false":
				return ConditionOutcome.noMatch(PROPERTY + " is false");
			case "auto":
				break;
			default:
				throw new IllegalStateException(PROPERTY + " must be true, false or auto, not '" + setting + "'");
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("dev")) {
			return ConditionOutcome.match("auto, and the dev profile is active");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
			return ConditionOutcome.match("auto, on the embedded H2 database");
		}
		return ConditionOutcome.noMatch("auto, and the database is not the embedded H2 one");
	}

}
