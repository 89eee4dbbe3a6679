package com.cadhire.hiring;

import java.util.UUID;

import com.cadhire.jobs.JobClosed;
import com.cadhire.jobs.JobViewers;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hiring's side of the jobs module: who takes part in a private job, and what closing a
 * job does to its invites and applications (in the closing transaction, so nobody sees a
 * closed job with a pending invite).
 */
@Component
class HiringParticipation implements JobViewers {

	private final JdbcClient jdbc;

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	HiringParticipation(JdbcClient jdbc, InviteManagement invites, ApplicationManagement applications) {
		this.jdbc = jdbc;
		this.invites = invites;
		this.applications = applications;
	}

	@Override
	public boolean takesPartIn(UUID jobId, UUID accountId) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM invites WHERE job_id = :job AND expert_id = :me)
				     + (SELECT COUNT(*) FROM applications WHERE job_id = :job AND expert_id = :me)""")
			.param("job", jobId)
			.param("me", accountId)
			.query(Long.class)
			.single() > 0;
	}

	@EventListener
	void on(JobClosed event) {
		this.invites.expireAllOf(event.jobId());
		this.applications.closeAllOf(event.jobId());
	}

}
