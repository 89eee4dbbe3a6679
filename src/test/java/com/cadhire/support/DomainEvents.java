package com.cadhire.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Reads the events an aggregate registered, the way Spring Data does before it publishes
 * them on save.
 */
public final class DomainEvents {

	private DomainEvents() {
	}

	/**
	 * @param aggregate an {@code AbstractAggregateRoot}
	 * @return the events it registered and has not published yet
	 */
	public static List<Object> of(Object aggregate) {
		Collection<?> events = ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
		return new ArrayList<>((events != null) ? events : List.of());
	}

	/**
	 * Forgets the registered events, as Spring Data does after publishing them.
	 * @param aggregate an {@code AbstractAggregateRoot}
	 * @param <T> its type
	 * @return the aggregate
	 */
	public static <T> T cleared(T aggregate) {
		ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
		return aggregate;
	}

}
