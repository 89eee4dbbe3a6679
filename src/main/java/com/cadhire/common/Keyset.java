package com.cadhire.common;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keyset clause of a paged query, written once: rows after a {@link Cursor} by a time
 * column and the id as tie-breaker, bound as {@code :at} and {@code :id}. Written as a
 * row-value comparison, which the database reads as one range of an index on
 * {@code (at, id)} (an {@code OR} of two comparisons is a filter applied to every row
 * before the cursor).
 */
public final class Keyset {

	private Keyset() {
	}

	/**
	 * Rows older than the cursor, for lists ordered newest first
	 * ({@code ORDER BY at DESC, id DESC}).
	 * @param cursor where the previous page ended, or {@code null} for the first page
	 * @param at the time column
	 * @param id the id column
	 * @return {@code " AND (at, id) < (:at, :id)"}, or an empty string on the first page
	 */
	public static String newestFirst(@Nullable Cursor cursor, String at, String id) {
		return (cursor != null) ? " AND " + before(at, id) : "";
	}

	/**
	 * Rows newer than the cursor, for lists ordered oldest first
	 * ({@code ORDER BY at, id}).
	 * @param cursor where the previous page ended, or {@code null} for the first page
	 * @param at the time column
	 * @param id the id column
	 * @return {@code " AND (at, id) > (:at, :id)"}, or an empty string on the first page
	 */
	public static String oldestFirst(@Nullable Cursor cursor, String at, String id) {
		return (cursor != null) ? " AND (%s, %s) > (:at, :id)".formatted(at, id) : "";
	}

	/**
	 * The condition alone, for queries that combine it with another sort key.
	 * @param at the time column
	 * @param id the id column
	 * @return {@code "(at, id) < (:at, :id)"}
	 */
	public static String before(String at, String id) {
		return "(%s, %s) < (:at, :id)".formatted(at, id);
	}

	/**
	 * Binds {@code :at} and {@code :id} when there is a cursor.
	 * @param statement the statement
	 * @param cursor the cursor, or {@code null}
	 * @return the statement
	 */
	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable Cursor cursor) {
		return (cursor != null) ? statement.param("at", Times.sql(cursor.at())).param("id", cursor.id()) : statement;
	}

}
