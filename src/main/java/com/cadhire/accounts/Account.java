package com.cadhire.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account: who they are, how they sign in, what role they have.
 */
@Table("accounts")
public class Account {

	@Id
	private final UUID id;

	private final String email;

	private final String emailNormalized;

	private String passwordHash;

	private String displayName;

	private final Role role;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Account(UUID id, String email, String emailNormalized, String passwordHash, String displayName, Role role,
			Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.email = email;
		this.emailNormalized = emailNormalized;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Account create(String email, String passwordHash, String displayName, Role role, Instant now) {
		return new Account(UUID.randomUUID(), email.strip(), normalize(email), passwordHash, displayName.strip(), role,
				now, null);
	}

	/**
	 * The form of an e-mail address that uniqueness and sign-in compare: trimmed and
	 * lower case.
	 * @param email the address as typed
	 * @return the normalized address
	 */
	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	void rename(String displayName) {
		this.displayName = displayName.strip();
	}

}
