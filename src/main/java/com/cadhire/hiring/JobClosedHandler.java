package com.cadhire.hiring;

import com.cadhire.common.JobId;
import com.cadhire.jobs.JobClosed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closing a job expires its pending invites and closes its live applications, in the
 * closing transaction, so nobody ever sees a closed job with a pending invite.
 */
@Component
class JobClosedHandler {

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	JobClosedHandler(InviteManagement invites, ApplicationManagement applications) {
		this.invites = invites;
		this.applications = applications;
	}

	@EventListener
	void on(JobClosed event) {
		this.invites.expireAllOf(event.jobId());
		this.applications.closeAllOf(event.jobId());
	}

}
