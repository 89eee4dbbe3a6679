package com.cadhire.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All accounts.
 */
interface Accounts extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByEmailNormalized(String emailNormalized);

	boolean existsByEmailNormalized(String emailNormalized);

}
