package com.cadhire.profiles.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Principals;
import com.cadhire.accounts.Role;
import com.cadhire.common.FeeSettings;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.profiles.ExpertDirectory;
import com.cadhire.profiles.ExpertProfile;
import com.cadhire.profiles.ProfileManagement;
import com.cadhire.profiles.PublicProfile;
import com.cadhire.profiles.ResponseBand;
import com.cadhire.profiles.Responsiveness;
import com.cadhire.web.Formatting;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The profile pages alone (no database): what the pages do with the domain's answer.
 */
@WebMvcTest(ProfilePageController.class)
@Import(Formatting.class)
class ProfilePageControllerTests {

	private static final AuthenticatedUser CLIENT = Principals.of("Cora Client", Role.CLIENT);

	private static final AuthenticatedUser EXPERT = Principals.of("Erin Expert", Role.EXPERT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProfileManagement profiles;

	@MockitoBean
	ExpertDirectory directory;

	@MockitoBean
	FeeSettings fees;

	@MockitoBean(name = "notificationCenter")
	NotificationCenter notifications;

	@BeforeEach
	void setUp() {
		given(this.fees.currency()).willReturn("USD");
	}

	private PublicProfile preview(UUID expertId, Responsiveness responsiveness) {
		return new PublicProfile("Erin Expert", ExpertProfile.empty(expertId, Instant.now()), responsiveness);
	}

	@Test
	void expertEditsTheirProfileBesideItsPreview() {
		given(this.profiles.profileOf(UserId.of(EXPERT.id())))
			.willReturn(ExpertProfile.empty(EXPERT.id(), Instant.now()));
		given(this.profiles.publicProfile(UserId.of(EXPERT.id())))
			.willReturn(Optional.of(preview(EXPERT.id(), Responsiveness.UNKNOWN)));

		assertThat(this.mvc.get().uri("/profile").with(user(EXPERT))).hasStatusOk()
			.hasViewName("profiles/edit")
			.bodyText()
			.contains("name=\"headline\"")
			.contains("Erin Expert")
			.contains("Response time: not rated yet");
	}

	@Test
	void clientDoesNotFindTheProfileForm() {
		assertThat(this.mvc.get().uri("/profile").with(user(CLIENT))).hasStatus(HttpStatus.NOT_FOUND);
		verify(this.profiles, never()).profileOf(any());
	}

	@Test
	void clientSeesAnExpertsPublicProfileWithItsBandAndCanInvite() {
		UUID expertId = UUID.randomUUID();
		given(this.profiles.publicProfile(UserId.of(expertId)))
			.willReturn(Optional.of(preview(expertId, new Responsiveness(ResponseBand.UNDER_24_HOURS, null))));

		assertThat(this.mvc.get().uri("/experts/{id}", expertId).with(user(CLIENT))).hasStatusOk()
			.hasViewName("profiles/public")
			.bodyText()
			.contains("Erin Expert · CadHire")
			.contains("Under 24 hours")
			.contains("/experts/" + expertId + "/invite");
	}

	@Test
	void expertSeesAnotherExpertsProfileWithoutTheInvite() {
		UUID expertId = UUID.randomUUID();
		given(this.profiles.publicProfile(UserId.of(expertId)))
			.willReturn(Optional.of(preview(expertId, Responsiveness.UNKNOWN)));

		assertThat(this.mvc.get().uri("/experts/{id}", expertId).with(user(EXPERT))).hasStatusOk()
			.bodyText()
			.contains("Erin Expert")
			.doesNotContain("/experts/" + expertId + "/invite");
	}

	@Test
	void unknownExpertIsNotFound() {
		UUID unknown = UUID.randomUUID();
		given(this.profiles.publicProfile(UserId.of(unknown))).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/experts/{id}", unknown).with(user(CLIENT))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void savedProfileRedirectsToTheFormWithANotice() {
		assertThat(this.mvc.post()
			.uri("/profile")
			.with(user(EXPERT))
			.with(csrf())
			.param("headline", "Sheet metal in SolidWorks")
			.param("bio", "Ten years of enclosures.")
			.param("skills", "SolidWorks, sheet metal")
			.param("hourlyRate", "45.50")
			.param("acceptingInvites", "true")
			.param("portfolio", "")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/profile")
			.flash()
			.containsEntry("notice", "profile.saved");
		verify(this.profiles).save(eq(EXPERT.userId()), eq(new ExpertProfile.Details("Sheet metal in SolidWorks",
				"Ten years of enclosures.", List.of("SolidWorks", "sheet metal"), new BigDecimal("45.50"), true, "")),
				eq(null));
	}

	@Test
	void timeAwayWithoutItsLastDayIsRefusedAtThatField() {
		given(this.profiles.publicProfile(UserId.of(EXPERT.id())))
			.willReturn(Optional.of(preview(EXPERT.id(), Responsiveness.UNKNOWN)));

		assertThat(this.mvc.post()
			.uri("/profile")
			.with(user(EXPERT))
			.with(csrf())
			.param("headline", "Sheet metal in SolidWorks")
			.param("awayFrom", "2030-01-10")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Sheet metal in SolidWorks")
			.contains("Give both the first and the last day away.");
		verify(this.profiles, never()).save(any(), any(), any());
	}

	@Test
	void refusedProfileShowsTheFormAgainWithTheProblemAtItsField() {
		given(this.profiles.publicProfile(UserId.of(EXPERT.id())))
			.willReturn(Optional.of(preview(EXPERT.id(), Responsiveness.UNKNOWN)));
		given(this.profiles.save(eq(EXPERT.userId()), any(), any()))
			.willThrow(new RuleViolationException("validation", "Check the rate.",
					List.of(new FieldProblem("hourlyRate", "Give a rate of at least 8.00 an hour.")), Map.of()));

		assertThat(this.mvc.post()
			.uri("/profile")
			.with(user(EXPERT))
			.with(csrf())
			.param("headline", "Sheet metal in SolidWorks")
			.param("hourlyRate", "2")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasViewName("profiles/edit")
			.bodyText()
			.contains("Sheet metal in SolidWorks")
			.contains("Give a rate of at least 8.00 an hour.");
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/profile").with(user(EXPERT)).param("headline", "No token"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.profiles, never()).save(any(), any(), any());
	}

}
