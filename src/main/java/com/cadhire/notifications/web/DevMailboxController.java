package com.cadhire.notifications.web;

import com.cadhire.notifications.DevMailbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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
@ConditionalOnBooleanProperty(name = "cadhire.notifications.dev-mailbox", matchIfMissing = true)
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
