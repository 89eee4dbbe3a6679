package com.cadhire.jobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Role;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.JobId;
import com.cadhire.common.Keyset;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Party;
import com.cadhire.common.RateType;
import com.cadhire.common.RetriedOnDeadlock;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts, shows, lists and closes jobs. Every read is scoped to what the caller may see.
 */
@Service
public class JobManagement {

	/** Longest title. */
	public static final int MAX_TITLE = 120;

	/** Longest description. */
	public static final int MAX_DESCRIPTION = 20_000;

	/** Most skills on one job. */
	public static final int MAX_SKILLS = 20;

	/** Longest skill tag. */
	public static final int MAX_SKILL = 40;

	/** Currencies a budget may be in. */
	public static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF");

	private final Jobs jobs;

	private final JdbcClient jdbc;

	private final List<JobViewers> viewers;

	private final ContactPolicy contactPolicy;

	private final Clock clock;

	JobManagement(Jobs jobs, JdbcClient jdbc, List<JobViewers> viewers, ContactPolicy contactPolicy, Clock clock) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.contactPolicy = contactPolicy;
		this.clock = clock;
	}

	/**
	 * Posts a job.
	 * @param owner the client posting it
	 * @param draft what they filled in
	 * @return the open job
	 */
	@Transactional
	public Job post(Caller owner, JobDraft draft) {
		if (!owner.is(Role.CLIENT)) {
			throw new ForbiddenException("Only clients post jobs.");
		}
		JobDraft valid = validate(draft);
		Map<String, @Nullable String> texts = new LinkedHashMap<>();
		texts.put("title", valid.title());
		texts.put("description", valid.description());
		texts.put("skills", String.join(", ", valid.skills()));
		this.contactPolicy.require(owner.uuid(), null, Surface.JOB, texts);
		return this.jobs.save(Job.post(owner.uuid(), valid, this.clock.instant()));
	}

	/**
	 * Closes a job. Hiring expires its pending invites and closes its open applications
	 * in the same transaction.
	 * @param owner the job's owner
	 * @param jobId the job
	 * @return the closed job
	 */
	@Transactional
	@RetriedOnDeadlock
	public Job close(Caller owner, JobId jobId) {
		Job job = visible(owner.id(), jobId);
		job.require(Job.Action.CLOSE, party(owner, job), false);
		return this.jobs.save(job.close(this.clock.instant()));
	}

	/**
	 * What the viewer may do with the job now (decided by {@link Job#actions}).
	 * @param viewer the viewer
	 * @param job a job they see
	 * @return the actions
	 */
	@Transactional(readOnly = true)
	public List<Job.Action> actions(Caller viewer, Job job) {
		Party party = party(viewer, job);
		boolean inHiring = party == Party.EXPERT && job.isOpen()
				&& this.viewers.stream().anyMatch((v) -> v.inHiring(job.id(), viewer.uuid()));
		return job.actions(party, inHiring);
	}

	/**
	 * Who the viewer is to a job: its owner is its client, any other expert a possible
	 * expert, anybody else an outsider.
	 * @param viewer the viewer
	 * @param job the job
	 * @return the party
	 */
	public static Party party(Caller viewer, Job job) {
		if (job.ownerId().equals(viewer.uuid())) {
			return Party.CLIENT;
		}
		return viewer.is(Role.EXPERT) ? Party.EXPERT : Party.OUTSIDER;
	}

	/**
	 * A job its owner may act on.
	 * @param ownerId the caller
	 * @param jobId the job
	 * @return the job
	 * @throws NotFoundException if it does not exist or belongs to someone else
	 */
	@Transactional(readOnly = true)
	public Job owned(UserId ownerId, JobId jobId) {
		return this.jobs.findByIdAndOwnerId(jobId.value(), ownerId.value())
			.orElseThrow(() -> new NotFoundException("job"));
	}

	/**
	 * A job the caller acts on as its owner (closing it, inviting to it).
	 * @param ownerId the caller
	 * @param jobId the job
	 * @param notOwner what to tell a caller who sees the job but does not own it
	 * @return the job
	 * @throws NotFoundException if it does not exist or the caller may not see it
	 * @throws ForbiddenException if the caller sees it (a public job, or a private one
	 * they take part in) but does not own it
	 */
	@Transactional(readOnly = true)
	public Job changeableBy(UserId ownerId, JobId jobId, String notOwner) {
		Job job = visible(ownerId, jobId);
		if (!job.ownerId().equals(ownerId.value())) {
			throw new ForbiddenException(notOwner);
		}
		return job;
	}

	/**
	 * A job as the caller may see it: the owner always, anyone for a public job, and the
	 * experts taking part in hiring for a private one.
	 * @param viewer the caller
	 * @param jobId the job
	 * @return the job
	 */
	@Transactional(readOnly = true)
	public Job visible(UserId viewer, JobId jobId) {
		Job job = this.jobs.findById(jobId.value()).orElseThrow(() -> new NotFoundException("job"));
		if (job.ownerId().equals(viewer.value()) || job.visibility() == Job.Visibility.PUBLIC
				|| this.viewers.stream().anyMatch((v) -> v.takesPartIn(jobId.value(), viewer.value()))) {
			return job;
		}
		throw new NotFoundException("job");
	}

	/**
	 * A job by id, without access checks: for modules that check access themselves.
	 * @param jobId the job
	 * @return the job
	 */
	@Transactional(readOnly = true)
	public Job get(JobId jobId) {
		return this.jobs.findById(jobId.value()).orElseThrow(() -> new NotFoundException("job"));
	}

	/**
	 * Public open jobs, newest first.
	 * @param cursor where the previous page ended
	 * @param limit page size
	 * @return one page
	 */
	@Transactional(readOnly = true)
	public Page<JobSummary> publicOpen(@Nullable Cursor cursor, int limit) {
		return page("status = 'OPEN' AND visibility = 'PUBLIC'", null, cursor, limit);
	}

	/**
	 * A client's own jobs, newest first, in every state.
	 * @param ownerId the client
	 * @param cursor where the previous page ended
	 * @param limit page size
	 * @return one page
	 */
	@Transactional(readOnly = true)
	public Page<JobSummary> mine(UserId ownerId, @Nullable Cursor cursor, int limit) {
		return page("owner_id = :owner", ownerId.value(), cursor, limit);
	}

	private Page<JobSummary> page(String filter, @Nullable UUID owner, @Nullable Cursor cursor, int limit) {
		String keyset = Keyset.newestFirst(cursor, "created_at", "id");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT id, owner_id, title, skills, rate_type, budget_amount, budget_currency, visibility, status,
				       created_at
				FROM jobs WHERE %s%s ORDER BY created_at DESC, id DESC LIMIT :limit""".formatted(filter, keyset))
			.param("limit", limit + 1);
		if (owner != null) {
			statement = statement.param("owner", owner);
		}
		statement = Keyset.bind(statement, cursor);
		List<JobSummary> rows = statement
			.query((rs, n) -> new JobSummary(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("title"), split(rs.getString("skills")), RateType.valueOf(rs.getString("rate_type")),
					rs.getBigDecimal("budget_amount"), rs.getString("budget_currency"),
					Job.Visibility.valueOf(rs.getString("visibility")), Job.Status.valueOf(rs.getString("status")),
					Times.instant(rs, "created_at")))
			.list();
		return Page.of(rows, limit, (row) -> new Cursor(row.createdAt(), row.id()));
	}

	private static List<String> split(String skills) {
		return skills.isEmpty() ? List.of() : List.of(skills.split(","));
	}

	private static JobDraft validate(JobDraft draft) {
		// every problem at once, in the order of the form
		List<FieldProblem> problems = new ArrayList<>();
		String title = (draft.title() != null) ? draft.title() : "";
		String description = (draft.description() != null) ? draft.description() : "";
		if (title.isBlank() || title.strip().length() > MAX_TITLE) {
			problems.add(FieldProblem.coded("title", "Enter a title of up to " + MAX_TITLE + " characters.",
					"job.error.title", MAX_TITLE));
		}
		if (description.isBlank() || description.length() > MAX_DESCRIPTION) {
			problems
				.add(FieldProblem.coded("description", "Describe the work in up to " + MAX_DESCRIPTION + " characters.",
						"job.error.description", MAX_DESCRIPTION));
		}
		// skills keep the casing they were typed in ("SolidWorks", "Weldments") and are
		// told apart without it: the first spelling of a skill wins
		java.util.Map<String, String> skills = new java.util.LinkedHashMap<>();
		for (String skill : (draft.skills() != null) ? draft.skills() : List.<String>of()) {
			String tag = (skill != null) ? skill.strip().replaceAll("\\s+", " ") : "";
			if (tag.isEmpty() || tag.length() > MAX_SKILL || tag.contains(",")) {
				problems.add(FieldProblem.coded("skills",
						"Keep each skill to " + MAX_SKILL + " characters and separate skills with commas.",
						"job.error.skill", MAX_SKILL));
				break;
			}
			skills.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
		}
		if (skills.size() > MAX_SKILLS) {
			problems.add(FieldProblem.coded("skills", "Choose up to " + MAX_SKILLS + " skills.", "job.error.skills",
					MAX_SKILLS));
		}
		if (draft.rateType() == null) {
			problems.add(FieldProblem.coded("rateType", "Choose whether you pay by the hour or a fixed total.",
					"job.error.rateType"));
		}
		if (draft.budgetCurrency() == null || !CURRENCIES.contains(draft.budgetCurrency())) {
			String currencies = String.join(", ", new java.util.TreeSet<>(CURRENCIES));
			problems.add(FieldProblem.coded("budget.currency", "Choose one of the currencies " + currencies + ".",
					"job.error.currency", currencies));
		}
		RateType rateType = (draft.rateType() != null) ? draft.rateType() : RateType.HOURLY;
		BigDecimal min = rateType.minimum();
		String kind = (rateType == RateType.HOURLY) ? "an hourly rate" : "a fixed total";
		if (draft.budgetAmount() == null) {
			problems.add(FieldProblem.coded("budget.amount", "Enter a budget: " + kind + " of at least " + min + ".",
					"job.error.budget.required." + rateType.name(), min.toPlainString()));
		}
		else if (draft.budgetAmount().compareTo(min) < 0 || draft.budgetAmount().compareTo(RateType.MAX_AMOUNT) > 0) {
			problems.add(FieldProblem.coded("budget.amount",
					"Enter " + kind + " between " + min + " and " + RateType.MAX_AMOUNT + ".",
					"job.error.budget.range." + rateType.name(), min.toPlainString(),
					RateType.MAX_AMOUNT.toPlainString()));
		}
		else if (draft.budgetAmount().scale() > 2 && draft.budgetAmount().stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.coded("budget.amount", "Enter the budget with at most two decimals (cents).",
					"job.error.budget.decimals"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException("validation", problems.get(0).field() + ": " + problems.get(0).message(),
					problems, java.util.Map.of());
		}
		return new JobDraft(title, description, List.copyOf(skills.values()), rateType,
				draft.budgetAmount().setScale(2, java.math.RoundingMode.UNNECESSARY), draft.budgetCurrency(),
				draft.visibility());
	}

	/**
	 * A job in a list.
	 *
	 * @param id the job
	 * @param ownerId its owner
	 * @param title title
	 * @param skills skills
	 * @param rateType hourly or fixed
	 * @param budgetAmount budget
	 * @param budgetCurrency currency
	 * @param visibility public or private
	 * @param status open or closed
	 * @param createdAt when posted
	 */
	public record JobSummary(UUID id, UUID ownerId, String title, List<String> skills, RateType rateType,
			BigDecimal budgetAmount, String budgetCurrency, Job.Visibility visibility, Job.Status status,
			java.time.Instant createdAt) {
	}

}
