package com.cadhire.profiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.Role;
import com.cadhire.common.UserId;
import com.cadhire.hiring.ExpertAvailability;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells hiring whether an expert takes invites, from their profile. An expert who never
 * saved a profile takes invites.
 */
@Component
class ProfileAvailability implements ExpertAvailability {

	private final ExpertProfiles profiles;

	private final AccountManagement accounts;

	private final Clock clock;

	ProfileAvailability(ExpertProfiles profiles, AccountManagement accounts, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean acceptsInvites(UUID expertId) {
		boolean expert = this.accounts.summary(UserId.of(expertId))
			.filter((account) -> account.role() == Role.EXPERT)
			.isPresent();
		return expert && this.profiles.findById(expertId).map(ExpertProfile::acceptingInvites).orElse(true);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ExpertAvailability.TimeAway> currentTimeAway(UUID expertId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.profiles.findById(expertId)
			.map(ExpertProfile::timeAway)
			.filter((away) -> away.covers(today))
			.map((away) -> new ExpertAvailability.TimeAway(away.from(), away.to()));
	}

}
