package com.cadhire.contracts;

import java.time.Instant;

import com.cadhire.common.ContractId;
import com.cadhire.common.UserId;

/**
 * A client asked for a Direct Hire buyout.
 */
public record BuyoutRequested(ContractId contractId, UserId clientId, UserId expertId, java.math.BigDecimal fee,
		Instant requestedAt) {
}
