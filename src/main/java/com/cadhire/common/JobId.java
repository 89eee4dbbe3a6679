package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a job a client posted, as it crosses module boundaries (in the public
 * signatures of the services and in events). Written in JSON as the plain UUID.
 *
 * @param value the id
 */
public record JobId(@JsonValue UUID value) {

	public JobId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the id
	 * @return the typed id
	 */
	@JsonCreator
	public static JobId of(UUID value) {
		return new JobId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
