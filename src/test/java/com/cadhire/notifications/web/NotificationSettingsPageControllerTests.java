package com.cadhire.notifications.web;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Principals;
import com.cadhire.accounts.Role;
import com.cadhire.notifications.Delivery;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.notifications.NotificationKind;
import com.cadhire.notifications.NotificationSettings;
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
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The e-mail notification settings page alone (no database): what the page does with the
 * settings the domain answers and what it asks the domain to change.
 */
@WebMvcTest(NotificationSettingsPageController.class)
@Import(Formatting.class)
class NotificationSettingsPageControllerTests {

	private static final AuthenticatedUser EXPERT = Principals.of("Erin Expert", Role.EXPERT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NotificationSettings settings;

	@MockitoBean(name = "notificationCenter")
	NotificationCenter notifications;

	@Test
	void showsTheChoicesAndTimeZoneTheDomainAnswers() {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		choices.put(NotificationKind.INVITE_RECEIVED, Delivery.OFF);
		choices.put(NotificationKind.OFFER_RECEIVED, Delivery.BATCHED);
		given(this.settings.of(EXPERT.id(), Role.EXPERT)).willReturn(choices);
		given(this.settings.timeZone(EXPERT.id())).willReturn(ZoneId.of("Europe/Berlin"));

		assertThat(this.mvc.get().uri("/settings/notifications").with(user(EXPERT))).hasStatusOk()
			.hasViewName("notifications/settings")
			.bodyText()
			.containsPattern("<input[^>]*id=\"inviteReceived-OFF\"[^>]*checked")
			.containsPattern("<input[^>]*id=\"offerReceived-BATCHED\"[^>]*checked")
			.doesNotContainPattern("<input[^>]*id=\"inviteReceived-IMMEDIATE\"[^>]*checked")
			.containsPattern("<option value=\"Europe/Berlin\" selected")
			.doesNotContain("settings-saved");
	}

	@Test
	void savesTheKindsOfTheRoleWithKnownDeliveriesAndRedirectsWithANotice() {
		assertThat(this.mvc.post()
			.uri("/settings/notifications")
			.with(user(EXPERT))
			.with(csrf())
			.param(NotificationKind.INVITE_RECEIVED.field(), "OFF")
			.param(NotificationKind.OFFER_RECEIVED.field(), "NEVER")
			// a client's kind: not the expert's to choose
			.param(NotificationKind.INVITE_ACCEPTED.field(), "OFF")
			.param("timeZone", "Europe/Berlin")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/settings/notifications")
			.flash()
			.containsEntry("saved", true);
		verify(this.settings).change(EXPERT.id(), Map.of(NotificationKind.INVITE_RECEIVED, Delivery.OFF));
		verify(this.settings).changeTimeZone(EXPERT.id(), "Europe/Berlin");
	}

	@Test
	void anUnknownTimeZoneIsNotSaved() {
		assertThat(this.mvc.post()
			.uri("/settings/notifications")
			.with(user(EXPERT))
			.with(csrf())
			.param("timeZone", "Mars/Olympus_Mons")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/settings/notifications");
		verify(this.settings).change(EXPERT.id(), Map.of());
		verify(this.settings, never()).changeTimeZone(any(), anyString());
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/settings/notifications")
			.with(user(EXPERT))
			.param(NotificationKind.INVITE_RECEIVED.field(), "OFF")).hasStatus4xxClientError();
		verify(this.settings, never()).change(any(), anyMap());
	}

	/**
	 * The slice has Spring Boot's default security, not the application's page chain
	 * (package-private in accounts, with the sign-in beans it needs), so anonymous is
	 * refused with 401 here instead of redirected to {@code /login}; either way the
	 * controller is not reached.
	 */
	@Test
	void anonymousIsRefused() {
		assertThat(this.mvc.get().uri("/settings/notifications")).hasStatus(HttpStatus.UNAUTHORIZED);
		verifyNoInteractions(this.settings);
	}

}
