package com.cadhire.common;

import java.util.UUID;

/**
 * Who a viewer is to a thing between a client and an expert (an invite, an application,
 * an offer, a contract): its client, its expert, or somebody else. What a viewer may do
 * with the thing depends on it.
 */
public enum Party {

	/** The client of the thing. */
	CLIENT,

	/** The expert of the thing. */
	EXPERT,

	/** Neither of the two. */
	OUTSIDER;

	/**
	 * @param viewer the viewer
	 * @param clientId the thing's client
	 * @param expertId the thing's expert
	 * @return who the viewer is to the thing
	 */
	public static Party of(UUID viewer, UUID clientId, UUID expertId) {
		if (viewer.equals(clientId)) {
			return CLIENT;
		}
		return viewer.equals(expertId) ? EXPERT : OUTSIDER;
	}

}
