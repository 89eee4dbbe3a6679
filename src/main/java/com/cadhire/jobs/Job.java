package com.cadhire.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.JobId;
import com.cadhire.common.Party;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job a client posted.
 */
@Table("jobs")
public class Job extends AbstractAggregateRoot<Job> {

	@Id
	private final UUID id;

	private final UUID ownerId;

	private String title;

	private String description;

	private String skills;

	private RateType rateType;

	private BigDecimal budgetAmount;

	private String budgetCurrency;

	private Visibility visibility;

	private Status status;

	private final Instant createdAt;

	private @Nullable Instant closedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Job(UUID id, UUID ownerId, String title, String description, String skills, RateType rateType,
			BigDecimal budgetAmount, String budgetCurrency, Visibility visibility, Status status, Instant createdAt,
			@Nullable Instant closedAt, @Nullable Long version) {
		this.id = id;
		this.ownerId = ownerId;
		this.title = title;
		this.description = description;
		this.skills = skills;
		this.rateType = rateType;
		this.budgetAmount = budgetAmount;
		this.budgetCurrency = budgetCurrency;
		this.visibility = visibility;
		this.status = status;
		this.createdAt = createdAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	static Job post(UUID ownerId, JobDraft draft, Instant now) {
		return new Job(UUID.randomUUID(), ownerId, draft.title().strip(), draft.description().strip(),
				String.join(",", draft.skills()), draft.rateType(), draft.budgetAmount(), draft.budgetCurrency(),
				draft.visibility(), Status.OPEN, now, null, null);
	}

	/**
	 * Closes the job: no more invites or applications. Pending invites expire and open
	 * applications close (hiring reacts to {@link JobClosed} in the same transaction).
	 * @param now the time of closing
	 * @return this job
	 * @throws ConflictException if the job is closed already
	 */
	Job close(Instant now) {
		requireAllowed(Action.CLOSE, false);
		this.status = Status.CLOSED;
		this.closedAt = now;
		registerEvent(new JobClosed(JobId.of(this.id), UserId.of(this.ownerId), now));
		return this;
	}

	/**
	 * What a viewer may do with this job now: the one rule that the job page, the API's
	 * {@code actions} and the verbs share. Its owner (the {@link Party#CLIENT}) invites
	 * experts and closes it while it is open; an expert ({@link Party#EXPERT}: any expert
	 * account but the owner) applies to an open public job unless they have a pending
	 * invite to it or an application to it that is live or hired; anybody else may do
	 * nothing.
	 * @param party who the viewer is to the job
	 * @param viewerInHiring whether the viewer has a pending invite to the job or an
	 * application to it that is live or ended in a hire
	 * @return the actions, in a fixed order
	 */
	public List<Action> actions(Party party, boolean viewerInHiring) {
		return Arrays.stream(Action.values()).filter((a) -> a.party == party && allows(a, viewerInHiring)).toList();
	}

	/**
	 * Refuses an action the viewer may not take now: 403 for the wrong party or a private
	 * job, 409 for a closed job or an expert already in its hiring.
	 * @param action the action
	 * @param party who the viewer is to the job
	 * @param viewerInHiring whether the viewer has a pending invite to the job or an
	 * application to it that is live or ended in a hire
	 */
	public void require(Action action, Party party, boolean viewerInHiring) {
		if (action.party != party) {
			throw new ForbiddenException(switch (action) {
				case INVITE -> "Only the client who posted the job invites to it.";
				case CLOSE -> "Only the client who posted the job can close it.";
				case APPLY -> "Only experts apply to jobs.";
			});
		}
		requireAllowed(action, viewerInHiring);
	}

	private boolean allows(Action action, boolean viewerInHiring) {
		return switch (action) {
			case INVITE, CLOSE -> isOpen();
			case APPLY -> isOpen() && this.visibility == Visibility.PUBLIC && !viewerInHiring;
		};
	}

	private void requireAllowed(Action action, boolean viewerInHiring) {
		if (allows(action, viewerInHiring)) {
			return;
		}
		Map<String, Object> current = Map.of("status", this.status.name(), "action", action.apiName());
		if (!isOpen()) {
			throw new ConflictException("job-closed", (action == Action.CLOSE) ? "This job is closed already."
					: "This job is closed; reopen hiring with a new job post.", current);
		}
		if (action == Action.APPLY && this.visibility != Visibility.PUBLIC) {
			throw new ForbiddenException("This job takes applications by invite only; answer your invite instead.");
		}
		throw new ConflictException("already-applied",
				"You have a pending invite to this job, or an application to it already.", current);
	}

	public UUID id() {
		return this.id;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public List<String> skills() {
		return this.skills.isEmpty() ? List.of() : Arrays.asList(this.skills.split(","));
	}

	public RateType rateType() {
		return this.rateType;
	}

	public BigDecimal budgetAmount() {
		return this.budgetAmount;
	}

	public String budgetCurrency() {
		return this.budgetCurrency;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public Status status() {
		return this.status;
	}

	public boolean isOpen() {
		return this.status == Status.OPEN;
	}

	/**
	 * Hiring steps (accepting an invite, sending, changing or accepting an offer) need an
	 * open job.
	 * @return this job
	 * @throws ConflictException {@code job-closed} when it is closed
	 */
	public Job requireOpen() {
		if (!isOpen()) {
			throw new ConflictException("job-closed", "This job is closed.", Map.of("status", this.status.name()));
		}
		return this;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	/**
	 * What can be done with a job, and by whom.
	 */
	public enum Action {

		/** The owner invites an expert to the job. */
		INVITE("invite", Party.CLIENT),

		/** The owner closes the job. */
		CLOSE("close", Party.CLIENT),

		/** An expert applies to the (public) job. */
		APPLY("apply", Party.EXPERT);

		private final String apiName;

		private final Party party;

		Action(String apiName, Party party) {
			this.apiName = apiName;
			this.party = party;
		}

		/**
		 * @return the action's name in the API, e.g. {@code close}
		 */
		public String apiName() {
			return this.apiName;
		}

	}

	/**
	 * Who can find the job.
	 */
	public enum Visibility {

		/** Listed for every expert; anyone may apply. */
		PUBLIC,

		/** Only the owner and the experts they invite see it. */
		PRIVATE

	}

	/**
	 * Where the job is in its life.
	 */
	public enum Status {

		/** Takes invites and applications. */
		OPEN,

		/** Closed by its owner; takes nothing new. */
		CLOSED

	}

}
