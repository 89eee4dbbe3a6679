package com.cadhire.accounts;

import java.util.UUID;

/**
 * Object mother: signed-in people for web slice tests, which have no accounts table.
 */
public final class Principals {

	private Principals() {
	}

	/**
	 * @param name the display name
	 * @param role the role
	 * @return a signed-in person with a new id and no password
	 */
	public static AuthenticatedUser of(String name, Role role) {
		UUID id = UUID.randomUUID();
		return new AuthenticatedUser(id, id + "@cadhire.test", name, role, null);
	}

}
