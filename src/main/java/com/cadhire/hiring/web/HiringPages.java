package com.cadhire.hiring.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.FeeSettings;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Quote;
import com.cadhire.hiring.Terms;
import com.cadhire.hiring.TermsVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What hiring's pages share: names of the people on a page, terms with their fee quote,
 * and the negotiation history with what changed in each version.
 */
@Component
class HiringPages {

	private final AccountManagement accounts;

	private final FeeSettings fees;

	HiringPages(AccountManagement accounts, FeeSettings fees) {
		this.accounts = accounts;
		this.fees = fees;
	}

	static void requireRole(AuthenticatedUser me, Role role) {
		if (!me.is(role)) {
			throw new NotFoundException("page");
		}
	}

	Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.accounts.summaries(ids).forEach((id, summary) -> names.put(id, summary.displayName()));
		return names;
	}

	String name(UUID id) {
		return this.accounts.summary(UserId.of(id)).map(AccountSummary::displayName).orElse("Former member");
	}

	@Nullable TermsView view(@Nullable Terms terms) {
		return (terms != null) ? new TermsView(0, null, null, terms, quote(terms), List.of(), true) : null;
	}

	Quote quote(Terms terms) {
		return Quote.of(terms.amount(), this.fees);
	}

	/**
	 * The history, newest first, each version with what changed from the one before.
	 */
	List<TermsView> history(List<TermsVersion> versions, int current) {
		Map<UUID, String> names = names(versions.stream().map(TermsVersion::authorId).toList());
		List<TermsView> views = new ArrayList<>();
		TermsVersion previous = null;
		for (TermsVersion version : versions) {
			views.add(new TermsView(version.version(), names.getOrDefault(version.authorId(), "Former member"),
					version.createdAt(), version.terms(), quote(version.terms()), version.changesSince(previous),
					version.version() == current));
			previous = version;
		}
		java.util.Collections.reverse(views);
		return views;
	}

	/**
	 * Terms as a page shows them.
	 *
	 * @param version the version number (0 for terms outside an application)
	 * @param authorName who proposed them
	 * @param createdAt when
	 * @param terms the terms
	 * @param quote what the client pays and the expert receives
	 * @param changes what changed from the previous version
	 * @param current whether this is the current version
	 */
	record TermsView(int version, @Nullable String authorName, @Nullable Instant createdAt, Terms terms, Quote quote,
			List<TermsVersion.Change> changes, boolean current) {
	}

}
