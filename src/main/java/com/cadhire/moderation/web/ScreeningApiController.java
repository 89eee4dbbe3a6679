package com.cadhire.moderation.web;

import java.time.Duration;
import java.util.List;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.moderation.DraftChecks;
import com.cadhire.screening.Finding;
import com.cadhire.screening.ScreeningResult;
import com.cadhire.screening.Surface;
import com.cadhire.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a draft for contact information, for live highlighting while the user types.
 */
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningApiController {

	/** Longest draft checked. */
	static final int MAX_TEXT = 20_000;

	private final ContactPolicy policy;

	private final DraftChecks checks;

	ScreeningApiController(ContactPolicy policy, DraftChecks checks) {
		this.policy = policy;
		this.checks = checks;
	}

	@PostMapping
	ResponseEntity<?> check(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody CheckRequest request) {
		Duration wait = this.checks.acquire(me.id());
		if (!wait.isZero()) {
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many checks",
					"You checked too many drafts this minute; try again in " + Math.max(1, wait.toSeconds())
							+ " seconds.");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ScreeningResult result = this.policy.check(request.text(),
				(request.surface() != null) ? request.surface() : Surface.MESSAGE);
		return ResponseEntity.ok(new CheckResponse(result.contact(), result.findings()));
	}

	record CheckRequest(@NotNull @Size(max = MAX_TEXT) String text, Surface surface) {
	}

	record CheckResponse(boolean contact, List<Finding> findings) {
	}

}
