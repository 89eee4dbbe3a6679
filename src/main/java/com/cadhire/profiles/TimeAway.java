package com.cadhire.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days an expert declared they are away, both inclusive. Days are UTC days.
 *
 * @param from first day away
 * @param to last day away
 */
public record TimeAway(LocalDate from, LocalDate to) {

	/**
	 * @return the first instant of the first day away
	 */
	public Instant startsAt() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * @return the first instant after the last day away
	 */
	public Instant endsAt() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * @param today the current day
	 * @return whether today is one of the days away
	 */
	public boolean covers(LocalDate today) {
		return !today.isBefore(this.from) && !today.isAfter(this.to);
	}

	/**
	 * @param today the current day
	 * @return whether the last day away is still to come or is today
	 */
	public boolean isOver(LocalDate today) {
		return this.to.isBefore(today);
	}

}
