package com.cadhire.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * Access tokens were revoked. Published synchronously inside the revoking transaction, so
 * that a listener can tell the other application nodes in it (a PostgreSQL {@code NOTIFY}
 * is delivered only if the transaction commits); each node then forgets the tokens with
 * {@link AccessTokens#forget}.
 *
 * @param accountId the tokens' owner
 * @param tokenHashes the revoked tokens' SHA-256 hashes (never the tokens themselves)
 */
public record AccessTokensRevoked(UUID accountId, Set<String> tokenHashes) {

	public AccessTokensRevoked {
		tokenHashes = Set.copyOf(tokenHashes);
	}

}
