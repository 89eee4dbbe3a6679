package com.cadhire.hiring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All invites.
 */
interface Invites extends ListCrudRepository<Invite, UUID> {

	/**
	 * A job's invites in a status, in expert order: closing a job changes them in this
	 * order, so two closings that share experts take those experts' status counters in
	 * the same order and never wait for each other in a circle.
	 */
	List<Invite> findByJobIdAndStatusOrderByExpertId(UUID jobId, Invite.Status status);

	@Query("SELECT id FROM invites WHERE status = 'PENDING' AND expires_at <= :now ORDER BY expires_at LIMIT :limit")
	List<UUID> findDue(java.time.OffsetDateTime now, int limit);

	boolean existsByJobIdAndExpertId(UUID jobId, UUID expertId);

	/**
	 * @param openKey job and expert, see {@link Invite#openKey}
	 * @return whether that expert has a pending invite to that job
	 */
	boolean existsByOpenKey(String openKey);

	/**
	 * One invite, only if the viewer is one of its two parties: authorization in the
	 * query.
	 */
	@Query("SELECT * FROM invites WHERE id = :id AND (client_id = :viewer OR expert_id = :viewer)")
	Optional<Invite> findVisible(UUID id, UUID viewer);

}
