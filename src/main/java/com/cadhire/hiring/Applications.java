package com.cadhire.hiring;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All applications.
 */
interface Applications extends ListCrudRepository<Application, UUID> {

	List<Application> findByJobIdAndStatusIn(UUID jobId, List<Application.Status> statuses);

	boolean existsByJobIdAndExpertId(UUID jobId, UUID expertId);

}
