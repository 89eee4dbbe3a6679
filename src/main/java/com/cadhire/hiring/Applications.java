package com.cadhire.hiring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All applications.
 */
interface Applications extends ListCrudRepository<Application, UUID> {

	/**
	 * A job's applications in these statuses, in expert order: see
	 * {@link Invites#findByJobIdAndStatusOrderByExpertId}.
	 */
	List<Application> findByJobIdAndStatusInOrderByExpertId(UUID jobId, List<ApplicationStatus> statuses);

	boolean existsByJobIdAndExpertId(UUID jobId, UUID expertId);

	/**
	 * @param openKey job and expert, see {@link Invite#openKey}
	 * @return whether that expert has a live (or hired) application to that job
	 */
	boolean existsByOpenKey(String openKey);

	/**
	 * One application, only if the viewer is one of its two parties: authorization in the
	 * query.
	 */
	@Query("SELECT * FROM applications WHERE id = :id AND (client_id = :viewer OR expert_id = :viewer)")
	Optional<Application> findVisible(UUID id, UUID viewer);

}
