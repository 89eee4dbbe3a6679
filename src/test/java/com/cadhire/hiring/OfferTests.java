package com.cadhire.hiring;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.ContractId;
import com.cadhire.common.OfferId;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Offer.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import static com.cadhire.hiring.AnApplication.CLIENT;
import static com.cadhire.hiring.AnApplication.EXPERT;
import static com.cadhire.hiring.AnApplication.NOW;
import static com.cadhire.support.Conflicts.assertConflict;
import static com.cadhire.support.Conflicts.assertRefusedIn;
import static com.cadhire.support.DomainEvents.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of an offer, allowed and refused.
 */
class OfferTests {

	private static final Instant LATER = NOW.plusSeconds(3600);

	@Test
	void sentOfferIsPendingVersionOneForSevenDays() {
		Application application = AnApplication.offered();

		Offer offer = Offer.send(application, 1, AnOffer.TERMS, "Offer", NOW);

		assertThat(offer.status()).isEqualTo(Status.PENDING);
		assertThat(offer.offerVersion()).isEqualTo(1);
		assertThat(offer.termsVersion()).isEqualTo(1);
		assertThat(offer.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(7)));
		assertThat(of(offer)).containsExactly(new OfferSent(OfferId.of(offer.id()), ApplicationId.of(application.id()),
				1, 1, UserId.of(CLIENT), UserId.of(EXPERT), NOW, NOW.plus(Offer.LIFETIME)));
	}

	// --- accept

	@Test
	void expertAcceptsThePendingVersionTheySaw() {
		Offer offer = AnOffer.pending();
		UUID contractId = UUID.randomUUID();

		offer.accept(1, contractId, LATER);

		assertThat(offer.status()).isEqualTo(Status.ACCEPTED);
		assertThat(offer.contractId()).isEqualTo(contractId);
		assertThat(offer.isOpen()).isFalse();
		assertThat(of(offer))
			.containsExactly(new OfferAnswered(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()),
					Offer.Status.ACCEPTED, UserId.of(CLIENT), UserId.of(EXPERT), LATER, ContractId.of(contractId)));
	}

	@Test
	void rejectsAcceptingAnOfferVersionThatChanged() {
		Offer offer = AnOffer.pending();
		offer.modify(2, AnOffer.TERMS, "Better", NOW.plusSeconds(1));
		com.cadhire.support.DomainEvents.cleared(offer);

		assertConflict(() -> offer.accept(1, UUID.randomUUID(), LATER), "stale-version",
				Map.of("status", "PENDING", "version", 2));
		assertThat(offer.status()).isEqualTo(Status.PENDING);
		assertThat(of(offer)).isEmpty();
	}

	@Test
	void rejectsAcceptingAPendingOfferPastItsExpiry() {
		Offer offer = AnOffer.pending();

		assertConflict(() -> offer.accept(1, UUID.randomUUID(), NOW.plus(Offer.LIFETIME)), "offer-expired",
				Map.of("status", "EXPIRED", "version", 1));
		assertThat(offer.status()).isEqualTo(Status.PENDING);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsAcceptingAnOfferThatIsNotPending(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.accept(1, UUID.randomUUID(), LATER), status);
		assertThat(offer.status()).isEqualTo(status);
		assertThat(of(offer)).isEmpty();
	}

	// --- request changes

	@Test
	void expertAsksForChangesToAPendingOffer() {
		Offer offer = AnOffer.pending();

		offer.requestChanges("Meet me at 50?", LATER);

		assertThat(offer.status()).isEqualTo(Status.CHANGES_REQUESTED);
		assertThat(offer.changesMessage()).isEqualTo("Meet me at 50?");
		assertThat(offer.isOpen()).isTrue();
		assertThat(of(offer))
			.containsExactly(new OfferAnswered(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()),
					Offer.Status.CHANGES_REQUESTED, UserId.of(CLIENT), UserId.of(EXPERT), LATER, null));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsAChangeRequestUnlessPending(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.requestChanges("?", LATER), status);
		assertThat(of(offer)).isEmpty();
	}

	// --- modify

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "PENDING", "CHANGES_REQUESTED" })
	void clientModifiesAnOpenOfferIntoANewPendingVersion(Status status) {
		Offer offer = AnOffer.in(status);

		offer.modify(3, AnOffer.TERMS, "Deal at 52", LATER);

		assertThat(offer.status()).isEqualTo(Status.PENDING);
		assertThat(offer.offerVersion()).isEqualTo(2);
		assertThat(offer.termsVersion()).isEqualTo(3);
		assertThat(offer.changesMessage()).isNull();
		assertThat(offer.expiresAt()).isEqualTo(LATER.plus(Offer.LIFETIME));
		assertThat(of(offer))
			.containsExactly(new OfferSent(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()), 2, 3,
					UserId.of(CLIENT), UserId.of(EXPERT), LATER, LATER.plus(Offer.LIFETIME)));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "ACCEPTED", "CANCELLED", "EXPIRED", "DECLINED" })
	void rejectsModifyingAClosedOffer(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.modify(2, AnOffer.TERMS, "", LATER), status);
		assertThat(offer.offerVersion()).isEqualTo(1);
		assertThat(of(offer)).isEmpty();
	}

	// --- cancel, decline, expire

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "PENDING", "CHANGES_REQUESTED" })
	void clientCancelsAnOpenOffer(Status status) {
		Offer offer = AnOffer.in(status);

		offer.cancel(LATER);

		assertThat(offer.status()).isEqualTo(Status.CANCELLED);
		assertThat(offer.isOpen()).isFalse();
		assertThat(of(offer))
			.containsExactly(new OfferAnswered(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()),
					Offer.Status.CANCELLED, UserId.of(CLIENT), UserId.of(EXPERT), LATER, null));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "ACCEPTED", "CANCELLED", "EXPIRED", "DECLINED" })
	void rejectsCancellingAClosedOffer(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.cancel(LATER), status);
		assertThat(of(offer)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "PENDING", "CHANGES_REQUESTED" })
	void withdrawnApplicationDeclinesItsOpenOffer(Status status) {
		Offer offer = AnOffer.in(status);

		offer.decline(LATER);

		assertThat(offer.status()).isEqualTo(Status.DECLINED);
		assertThat(of(offer))
			.containsExactly(new OfferAnswered(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()),
					Offer.Status.DECLINED, UserId.of(CLIENT), UserId.of(EXPERT), LATER, null));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "ACCEPTED", "CANCELLED", "EXPIRED", "DECLINED" })
	void rejectsDecliningAClosedOffer(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.decline(LATER), status);
	}

	@Test
	void pendingOfferExpiresAfterSevenDays() {
		Offer offer = AnOffer.pending();
		Instant due = NOW.plus(Offer.LIFETIME);

		offer.expire(due);

		assertThat(offer.status()).isEqualTo(Status.EXPIRED);
		assertThat(of(offer))
			.containsExactly(new OfferAnswered(OfferId.of(offer.id()), ApplicationId.of(offer.applicationId()),
					Offer.Status.EXPIRED, UserId.of(CLIENT), UserId.of(EXPERT), due, null));
	}

	@Test
	void rejectsExpiringAnOfferBeforeItIsDue() {
		Offer offer = AnOffer.pending();
		Instant early = NOW.plus(Offer.LIFETIME).minusSeconds(1);

		assertConflict(() -> offer.expire(early), "invalid-state",
				Map.of("expiresAt", NOW.plus(Offer.LIFETIME).toString()));
		assertThat(offer.status()).isEqualTo(Status.PENDING);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsExpiringAnOfferThatIsNotPending(Status status) {
		Offer offer = AnOffer.in(status);

		assertRefusedIn(() -> offer.expire(NOW.plus(Offer.LIFETIME)), status);
		assertThat(of(offer)).isEmpty();
	}

}
