package com.cadhire.contracts;

import java.util.List;
import com.cadhire.common.ContractId;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.cadhire.contracts.Contract.BuyoutStatus;
import com.cadhire.contracts.Contract.Status;
import com.cadhire.support.DomainEvents;
import org.junit.jupiter.api.Test;

import static com.cadhire.support.Conflicts.assertConflict;
import static com.cadhire.support.DomainEvents.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of a contract and its Direct Hire buyout, allowed and refused.
 */
class ContractTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

	private static final Instant LATER = NOW.plusSeconds(3600);

	private static final UUID CLIENT = UUID.randomUUID();

	private static final UUID EXPERT = UUID.randomUUID();

	static AgreedTerms terms(RateType rateType, String amount) {
		return new AgreedTerms(rateType, new BigDecimal(amount), "USD", rateType.hourly() ? 20 : null, List.of(), null,
				null, null, "", "");
	}

	static Contract active() {
		NewContract accepted = new NewContract(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), CLIENT, EXPERT,
				"Bracket redesign", RateType.HOURLY, new BigDecimal("52.00"), "USD", 20,
				terms(RateType.HOURLY, "52.00"), 4, 2);
		return DomainEvents.cleared(Contract.start(UUID.randomUUID(), accepted, NOW));
	}

	static Contract buyoutRequested() {
		return DomainEvents.cleared(active().requestBuyout(new BigDecimal("12979.20"), false, NOW));
	}

	static Contract buyoutConfirmed() {
		return DomainEvents.cleared(buyoutRequested().confirmBuyout(NOW));
	}

	@Test
	void acceptedOfferStartsAnActiveContractWithoutBuyout() {
		UUID id = UUID.randomUUID();
		NewContract accepted = new NewContract(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), CLIENT, EXPERT,
				"Bracket", RateType.FIXED, new BigDecimal("500.00"), "USD", null, terms(RateType.FIXED, "500.00"), 1,
				1);

		Contract contract = Contract.start(id, accepted, NOW);

		assertThat(contract.status()).isEqualTo(Status.ACTIVE);
		assertThat(contract.buyoutStatus()).isEqualTo(BuyoutStatus.NONE);
		assertThat(contract.involves(CLIENT)).isTrue();
		assertThat(contract.involves(UUID.randomUUID())).isFalse();
		assertThat(of(contract))
			.containsExactly(new ContractStarted(ContractId.of(id), UserId.of(CLIENT), UserId.of(EXPERT), NOW));
	}

	@Test
	void clientRequestsABuyoutAndItsFeeIsRecorded() {
		Contract contract = active();

		contract.requestBuyout(new BigDecimal("12979.20"), false, LATER);

		assertThat(contract.buyoutStatus()).isEqualTo(BuyoutStatus.REQUESTED);
		assertThat(contract.buyoutFee()).isEqualTo(new BigDecimal("12979.20"));
		assertThat(contract.buyoutRequestedAt()).isEqualTo(LATER);
		assertThat(of(contract)).containsExactly(new BuyoutRequested(ContractId.of(contract.id()), UserId.of(CLIENT),
				UserId.of(EXPERT), new BigDecimal("12979.20"), LATER));
	}

	@Test
	void rejectsASecondBuyoutRequest() {
		Contract contract = buyoutRequested();

		assertConflict(() -> contract.requestBuyout(BigDecimal.ONE, false, LATER), "invalid-state",
				Map.of("buyoutStatus", "REQUESTED"));
		assertThat(contract.buyoutFee()).isEqualTo(new BigDecimal("12979.20"));
		assertThat(of(contract)).isEmpty();
	}

	@Test
	void rejectsABuyoutRequestAfterTheBuyout() {
		Contract contract = buyoutConfirmed();

		assertConflict(() -> contract.requestBuyout(BigDecimal.ONE, false, LATER), "invalid-state",
				Map.of("buyoutStatus", "CONFIRMED"));
	}

	@Test
	void expertConfirmsARequestedBuyout() {
		Contract contract = buyoutRequested();

		contract.confirmBuyout(LATER);

		assertThat(contract.buyoutStatus()).isEqualTo(BuyoutStatus.CONFIRMED);
		assertThat(contract.buyoutConfirmedAt()).isEqualTo(LATER);
		assertThat(of(contract)).containsExactly(
				new BuyoutConfirmed(ContractId.of(contract.id()), UserId.of(CLIENT), UserId.of(EXPERT), LATER));
	}

	@Test
	void rejectsConfirmingABuyoutNobodyRequested() {
		Contract contract = active();

		assertConflict(() -> contract.confirmBuyout(LATER), "invalid-state", Map.of("buyoutStatus", "NONE"));
		assertThat(contract.buyoutStatus()).isEqualTo(BuyoutStatus.NONE);
		assertThat(of(contract)).isEmpty();
	}

	@Test
	void rejectsConfirmingABuyoutTwice() {
		Contract contract = buyoutConfirmed();

		assertConflict(() -> contract.confirmBuyout(LATER), "invalid-state", Map.of("buyoutStatus", "CONFIRMED"));
	}

	@Test
	void eitherPartyEndsAnActiveContract() {
		Contract contract = active();

		contract.end(EXPERT, LATER);

		assertThat(contract.status()).isEqualTo(Status.ENDED);
		assertThat(contract.endedAt()).isEqualTo(LATER);
		assertThat(of(contract)).containsExactly(new ContractEnded(ContractId.of(contract.id()), UserId.of(CLIENT),
				UserId.of(EXPERT), UserId.of(EXPERT), LATER));
	}

	@Test
	void rejectsEndingAnEndedContract() {
		Contract contract = DomainEvents.cleared(active().end(CLIENT, NOW));

		assertConflict(() -> contract.end(CLIENT, LATER), "invalid-state", Map.of("status", "ENDED"));
		assertThat(contract.endedAt()).isEqualTo(NOW);
		assertThat(of(contract)).isEmpty();
	}

}
