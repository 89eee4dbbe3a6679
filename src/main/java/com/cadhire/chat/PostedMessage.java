package com.cadhire.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as stored: what a sender needs to place it in the timeline.
 *
 * @param id the message id
 * @param conversationId the conversation
 * @param seq its position in the conversation's timeline (1, 2, 3, ... without gaps)
 * @param sentAt when it was stored
 */
public record PostedMessage(UUID id, UUID conversationId, long seq, Instant sentAt) {
}
