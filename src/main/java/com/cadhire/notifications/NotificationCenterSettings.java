package com.cadhire.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-app notification center, configured under {@code cadhire.notifications}.
 *
 * @param retention how long notifications are kept; older ones are deleted
 * @param pruneInterval how often older notifications are deleted
 */
@ConfigurationProperties("cadhire.notifications")
public record NotificationCenterSettings(@DefaultValue("P90D") Duration retention,
		@DefaultValue("PT1H") Duration pruneInterval) {
}
