package com.cadhire.hiring;

import java.util.Map;

import com.cadhire.hiring.Application.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import static com.cadhire.hiring.AnApplication.CLIENT;
import static com.cadhire.hiring.AnApplication.CONVERSATION;
import static com.cadhire.hiring.AnApplication.EXPERT;
import static com.cadhire.hiring.AnApplication.JOB;
import static com.cadhire.hiring.AnApplication.NOW;
import static com.cadhire.support.Conflicts.assertConflict;
import static com.cadhire.support.Conflicts.assertRefusedIn;
import static com.cadhire.support.DomainEvents.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of an application, allowed and refused.
 */
class ApplicationTests {

	private static final java.time.Instant LATER = NOW.plusSeconds(3600);

	// --- creation

	@Test
	void submittedApplicationIsLiveAndAnnouncesItself() {
		Application application = Application.submitted(JOB, CLIENT, EXPERT, null, "Cover", 1, NOW);

		assertThat(application.status()).isEqualTo(Status.SUBMITTED);
		assertThat(application.submittedAt()).isEqualTo(NOW);
		assertThat(application.termsVersion()).isEqualTo(1);
		assertThat(of(application))
			.containsExactly(new ApplicationSubmitted(application.id(), JOB, CLIENT, EXPERT, NOW));
	}

	@Test
	void draftIsNotSubmittedAndAnnouncesNothing() {
		Application draft = Application.draft(JOB, CLIENT, EXPERT, java.util.UUID.randomUUID(), 0, NOW);

		assertThat(draft.status()).isEqualTo(Status.DRAFT);
		assertThat(draft.submittedAt()).isNull();
		assertThat(of(draft)).isEmpty();
	}

	// --- terms

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING" })
	void eitherPartyProposesTermsOnTheCurrentVersionUntilAnOfferIsOpen(Status status) {
		Application application = AnApplication.in(status);

		int version = application.proposeTerms(1, CLIENT, LATER);

		assertThat(version).isEqualTo(2);
		assertThat(application.termsVersion()).isEqualTo(2);
		assertThat(application.status()).isEqualTo(status);
		assertThat(of(application))
			.containsExactly(new TermsProposed(application.id(), 2, CLIENT, CLIENT, EXPERT, LATER));
	}

	@Test
	void rejectsPlainNewTermsWhileAnOfferIsOpenSoTheOfferNeverFallsBehind() {
		Application application = AnApplication.offered();

		assertConflict(() -> application.proposeTerms(1, EXPERT, LATER), "offer-open",
				Map.of("status", "OFFERED", "termsVersion", 1));
		assertThat(application.termsVersion()).isEqualTo(1);
		assertThat(of(application)).isEmpty();
	}

	@Test
	void termsChangeWithTheOpenOffer() {
		Application application = AnApplication.offered();

		int version = application.proposeTermsWithOffer(1, EXPERT, LATER);

		assertThat(version).isEqualTo(2);
		assertThat(application.status()).isEqualTo(Status.OFFERED);
		assertThat(of(application))
			.containsExactly(new TermsProposed(application.id(), 2, EXPERT, CLIENT, EXPERT, LATER));
	}

