package com.cadhire.hiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Role;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.Keyset;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Party;
import com.cadhire.common.RetriedOnDeadlock;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobManagement;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites: a client sends one, the expert accepts (as proposed, negotiating, or to chat
 * first) or declines, the client may withdraw it, and it expires when its job closes or
 * after 30 days.
 */
@Service
@RetriedOnDeadlock
public class InviteManagement {

	/** Longest invite message. */
	public static final int MAX_MESSAGE = 5_000;

	/** Longest decline message and cover letter. */
	public static final int MAX_DECLINE_MESSAGE = 2_000;

	private final Invites invites;

	private final Applications applications;

	private final TermsVersions termsVersions;

	private final JobManagement jobs;

	private final AccountManagement accounts;

	private final ExpertAvailability availability;

	private final ConversationManagement conversations;

	private final JdbcClient jdbc;

	private final HiringTexts texts;

	private final Clock clock;

	InviteManagement(Invites invites, Applications applications, TermsVersions termsVersions, JobManagement jobs,
			AccountManagement accounts, ExpertAvailability availability, ConversationManagement conversations,
			JdbcClient jdbc, HiringTexts texts, Clock clock) {
		this.invites = invites;
		this.applications = applications;
		this.termsVersions = termsVersions;
		this.jobs = jobs;
		this.accounts = accounts;
		this.availability = availability;
		this.conversations = conversations;
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * A client invites an expert to one of their open jobs.
	 * @param client the job's owner
	 * @param jobId the job
	 * @param expertId the expert
	 * @param message a message to the expert
	 * @param proposedTerms terms the client proposes, or {@code null}
	 * @return the pending invite
	 */
	@Transactional
	public Invite send(Caller client, JobId jobId, UserId expertId, String message, @Nullable Terms proposedTerms) {
		Job job = this.jobs.visible(client.id(), jobId);
		job.require(Job.Action.INVITE, JobManagement.party(client, job), false);
		if (expertId.equals(client.id())) {
			throw RuleViolationException.field("expertId", "You cannot invite yourself.");
		}
		AccountSummary expert = this.accounts.summary(expertId)
			.filter((account) -> account.role() == Role.EXPERT)
			.orElseThrow(() -> RuleViolationException.field("expertId", "There is no expert with this id."));
		if (!this.availability.acceptsInvites(expert.id())) {
			throw new RuleViolationException("not-accepting-invites",
					expert.displayName() + " is not accepting invites at the moment.",
					List.of(new RuleViolationException.FieldProblem("expertId", "is not accepting invites")), Map.of());
		}
		if (message.length() > MAX_MESSAGE) {
			throw RuleViolationException.field("message", "Keep the message to " + MAX_MESSAGE + " characters.");
		}
		this.texts.check(client.uuid(), expertId.value(), Surface.INVITE)
			.text("message", message)
			.terms("proposedTerms", proposedTerms)
			.require();
		Terms terms = null;
		if (proposedTerms != null) {
			terms = TermsPolicy.check(proposedTerms, "proposedTerms", today());
		}
		if (this.applications.existsByOpenKey(Invite.openKey(jobId.value(), expertId.value()))) {
			throw new ConflictException("already-applied",
					expert.displayName() + " has a live application to this job already.", null);
		}
		if (this.invites.existsByOpenKey(Invite.openKey(jobId.value(), expertId.value()))) {
			throw new ConflictException("already-invited",
					"You invited " + expert.displayName() + " to this job already; the invite is pending.", null);
		}
		return this.invites
			.save(Invite.send(jobId.value(), client.uuid(), expertId.value(), message.strip(), terms, now()));
	}

	/**
	 * The invited expert accepts the invite.
	 * @param expert the caller
	 * @param inviteId the invite
	 * @param mode as proposed, negotiate, or chat first
	 * @param terms the expert's terms when negotiating
	 * @param coverLetter a cover letter, may be empty
	 * @return the application and, for chat first, its conversation
	 */
	@Transactional
	public Accepted accept(Caller expert, InviteId inviteId, AcceptMode mode, @Nullable Terms terms,
			String coverLetter) {
		Invite invite = forAction(expert.uuid(), inviteId.value(), Invite.Action.ACCEPT);
		Job job = this.jobs.get(JobId.of(invite.jobId())).requireOpen();
		if (coverLetter.length() > MAX_DECLINE_MESSAGE) {
			throw RuleViolationException.field("coverLetter",
					"Keep the cover letter to " + MAX_DECLINE_MESSAGE + " characters.");
		}
		this.texts.check(expert.uuid(), invite.clientId(), Surface.APPLICATION)
			.text("coverLetter", coverLetter)
			.terms("terms", terms)
			.require();
		Instant now = now();
		Terms proposed = (invite.proposedTerms() != null) ? invite.proposedTerms() : null;
		Terms own = (terms != null) ? TermsPolicy.check(terms, "terms", today()) : null;
		Application application;
		UUID conversationId = null;
		switch (mode) {
			case AS_PROPOSED -> {
				if (proposed == null) {
					throw RuleViolationException.field("mode",
							"The client proposed no terms; choose NEGOTIATE with your terms, or CHAT_FIRST.");
				}
				application = Application.submitted(invite.jobId(), invite.clientId(), expert.uuid(), invite.id(),
						coverLetter.strip(), 1, now);
				this.applications.save(application);
				this.termsVersions.add(new TermsVersion(application.id(), 1, invite.clientId(), now, proposed));
			}
			case NEGOTIATE -> {
				if (own == null) {
					throw RuleViolationException.field("terms", "Send your terms to negotiate.");
				}
				int version = (proposed != null) ? 2 : 1;
				application = Application.submitted(invite.jobId(), invite.clientId(), expert.uuid(), invite.id(),
						coverLetter.strip(), version, now);
				this.applications.save(application);
				if (proposed != null) {
					this.termsVersions.add(new TermsVersion(application.id(), 1, invite.clientId(), now, proposed));
				}
				this.termsVersions.add(new TermsVersion(application.id(), version, expert.uuid(), now, own));
			}
			case CHAT_FIRST -> {
				application = Application.draft(invite.jobId(), invite.clientId(), expert.uuid(), invite.id(),
						(proposed != null) ? 1 : 0, now);
				conversationId = this.conversations.open(ApplicationId.of(application.id()),
						UserId.of(invite.clientId()), expert.id(), job.title());
				application.conversationOpened(conversationId, now);
				this.applications.save(application);
				if (proposed != null) {
					this.termsVersions.add(new TermsVersion(application.id(), 1, invite.clientId(), now, proposed));
				}
			}
			default -> throw new IllegalArgumentException(mode.name());
		}
		this.invites.save(invite.accept(application.id(), now));
		return new Accepted(ApplicationId.of(application.id()), conversationId);
	}

	/**
	 * The invited expert declines.
	 */
	@Transactional
	public Invite decline(Caller expert, InviteId inviteId, Invite.DeclineReason reason, String message) {
		Invite invite = forAction(expert.uuid(), inviteId.value(), Invite.Action.DECLINE);
		if (message.length() > MAX_DECLINE_MESSAGE) {
			throw RuleViolationException.field("message",
					"Keep the message to " + MAX_DECLINE_MESSAGE + " characters.");
		}
		this.texts.check(expert.uuid(), invite.clientId(), Surface.DECLINE).text("message", message).require();
		return this.invites.save(invite.decline(reason, message.strip(), now()));
	}

	/**
	 * The client withdraws a pending invite.
	 */
	@Transactional
	public Invite withdraw(Caller client, InviteId inviteId) {
		Invite invite = forAction(client.uuid(), inviteId.value(), Invite.Action.WITHDRAW);
		return this.invites.save(invite.withdraw(now()));
	}

	/**
	 * Expires one invite that is due; safe to run on several nodes at once (the loser of
	 * a race fails its optimistic lock and changes nothing).
	 * @param inviteId a due invite
	 */
	@Transactional
	public void expireIfDue(InviteId inviteId) {
		this.invites.findById(inviteId.value()).filter((invite) -> invite.isDue(now())).ifPresent((invite) -> {
			this.invites.save(invite.expire(now()));
		});
	}

	@Transactional(readOnly = true)
	public List<InviteId> due(int limit) {
		return this.invites.findDue(Times.sql(now()), limit).stream().map(InviteId::of).toList();
	}

	/**
	 * Expires every pending invite of a closed job (in the closing transaction).
	 */
	@Transactional
	public void expireAllOf(JobId jobId) {
		Instant now = now();
		for (Invite invite : this.invites.findByJobIdAndStatusOrderByExpertId(jobId.value(), Invite.Status.PENDING)) {
			this.invites.save(invite.expire(now));
		}
	}

	/**
	 * An invite as its expert or its client sees it.
	 */
	@Transactional(readOnly = true)
	public Invite visible(UserId viewer, InviteId inviteId) {
		return this.invites.findVisible(inviteId.value(), viewer.value())
			.orElseThrow(() -> new NotFoundException("invite"));
	}

	@Transactional(readOnly = true)
	public @Nullable Terms proposedTerms(Invite invite) {
		return (invite.proposedTerms() != null) ? invite.proposedTerms() : null;
	}

	/**
	 * The invites a client sent for one of their jobs, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Invite> ofJob(UserId ownerId, JobId jobId, @Nullable Cursor cursor, int limit) {
		this.jobs.owned(ownerId, jobId);
		String keyset = Keyset.newestFirst(cursor, "sent_at", "id");
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("SELECT id FROM invites WHERE job_id = :job%s ORDER BY sent_at DESC, id DESC LIMIT :limit"
				.formatted(keyset))
			.param("job", jobId.value())
			.param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		List<UUID> ids = statement.query(UUID.class).list();
		Map<UUID, Invite> byId = new java.util.HashMap<>();
		this.invites.findAllById(ids).forEach((invite) -> byId.put(invite.id(), invite));
		return Page.of(ids.stream().map(byId::get).toList(), limit,
				(invite) -> new Cursor(invite.sentAt(), invite.id()));
	}

	/**
	 * The invite, if the viewer may take the action on it now (the same rule as
	 * {@link Invite#actions}).
	 */
	private Invite forAction(UUID viewer, UUID inviteId, Invite.Action action) {
		Invite invite = visible(UserId.of(viewer), InviteId.of(inviteId));
		invite.require(action, Party.of(viewer, invite.clientId(), invite.expertId()), now());
		return invite;
	}

	/**
	 * What the viewer may do with the invite now.
	 */
	public List<Invite.Action> actions(UserId viewer, Invite invite) {
		return invite.actions(Party.of(viewer.value(), invite.clientId(), invite.expertId()), now());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	/**
	 * How the expert accepts an invite.
	 */
	public enum AcceptMode {

		/** Accept the client's proposed terms as they are. */
		AS_PROPOSED,

		/** Apply with the expert's own terms. */
		NEGOTIATE,

		/** Accept, open the chat, and submit the application later. */
		CHAT_FIRST

	}

	/**
	 * What accepting an invite made.
	 *
	 * @param applicationId the application
	 * @param conversationId its conversation (chat first), or {@code null}
	 */
	public record Accepted(ApplicationId applicationId, @Nullable UUID conversationId) {
	}

}
