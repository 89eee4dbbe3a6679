package com.cadhire.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ConflictException;
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
		if (this.status != Status.OPEN) {
			throw new ConflictException("job-closed", "The job is " + this.status + " already.",
					Map.of("status", this.status.name()));
		}
		this.status = Status.CLOSED;
		this.closedAt = now;
		registerEvent(new JobClosed(this.id, this.ownerId, now));
		return this;
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

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	/**
	 * How the work is paid.
	 */
	public enum RateType {

		/** Paid by the hour, with a weekly limit. */
		HOURLY,

		/** A fixed total, paid by milestones. */
		FIXED

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
