package com.cadhire.hiring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What hiring needs to know about an expert before inviting them. Implemented by the
 * profiles module, so that hiring does not depend on it (profiles listens to hiring's
 * events instead).
 */
public interface ExpertAvailability {

	/**
	 * @param expertId an account id
	 * @return whether the account is an expert who currently accepts invites
	 */
	boolean acceptsInvites(UUID expertId);

	/**
	 * @param expertId an expert
	 * @return the expert's declared time away that covers today, if any
	 */
	Optional<TimeAway> currentTimeAway(UUID expertId);

	/**
	 * A declared absence.
	 *
	 * @param from first day away
	 * @param to last day away
	 */
	record TimeAway(LocalDate from, LocalDate to) {
	}

}
