package com.cadhire.hiring;

import java.util.Map;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;
import com.cadhire.support.DomainEvents;
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

		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.submittedAt()).isEqualTo(NOW);
		assertThat(application.termsVersion()).isEqualTo(1);
		assertThat(of(application)).containsExactly(new ApplicationSubmitted(ApplicationId.of(application.id()),
				JobId.of(JOB), UserId.of(CLIENT), UserId.of(EXPERT), 1, NOW));
	}

	@Test
	void draftIsNotSubmittedAndAnnouncesNothing() {
		Application draft = Application.draft(JOB, CLIENT, EXPERT, java.util.UUID.randomUUID(), 0, NOW);

		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(draft.submittedAt()).isNull();
		assertThat(of(draft)).isEmpty();
	}

	// --- terms

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING" })
	void eitherPartyProposesTermsOnTheCurrentVersionUntilAnOfferIsOpen(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		int version = application.proposeTerms(1, CLIENT, LATER);

		assertThat(version).isEqualTo(2);
		assertThat(application.termsVersion()).isEqualTo(2);
		assertThat(application.status()).isEqualTo(status);
		assertThat(of(application)).containsExactly(new TermsProposed(ApplicationId.of(application.id()), 2,
				UserId.of(CLIENT), UserId.of(CLIENT), UserId.of(EXPERT), LATER));
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
		assertThat(application.status()).isEqualTo(ApplicationStatus.OFFERED);
		assertThat(of(application)).containsExactly(new TermsProposed(ApplicationId.of(application.id()), 2,
				UserId.of(EXPERT), UserId.of(CLIENT), UserId.of(EXPERT), LATER));
	}

	@Test
	void rejectsTermsWithTheOfferOnAnOlderVersion() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, CLIENT, NOW);

		assertConflict(() -> application.proposeTermsWithOffer(1, EXPERT, LATER), "stale-version",
				Map.of("termsVersion", 2));
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsTermsWithAnOfferWhenNoOfferIsOpen(ApplicationStatus status) {
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
	@EnumSource(value = ApplicationStatus.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsNewTermsOnceFinished(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.proposeTerms(1, EXPERT, LATER), status);
		assertThat(application.termsVersion()).isEqualTo(1);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void expertEditsTheCoverLetterWhileLive(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.editCoverLetter("Better letter", LATER);

		assertThat(application.coverLetter()).isEqualTo("Better letter");
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsCoverLetterEditsOnceFinished(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.editCoverLetter("Too late", LATER), status);
	}

	// --- submit

	@Test
	void openingTheChatOfADraftAnnouncesThatTheExpertChoseToChatFirst() {
		Application draft = AnApplication.draft();

		draft.conversationOpened(CONVERSATION, LATER);

		assertThat(draft.conversationId()).isEqualTo(CONVERSATION);
		assertThat(of(draft)).containsExactly(new DraftChatOpened(ApplicationId.of(draft.id()),
				InviteId.of(draft.inviteId()), UserId.of(CLIENT), UserId.of(EXPERT), CONVERSATION, LATER));
	}

	@Test
	void submittingADraftWithItsChatOpenGoesStraightToTheInterview() {
		Application draft = DomainEvents.cleared(AnApplication.draft().conversationOpened(CONVERSATION, NOW));

		draft.submit(LATER);

		assertThat(draft.status()).isEqualTo(ApplicationStatus.INTERVIEWING);
		assertThat(draft.submittedAt()).isEqualTo(LATER);
		assertThat(of(draft)).containsExactly(new ApplicationSubmitted(ApplicationId.of(draft.id()), JobId.of(JOB),
				UserId.of(CLIENT), UserId.of(EXPERT), 1, LATER));
	}

	@Test
	void submittingADraftWithoutChatMakesItSubmitted() {
		Application draft = AnApplication.draft();

		draft.submit(LATER);

		assertThat(draft.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(of(draft)).hasSize(1);
	}

	@Test
	void rejectsSubmittingADraftWithoutTerms() {
		Application draft = AnApplication.draftWithoutTerms();

		assertConflict(() -> draft.submit(LATER), "terms-required", Map.of("status", "DRAFT", "termsVersion", 0));
		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "DRAFT")
	void rejectsSubmittingAnythingButADraft(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.submit(LATER), status);
		assertThat(of(application)).isEmpty();
	}

	// --- reply

	@Test
	void clientsFirstReplyStartsTheInterview() {
		Application application = AnApplication.submitted();

		application.reply(CONVERSATION, LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.INTERVIEWING);
		assertThat(application.conversationId()).isEqualTo(CONVERSATION);
		assertThat(of(application)).containsExactly(new ApplicationReplied(ApplicationId.of(application.id()),
				UserId.of(CLIENT), UserId.of(EXPERT), CONVERSATION, LATER));
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "SUBMITTED")
	void rejectsAFirstReplyToAnythingButASubmittedApplication(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.reply(CONVERSATION, LATER), status);
		assertThat(of(application)).isEmpty();
	}

	// --- offers

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "SUBMITTED", "INTERVIEWING" })
	void receivesAnOfferOnTheCurrentTerms(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.offer(1, LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.OFFERED);
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void rejectsAnOfferOnAnOlderTermsVersion() {
		Application application = AnApplication.interviewing();
		application.proposeTerms(1, EXPERT, NOW);

		assertConflict(() -> application.offer(1, LATER), "stale-version", Map.of("termsVersion", 2));
		assertThat(application.status()).isEqualTo(ApplicationStatus.INTERVIEWING);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class,
			names = { "DRAFT", "OFFERED", "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsAnOfferUnlessSubmittedOrInterviewing(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.offer(1, LATER), status);
	}

	@Test
	void modifiedOfferStaysOffered() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, CLIENT, NOW);

		application.offerModified(2, LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.OFFERED);
		assertThat(application.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void rejectsAModifiedOfferOnAnOlderTermsVersion() {
		Application application = AnApplication.offered();
		application.proposeTermsWithOffer(1, EXPERT, NOW);

		assertConflict(() -> application.offerModified(1, LATER), "stale-version", Map.of("termsVersion", 2));
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsModifyingAnOfferThatIsNotOpen(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.offerModified(1, LATER), status);
	}

	@Test
	void endedOfferReturnsToTheInterview() {
		Application application = AnApplication.offered();

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.INTERVIEWING);
	}

	@Test
	void endedOfferWithoutChatReturnsToSubmitted() {
		Application application = AnApplication.submitted().offer(1, NOW);

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void endedOfferLeavesAnyOtherStateAlone(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.offerEnded(LATER);

		assertThat(application.status()).isEqualTo(status);
	}

	// --- hire

	@Test
	void acceptedOfferHiresTheExpert() {
		Application application = AnApplication.offered();

		application.hire(LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.HIRED);
		assertThat(application.isLive()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = Mode.EXCLUDE, names = "OFFERED")
	void rejectsHiringWithoutAnOpenOffer(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.hire(LATER), status);
	}

	// --- withdraw, decline, close

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void expertWithdrawsAnyTimeBeforeTheHire(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.withdraw(LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(of(application)).containsExactly(new ApplicationWithdrawn(ApplicationId.of(application.id()),
				UserId.of(CLIENT), UserId.of(EXPERT), LATER));
	}

	@Test
	void rejectsWithdrawalAfterHire() {
		Application application = AnApplication.hired();

		assertRefusedIn(() -> application.withdraw(LATER), ApplicationStatus.HIRED);
		assertThat(application.status()).isEqualTo(ApplicationStatus.HIRED);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsWithdrawalOfAFinishedApplication(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.withdraw(LATER), status);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void clientDeclinesALiveApplicationWithAReason(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.decline(ApplicationDeclineReason.RATE_TOO_HIGH, "Over budget", LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.DECLINED);
		assertThat(application.declineReason()).isEqualTo(ApplicationDeclineReason.RATE_TOO_HIGH);
		assertThat(application.declineMessage()).isEqualTo("Over budget");
		assertThat(of(application)).containsExactly(new ApplicationDeclined(ApplicationId.of(application.id()),
				UserId.of(CLIENT), UserId.of(EXPERT), ApplicationDeclineReason.RATE_TOO_HIGH, LATER));
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsDecliningAFinishedApplication(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.decline(ApplicationDeclineReason.NOT_A_FIT, "", LATER), status);
		assertThat(of(application)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED" })
	void closingTheJobClosesALiveApplication(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		application.close(LATER);

		assertThat(application.status()).isEqualTo(ApplicationStatus.CLOSED);
		assertThat(application.isLive()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" })
	void rejectsClosingAFinishedApplication(ApplicationStatus status) {
		Application application = AnApplication.in(status);

		assertRefusedIn(() -> application.close(LATER), status);
	}

}
