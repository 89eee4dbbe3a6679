package com.cadhire.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then provides the
 * {@link JavaMailSender}); otherwise e-mails stay in the outbox, which the developers'
 * mailbox page shows.
 */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
			OutboxMetrics metrics) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("No spring.mail.host: e-mails are kept in the outbox and shown at /dev/mailbox");
			return (messageId, to, subject, body) -> {
			};
		}
		return metrics.counting(smtp(smtp, properties.from()));
	}

	/**
	 * Plain-text e-mail over SMTP with the outbox row's {@code Message-ID} (Jakarta Mail
	 * would make a new one on every send).
	 */
	static MailTransport smtp(JavaMailSender sender, String from) {
		return new MailTransport() {

			@Override
			public void send(String messageId, String to, String subject, String body) throws Exception {
				send(messageId, to, subject, body, null);
			}

			@Override
			public void send(String messageId, String to, String subject, String body, @Nullable String html)
					throws Exception {
				MimeMessage message = sender.createMimeMessage();
				// with HTML: multipart/alternative, mail programs show the HTML part,
				// others
				// the text
				MimeMessageHelper helper = new MimeMessageHelper(message, html != null, "UTF-8");
				helper.setFrom(from);
				helper.setTo(to);
				helper.setSubject(subject);
				if (html != null) {
					helper.setText(body, html);
				}
				else {
					helper.setText(body, false);
				}
				sender.send(new FixedIdMessage(message, messageId));
			}

		};
	}

	/** A MIME message whose Message-ID stays the one given. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(MimeMessage source, String messageId) throws MessagingException {
			super(source);
			this.messageId = messageId;
			setHeader("Message-ID", messageId);
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
