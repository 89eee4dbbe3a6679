package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a person on CadHire (a client, an expert or a moderator), as it crosses
 * module boundaries.
 *
 * @param value the account's id
 */
public record UserId(UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the account's id
	 * @return the id
	 */
	public static UserId of(UUID value) {
		return new UserId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
