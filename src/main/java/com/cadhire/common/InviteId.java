package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of an invite (a client's invitation of an expert to a job), as it crosses
 * module boundaries (in the public signatures of the services and in events). Written in
 * JSON as the plain UUID.
 *
 * @param value the id
 */
public record InviteId(@JsonValue UUID value) {

	public InviteId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the id
	 * @return the typed id
	 */
	@JsonCreator
	public static InviteId of(UUID value) {
		return new InviteId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
