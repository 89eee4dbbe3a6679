package com.cadhire.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One party ended a contract.
 *
 * @param contractId the contract
 * @param clientId its client
 * @param expertId its expert
 * @param endedBy who ended it
 * @param endedAt when
 */
public record ContractEnded(UUID contractId, UUID clientId, UUID expertId, UUID endedBy, Instant endedAt) {
}
