package com.cadhire.contracts;

import java.time.Instant;

import com.cadhire.common.ContractId;
import com.cadhire.common.UserId;

/**
 * One party ended a contract.
 *
 * @param contractId the contract
 * @param clientId its client
 * @param expertId its expert
 * @param endedBy who ended it
 * @param endedAt when
 */
public record ContractEnded(ContractId contractId, UserId clientId, UserId expertId, UserId endedBy, Instant endedAt) {
}
