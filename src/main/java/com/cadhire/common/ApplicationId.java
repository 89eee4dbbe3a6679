package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of an application (an expert's proposal for a job, from draft to hire), as
 * it crosses module boundaries (in the public signatures of the services and in events).
 * Written in JSON as the plain UUID.
 *
 * @param value the id
 */
public record ApplicationId(@JsonValue UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the id
	 * @return the typed id
	 */
	@JsonCreator
	public static ApplicationId of(UUID value) {
		return new ApplicationId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
