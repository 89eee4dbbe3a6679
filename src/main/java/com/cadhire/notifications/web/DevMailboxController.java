package com.cadhire.notifications.web;

import com.cadhire.notifications.DevMailbox;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /dev/mailbox}: the e-mails CadHire stored, for developers running it without
 * SMTP. Only there where {@link DevMailboxCondition} allows it (by default on the
 * embedded H2 database only), and only for signed-in moderators (see the page security
 * chain).
 */
@Controller
@Conditional(DevMailboxCondition.class)
class DevMailboxController {

	private final DevMailbox mailbox;

	DevMailboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping(path = "/dev/mailbox", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String mailbox(@RequestParam(required = false) @Nullable String to) {
		return this.mailbox.page(to);
	}

}
