package com.cadhire.notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants which e-mail, and how. Only choices that differ from a kind's default need a
 * row, but every choice made is stored.
 */
@Service
public class NotificationSettings {

	private final JdbcClient jdbc;

	NotificationSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param accountId a person
	 * @return their delivery for every kind
	 */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Delivery> of(UUID accountId) {
		Map<NotificationKind, Delivery> settings = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			settings.put(kind, kind.byDefault());
		}
		this.jdbc.sql("SELECT kind, delivery FROM notification_settings WHERE account_id = ?")
			.param(accountId)
			.query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString("kind")),
					Delivery.valueOf(rs.getString("delivery"))))
			.list()
			.forEach((entry) -> settings.put(entry.getKey(), entry.getValue()));
		return settings;
	}

	/**
	 * @param accountId a person
	 * @param role their role
	 * @return their delivery for every kind their role receives
	 */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Delivery> of(UUID accountId, Role role) {
		Map<NotificationKind, Delivery> settings = of(accountId);
		settings.keySet().removeIf((kind) -> !kind.reaches(role));
		return settings;
	}

	Delivery of(UUID accountId, NotificationKind kind) {
		return this.jdbc.sql("SELECT delivery FROM notification_settings WHERE account_id = ? AND kind = ?")
			.params(accountId, kind.name())
			.query(String.class)
			.optional()
			.map(Delivery::valueOf)
			.orElse(kind.byDefault());
	}

	/**
	 * Changes some of a person's choices; kinds not given stay as they are.
	 * @param accountId the person
	 * @param changes the new deliveries
	 * @return all their settings afterwards
	 */
	@Transactional
	public Map<NotificationKind, Delivery> change(UUID accountId, Map<NotificationKind, Delivery> changes) {
		changes.forEach((kind, delivery) -> {
			int updated = this.jdbc
				.sql("UPDATE notification_settings SET delivery = ? WHERE account_id = ? AND kind = ?")
				.params(delivery.name(), accountId, kind.name())
				.update();
			if (updated == 0) {
				this.jdbc.sql("INSERT INTO notification_settings (account_id, kind, delivery) VALUES (?, ?, ?)")
					.params(accountId, kind.name(), delivery.name())
					.update();
			}
		});
		return of(accountId);
	}

}
