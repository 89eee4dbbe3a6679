package com.cadhire.notifications;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class OutboxMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final OutboxMetrics metrics = new OutboxMetrics(mock(JdbcClient.class), this.registry);

	@Test
	void countsEveryRefusedHandOverAndPassesTheFailureOn() throws Exception {
		MailTransport refusing = this.metrics.counting((messageId, to, subject, body) -> {
			throw new IllegalStateException("550 mailbox unavailable");
		});
		MailTransport accepting = this.metrics.counting((messageId, to, subject, body) -> {
		});

		accepting.send("<m@example.test>", "a@example.test", "s", "b");
		assertThatIllegalStateException()
			.isThrownBy(() -> refusing.send("<m@example.test>", "a@example.test", "s", "b"));
		assertThatIllegalStateException()
			.isThrownBy(() -> refusing.send("<m@example.test>", "a@example.test", "s", "b"));

		assertThat(this.registry.get("cadhire.mail.send.failures").counter().count()).isEqualTo(2);
	}

	@Test
	void theGaugesSayNotANumberWhenTheDatabaseDoesNotAnswer() {
		assertThat(this.registry.get("cadhire.mail.outbox.backlog").gauge().value()).isNaN();
	}

}
