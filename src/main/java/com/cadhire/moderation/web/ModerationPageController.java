package com.cadhire.moderation.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.moderation.ContactCases;
import com.cadhire.moderation.ContactCases.CaseDetail;
import com.cadhire.moderation.ContactCases.CaseSummary;
import com.cadhire.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' pages: the queue of open contact-information cases (masked text only),
 * a case with the original (every read is audited), release or confirm, and the accounts
 * flagged for review. Everyone else gets 404, as for any page that is not theirs.
 */
@Controller
class ModerationPageController {

	private static final int PAGE_SIZE = 20;

	private final ContactCases cases;

	private final AccountManagement accounts;

	ModerationPageController(ContactCases cases, AccountManagement accounts) {
		this.cases = cases;
		this.accounts = accounts;
	}

	@GetMapping("/moderation")
	String queue(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String cursor,
			HtmxRequest htmx, Model model) {
		requireModerator(me);
		Cursor position;
		try {
			position = Cursor.decode(cursor);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
		Page<CaseSummary> page = this.cases.list(me.caller(), ContactCases.Status.OPEN, position, PAGE_SIZE);
		Set<UUID> writers = new HashSet<>();
		page.items().forEach((c) -> writers.add(c.writerId()));
		model.addAttribute("cases", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("names", names(writers));
		// "Show more" with htmx appends the next rows in place of its own slot.
		return (htmx.isHtmxRequest() && cursor != null) ? "moderation/queue :: rows" : "moderation/queue";
	}

	@GetMapping("/moderation/cases/{id}")
	String detail(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		requireModerator(me);
		CaseDetail detail = this.cases.read(me.caller(), id);
		model.addAttribute("c", detail);
		model.addAttribute("findings", detail.findings());
		model.addAttribute("writerName", names(Set.of(detail.writerId())).get(detail.writerId()));
		if (detail.decidedBy() != null) {
			model.addAttribute("decidedByName", names(Set.of(detail.decidedBy())).get(detail.decidedBy()));
		}
		model.addAttribute("reads", this.cases.reads(id));
		return "moderation/case";
	}

	@PostMapping("/moderation/cases/{id}/release")
	String release(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		requireModerator(me);
		return decide(id, redirect, "case.released", () -> this.cases.release(me.caller(), id));
	}

	@PostMapping("/moderation/cases/{id}/confirm")
	String confirm(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		requireModerator(me);
		return decide(id, redirect, "case.confirmed", () -> this.cases.confirm(me.caller(), id));
	}

	@GetMapping("/moderation/flagged")
	String flagged(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
		requireModerator(me);
		model.addAttribute("accounts", this.cases.flagged(me.caller()));
		return "moderation/flagged";
	}

	private String decide(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/moderation";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
			return "redirect:/moderation/cases/" + id;
		}
	}

	private Map<UUID, String> names(Set<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		Map<UUID, AccountSummary> summaries = this.accounts.summaries(ids);
		for (UUID id : ids) {
			AccountSummary summary = summaries.get(id);
			names.put(id, (summary != null) ? summary.displayName() : "?");
		}
		return names;
	}

	private static void requireModerator(@Nullable AuthenticatedUser me) {
		if (me == null || !me.is(Role.MODERATOR)) {
			throw new NotFoundException("page");
		}
	}

}
