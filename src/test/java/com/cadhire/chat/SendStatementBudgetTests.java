package com.cadhire.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccessTokens;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.EventStream;
import com.cadhire.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement budget of a chat message: every SQL statement one send causes — the
 * request with its token authentication, the send transaction, the live events, the
 * bookkeeping of other modules and the delivery to both participants' open event streams
 * — divided by the number of sends, must stay at most {@value #BUDGET}. Counted on
 * whichever database the suite runs on with a test-scope wrapper of the data source.
 * <p>
 * The send path is within the budget: 14.0 statements per send on PostgreSQL (its
 * {@code pg_notify} included) and 13.0 on H2. Two parts are counted apart:
 * <ul>
 * <li>the statements of the request, its transaction and its listeners, which do not
 * depend on timing: held as a ratchet of {@value #RATCHET} per send, so the cost can only
 * go down (lower it with every change that saves statements);</li>
 * <li>the reads of the live delivery (the log and the unread counts), one of each per
 * wake-up by design. A stream whose prefetched batch went stale under load reads the log
 * itself, so on a loaded machine a few more can appear: at most one of each per send plus
 * {@value #STALE_READS} such reads. (A CI run at load 10 once counted 421 statements
 * against 420 here; a fixed total ratchet failed on it.)</li>
 * <li>the token look-ups: a token is remembered for
 * {@link com.cadhire.accounts.AccessTokens#REMEMBERED}, so a slow run that spans that
 * time looks each user's token up again, at most once per user per such period.</li>
 * </ul>
 * The sum stays within the budget either way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SendStatementBudgetTests {

	static final int BUDGET = 15;

	static final int RATCHET = 12;

	static final int STALE_READS = 3;

	private static final String TOKEN_READ = "SELECT a.id, a.email, a.display_name, a.role FROM access_tokens";

	private static final List<String> DELIVERY_READS = List.of(
			"SELECT user_id, id, name, data, unread, created_at FROM live_events",
			"SELECT id, name, data, unread, created_at FROM live_events",
			"SELECT conversation_id, unread_count FROM conversation_participants",
			"SELECT participant_id, conversation_id, unread_count FROM conversation_participants");

	private static final int SENDS = 30;

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	JdbcClient jdbc;

	final List<EventStream> streams = new ArrayList<>();

	@AfterEach
	void tearDown() {
		StatementCounter.stop();
		this.streams.forEach(EventStream::close);
	}

	@Test
	void aMessageSendCostsNoMoreStatementsThanTheRatchetIncludingDeliveryAndListeners() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Budget Client");
		User expert = anonymous.signUp("EXPERT", "Budget Expert");
		UUID conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(client.id()),
				UserId.of(expert.id()), "Sheet metal enclosure");
		EventStream clientStream = ready(client);
		EventStream expertStream = ready(expert);
		// warm up: token cache, statement caches, the live event counters of both users
		for (int i = 0; i < 4; i++) {
			send((i % 2 == 0) ? client : expert, conversationId, "warm-up " + i);
		}
		awaitMessages(clientStream, 4);
		awaitMessages(expertStream, 4);
		settle();

		StatementCounter.start();
		long started = System.nanoTime();
		for (int i = 0; i < SENDS; i++) {
			send((i % 2 == 0) ? client : expert, conversationId, "Flange thickness " + i + " mm, please check");
		}
		awaitMessages(clientStream, SENDS);
		awaitMessages(expertStream, SENDS);
		settle();
		StatementCounter.stop();
		long periods = 1 + (System.nanoTime() - started) / AccessTokens.REMEMBERED.toNanos();

		long statements = StatementCounter.statements();
		double perSend = (double) statements / SENDS;
		System.out.printf(
				"statement budget: %d sends, %d statements (%.2f per send), %d round trips (%.2f per send),"
						+ " %d commits (%.2f per send)%n",
				SENDS, statements, perSend, StatementCounter.roundTrips(),
				(double) StatementCounter.roundTrips() / SENDS, StatementCounter.commits(),
				(double) StatementCounter.commits() / SENDS);
		StatementCounter.bySql().forEach((sql, n) -> System.out.printf("%6d  %s%n", n, sql));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single()).as("incomplete event publications").isZero();
		long deliveryReads = StatementCounter.bySql()
			.entrySet()
			.stream()
			.filter((entry) -> DELIVERY_READS.stream().anyMatch(entry.getKey()::startsWith))
			.mapToLong(Map.Entry::getValue)
			.sum();
		long tokenReads = StatementCounter.bySql()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(TOKEN_READ))
			.mapToLong(Map.Entry::getValue)
			.sum();
		double sendPath = (double) (statements - deliveryReads - tokenReads) / SENDS;
		System.out.printf(
				"statement budget: goal %d per send; send path %.2f per send (ratchet %d),"
						+ " delivery reads %d (at most %d), token look-ups %d (at most %d)%n",
				BUDGET, sendPath, RATCHET, deliveryReads, 2 * SENDS + STALE_READS, tokenReads, 2 * periods);
		assertThat(perSend).as("statements per send (budget " + BUDGET + ")").isLessThanOrEqualTo(BUDGET);
		assertThat(sendPath).as("send-path statements per send (ratchet " + RATCHET + ")").isLessThanOrEqualTo(RATCHET);
		assertThat(deliveryReads).as("live delivery reads (one of each per wake-up, a few stale batches)")
			.isLessThanOrEqualTo(2 * SENDS + STALE_READS);
		assertThat(tokenReads).as("token look-ups (two users, once per remembered period at most)")
			.isLessThanOrEqualTo(2 * periods);
	}

	private EventStream ready(User user) {
		EventStream stream = EventStream.open(user.api());
		this.streams.add(stream);
		stream.next("ready", PATIENCE);
		return stream;
	}

	private static void send(User sender, UUID conversationId, String body) {
		sender.api()
			.post("/api/v1/conversations/" + conversationId + "/messages",
					Map.of("body", body, "clientMessageId", UUID.randomUUID().toString()))
			.expect(201);
	}

	private static void awaitMessages(EventStream stream, int n) {
		for (int i = 0; i < n; i++) {
			stream.next("message.created", PATIENCE);
		}
	}

	/**
	 * Waits until nothing has run for half a second (trailing deliveries and listeners),
	 * at most five seconds.
	 */
	private static void settle() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		long last = -1;
		while (System.nanoTime() < deadline) {
			long now = StatementCounter.roundTrips() + StatementCounter.commits();
			if (now == last) {
				return;
			}
			last = now;
			Thread.sleep(500);
		}
	}

}
