package com.cadhire.moderation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.Cursor;
import com.cadhire.common.Page;
import com.cadhire.moderation.ContactCases;
import com.cadhire.moderation.ContactCases.CaseDetail;
import com.cadhire.moderation.ContactCases.CaseSummary;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moderators' API: contact-information cases and flagged accounts.
 */
@RestController
@RequestMapping("/api/v1/moderation")
class ModerationApiController {

	private final ContactCases cases;

	ModerationApiController(ContactCases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases")
	Page<CaseSummary> list(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(defaultValue = "OPEN") ContactCases.Status status,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.cases.list(me.caller(), status, Cursor.decode(cursor), Cursor.limit(limit));
	}

	@GetMapping("/cases/{id}")
	CaseDetail read(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return this.cases.read(me.caller(), id);
	}

	@PostMapping("/cases/{id}/release")
	ResponseEntity<Void> release(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.cases.release(me.caller(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/confirm")
	ResponseEntity<Void> confirm(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.cases.confirm(me.caller(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/flagged-accounts")
	List<Map<String, Object>> flagged(@AuthenticationPrincipal AuthenticatedUser me) {
		return this.cases.flagged(me.caller());
	}

}
