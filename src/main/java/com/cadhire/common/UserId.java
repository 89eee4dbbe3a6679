package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a person on CadHire (a client, an expert or a moderator), as it crosses
 * module boundaries. Written in JSON as the plain UUID.
 *
 * @param value the account's id
 */
public record UserId(@JsonValue UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the account's id
	 * @return the id
	 */
	@JsonCreator
	public static UserId of(UUID value) {
		return new UserId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
