package com.cadhire.notifications;

import java.time.temporal.ChronoUnit;

import com.cadhire.accounts.Account;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.SignUpForRegisteredAddress;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Account notices: the owner of an address someone tried to sign up with again is told
 * (at most once per account and hour, so sign-up cannot be used to flood a mailbox). Kind
 * {@code ACCOUNT}: not in the notification settings, as nobody should miss them.
 */
@Component
class AccountEmails {

	static final String KIND = "ACCOUNT";

	private final EmailOutbox outbox;

	private final AccountManagement accounts;

	private final Notifier notifier;

	private final NotificationProperties properties;

	AccountEmails(EmailOutbox outbox, AccountManagement accounts, Notifier notifier,
			NotificationProperties properties) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.notifier = notifier;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(SignUpForRegisteredAddress event) {
		Account account;
		try {
			account = this.accounts.get(UserId.of(event.accountId()));
		}
		catch (NotFoundException ex) {
			return;
		}
		long hour = event.at().truncatedTo(ChronoUnit.HOURS).getEpochSecond();
		this.outbox.enqueue(account.id(), account.email(), KIND, "Someone tried to sign up with your address",
				"Hello " + account.displayName() + ",\n\nsomeone tried to make a new CadHire account with this "
						+ "e-mail address, which has an account already. Nothing was changed.\n\n"
						+ "If it was you, sign in instead: " + this.properties.baseUrl() + "/login\n"
						+ "If it was not you, you need not do anything.",
				"signup-notice:" + account.id() + ":" + hour, this.notifier.now());
	}

}
