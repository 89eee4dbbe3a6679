package com.cadhire.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Converts instants for {@code JdbcClient} queries, which must bind and read
 * {@code TIMESTAMP WITH TIME ZONE} the same way on H2 and PostgreSQL.
 */
public final class Times {

	private Times() {
	}

	public static @Nullable OffsetDateTime sql(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
