package com.cadhire.moderation;

import java.util.UUID;

/**
 * A moderator confirmed a contact-information violation: the message stays masked and the
 * writer gets a strike.
 *
 * @param caseId the case
 * @param writerId the writer
 * @param strikes the writer's confirmed violations so far
 * @param flagged whether the account is now flagged for review
 */
public record ContactCaseConfirmed(UUID caseId, UUID writerId, int strikes, boolean flagged) {
}
