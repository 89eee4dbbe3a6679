package com.cadhire.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail notifications, configured under {@code cadhire.notifications} (SMTP itself under
 * the standard {@code spring.mail.*}).
 *
 * @param unreadDelay how long a message must stay unread before it is e-mailed (BATCHED)
 * @param digestDelay how long other BATCHED notifications wait to be sent as a digest
 * @param offerWarning how long before an offer expires the expert is warned
 * @param maxAttempts how often sending an e-mail is tried before it is FAILED
 * @param retryDelay the wait after the first failed attempt; doubled after each one
 * @param from the sender address
 * @param baseUrl where people open CadHire, for links in e-mails
 * @param devMailbox whether {@code /dev/mailbox} lists the stored e-mails: {@code true},
 * {@code false} or {@code auto} (on the embedded H2 database or with the {@code dev}
 * profile only)
 */
@ConfigurationProperties("cadhire.notifications")
public record NotificationProperties(@DefaultValue("PT2M") Duration unreadDelay,
		@DefaultValue("PT1H") Duration digestDelay, @DefaultValue("P1D") Duration offerWarning,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT30S") Duration retryDelay,
		@DefaultValue("CadHire <no-reply@cadhire.app>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("auto") String devMailbox) {
}
