package com.cadhire.contracts;

import java.time.Instant;

import com.cadhire.common.ContractId;
import com.cadhire.common.UserId;

/**
 * An accepted offer started a contract.
 */
public record ContractStarted(ContractId contractId, UserId clientId, UserId expertId, Instant startedAt) {
}
