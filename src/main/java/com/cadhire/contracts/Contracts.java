package com.cadhire.contracts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All contracts.
 */
interface Contracts extends ListCrudRepository<Contract, UUID> {

	@Query("""
			SELECT COUNT(*) > 0 FROM contracts
			WHERE buyout_status = 'CONFIRMED'
			  AND ((client_id = :a AND expert_id = :b) OR (client_id = :b AND expert_id = :a))""")
	boolean buyoutConfirmedBetween(UUID a, UUID b);

	/**
	 * Whether the two have a Direct Hire buyout requested or confirmed, on any contract.
	 */
	@Query("""
			SELECT COUNT(*) > 0 FROM contracts
			WHERE buyout_status IN ('REQUESTED', 'CONFIRMED')
			  AND ((client_id = :a AND expert_id = :b) OR (client_id = :b AND expert_id = :a))""")
	boolean directHireBetween(UUID a, UUID b);

	/**
	 * One contract, only if the viewer is one of its two parties: authorization in the
	 * query.
	 */
	@Query("SELECT * FROM contracts WHERE id = :id AND (client_id = :viewer OR expert_id = :viewer)")
	Optional<Contract> findVisible(UUID id, UUID viewer);

}
