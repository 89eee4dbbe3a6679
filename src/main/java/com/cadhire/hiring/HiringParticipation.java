package com.cadhire.hiring;

import java.util.UUID;

import com.cadhire.jobs.JobViewers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the jobs module who takes part in hiring for a private job: the experts invited
 * to it or applying to it.
 */
@Component
class HiringParticipation implements JobViewers {

	private final JdbcClient jdbc;

	HiringParticipation(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@Override
	public boolean inHiring(UUID jobId, UUID expertId) {
		String key = Invite.openKey(jobId, expertId);
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM invites WHERE open_key = :key)
				     + (SELECT COUNT(*) FROM applications WHERE open_key = :key)""")
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

}
