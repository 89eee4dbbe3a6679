package com.cadhire.live;

import java.util.Set;
import java.util.UUID;

/**
 * The wake-up bus of a single node (the embedded H2 database): wakes this node's streams
 * once the transaction has committed.
 */
class InProcessWakeUpBus implements WakeUpBus {

	private final LiveHub hub;

	InProcessWakeUpBus(LiveHub hub) {
		this.hub = hub;
	}

	@Override
	public void beforeCommit(Set<UUID> userIds) {
	}

	@Override
	public void afterCommit(Set<UUID> userIds) {
		this.hub.wake(userIds);
	}

	@Override
	public void ephemeral(Set<UUID> userIds, String name, String data) {
		this.hub.ephemeral(userIds, name, data);
	}

	@Override
	public void tokensRevoked(Set<String> tokenHashes) {
		// one node: the revoking node forgets the tokens itself once the revoke commits
	}

}
