package com.cadhire.accounts;

import java.util.Objects;
import java.util.UUID;

import com.cadhire.common.UserId;

/**
 * Who asks a domain service to do something: the signed-in person as the domain sees
 * them, without the security framework's types. Web controllers turn the principal into a
 * caller ({@link AuthenticatedUser#caller()}); services and tests create one directly.
 *
 * @param id the person's id
 * @param displayName the name shown to others
 * @param role what the person does on CadHire
 */
public record Caller(UserId id, String displayName, Role role) {

	public Caller {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(role, "role");
	}

	/**
	 * @return the person's id as a plain UUID, for storage and queries
	 */
	public UUID uuid() {
		return this.id.value();
	}

	/**
	 * @param role a role
	 * @return whether the caller has it
	 */
	public boolean is(Role role) {
		return this.role == role;
	}

}
