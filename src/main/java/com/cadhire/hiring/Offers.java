package com.cadhire.hiring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All offers.
 */
interface Offers extends ListCrudRepository<Offer, UUID> {

	@Query("SELECT * FROM offers WHERE application_id = :applicationId AND status IN ('PENDING', 'CHANGES_REQUESTED')")
	Optional<Offer> findOpen(UUID applicationId);

	@Query("SELECT * FROM offers WHERE application_id = :applicationId ORDER BY sent_at DESC LIMIT 1")
	Optional<Offer> findLatest(UUID applicationId);

	@Query("SELECT id FROM offers WHERE status = 'PENDING' AND expires_at <= :now ORDER BY expires_at LIMIT :limit")
	List<UUID> findDue(java.time.OffsetDateTime now, int limit);

	/**
	 * One offer, only if the viewer is one of its two parties: authorization in the
	 * query.
	 */
	@Query("SELECT * FROM offers WHERE id = :id AND (client_id = :viewer OR expert_id = :viewer)")
	Optional<Offer> findVisible(UUID id, UUID viewer);

}
