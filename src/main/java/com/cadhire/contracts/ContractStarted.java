package com.cadhire.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted offer started a contract.
 */
public record ContractStarted(UUID contractId, UUID clientId, UUID expertId, Instant startedAt) {
}
