package com.cadhire.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A keyset position in a list sorted newest first: the sort instant and the id that
 * breaks ties. Encoded as an opaque URL-safe string.
 *
 * @param at the sort instant of the last row seen
 * @param id the id of the last row seen
 * @param rank for lists sorted by relevance first, the relevance group of the last row
 * seen (smaller is more relevant); 0 for lists sorted by time alone
 */
public record Cursor(Instant at, UUID id, int rank) {

	public Cursor(Instant at, UUID id) {
		this(at, id, 0);
	}

	/** The largest page a caller may ask for. */
	public static final int MAX_LIMIT = 100;

	/** The page size when the caller names none. */
	public static final int DEFAULT_LIMIT = 20;

	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	public String encode() {
		String raw = this.at.toEpochMilli() + ":" + this.at.getNano() + ":" + this.id
				+ ((this.rank != 0) ? ":" + this.rank : "");
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Decodes a cursor sent by a caller.
	 * @param encoded the cursor, or {@code null} for the first page
	 * @return the position, or {@code null} for the first page
	 * @throws RuleViolationException if the cursor is not one this API issued
	 */
	public static @Nullable Cursor decode(@Nullable String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
			String[] parts = raw.split(":", 4);
			long millis = Long.parseLong(parts[0]);
			int nanos = Integer.parseInt(parts[1]);
			if (nanos < 0 || nanos > 999_999_999) {
				throw new IllegalArgumentException("nanos out of range");
			}
			Instant at = Instant.ofEpochSecond(Math.floorDiv(millis, 1000), nanos);
			// every row's sort instant lies in this range; one outside it was not issued
			// here (and a database could not compare it)
			if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
				throw new IllegalArgumentException("instant out of range");
			}
			int rank = (parts.length > 3) ? Integer.parseInt(parts[3]) : 0;
			if (rank < 0) {
				throw new IllegalArgumentException("rank");
			}
			return new Cursor(at, UUID.fromString(parts[2]), rank);
		}
		catch (RuntimeException ex) {
			throw RuleViolationException.field("cursor",
					"The cursor is not valid; use the nextCursor of the previous page.");
		}
	}

	/**
	 * Clamps a caller's page size to the documented range.
	 * @param limit the requested size, or {@code null}
	 * @return a size between 1 and {@link #MAX_LIMIT}
	 */
	public static int limit(@Nullable Integer limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw RuleViolationException.field("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
		}
		return limit;
	}

}
