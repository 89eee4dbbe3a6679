package com.cadhire.profiles;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Role;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.UserId;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves expert profiles and shows them to others.
 */
@Service
public class ProfileManagement {

	private final ExpertProfiles profiles;

	private final AccountManagement accounts;

	private final ResponsivenessReadModel responsiveness;

	private final ContactPolicy contactPolicy;

	private final Clock clock;

	ProfileManagement(ExpertProfiles profiles, AccountManagement accounts, ResponsivenessReadModel responsiveness,
			ContactPolicy contactPolicy, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.responsiveness = responsiveness;
		this.contactPolicy = contactPolicy;
		this.clock = clock;
	}

	/**
	 * @param expertId an expert's account id
	 * @return the expert's saved profile, or an empty one accepting invites
	 */
	@Transactional(readOnly = true)
	public ExpertProfile profileOf(UserId expertId) {
		return this.profiles.findById(expertId.value())
			.orElseGet(() -> ExpertProfile.empty(expertId.value(), this.clock.instant()));
	}

	/**
	 * Saves what an expert tells about themselves, and their time away.
	 * @param expertId the expert's account id
	 * @param details the new content
	 * @param timeAway the days away, or {@code null} to be back (or stay available)
	 * @return the saved profile
	 * @throws ForbiddenException if the account is not an expert
	 * @throws com.cadhire.common.RuleViolationException if a field breaks a rule
	 */
	@Transactional
	public ExpertProfile save(UserId expertId, ExpertProfile.Details details, @Nullable TimeAway timeAway) {
		Role role = this.accounts.get(expertId).role();
		if (role != Role.EXPERT) {
			throw new ForbiddenException("Only experts have a profile.");
		}
		Map<String, @Nullable String> texts = new LinkedHashMap<>();
		texts.put("headline", details.headline());
		texts.put("bio", details.bio());
		texts.put("portfolio", details.portfolio());
		texts.put("skills", String.join(", ", details.skills()));
		this.contactPolicy.require(expertId.value(), null, Surface.PROFILE, texts);
		ExpertProfile profile = profileOf(expertId).update(details, this.clock.instant());
		if (timeAway != null) {
			profile.declareTimeAway(timeAway.from(), timeAway.to(), this.clock.instant());
		}
		else {
			profile.clearTimeAway(this.clock.instant());
		}
		return this.profiles.save(profile);
	}

	/**
	 * @param expertId an account id
	 * @return the expert as others see them; empty unless the account is an expert
	 */
	@Transactional(readOnly = true)
	public Optional<PublicProfile> publicProfile(UserId expertId) {
		Optional<AccountSummary> account = this.accounts.summary(expertId)
			.filter((summary) -> summary.role() == Role.EXPERT);
		return account.map((summary) -> new PublicProfile(summary.displayName(), profileOf(expertId),
				this.responsiveness.of(expertId.value())));
	}

	/**
	 * @param expertId an expert's account id
	 * @return how fast the expert answers
	 */
	@Transactional(readOnly = true)
	public Responsiveness responsiveness(UserId expertId) {
		return this.responsiveness.of(expertId.value());
	}

}
