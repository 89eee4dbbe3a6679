package com.cadhire.contracts.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ContractId;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.contracts.AgreedTerms;
import com.cadhire.contracts.Contract;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.web.Confirmation;
import com.cadhire.web.Formatting;
import com.cadhire.web.StaleActions;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final StaleActions stale;

	private final MessageSource messages;

	private final Formatting fmt;

	ContractPageController(ContractManagement contracts, AccountManagement accounts, StaleActions stale,
			MessageSource messages, Formatting fmt) {
		this.contracts = contracts;
		this.accounts = accounts;
		this.stale = stale;
		this.messages = messages;
		this.fmt = fmt;
	}

	@GetMapping("/contracts")
	String list(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		Cursor position;
		try {
			position = Cursor.decode(cursor);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
		Page<Contract> page = this.contracts.mine(me.userId(), position, 20).map(ContractManagement.Listed::contract);
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
		Contract contract = this.contracts.get(me.userId(), ContractId.of(id));
		Map<UUID, String> names = names(Set.of(contract.clientId(), contract.expertId()));
		AgreedTerms terms = this.contracts.agreedTerms(contract);
		List<String> actions = actions(me, contract);
		model.addAttribute("contract", contract);
		model.addAttribute("names", names);
		model.addAttribute("isClient", contract.clientId().equals(me.id()));
		model.addAttribute("isExpert", contract.expertId().equals(me.id()));
		model.addAttribute("agreed", terms);
		model.addAttribute("split", this.contracts.split(terms));
		model.addAttribute("buyoutFee", this.contracts.buyoutFeeFor(contract));
		// what the viewer may do: decided by the domain, rendered as it is
		model.addAttribute("actions", actions);
		// each irreversible action asks first, in a dialog (or on its own page without
		// JS)
		Map<String, Confirmation> confirmations = new LinkedHashMap<>();
		for (String action : actions) {
			confirmations.put(action, confirmation(action, contract, names));
		}
		model.addAttribute("confirmations", confirmations);
		return "contracts/contract";
	}

	/**
	 * The question before an irreversible action on a contract, with its consequences:
	 * the page for browsers without JavaScript. An action the viewer may not take now
	 * leads back to the contract.
	 */
	@GetMapping({ "/contracts/{id}/buyout", "/contracts/{id}/buyout/confirm", "/contracts/{id}/end" })
	String confirm(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, HttpServletRequest request,
			Model model) {
		Contract contract = this.contracts.get(me.userId(), ContractId.of(id));
		String path = request.getRequestURI();
		String action = path.endsWith("/end") ? "end" : path.endsWith("/confirm") ? "confirm-buyout" : "request-buyout";
		if (!actions(me, contract).contains(action)) {
			return "redirect:/contracts/" + id;
		}
		model.addAttribute("confirmation",
				confirmation(action, contract, names(Set.of(contract.clientId(), contract.expertId()))));
		return "confirm";
	}

	private List<String> actions(AuthenticatedUser me, Contract contract) {
		return this.contracts.actions(me.userId(), contract).stream().map(Contract.Action::apiName).toList();
	}

	private Confirmation confirmation(String action, Contract contract, Map<UUID, String> names) {
		String client = names.getOrDefault(contract.clientId(), "");
		String expert = names.getOrDefault(contract.expertId(), "");
		String back = "/contracts/" + contract.id();
		String fee = this.fmt.money(this.contracts.buyoutFeeFor(contract), contract.currency());
		return switch (action) {
			case "request-buyout" -> new Confirmation("confirm-request-buyout", text("confirm.buyout.title"),
					List.of(text("confirm.buyout.fee", fee), text("confirm.buyout.unlocks", expert),
							text("confirm.buyout.final")),
					back + "/buyout", text("confirm.buyout.button", fee), "request-buyout-confirm", back, false);
			case "confirm-buyout" -> new Confirmation("confirm-confirm-buyout", text("confirm.buyoutConfirm.title"),
					List.of(text("confirm.buyoutConfirm.fee", client, fee),
							text("confirm.buyoutConfirm.unlocks", client), text("confirm.buyout.final")),
					back + "/buyout/confirm", text("confirm.buyoutConfirm.button"), "confirm-buyout-confirm", back,
					false);
			default ->
				new Confirmation("confirm-end", text("confirm.end.title"), endConsequences(contract, client, expert),
						back + "/end", text("confirm.end.button"), "end-contract-confirm", back, true);
		};
	}

	private List<String> endConsequences(Contract contract, String client, String expert) {
		List<String> lines = new ArrayList<>();
		lines.add(text("confirm.end.stops", client, expert, contract.title()));
		if (contract.buyoutStatus() != Contract.BuyoutStatus.CONFIRMED) {
			lines.add(text("confirm.end.noBuyout"));
		}
		lines.add(text("confirm.end.final"));
		return lines;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
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
			this.contracts.requestBuyout(me.userId(), ContractId.of(id));
			redirect.addFlashAttribute("notice", "buyout.requested");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", explain("contract", ex));
		}
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/contracts/{id}/buyout/confirm")
	String confirmBuyout(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			this.contracts.confirmBuyout(me.userId(), ContractId.of(id));
			redirect.addFlashAttribute("notice", "buyout.confirmed");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", explain("contract", ex));
		}
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/contracts/{id}/end")
	String end(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.contracts.end(me.userId(), ContractId.of(id));
			redirect.addFlashAttribute("notice", "contract.ended");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", explain("contract", ex));
		}
		return "redirect:/contracts/" + id;
	}

	private Map<UUID, String> names(Set<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.accounts.summaries(ids).forEach((id, summary) -> names.put(id, summary.displayName()));
		return names;
	}

	/** A refused action, explained in the words of the pages. */
	private String explain(String subject, RuntimeException ex) {
		return (ex instanceof ConflictException conflict) ? this.stale.explain(subject, conflict)
				: String.valueOf(ex.getMessage());
	}

}
