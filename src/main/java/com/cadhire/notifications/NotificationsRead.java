package com.cadhire.notifications;

import java.util.UUID;

/**
 * Someone marked one or all of their notifications read; their other open pages update
 * the bell.
 *
 * @param recipientId whose they are
 * @param unread how many are unread now (at most {@link NotificationCenter#UNREAD_CAP})
 */
public record NotificationsRead(UUID recipientId, int unread) {
}
