package com.cadhire.common;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Enum groupings as SQL literals, so that a query filters by the grouping the enum
 * declares instead of a second list of names.
 */
public final class SqlValues {

	private SqlValues() {
	}

	/**
	 * @param values enum constants
	 * @return their names as a list of SQL string literals, e.g. {@code 'A', 'B'}
	 */
	public static String of(Collection<? extends Enum<?>> values) {
		return values.stream().map((value) -> "'" + value.name() + "'").sorted().collect(Collectors.joining(", "));
	}

}
