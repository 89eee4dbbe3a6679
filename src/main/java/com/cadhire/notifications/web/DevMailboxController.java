package com.cadhire.notifications.web;

import com.cadhire.notifications.DevMailbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /dev/mailbox}: the e-mails CadHire stored, for developers running it without
 * SMTP. Only there when {@code cadhire.notifications.dev-mailbox=true} (off in the
 * postgres profile).
 */
@Controller
// On when asked for (true), never when false, and by default only on the embedded H2
// database, so a
// production node pointed at PostgreSQL by SPRING_DATASOURCE_URL alone never serves
// e-mails here.
@ConditionalOnExpression("'${cadhire.notifications.dev-mailbox:auto}' == 'true' or ('${cadhire.notifications.dev-mailbox:auto}' == 'auto' and '${spring.datasource.url:}'.startsWith('jdbc:h2:'))")
class DevMailboxController {

	private final DevMailbox mailbox;

	DevMailboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping(path = "/dev/mailbox", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String mailbox() {
		return this.mailbox.page();
	}

}
