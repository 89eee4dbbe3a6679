package com.cadhire.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the two parties ended a contract.
 */
public record ContractEnded(UUID contractId, UUID clientId, UUID expertId, UUID endedBy, Instant endedAt) {
}
