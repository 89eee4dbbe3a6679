package com.cadhire.jobs.web;

import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Principals;
import com.cadhire.accounts.Role;
import com.cadhire.common.JobId;
import com.cadhire.jobs.JobManagement;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.web.Formatting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a caller sees when a change kept losing a lock conflict after its retries
 * ({@code RetriedOnDeadlock} gave up): nothing was changed, so both answers say to try
 * again, the API as a 503 {@code busy} problem with {@code Retry-After: 1}, the pages as
 * a 503 page in words.
 */
@WebMvcTest({ JobApiController.class, JobPostPageController.class })
@Import(Formatting.class)
class LockConflictAnswerTests {

	private static final AuthenticatedUser CLIENT = Principals.of("Cora Client", Role.CLIENT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	JobManagement jobs;

	@MockitoBean(name = "notificationCenter")
	NotificationCenter notifications;

	@BeforeEach
	void closingKeepsLosingItsLocks() {
		given(this.jobs.close(any(Caller.class), any(JobId.class)))
			.willThrow(new PessimisticLockingFailureException("deadlock detected, four times"));
	}

	@Test
	void theApiAnswers503BusyWithRetryAfter() {
		assertThat(this.mvc.post().uri("/api/v1/jobs/" + UUID.randomUUID() + "/close").with(user(CLIENT)).with(csrf()))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader("Retry-After", "1")
			.hasContentType("application/problem+json")
			.bodyJson()
			.hasPathSatisfying("$.type", (type) -> assertThat(type).asString().endsWith("/busy"))
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).asString().contains("Nothing was changed").contains("try again"))
			.doesNotHavePath("$.trace");
	}

	@Test
	void thePageAnswers503InWords() {
		assertThat(this.mvc.post().uri("/jobs/" + UUID.randomUUID() + "/close").with(user(CLIENT)).with(csrf()))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyText()
			.contains("Busy for a moment")
			.contains("Nothing was changed; go back and try again.")
			.doesNotContain("deadlock detected");
	}

}
