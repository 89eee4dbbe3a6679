package com.cadhire.jobs.web;

import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Principals;
import com.cadhire.accounts.Role;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobDraft;
import com.cadhire.jobs.JobManagement;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.web.Formatting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The job form pages alone (no database): what the page does with the domain's answer.
 */
@WebMvcTest(JobPostPageController.class)
@Import(Formatting.class)
class JobPostPageControllerTests {

	private static final AuthenticatedUser CLIENT = Principals.of("Cora Client", Role.CLIENT);

	private static final AuthenticatedUser EXPERT = Principals.of("Erin Expert", Role.EXPERT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	JobManagement jobs;

	@MockitoBean(name = "notificationCenter")
	NotificationCenter notifications;

	@Test
	void clientSeesTheJobForm() {
		assertThat(this.mvc.get().uri("/jobs/new").with(user(CLIENT))).hasStatusOk()
			.hasViewName("jobs/new")
			.bodyText()
			.contains("name=\"title\"");
	}

	@Test
	void expertDoesNotFindTheJobForm() {
		assertThat(this.mvc.get().uri("/jobs/new").with(user(EXPERT))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void postedJobRedirectsToItsPageAsItsOwner() {
		Job job = mock(Job.class);
		UUID id = UUID.randomUUID();
		given(job.id()).willReturn(id);
		given(this.jobs.post(any(Caller.class), any(JobDraft.class))).willReturn(job);

		assertThat(this.mvc.post()
			.uri("/jobs")
			.with(user(CLIENT))
			.with(csrf())
			.param("title", "Model a gearbox housing")
			.param("description", "A cast housing.")
			.param("skills", "SolidWorks")
			.param("rateType", "HOURLY")
			.param("budget", "40")
			.param("currency", "USD")
			.param("visibility", "PUBLIC")).hasStatus3xxRedirection().hasRedirectedUrl("/jobs/" + id + "?posted");
		verify(this.jobs).post(eq(CLIENT.caller()), any(JobDraft.class));
	}

	@Test
	void refusedJobShowsTheFormAgainWithTheProblemAtItsField() {
		given(this.jobs.post(any(Caller.class), any(JobDraft.class)))
			.willThrow(new RuleViolationException("validation", "Enter a budget.",
					List.of(new FieldProblem("budgetAmount", "Enter a budget: at least 8.00.")), java.util.Map.of()));

		assertThat(this.mvc.post()
			.uri("/jobs")
			.with(user(CLIENT))
			.with(csrf())
			.param("title", "Model a gearbox housing")
			.param("description", "A cast housing.")
			.param("rateType", "HOURLY")
			.param("budget", "2")
			.param("currency", "USD")
			.param("visibility", "PUBLIC")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Model a gearbox housing")
			.contains("budget-error")
			.contains("Enter a budget: at least 8.00.");
	}

}
