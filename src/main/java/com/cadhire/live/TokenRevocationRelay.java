package com.cadhire.live;

import com.cadhire.accounts.AccessTokensRevoked;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands a revoke of API tokens to the wake-up bus, inside the revoking transaction, so
 * that every node forgets the tokens once it commits. Accounts publishes the event and
 * does not know about nodes; this module owns the bus.
 */
@Component
class TokenRevocationRelay {

	private final WakeUpBus bus;

	TokenRevocationRelay(WakeUpBus bus) {
		this.bus = bus;
	}

	@EventListener
	void on(AccessTokensRevoked revoked) {
		this.bus.tokensRevoked(revoked.tokenHashes());
	}

}
