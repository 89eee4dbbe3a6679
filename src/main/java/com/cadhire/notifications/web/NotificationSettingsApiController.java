package com.cadhire.notifications.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.RuleViolationException;
import com.cadhire.notifications.Delivery;
import com.cadhire.notifications.NotificationKind;
import com.cadhire.notifications.NotificationSettings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's e-mail choices: one field per kind their role receives (see
 * {@link NotificationKind}: e.g. {@code inviteReceived} for experts,
 * {@code inviteAccepted} for clients, {@code unreadMessages} for both), each
 * {@code IMMEDIATE}, {@code BATCHED} or {@code OFF}. A PUT changes the fields it names; a
 * kind of the other role is a 422. {@code /api/v1/me/time-zone} holds the zone e-mails
 * write times in ({@code {"timeZone": "Europe/Berlin"}}, UTC until chosen).
 */
@RestController
class NotificationSettingsApiController {

	private final NotificationSettings settings;

	NotificationSettingsApiController(NotificationSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/api/v1/me/notification-settings")
	Map<String, Delivery> get(@AuthenticationPrincipal AuthenticatedUser me) {
		return json(this.settings.of(me.id(), me.role()));
	}

	@PutMapping("/api/v1/me/notification-settings")
	Map<String, Delivery> put(@AuthenticationPrincipal AuthenticatedUser me, @RequestBody Map<String, Object> body) {
		Map<NotificationKind, Delivery> changes = new EnumMap<>(NotificationKind.class);
		body.forEach((field, value) -> {
			NotificationKind kind = NotificationKind.ofField(field)
				.filter((known) -> known.reaches(me.role()))
				.orElseThrow(() -> RuleViolationException.field(field, "Unknown notification kind; use one of "
						+ String.join(", ", json(this.settings.of(me.id(), me.role())).keySet()) + "."));
			try {
				changes.put(kind, Delivery.valueOf(String.valueOf(value)));
			}
			catch (IllegalArgumentException ex) {
				throw RuleViolationException.field(field, "must be IMMEDIATE, BATCHED or OFF.");
			}
		});
		this.settings.change(me.id(), changes);
		return json(this.settings.of(me.id(), me.role()));
	}

	@GetMapping("/api/v1/me/time-zone")
	Map<String, String> timeZone(@AuthenticationPrincipal AuthenticatedUser me) {
		return Map.of("timeZone", this.settings.timeZone(me.id()).getId());
	}

	@PutMapping("/api/v1/me/time-zone")
	Map<String, String> changeTimeZone(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestBody Map<String, Object> body) {
		Object zone = body.get("timeZone");
		return Map.of("timeZone",
				this.settings.changeTimeZone(me.id(), (zone instanceof String text) ? text : "").getId());
	}

	private static Map<String, Delivery> json(Map<NotificationKind, Delivery> settings) {
		Map<String, Delivery> json = new LinkedHashMap<>();
		settings.forEach((kind, delivery) -> json.put(kind.field(), delivery));
		return json;
	}

}
