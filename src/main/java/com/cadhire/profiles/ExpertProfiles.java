package com.cadhire.profiles;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All saved expert profiles, by expert account id.
 */
interface ExpertProfiles extends ListCrudRepository<ExpertProfile, UUID> {

}
