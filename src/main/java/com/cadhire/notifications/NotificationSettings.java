package com.cadhire.notifications;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.Role;
import com.cadhire.common.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants which e-mail, and how. Only choices that differ from a kind's default need a
 * row, but every choice made is stored. Also the time zone a person reads their e-mails
 * in (UTC until they choose one).
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

	/**
	 * @param accountId a person
	 * @return the zone their e-mails write times in: the one they chose, else UTC
	 */
	@Transactional(readOnly = true)
	public ZoneId timeZone(UUID accountId) {
		return this.jdbc.sql("SELECT time_zone FROM notification_time_zones WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.flatMap(NotificationSettings::zone)
			.orElse(ZoneId.of("UTC"));
	}

	/**
	 * Chooses the zone a person's e-mails write times in.
	 * @param accountId the person
	 * @param timeZone an IANA zone id, e.g. {@code Europe/Berlin}
	 * @return the zone
	 * @throws RuleViolationException for a zone that does not exist
	 */
	@Transactional
	public ZoneId changeTimeZone(UUID accountId, String timeZone) {
		ZoneId zone = zone(timeZone)
			.orElseThrow(() -> RuleViolationException.field("timeZone", "Choose a time zone such as Europe/Berlin."));
		int updated = this.jdbc.sql("UPDATE notification_time_zones SET time_zone = ? WHERE account_id = ?")
			.params(zone.getId(), accountId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO notification_time_zones (account_id, time_zone) VALUES (?, ?)")
				.params(accountId, zone.getId())
				.update();
		}
		return zone;
	}

	/**
	 * @param id a zone id
	 * @return the zone, when the id names a region or UTC (offsets such as {@code +02:00}
	 * are refused: they do not follow daylight saving)
	 */
	public static java.util.Optional<ZoneId> zone(String id) {
		if (id == null || id.isBlank() || id.length() > 64 || !(id.equals("UTC") || id.contains("/"))) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(ZoneId.of(id.strip()));
		}
		catch (DateTimeException ex) {
			return java.util.Optional.empty();
		}
	}

}
