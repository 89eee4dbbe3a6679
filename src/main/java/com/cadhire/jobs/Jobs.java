package com.cadhire.jobs;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All jobs.
 */
interface Jobs extends ListCrudRepository<Job, UUID> {

}
