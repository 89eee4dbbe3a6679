package com.cadhire.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

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
			return (to, subject, body) -> {
			};
		}
		return metrics.counting(smtp(smtp, properties.from()));
	}

	static MailTransport smtp(JavaMailSender sender, String from) {
		return (to, subject, body) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			sender.send(message);
		};
	}

}
