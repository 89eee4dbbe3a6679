package com.cadhire.jobs.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.Cursor;
import com.cadhire.common.JobId;
import com.cadhire.common.Page;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobDraft;
import com.cadhire.jobs.JobManagement.JobSummary;
import com.cadhire.jobs.JobManagement;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs over the JSON API.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class JobApiController {

	private final JobManagement jobs;

	JobApiController(JobManagement jobs) {
		this.jobs = jobs;
	}

	@PostMapping
	ResponseEntity<JobResponse> post(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestBody PostJobRequest request) {
		// the domain checks every field at once, so that one problem document lists them
		// all
		Budget budget = (request.budget() != null) ? request.budget() : new Budget(null, null);
		Job job = this.jobs.post(me.caller(), new JobDraft(request.title(), request.description(),
				(request.skills() != null) ? request.skills() : List.of(), request.rateType(), budget.amount(),
				budget.currency(), (request.visibility() != null) ? request.visibility() : Job.Visibility.PUBLIC));
		return ResponseEntity.created(URI.create("/api/v1/jobs/" + job.id())).body(response(me, job));
	}

	@GetMapping
	Page<JobListItem> list(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		Page<JobSummary> page = mine ? this.jobs.mine(me.userId(), Cursor.decode(cursor), Cursor.limit(limit))
				: this.jobs.publicOpen(Cursor.decode(cursor), Cursor.limit(limit));
		return page.map(JobListItem::of);
	}

	@GetMapping("/{id}")
	JobResponse get(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return response(me, this.jobs.visible(me.userId(), JobId.of(id)));
	}

	@PostMapping("/{id}/close")
	JobResponse close(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return response(me, this.jobs.close(me.caller(), JobId.of(id)));
	}

	private JobResponse response(AuthenticatedUser me, Job job) {
		return JobResponse.of(job, this.jobs.actions(me.caller(), job).stream().map(Job.Action::apiName).toList());
	}

	record MoneyJson(@NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
			@NotBlank @Size(min = 3, max = 3) String currency) {
	}

	/**
	 * A job to post; every field is checked by the domain, all at once.
	 */
	record PostJobRequest(@Nullable String title, @Nullable String description, @Nullable List<String> skills,
			@Nullable RateType rateType, @Nullable Budget budget, Job.@Nullable Visibility visibility) {
	}

	record Budget(@JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal amount, @Nullable String currency) {
	}

	record JobResponse(UUID id, UUID ownerId, String title, String description, List<String> skills, RateType rateType,
			MoneyJson budget, Job.Visibility visibility, Job.Status status, Instant createdAt,
			@Nullable Instant closedAt, List<String> actions) {

		static JobResponse of(Job job, List<String> actions) {
			return new JobResponse(job.id(), job.ownerId(), job.title(), job.description(), job.skills(),
					job.rateType(), new MoneyJson(job.budgetAmount(), job.budgetCurrency()), job.visibility(),
					job.status(), job.createdAt(), job.closedAt(), actions);
		}

	}

	record JobListItem(UUID id, UUID ownerId, String title, List<String> skills, RateType rateType, MoneyJson budget,
			Job.Visibility visibility, Job.Status status, Instant createdAt) {

		static JobListItem of(JobSummary job) {
			return new JobListItem(job.id(), job.ownerId(), job.title(), job.skills(), job.rateType(),
					new MoneyJson(job.budgetAmount(), job.budgetCurrency()), job.visibility(), job.status(),
					job.createdAt());
		}

	}

}
