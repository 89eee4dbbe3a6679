package com.cadhire.jobs;

import java.util.UUID;

/**
 * Tells whether someone other than the owner may see a private job (an expert invited to
 * it, or one who applied). Implemented by the hiring module, which knows about invites.
 */
public interface JobViewers {

	/**
	 * @param jobId a private job
	 * @param accountId someone who is not its owner
	 * @return whether they take part in hiring for it
	 */
	boolean takesPartIn(UUID jobId, UUID accountId);

	/**
	 * @param jobId a job
	 * @param expertId an expert
	 * @return whether the expert has a pending invite to the job or an application to it
	 * that is live or ended in a hire (so is neither invited to it nor applies to it
	 * again)
	 */
	boolean inHiring(UUID jobId, UUID expertId);

}
