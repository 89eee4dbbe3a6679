package com.cadhire.support;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server for the e-mail tests (GreenMail on a free port, no authentication), with
 * what those tests read from it: register it with {@code @RegisterExtension static}.
 */
public class Mailbox extends GreenMailExtension {

	public Mailbox() {
		super(ServerSetupTest.SMTP.dynamicPort());
		withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	/**
	 * @return a mail sender that hands its e-mails to this server
	 */
	public JavaMailSenderImpl smtpSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(getSmtp().getPort());
		return sender;
	}

	/**
	 * @param address the recipient's address
	 * @return the e-mails received for it, in the order they arrived
	 * @throws Exception if a message cannot be read
	 */
	public List<MimeMessage> receivedBy(String address) throws Exception {
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				received.add(message);
			}
		}
		return received;
	}

	/**
	 * The plain-text and the HTML part of a multipart e-mail; fails the test if either is
	 * missing.
	 * @param message the e-mail
	 * @return its parts, the text with {@code \n} line ends
	 * @throws Exception if the message cannot be read
	 */
	public static Parts parts(MimeMessage message) throws Exception {
		String text = null;
		String html = null;
		List<BodyPart> queue = new ArrayList<>();
		Object content = message.getContent();
		assertThat(content).as("a multipart e-mail").isInstanceOf(MimeMultipart.class);
		collect((MimeMultipart) content, queue);
		for (BodyPart part : queue) {
			if (part.isMimeType("text/plain")) {
				text = (String) part.getContent();
			}
			else if (part.isMimeType("text/html")) {
				html = (String) part.getContent();
			}
		}
		assertThat(text).as("a plain-text part").isNotNull();
		assertThat(html).as("an HTML part").isNotNull();
		return new Parts(text.replace("\r\n", "\n"), html);
	}

	private static void collect(MimeMultipart multipart, List<BodyPart> parts) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				collect(nested, parts);
			}
			else {
				parts.add(part);
			}
		}
	}

	/**
	 * The two parts of an e-mail.
	 *
	 * @param text the plain text
	 * @param html the HTML
	 */
	public record Parts(String text, String html) {
	}

}
