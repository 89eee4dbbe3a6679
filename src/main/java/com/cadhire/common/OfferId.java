package com.cadhire.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of an offer (the client's offer on an application's terms), as it crosses
 * module boundaries (in the public signatures of the services and in events). Written in
 * JSON as the plain UUID.
 *
 * @param value the id
 */
public record OfferId(@JsonValue UUID value) {

	public OfferId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the id
	 * @return the typed id
	 */
	@JsonCreator
	public static OfferId of(UUID value) {
		return new OfferId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
