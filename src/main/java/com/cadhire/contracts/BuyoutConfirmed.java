package com.cadhire.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert confirmed a Direct Hire buyout: the two may share contact information from
 * now on.
 */
public record BuyoutConfirmed(UUID contractId, UUID clientId, UUID expertId, Instant confirmedAt) {
}
