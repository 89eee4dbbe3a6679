package com.cadhire.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A client asked for a Direct Hire buyout.
 */
public record BuyoutRequested(UUID contractId, UUID clientId, UUID expertId, java.math.BigDecimal fee,
		Instant requestedAt) {
}
