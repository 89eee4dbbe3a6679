package com.cadhire.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.common.LogSafe;
import com.cadhire.notifications.EmailOutbox.OutboxRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due e-mails from the outbox, on every node. Each round claims a few rows with
 * {@code FOR UPDATE SKIP LOCKED}, sends them, and records the outcome in the same short
 * transaction, so two nodes never send the same row and a SENT row is never sent again.
 * Runs on a scheduler thread of its own ({@code outboxScheduler}), so a mail server that
 * hangs (until the SMTP timeouts) never delays expiry or the other jobs. Tests call
 * {@link #run()}.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** E-mails claimed per transaction: keeps row locks short. */
	static final int BATCH = 10;

	private static final int MAX_ROUNDS = 50;

	private final EmailOutbox outbox;

	private final MailTransport transport;

	private final NotificationProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OutboxSender(EmailOutbox outbox, MailTransport transport, NotificationProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.outbox = outbox;
		this.transport = transport;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(120);
	}

	/**
	 * Sends what is due now.
	 * @return how many e-mails were sent
	 */
	@Scheduled(fixedDelayString = "${cadhire.notifications.send-interval:PT10S}",
			initialDelayString = "${cadhire.notifications.send-initial-delay:PT20S}", scheduler = "outboxScheduler")
	public int run() {
		int sent = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Round result = this.transactions.execute((status) -> sendBatch());
			if (result == null) {
				break;
			}
			sent += result.sent();
			if (result.claimed() < BATCH) {
				break;
			}
		}
		return sent;
	}

	private Round sendBatch() {
		Instant now = this.clock.instant();
		List<OutboxRow> due = this.outbox.claimDue(now, BATCH);
		int sent = 0;
		for (OutboxRow row : due) {
			try {
				this.transport.send(messageId(row.id(), this.properties.from()), row.to(), row.subject(), row.body(),
						row.html());
				this.outbox.markSent(row.id(), this.clock.instant());
				sent++;
			}
			catch (Exception ex) {
				int attempts = row.attempts() + 1;
				boolean giveUp = attempts >= this.properties.maxAttempts();
				Instant next = now.plus(backoff(attempts));
				log.warn("E-mail {} not sent (attempt {}{})", row.id(), attempts, giveUp ? ", giving up" : "",
						LogSafe.withoutMessages(ex));
				this.outbox.markFailedAttempt(row.id(), giveUp, next, String.valueOf(ex.getMessage()));
			}
		}
		return new Round(due.size(), sent);
	}

	/**
	 * The {@code Message-ID} of an outbox row's e-mail, the same on every attempt:
	 * sending is at least once (a crash between the SMTP hand-over and the SENT mark
	 * sends the row again), and receivers drop a second copy by this id.
	 * @param id the outbox row
	 * @param from the sender address, whose domain the id uses
	 * @return such as {@code <outbox-1b4e...@cadhire.app>}
	 */
	static String messageId(UUID id, String from) {
		String address = from.contains("<") ? from.substring(from.lastIndexOf('<') + 1).replace(">", "") : from;
		int at = address.lastIndexOf('@');
		String domain = (at >= 0 && at < address.length() - 1) ? address.substring(at + 1).trim() : "cadhire.app";
		return "<outbox-" + id + "@" + domain + ">";
	}

	/**
	 * @param attempts the attempts made so far (at least 1)
	 * @return the wait before the next one: the retry delay doubled per attempt, at most
	 * a day
	 */
	Duration backoff(int attempts) {
		Duration delay = this.properties.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
		return (delay.compareTo(Duration.ofDays(1)) > 0) ? Duration.ofDays(1) : delay;
	}

	private record Round(int claimed, int sent) {
	}

}
