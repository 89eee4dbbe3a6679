package com.cadhire.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.ReadPointers;
import com.cadhire.chat.SendMessage;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.hiring.OfferSent;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.Fixtures;
import com.cadhire.support.Mailbox;
import com.cadhire.support.MutableClock;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.cadhire.notifications.OutboxSenders.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail notifications end to end: events feed the outbox, the batch job groups unread
 * messages, and the outbox is sent over SMTP to an in-process mail server on a random
 * port. The shared application context keeps its own sender (no SMTP host configured);
 * this test builds a second sender over SMTP from the context's beans, and the scheduled
 * jobs do not run during tests, so it decides when e-mails go out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmailNotificationTests {

	@RegisterExtension
	static Mailbox mail = new Mailbox();

	@LocalServerPort
	int port;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	NotificationBatchJob batch;

	@Autowired
	NotificationProperties properties;

	@Autowired
	ConversationManagement chat;

	@Autowired
	ReadPointers readPointers;

	@Autowired
	MessageSending sending;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	com.cadhire.accounts.AccountManagement accounts;

	Api anonymous;

	User client;

	User expert;

	OutboxSenders senders;

	OutboxSender smtp;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
		this.client = this.anonymous.signUp("CLIENT", "Dana Client");
		this.expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		this.senders = new OutboxSenders(this.outbox, this.properties, this.clock, this.transactionManager);
		this.smtp = this.senders.smtp(mail);
		// What other test classes queued in the shared database is sent nowhere first, so
		// that each round here handles this test's e-mails.
		this.senders.discardDue();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void emailsAnInviteOnceOverSmtp() throws Exception {
		String jobId = Fixtures.postJob(this.client);
		Fixtures.invite(this.client, jobId, this.expert);
		awaitOutbox(this.expert, "INVITE_RECEIVED", 1);
		drain(this.smtp);
		this.smtp.run();
		List<MimeMessage> received = receivedBy(this.expert);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Dana Client invited you to \u201cBracket redesign\u201d");
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("Bracket redesign").contains("/invites/");
		assertThat(status(this.expert, "INVITE_RECEIVED")).isEqualTo("SENT");
		assertThat(received.get(0).getMessageID())
			.isEqualTo("<outbox-" + outboxId(this.expert, "INVITE_RECEIVED") + "@cadhire.app>");
	}

	@Test
	void sendsTheSameMessageIdAgainWhenARowIsSentTwice() throws Exception {
		Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		awaitOutbox(this.expert, "INVITE_RECEIVED", 1);
		drain(this.smtp);
		// a crash between the SMTP hand-over and the SENT mark leaves the row due again
		this.jdbc.sql("UPDATE email_outbox SET status = 'PENDING' WHERE recipient_id = ?")
			.param(this.expert.id())
			.update();
		drain(this.smtp);
		List<MimeMessage> received = receivedBy(this.expert);
		assertThat(received).hasSize(2);
		String expected = "<outbox-" + outboxId(this.expert, "INVITE_RECEIVED") + "@cadhire.app>";
		assertThat(received).extracting(MimeMessage::getMessageID).containsExactly(expected, expected);
	}

	@Test
	void batchesMessagesStillUnreadAfterTwoMinutesIntoOneEmailPerConversation() throws Exception {
		UUID conversation = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Gearbox housing");
		send(conversation, this.client, "Can you start Monday?");
		send(conversation, this.client, "Drawing 4711-B has the M8 threads.");
		awaitPending(this.expert, 2);
		this.batch.run();
		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isZero();

		this.clock.advance(Duration.ofSeconds(119));
		this.batch.run();
		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isZero();

		this.clock.advance(Duration.ofSeconds(2));
		this.batch.run();
		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isEqualTo(1);
		assertThat(outboxCount(this.client, "UNREAD_MESSAGES")).isZero();
		drain(this.smtp);
		List<MimeMessage> received = receivedBy(this.expert);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("2 unread messages in \"Gearbox housing\"");
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("Can you start Monday?")
			.contains("Drawing 4711-B has the M8 threads.");
		this.clock.advance(Duration.ofMinutes(10));
		this.batch.run();
		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isEqualTo(1);
	}

	@Test
	void dropsUnreadLinesOfAConversationThatIsGoneAndStillMailsTheOthers() {
		UUID conversation = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Flange");
		send(conversation, this.client, "Still there?");
		awaitPending(this.expert, 1);
		UUID gone = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO notification_pending (id, recipient_id, kind, conversation_id, seq, line, dedupe_key,
				                                  created_at, due_at)
				VALUES (?, ?, 'UNREAD_MESSAGES', ?, 1, NULL, ?, ?, ?)""")
			.params(UUID.randomUUID(), this.expert.id(), gone, "gone-" + gone, Times.sql(this.clock.instant()),
					Times.sql(this.clock.instant()))
			.update();
		this.clock.advance(Duration.ofMinutes(3));

		this.batch.run();

		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notification_pending WHERE conversation_id = ?")
			.param(gone)
			.query(Long.class)
			.single()).as("the gone conversation's line is dropped, not kept for ever").isZero();
	}

	@Test
	void skipsWhatWasReadMeanwhile() {
		UUID conversation = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Bracket");
		send(conversation, this.client, "First");
		long second = send(conversation, this.client, "Second");
		send(conversation, this.expert, "Reply from the expert");
		awaitPending(this.expert, 2);
		awaitPending(this.client, 1);
		this.readPointers.markRead(conversation, this.expert.id(), second);
		this.readPointers.markRead(conversation, this.client.id(), 3);
		this.clock.advance(Duration.ofMinutes(3));
		this.batch.run();
		assertThat(outboxCount(this.expert, "UNREAD_MESSAGES")).isZero();
		assertThat(outboxCount(this.client, "UNREAD_MESSAGES")).isZero();
		assertThat(pending(this.expert)).isZero();
	}

	@Test
	void followsEachPersonsChoicePerKind() {
		JsonNode defaults = this.expert.api().get("/api/v1/me/notification-settings").expect(200).json();
		assertThat(defaults.get("inviteReceived").asString()).isEqualTo("IMMEDIATE");
		assertThat(defaults.get("unreadMessages").asString()).isEqualTo("BATCHED");
		assertThat(defaults.get("offerExpiring").asString()).isEqualTo("IMMEDIATE");
		this.expert.api().put("/api/v1/me/notification-settings", Map.of("unreadMessages", "SOMETIMES")).expect(422);
		this.expert.api().put("/api/v1/me/notification-settings", Map.of("newsletter", "OFF")).expect(422);
		JsonNode changed = this.expert.api()
			.put("/api/v1/me/notification-settings", Map.of("unreadMessages", "IMMEDIATE"))
			.expect(200)
			.json();
		assertThat(changed.get("unreadMessages").asString()).isEqualTo("IMMEDIATE");
		assertThat(changed.get("inviteReceived").asString()).isEqualTo("IMMEDIATE");
		this.client.api().put("/api/v1/me/notification-settings", Map.of("unreadMessages", "OFF")).expect(200);

		UUID conversation = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Housing");
		send(conversation, this.client, "Right away, please");
		send(conversation, this.expert, "Never e-mailed to the client");
		awaitOutbox(this.expert, "UNREAD_MESSAGES", 1);
		assertThat(pending(this.expert)).isZero();
		assertThat(outboxCount(this.client, "UNREAD_MESSAGES")).isZero();
		assertThat(pending(this.client)).isZero();

		this.expert.api().put("/api/v1/me/notification-settings", Map.of("inviteReceived", "BATCHED")).expect(200);
		Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		awaitPending(this.expert, 1);
		assertThat(outboxCount(this.expert, "INVITE_RECEIVED")).isZero();
		this.clock.advance(Duration.ofMinutes(61));
		this.batch.run();
		assertThat(outboxCount(this.expert, "INVITE_RECEIVED")).isEqualTo(1);
		assertThat(subjects(this.expert)).contains("Your CadHire updates (1)");
	}

	@Test
	void warnsAnExpertADayBeforeAnOfferExpires() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 1))
			.expect(201);
		awaitOutbox(this.expert, "OFFER_RECEIVED", 1);
		this.clock.advance(Duration.ofDays(5));
		this.batch.run();
		assertThat(outboxCount(this.expert, "OFFER_EXPIRING")).isZero();
		this.clock.advance(Duration.ofDays(1).plusHours(1));
		this.batch.run();
		this.batch.run();
		assertThat(outboxCount(this.expert, "OFFER_EXPIRING")).isEqualTo(1);
	}

	@Test
	void retriesWithBackoffAndGivesUpAfterTheLastAttempt() {
		String jobId = Fixtures.postJob(this.client);
		Fixtures.invite(this.client, jobId, this.expert);
		awaitOutbox(this.expert, "INVITE_RECEIVED", 1);
		String address = this.expert.email();
		OutboxSender failing = sender((messageId, to, subject, body) -> {
			if (to.equals(address)) {
				throw new IllegalStateException("SMTP server said 451");
			}
		});
		failing.run();
		assertThat(attempts(this.expert)).isEqualTo(1);
		failing.run();
		assertThat(attempts(this.expert)).as("waits 30 s before the second attempt").isEqualTo(1);
		for (int attempt = 2; attempt <= this.properties.maxAttempts(); attempt++) {
			this.clock.advance(failing.backoff(attempt - 1));
			failing.run();
			assertThat(attempts(this.expert)).isEqualTo(attempt);
		}
		assertThat(status(this.expert, "INVITE_RECEIVED")).isEqualTo("FAILED");
		assertThat(failing.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(failing.backoff(3)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void twoNodesSendingAtOnceSendEachEmailOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		}
		awaitOutbox(this.expert, "INVITE_RECEIVED", 3);
		AtomicInteger handedOver = new AtomicInteger();
		String address = this.expert.email();
		MailTransport counting = (messageId, to, subject, body) -> {
			if (to.equals(address)) {
				handedOver.incrementAndGet();
				Thread.sleep(200);
			}
		};
		OutboxSender first = sender(counting);
		OutboxSender second = sender(counting);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(first::run, second::run));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(handedOver.get()).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient_id = ? AND status = 'SENT'")
			.param(this.expert.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void showsStoredEmailsEscapedOnTheDevelopersMailbox() throws Exception {
		User tricky = this.anonymous.signUp("CLIENT", "Eve <script>alert(1)</script>");
		String jobId = Fixtures.postJob(tricky);
		Fixtures.invite(tricky, jobId, this.expert);
		awaitOutbox(this.expert, "INVITE_RECEIVED", 1);
		String moderator = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(moderator, "moderator password", "Mona Moderator");
		com.cadhire.support.WebSession.Page page = com.cadhire.support.WebSession
			.signedIn(this.port, moderator, "moderator password")
			.get("/dev/mailbox?to="
					+ java.net.URLEncoder.encode(this.expert.email(), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; invited you to")
			.doesNotContain("<script>alert(1)");
	}

	private OutboxSender sender(MailTransport transport) {
		return this.senders.sender(transport);
	}

	private List<MimeMessage> receivedBy(User user) throws Exception {
		return mail.receivedBy(user.email());
	}

	private long send(UUID conversation, User sender, String body) {
		return this.sending.send(SendMessage.text(conversation, sender.id(), body, null)).message().seq();
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private void awaitOutbox(User user, String kind, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount(user, kind) >= count);
	}

	private void awaitPending(User user, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> pending(user) >= count);
	}

	private int outboxCount(User user, String kind) {
		return new OutboxRows(this.jdbc).count(user.id(), kind);
	}

	private List<String> subjects(User user) {
		return this.jdbc.sql("SELECT subject FROM email_outbox WHERE recipient_id = ?")
			.param(user.id())
			.query(String.class)
			.list();
	}

	private int pending(User user) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notification_pending WHERE recipient_id = ?")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

	private UUID outboxId(User user, String kind) {
		return new OutboxRows(this.jdbc).id(user.id(), kind);
	}

	private String status(User user, String kind) {
		return this.jdbc.sql("SELECT status FROM email_outbox WHERE recipient_id = ? AND kind = ?")
			.params(user.id(), kind)
			.query(String.class)
			.single();
	}

	private int attempts(User user) {
		return this.jdbc.sql("SELECT attempts FROM email_outbox WHERE recipient_id = ?")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

}
