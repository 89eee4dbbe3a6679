package com.cadhire.chat;

import java.util.Map;
import java.util.UUID;

/**
 * A participant's unread messages: in total and per conversation.
 *
 * @param total the sum over all conversations
 * @param conversations the count of every conversation that has unread messages;
 * conversations not listed have none
 */
public record UnreadCounts(int total, Map<UUID, Integer> conversations) {
}
