package com.cadhire.contracts.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.contracts.Contract;
import com.cadhire.contracts.ContractManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contracts on pages: the viewer's contracts and one contract with its Direct Hire buyout
 * (the client requests it and sees the fee, the expert confirms).
 */
@Controller
class ContractPageController {

	private final ContractManagement contracts;

	private final AccountManagement accounts;

	ContractPageController(ContractManagement contracts, AccountManagement accounts) {
		this.contracts = contracts;
		this.accounts = accounts;
	}

	@GetMapping("/contracts")
	String list(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) String cursor,
			Model model) {
		Cursor position;
		try {
			position = Cursor.decode(cursor);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
		Page<Contract> page = this.contracts.mine(me.id(), position, 20).map(ContractManagement.Listed::contract);
		Set<UUID> people = new HashSet<>();
		page.items().forEach((c) -> {
			people.add(c.clientId());
			people.add(c.expertId());
		});
		model.addAttribute("contracts", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("names", names(people));
		model.addAttribute("meId", me.id());
		return "contracts/list";
	}

	@GetMapping("/contracts/{id}")
	String page(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		Contract contract = this.contracts.get(me.id(), id);
		model.addAttribute("contract", contract);
		model.addAttribute("names", names(Set.of(contract.clientId(), contract.expertId())));
		model.addAttribute("isClient", contract.clientId().equals(me.id()));
		model.addAttribute("isExpert", contract.expertId().equals(me.id()));
		// what the viewer may do: decided by the domain, rendered as it is
		model.addAttribute("actions",
				this.contracts.actions(me.id(), contract).stream().map(Contract.Action::apiName).toList());
		return "contracts/contract";
	}

	/**
	 * The contract's panel alone, as the full page renders it, for the live refresh.
	 */
	@GetMapping("/contracts/{id}/panel")
	String panel(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		page(me, id, model);
		return "contracts/contract :: panel";
	}

	@PostMapping("/contracts/{id}/buyout")
	String requestBuyout(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			this.contracts.requestBuyout(me.id(), id);
			redirect.addFlashAttribute("notice", "buyout.requested");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/contracts/{id}/buyout/confirm")
	String confirmBuyout(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			this.contracts.confirmBuyout(me.id(), id);
			redirect.addFlashAttribute("notice", "buyout.confirmed");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/contracts/{id}/end")
	String end(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.contracts.end(me.id(), id);
			redirect.addFlashAttribute("notice", "contract.ended");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/contracts/" + id;
	}

	private Map<UUID, String> names(Set<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.accounts.summaries(ids).forEach((id, summary) -> names.put(id, summary.displayName()));
		return names;
	}

}
