package com.cadhire.live;

import java.util.Set;
import java.util.UUID;

/**
 * Wakes the open event streams of users, on every application node, once the events
 * logged for them are committed; and carries ephemeral events (typing) that are never
 * logged. Only user ids travel (and the small ephemeral event): a woken stream reads what
 * is new from the log, so a lost or repeated wake-up costs nothing but a query.
 * <p>
 * It also tells every node which API tokens were revoked, so that none keeps accepting
 * one from memory ({@link #tokensRevoked}).
 * <p>
 * Chosen by the database at startup: PostgreSQL {@code LISTEN/NOTIFY} when several nodes
 * share a PostgreSQL database, in process on H2 (one node).
 */
public interface WakeUpBus {

	/**
	 * Called inside the transaction that logged events for these users, just before it
	 * commits (a PostgreSQL notification sent now is delivered only if it commits).
	 * @param userIds the users
	 */
	void beforeCommit(Set<UUID> userIds);

	/**
	 * Called once the transaction that logged events for these users has committed.
	 * @param userIds the users
	 */
	void afterCommit(Set<UUID> userIds);

	/**
	 * Sends an event that is not logged to the streams of these users that are open right
	 * now, on every node.
	 * @param userIds the recipients
	 * @param name the event name, such as {@code typing}
	 * @param data one line of JSON
	 */
	void ephemeral(Set<UUID> userIds, String name, String data);

	/**
	 * Called inside the transaction that revoked API tokens: once it commits, every node
	 * forgets them ({@code com.cadhire.accounts.AccessTokens#forget}). On one node (H2)
	 * there is nothing to tell: the revoking node forgets its own.
	 * @param tokenHashes the tokens' hashes
	 */
	void tokensRevoked(Set<String> tokenHashes);

}
