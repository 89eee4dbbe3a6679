package com.cadhire.contracts.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Principals;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ContractId;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.UserId;
import com.cadhire.contracts.Contract;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.web.Formatting;
import com.cadhire.web.StaleActions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The contract pages' actions alone (no database): what the pages do with the domain's
 * answer.
 */
@WebMvcTest(ContractPageController.class)
@Import({ Formatting.class, StaleActions.class })
class ContractPageControllerTests {

	private static final AuthenticatedUser CLIENT = Principals.of("Cora Client", Role.CLIENT);

	private static final AuthenticatedUser EXPERT = Principals.of("Erin Expert", Role.EXPERT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ContractManagement contracts;

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean(name = "notificationCenter")
	NotificationCenter notifications;

	private Contract contract(UUID id) {
		Contract contract = mock(Contract.class);
		given(contract.id()).willReturn(id);
		given(contract.clientId()).willReturn(CLIENT.id());
		given(contract.expertId()).willReturn(EXPERT.id());
		given(contract.title()).willReturn("Gearbox housing");
		given(contract.currency()).willReturn("USD");
		given(contract.buyoutStatus()).willReturn(Contract.BuyoutStatus.NONE);
		given(this.contracts.get(any(), org.mockito.ArgumentMatchers.eq(ContractId.of(id)))).willReturn(contract);
		given(this.contracts.buyoutFeeFor(contract)).willReturn(new BigDecimal("960.00"));
		given(this.accounts.summaries(any()))
			.willReturn(Map.of(CLIENT.id(), new AccountSummary(CLIENT.id(), "Cora Client", Role.CLIENT), EXPERT.id(),
					new AccountSummary(EXPERT.id(), "Erin Expert", Role.EXPERT)));
		return contract;
	}

	@Test
	void requestedBuyoutRedirectsToTheContractWithANotice() {
		UUID id = UUID.randomUUID();
		assertThat(this.mvc.post().uri("/contracts/{id}/buyout", id).with(user(CLIENT)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/contracts/" + id)
			.flash()
			.containsEntry("notice", "buyout.requested")
			.doesNotContainKey("actionError");
		verify(this.contracts).requestBuyout(UserId.of(CLIENT.id()), ContractId.of(id));
	}

	@Test
	void endingAnEndedContractIsExplainedInTheWordsOfThePages() {
		UUID id = UUID.randomUUID();
		given(this.contracts.end(UserId.of(EXPERT.id()), ContractId.of(id)))
			.willThrow(new ConflictException("invalid-state", "The contract is ENDED.", Map.of("status", "ENDED")));
		assertThat(this.mvc.post().uri("/contracts/{id}/end", id).with(user(EXPERT)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/contracts/" + id)
			.flash()
			.containsEntry("actionError", "This contract has ended.")
			.doesNotContainKey("notice");
	}

	@Test
	void aForbiddenConfirmationShowsTheDomainsReason() {
		UUID id = UUID.randomUUID();
		given(this.contracts.confirmBuyout(UserId.of(CLIENT.id()), ContractId.of(id)))
			.willThrow(new ForbiddenException("Only the expert confirms a buyout."));
		assertThat(this.mvc.post().uri("/contracts/{id}/buyout/confirm", id).with(user(CLIENT)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/contracts/" + id)
			.flash()
			.containsEntry("actionError", "Only the expert confirms a buyout.");
	}

	@Test
	void theEndQuestionNamesBothPartiesAndTheJob() {
		UUID id = UUID.randomUUID();
		Contract contract = contract(id);
		given(this.contracts.actions(UserId.of(CLIENT.id()), contract))
			.willReturn(List.of(Contract.Action.REQUEST_BUYOUT, Contract.Action.END));

		assertThat(this.mvc.get().uri("/contracts/{id}/end", id).with(user(CLIENT))).hasStatusOk()
			.hasViewName("confirm")
			.bodyText()
			.contains("End the contract?")
			.contains("The contract between Cora Client and Erin Expert for “Gearbox housing” ends for both of you.")
			.contains("A Direct Hire buyout is no longer possible on it.")
			.contains("/contracts/" + id + "/end");
	}

	@Test
	void aQuestionTheViewerMayNotAnswerLeadsBackToTheContract() {
		UUID id = UUID.randomUUID();
		Contract contract = contract(id);
		given(this.contracts.actions(UserId.of(EXPERT.id()), contract)).willReturn(List.of(Contract.Action.END));

		assertThat(this.mvc.get().uri("/contracts/{id}/buyout", id).with(user(EXPERT))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/contracts/" + id);
	}

	@Test
	void anActionWithoutCsrfTokenIsRefused() {
		UUID id = UUID.randomUUID();
		assertThat(this.mvc.post().uri("/contracts/{id}/end", id).with(user(EXPERT))).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.contracts, never()).end(any(), any());
	}

}
