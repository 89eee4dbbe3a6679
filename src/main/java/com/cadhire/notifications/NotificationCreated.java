package com.cadhire.notifications;

import java.util.UUID;

/**
 * A notification was stored for someone; published in the transaction of the change that
 * caused it, so that their open pages can update the bell.
 *
 * @param notification the new notification
 * @param recipientId whose it is
 * @param unread how many of theirs are unread now (at most
 * {@link NotificationCenter#UNREAD_CAP})
 */
public record NotificationCreated(Notification notification, UUID recipientId, int unread) {
}
