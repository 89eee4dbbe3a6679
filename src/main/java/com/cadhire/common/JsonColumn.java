package com.cadhire.common;

import java.util.Objects;

/**
 * A value type that aggregates hold as an object and that is stored as JSON text in one
 * column (the terms of an invite, an offer or a contract). A module declares one bean per
 * type; {@link JsonColumnConversions} turns them into Spring Data JDBC converters, so the
 * column stays text on H2 and PostgreSQL.
 *
 * @param type the value type
 * @param <T> the value type
 */
public record JsonColumn<T>(Class<T> type) {

	public JsonColumn {
		Objects.requireNonNull(type, "type");
	}

	/**
	 * @param type the value type
	 * @param <T> the value type
	 * @return a JSON column of that type
	 */
	public static <T> JsonColumn<T> of(Class<T> type) {
		return new JsonColumn<>(type);
	}

}
