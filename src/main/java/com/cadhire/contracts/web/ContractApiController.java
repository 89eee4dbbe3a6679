package com.cadhire.contracts.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.ContractId;
import com.cadhire.common.Cursor;
import com.cadhire.common.Page;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import com.cadhire.contracts.AgreedTerms;
import com.cadhire.contracts.Contract;
import com.cadhire.contracts.ContractManagement;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts over the JSON API.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractApiController {

	private final ContractManagement contracts;

	ContractApiController(ContractManagement contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	Page<ContractResponse> mine(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.contracts.mine(me.userId(), Cursor.decode(cursor), Cursor.limit(limit))
			.map((listed) -> ContractResponse.of(listed.contract(),
					this.contracts.split(this.contracts.agreedTerms(listed.contract())),
					listed.actions().stream().map(Contract.Action::apiName).toList()));
	}

	@GetMapping("/{id}")
	ContractResponse get(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return of(me, this.contracts.get(me.userId(), ContractId.of(id)));
	}

	@PostMapping("/{id}/buyout")
	ContractResponse requestBuyout(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return of(me, this.contracts.requestBuyout(me.userId(), ContractId.of(id)));
	}

	@PostMapping("/{id}/buyout/confirm")
	ContractResponse confirmBuyout(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return of(me, this.contracts.confirmBuyout(me.userId(), ContractId.of(id)));
	}

	@PostMapping("/{id}/end")
	ContractResponse end(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return of(me, this.contracts.end(me.userId(), ContractId.of(id)));
	}

	private ContractResponse of(AuthenticatedUser me, Contract contract) {
		return ContractResponse.of(contract, this.contracts.split(this.contracts.agreedTerms(contract)),
				this.contracts.actions(me.userId(), contract).stream().map(Contract.Action::apiName).toList());
	}

	record MoneyJson(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
	}

	record ContractResponse(UUID id, UUID offerId, UUID applicationId, UUID jobId, UUID clientId, UUID expertId,
			String title, RateType rateType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
			String currency, @Nullable Integer weeklyHourLimit, AgreedTerms terms, int termsVersion, int offerVersion,
			Contract.Status status, Instant startedAt, @Nullable Instant endedAt, Contract.BuyoutStatus buyoutStatus,
			@Nullable MoneyJson fee, boolean contactSharingAllowed, AgreedTerms.Split money, List<String> actions) {

		static ContractResponse of(Contract c, AgreedTerms.Split money, List<String> actions) {
			MoneyJson fee = (c.buyoutFee() != null) ? new MoneyJson(c.buyoutFee(), c.currency()) : null;
			return new ContractResponse(c.id(), c.offerId(), c.applicationId(), c.jobId(), c.clientId(), c.expertId(),
					c.title(), c.rateType(), c.amount(), c.currency(), c.weeklyHourLimit(), c.terms(), c.termsVersion(),
					c.offerVersion(), c.status(), c.startedAt(), c.endedAt(), c.buyoutStatus(), fee,
					c.buyoutStatus() == Contract.BuyoutStatus.CONFIRMED, money, actions);
		}

	}

}
