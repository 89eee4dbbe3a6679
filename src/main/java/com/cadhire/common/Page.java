package com.cadhire.common;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list that grows, with the cursor of the next page ({@code null} on the
 * last).
 *
 * @param items the items of this page
 * @param nextCursor the opaque cursor of the next page, or {@code null}
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

	/**
	 * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only
	 * tells that a next page exists.
	 * @param rows the rows fetched, at most {@code limit + 1}
	 * @param limit the page size
	 * @param cursorOf the cursor that points after a given row
	 * @param <T> the item type
	 * @return the page
	 */
	public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
		if (rows.size() <= limit) {
			return new Page<>(List.copyOf(rows), null);
		}
		List<T> items = List.copyOf(rows.subList(0, limit));
		return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.nextCursor);
	}

}