	@Test
	void rejectsTermsWithTheOfferOnAnOlderVersion() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, CLIENT, NOW);

		assertConflict(() -> application.proposeTermsWithOffer(1, EXPERT, LATER), "stale-version",
				Map.of("termsVersion", 2));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsTermsWithAnOfferWhenNoOfferIsOpen(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.proposeTermsWithOffer(1, CLIENT, LATER), status);
	}

	@Test
	void rejectsTermsBasedOnAnOlderVersionWithTheCurrentVersion() {
		Application application = AnApplication.interviewing();
		application.proposeTerms(1, EXPERT, NOW);

		assertConflict(() -> application.proposeTerms(1, CLIENT, LATER), "stale-version", Map.of("termsVersion", 2));
		assertThat(application.termsVersion()).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsNewTermsOnceFinished(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.proposeTerms(1, EXPERT, LATER), status);
		assertThat(application.termsVersion()).isEqualTo(1);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void expertEditsTheCoverLetterWhileLive(Status status) {
		Application application = AnApplication.in(status);

		application.editCoverLetter("Better letter", LATER);

		assertThat(application.coverLetter()).isEqualTo("Better letter");
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsCoverLetterEditsOnceFinished(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.editCoverLetter("Too late", LATER), status);
	}

	// --- submit

	@Test
	void submittingADraftWithItsChatOpenGoesStraightToTheInterview() {
		Application draft = AnApplication.draft().conversationOpened(CONVERSATION);

		draft.submit(LATER);

		assertThat(draft.status()).isEqualTo(Status.INTERVIEWING);
		assertThat(draft.submittedAt()).isEqualTo(LATER);
		assertThat(of(draft)).containsExactly(new ApplicationSubmitted(draft.id(), JOB, CLIENT, EXPERT, LATER));
	}

	@Test
	void submittingADraftWithoutChatMakesItSubmitted() {
		Application draft = AnApplication.draft();

		draft.submit(LATER);

		assertThat(draft.status()).isEqualTo(Status.SUBMITTED);
		assertThat(of(draft)).hasSize(1);
	}

	@Test
	void rejectsSubmittingADraftWithoutTerms() {
		Application draft = AnApplication.draftWithoutTerms();

		assertConflict(() -> draft.submit(LATER), "terms-required", Map.of("status", "DRAFT", "termsVersion", 0));
		assertThat(draft.status()).isEqualTo(Status.DRAFT);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "DRAFT")
	void rejectsSubmittingAnythingButADraft(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.submit(LATER), status);
		assertThat(of(application)).isEmpty();
	}

	// --- reply

	@Test
	void clientsFirstReplyStartsTheInterview() {
		Application application = AnApplication.submitted();

		application.reply(CONVERSATION, LATER);

		assertThat(application.status()).isEqualTo(Status.INTERVIEWING);
		assertThat(application.conversationId()).isEqualTo(CONVERSATION);
		assertThat(of(application))
			.containsExactly(new ApplicationReplied(application.id(), CLIENT, EXPERT, CONVERSATION, LATER));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "SUBMITTED")
	void rejectsAFirstReplyToAnythingButASubmittedApplication(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.reply(CONVERSATION, LATER), status);
		assertThat(of(application)).isEmpty();
	}

	// --- offers

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "SUBMITTED", "INTERVIEWING" })
	void receivesAnOfferOnTheCurrentTerms(Status status) {
		Application application = AnApplication.in(status);

		application.offer(1, LATER);

		assertThat(application.status()).isEqualTo(Status.OFFERED);
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void rejectsAnOfferOnAnOlderTermsVersion() {
		Application application = AnApplication.interviewing();
		application.proposeTerms(1, EXPERT, NOW);

		assertConflict(() -> application.offer(1, LATER), "stale-version", Map.of("termsVersion", 2));
		assertThat(application.status()).isEqualTo(Status.INTERVIEWING);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "OFFERED", "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsAnOfferUnlessSubmittedOrInterviewing(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.offer(1, LATER), status);
	}

	@Test
	void modifiedOfferStaysOffered() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, CLIENT, NOW);

		application.offerModified(2, LATER);

		assertThat(application.status()).isEqualTo(Status.OFFERED);
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void rejectsAModifiedOfferOnAnOlderTermsVersion() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, EXPERT, NOW);

		assertConflict(() -> application.offerModified(1, LATER), "stale-version", Map.of("termsVersion", 2));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsModifyingAnOfferThatIsNotOpen(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.offerModified(1, LATER), status);
	}

	@Test
	void endedOfferReturnsToTheInterview() {
		Application application = AnApplication.offered();

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(Status.INTERVIEWING);
	}

	@Test
	void endedOfferWithoutChatReturnsToSubmitted() {
		Application application = AnApplication.submitted().offer(1, NOW);

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(Status.SUBMITTED);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void endedOfferLeavesAnyOtherStateAlone(Status status) {
		Application application = AnApplication.in(status);

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(status);
	}

	// --- hire

	@Test
	void acceptedOfferHiresTheExpert() {
		Application application = AnApplication.offered();

		application.hire(LATER);

		assertThat(application.status()).isEqualTo(Status.HIRED);
		assertThat(application.isLive()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsHiringWithoutAnOpenOffer(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.hire(LATER), status);
	}

	// --- withdraw, decline, close

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void expertWithdrawsAnyTimeBeforeTheHire(Status status) {
		Application application = AnApplication.in(status);

		application.withdraw(LATER);

		assertThat(application.status()).isEqualTo(Status.WITHDRAWN);
		assertThat(of(application)).containsExactly(new ApplicationWithdrawn(application.id(), CLIENT, EXPERT, LATER));
	}

	@Test
	void rejectsWithdrawalAfterHire() {
		Application application = AnApplication.hired();

		assertRefusedIn(() -> application.withdraw(LATER), Status.HIRED);
		assertThat(application.status()).isEqualTo(Status.HIRED);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsWithdrawalOfAFinishedApplication(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.withdraw(LATER), status);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void clientDeclinesALiveApplicationWithAReason(Status status) {
		Application application = AnApplication.in(status);

		application.decline(Application.DeclineReason.RATE_TOO_HIGH, "Over budget", LATER);

		assertThat(application.status()).isEqualTo(Status.DECLINED);
		assertThat(application.declineReason()).isEqualTo(Application.DeclineReason.RATE_TOO_HIGH);
		assertThat(application.declineMessage()).isEqualTo("Over budget");
		assertThat(of(application)).containsExactly(new ApplicationDeclined(application.id(), CLIENT, EXPERT, LATER));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsDecliningAFinishedApplication(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.decline(Application.DeclineReason.NOT_A_FIT, "", LATER), status);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void closingTheJobClosesALiveApplication(Status status) {
		Application application = AnApplication.in(status);

		application.close(LATER);

		assertThat(application.status()).isEqualTo(Status.CLOSED);
		assertThat(application.isLive()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsClosingAFinishedApplication(Status status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.close(LATER), status);
	}

}
