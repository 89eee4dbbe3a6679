package com.cadhire.jobs;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All jobs.
 */
interface Jobs extends ListCrudRepository<Job, UUID> {

	/**
	 * A job, only if the caller owns it: authorization in the query.
	 */
	java.util.Optional<Job> findByIdAndOwnerId(UUID id, UUID ownerId);

}
