package com.cadhire.notifications;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
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
			return (to, subject, body) -> {
			};
		}
		return metrics.counting(smtp(smtp, properties.from()));
	}

	static MailTransport smtp(JavaMailSender sender, String from) {
		return new MailTransport() {

			@Override
			public void send(String to, String subject, String body) {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(to);
				message.setSubject(subject);
				message.setText(body);
				sender.send(message);
			}

			@Override
			public void send(String to, String subject, String body, @Nullable String html) throws Exception {
				if (html == null) {
					send(to, subject, body);
					return;
				}
				// multipart/alternative: mail programs show the HTML part, others the
				// text
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(from);
				helper.setTo(to);
				helper.setSubject(subject);
				helper.setText(body, html);
				sender.send(message);
			}

		};
	}

}
