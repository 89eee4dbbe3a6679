package com.cadhire.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal}.
 */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String email;

	private final String displayName;

	private final Role role;

	private @Nullable String passwordHash;

	AuthenticatedUser(UUID id, String email, String displayName, Role role, @Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	static AuthenticatedUser of(Account account) {
		return new AuthenticatedUser(account.id(), account.email(), account.displayName(), account.role(),
				account.passwordHash());
	}

	public UUID id() {
		return this.id;
	}

	/**
	 * @return the person's id as the domain services take it
	 */
	public UserId userId() {
		return UserId.of(this.id);
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * @return this person as domain services know them
	 */
	public Caller caller() {
		return new Caller(UserId.of(this.id), this.displayName, this.role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AuthenticatedUser user && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "AuthenticatedUser[" + this.id + ", " + this.role + "]";
	}

}
