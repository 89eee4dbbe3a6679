package com.cadhire.contracts;

import java.time.Instant;

import com.cadhire.common.ContractId;
import com.cadhire.common.UserId;

/**
 * An expert confirmed a Direct Hire buyout: the two may share contact information from
 * now on.
 */
public record BuyoutConfirmed(ContractId contractId, UserId clientId, UserId expertId, Instant confirmedAt) {
}
