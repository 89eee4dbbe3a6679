package com.cadhire.hiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.Caller;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.SendMessage;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.JobId;
import com.cadhire.common.Keyset;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Party;
import com.cadhire.common.RetriedOnDeadlock;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobManagement;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: direct applications, the negotiation of terms, the client's reply that
 * opens the interview, withdrawals and declines.
 */
@Service
@RetriedOnDeadlock
public class ApplicationManagement {

	/** Longest cover letter. */
	public static final int MAX_COVER_LETTER = 5_000;

	/** Longest reply or decline message. */
	public static final int MAX_MESSAGE = 5_000;

	private final Applications applications;

	private final Invites invites;

	private final TermsVersions termsVersions;

	private final Offers offers;

	private final JobManagement jobs;

	private final ConversationManagement conversations;

	private final MessageSending messages;

	private final JdbcClient jdbc;

	private final HiringTexts texts;

	private final Clock clock;

	ApplicationManagement(Applications applications, Invites invites, TermsVersions termsVersions, Offers offers,
			JobManagement jobs, ConversationManagement conversations, MessageSending messages, JdbcClient jdbc,
			HiringTexts texts, Clock clock) {
		this.applications = applications;
		this.invites = invites;
		this.termsVersions = termsVersions;
		this.offers = offers;
		this.jobs = jobs;
		this.conversations = conversations;
		this.messages = messages;
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * An expert applies directly to a public open job.
	 */
	@Transactional
	public Application apply(Caller expert, JobId jobId, String coverLetter, Terms terms) {
		Job job = this.jobs.visible(expert.id(), jobId);
		// the job's rule (the pending invite and the live application are checked below,
		// with their own problem types)
		job.require(Job.Action.APPLY, JobManagement.party(expert, job), false);
		checkCoverLetter(coverLetter);
		Terms checked = TermsPolicy.check(terms, "terms", today());
		this.texts.check(expert.uuid(), job.ownerId(), Surface.APPLICATION)
			.text("coverLetter", coverLetter)
			.terms("terms", checked)
			.require();
		if (this.invites.existsByOpenKey(Invite.openKey(jobId.value(), expert.uuid()))) {
			throw new ConflictException("already-invited",
					"You have a pending invite to this job; answer the invite instead.", null);
		}
		Instant now = now();
		Application application = Application.submitted(jobId.value(), job.ownerId(), expert.uuid(), null,
				coverLetter.strip(), 1, now);
		try {
			this.applications.save(application);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new ConflictException("already-applied", "You have a live application to this job already.", null);
		}
		this.termsVersions.add(new TermsVersion(application.id(), 1, expert.uuid(), now, checked));
		return application;
	}

	/**
	 * Either party proposes new terms based on the version they saw.
	 * @return the new version
	 */
	@Transactional
	public TermsVersion proposeTerms(Caller author, ApplicationId applicationId, int basedOnVersion, Terms terms) {
		return addTerms(author, applicationId.value(), basedOnVersion, terms, false);
	}

	/**
	 * New terms that come with the open offer (the client modifies it, the expert asks
	 * for changes).
	 * @return the new version
	 */
	@Transactional
	TermsVersion proposeTermsWithOffer(Caller author, UUID applicationId, int basedOnVersion, Terms terms) {
		return addTerms(author, applicationId, basedOnVersion, terms, true);
	}

	private TermsVersion addTerms(Caller author, UUID applicationId, int basedOnVersion, Terms terms,
			boolean withOffer) {
		Application application = visible(author.id(), ApplicationId.of(applicationId));
		if (!withOffer) {
			application.require(ApplicationAction.PROPOSE_TERMS, party(author.uuid(), application));
		}
		Terms checked = TermsPolicy.check(terms, "terms", today());
		this.texts.check(author.uuid(), otherParty(application, author.uuid()), Surface.APPLICATION)
			.terms("terms", checked)
			.require();
		Instant now = now();
		int version = withOffer ? application.proposeTermsWithOffer(basedOnVersion, author.uuid(), now)
				: application.proposeTerms(basedOnVersion, author.uuid(), now);
		this.applications.save(application);
		TermsVersion added = new TermsVersion(applicationId, version, author.uuid(), now, checked);
		this.termsVersions.add(added);
		return added;
	}

	/**
	 * The expert edits the cover letter of a live application.
	 */
	@Transactional
	public Application editCoverLetter(Caller expert, ApplicationId applicationId, String coverLetter) {
		Application application = forAction(expert.uuid(), applicationId.value(), ApplicationAction.EDIT_COVER_LETTER);
		checkCoverLetter(coverLetter);
		this.texts.check(expert.uuid(), application.clientId(), Surface.APPLICATION)
			.text("coverLetter", coverLetter)
			.require();
		return this.applications.save(application.editCoverLetter(coverLetter.strip(), now()));
	}

	/**
	 * The expert submits a draft (made by "chat first").
	 */
	@Transactional
	public Application submit(Caller expert, ApplicationId applicationId) {
		Application application = forAction(expert.uuid(), applicationId.value(), ApplicationAction.SUBMIT);
		this.jobs.get(JobId.of(application.jobId()));
		this.applications.save(application.submit(now()));
		return application;
	}

	/**
	 * The expert withdraws the application; an open offer is declined with it.
	 */
	@Transactional
	public Application withdraw(Caller expert, ApplicationId applicationId) {
		Application application = forAction(expert.uuid(), applicationId.value(), ApplicationAction.WITHDRAW);
		Instant now = now();
		this.offers.findOpen(applicationId.value()).ifPresent((offer) -> this.offers.save(offer.decline(now)));
		this.applications.save(application.withdraw(now));
		return application;
	}

	/**
	 * The client declines the application, with a reason; an open offer is cancelled.
	 */
	@Transactional
	public Application decline(Caller client, ApplicationId applicationId, ApplicationDeclineReason reason,
			String message) {
		Application application = forAction(client.uuid(), applicationId.value(), ApplicationAction.DECLINE);
		if (message.length() > MAX_MESSAGE) {
			throw RuleViolationException.field("message", "Keep the message to " + MAX_MESSAGE + " characters.");
		}
		this.texts.check(client.uuid(), application.expertId(), Surface.DECLINE).text("message", message).require();
		Instant now = now();
		this.applications.save(application.decline(reason, message.strip(), now));
		// after the application, so that the timeline tells of the decline alone
		this.offers.findOpen(applicationId.value()).ifPresent((offer) -> this.offers.save(offer.cancel(now)));
		return application;
	}

	/**
	 * The client's first reply: the application becomes an interview and the group chat
	 * opens with the reply as its first message.
	 * @return the conversation
	 */
	@Transactional
	public UUID reply(Caller client, ApplicationId applicationId, String body) {
		Application application = forAction(client.uuid(), applicationId.value(), ApplicationAction.REPLY);
		if (body.isBlank() || body.length() > MAX_MESSAGE) {
			throw RuleViolationException.field("body", "Write a reply of up to " + MAX_MESSAGE + " characters.");
		}
		this.texts.check(client.uuid(), application.expertId(), Surface.MESSAGE).text("body", body).require();
		Job job = this.jobs.get(JobId.of(application.jobId()));
		UUID conversationId = this.conversations.open(applicationId, UserId.of(application.clientId()),
				UserId.of(application.expertId()), job.title());
		this.applications.save(application.reply(conversationId, now()));
		this.messages.send(SendMessage.text(conversationId, client.uuid(), body.strip(), "reply-" + applicationId));
		return conversationId;
	}

	/**
	 * Closes the live applications of a closed job; their open offers are declined.
	 */
	@Transactional
	public void closeAllOf(JobId jobId) {
		Instant now = now();
		for (Application application : this.applications.findByJobIdAndStatusInOrderByExpertId(jobId.value(),
				List.copyOf(ApplicationStatus.LIVE))) {
			this.offers.findOpen(application.id()).ifPresent((offer) -> this.offers.save(offer.decline(now)));
			this.applications.save(application.close(now));
		}
	}

	/**
	 * An application as its expert or client sees it.
	 */
	@Transactional(readOnly = true)
	public Application visible(UserId viewer, ApplicationId applicationId) {
		return this.applications.findVisible(applicationId.value(), viewer.value())
			.orElseThrow(() -> new NotFoundException("application"));
	}

	@Transactional(readOnly = true)
	public Optional<TermsVersion> currentTerms(Application application) {
		return (application.termsVersion() == 0) ? Optional.empty()
				: this.termsVersions.find(application.id(), application.termsVersion());
	}

	@Transactional(readOnly = true)
	public List<TermsVersion> termsHistory(ApplicationId applicationId) {
		return this.termsVersions.history(applicationId.value());
	}

	@Transactional(readOnly = true)
	public Optional<Offer> latestOffer(ApplicationId applicationId) {
		return this.offers.findLatest(applicationId.value());
	}

	/**
	 * The applications a client received for one of their jobs, newest activity first,
	 * with the current terms of each: two queries per page, whatever its size.
	 */
	@Transactional(readOnly = true)
	public Page<Applicant> ofJob(UserId ownerId, JobId jobId, @Nullable Cursor cursor, int limit) {
		this.jobs.owned(ownerId, jobId);
		String keyset = Keyset.newestFirst(cursor, "a.updated_at", "a.id");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT a.id, t.terms FROM applications a
				LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version
				WHERE a.job_id = :job%s ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit""".formatted(keyset))
			.param("job", jobId.value())
			.param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		Map<UUID, String> termsById = new java.util.LinkedHashMap<>();
		statement.query((rs) -> {
			termsById.put(rs.getObject("id", UUID.class), rs.getString("terms"));
		});
		Map<UUID, Application> byId = new HashMap<>();
		this.applications.findAllById(termsById.keySet()).forEach((a) -> byId.put(a.id(), a));
		List<Applicant> rows = termsById.entrySet()
			.stream()
			.map((e) -> new Applicant(byId.get(e.getKey()),
					(e.getValue() != null) ? this.termsVersions.read(e.getValue()) : null))
			.toList();
		return Page.of(rows, limit, (row) -> new Cursor(row.application().updatedAt(), row.application().id()));
	}

	/**
	 * The application, if the viewer may take the action on it now (the same rule as
	 * {@link Application#actions}).
	 */
	Application forAction(UUID viewer, UUID applicationId, ApplicationAction action) {
		Application application = visible(UserId.of(viewer), ApplicationId.of(applicationId));
		application.require(action, party(viewer, application));
		return application;
	}

	/**
	 * What the viewer may do with the application now.
	 */
	public List<ApplicationAction> actions(UserId viewer, Application application) {
		return application.actions(party(viewer.value(), application));
	}

	static Party party(UUID viewer, Application application) {
		return Party.of(viewer, application.clientId(), application.expertId());
	}

	private static UUID otherParty(Application application, UUID party) {
		return application.clientId().equals(party) ? application.expertId() : application.clientId();
	}

	private static void checkCoverLetter(String coverLetter) {
		if (coverLetter.length() > MAX_COVER_LETTER) {
			throw RuleViolationException.field("coverLetter",
					"Keep the cover letter to " + MAX_COVER_LETTER + " characters.");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Every rule of the terms (amounts, dates, milestones) the given terms break, as of
	 * today; throws nothing, so that the API can list these together with the request's
	 * other problems in one answer.
	 * @param terms the terms as sent
	 * @param field the name of the terms field in the request, e.g. {@code terms}
	 * @return the problems, empty when the terms are fine
	 */
	public List<RuleViolationException.FieldProblem> termsProblems(Terms terms, String field) {
		return TermsPolicy.problems(terms, field, today());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	/**
	 * An application in a job's applicant list, with its current terms.
	 *
	 * @param application the application
	 * @param terms its current terms, or {@code null} for a draft without terms
	 */
	public record Applicant(Application application, @Nullable Terms terms) {
	}

}
