package com.cadhire.notifications;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meters of the e-mail outbox: the backlog (e-mails waiting to be sent, due or retrying
 * later) and the e-mails given up on, both counted in the database and so the same on
 * every node (aggregate with {@code max}, not {@code sum}); and the failed hand-overs to
 * SMTP of this node, a counter ({@code cadhire.mail.send.failures}).
 * <p>
 * The gauges read the table at most once per {@value #REFRESH_SECONDS} seconds, in one
 * query on the status index, whatever the scrape interval; when the database does not
 * answer they report NaN rather than a stale number.
 */
@Component
class OutboxMetrics {

	private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

	static final int REFRESH_SECONDS = 10;

	private final JdbcClient jdbc;

	private final Counter sendFailures;

	private volatile long readAt = Long.MIN_VALUE;

	private volatile Counts counts = new Counts(Double.NaN, Double.NaN);

	OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		Gauge.builder("cadhire.mail.outbox.backlog", this, (metrics) -> metrics.counts().pending())
			.description("E-mails in the outbox not sent yet (due now or waiting for a retry)")
			.register(registry);
		Gauge.builder("cadhire.mail.outbox.failed", this, (metrics) -> metrics.counts().failed())
			.description("E-mails given up on after the last attempt")
			.register(registry);
		this.sendFailures = Counter.builder("cadhire.mail.send.failures")
			.description("E-mails the mail server did not accept (each failed attempt; retried with backoff)")
			.register(registry);
	}

	/**
	 * Wraps a transport so that every refused hand-over is counted.
	 */
	MailTransport counting(MailTransport transport) {
		return new MailTransport() {

			@Override
			public void send(String messageId, String to, String subject, String body) throws Exception {
				send(messageId, to, subject, body, null);
			}

			@Override
			public void send(String messageId, String to, String subject, String body, @Nullable String html)
					throws Exception {
				try {
					transport.send(messageId, to, subject, body, html);
				}
				catch (Exception ex) {
					OutboxMetrics.this.sendFailures.increment();
					throw ex;
				}
			}

		};
	}

	private Counts counts() {
		long now = System.nanoTime();
		if (this.readAt == Long.MIN_VALUE || now - this.readAt > Duration.ofSeconds(REFRESH_SECONDS).toNanos()) {
			this.readAt = now;
			try {
				this.counts = this.jdbc.sql("""
						SELECT COUNT(CASE WHEN status = 'PENDING' THEN 1 END) AS pending,
						       COUNT(CASE WHEN status = 'FAILED' THEN 1 END) AS failed
						FROM email_outbox WHERE status IN ('PENDING', 'FAILED')""")
					.query((rs, n) -> new Counts(rs.getLong("pending"), rs.getLong("failed")))
					.single();
			}
			catch (RuntimeException ex) {
				log.debug("Outbox gauges not read: {}", ex.toString());
				this.counts = new Counts(Double.NaN, Double.NaN);
			}
		}
		return this.counts;
	}

	private record Counts(double pending, double failed) {
	}

}
