package com.cadhire.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.Role;
import com.cadhire.hiring.ExpiryJob;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.Fixtures;
import com.cadhire.support.Mailbox.Parts;
import com.cadhire.support.Mailbox;
import com.cadhire.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static com.cadhire.notifications.OutboxSenders.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every notification kind, for every role it reaches, e-mailed over SMTP to an in-process
 * mail server: the real funnel step is taken through the API (the clock moved and the
 * scheduled jobs run for expiries), and the e-mail received names the job and the other
 * party, links to the exact page, writes its times in the recipient's zone (Asia/Tokyo
 * here, never raw ISO or UTC), has a plain-text and an HTML part, and is sent only as the
 * recipient chose for that kind (the same step with the kind switched off sends none,
 * while the notification center still lists it). The step of each kind is chosen by a
 * {@code switch} over {@link NotificationKind} without a default, so a new kind does not
 * compile until it has one here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EveryKindEmailTests {

	private static final String ZONE = "Asia/Tokyo";

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern TOKYO_TIME = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} JST");

	@RegisterExtension
	static Mailbox mail = new Mailbox();

	@LocalServerPort
	int port;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	NotificationBatchJob batch;

	@Autowired
	ExpiryJob expiry;

	@Autowired
	NotificationProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountManagement accounts;

	OutboxSenders senders;

	OutboxSender smtp;

	@BeforeEach
	void setUp() {
		this.senders = new OutboxSenders(this.outbox, this.properties, this.clock, this.transactionManager);
		this.smtp = this.senders.smtp(mail);
		this.senders.discardDue();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest
	@EnumSource(NotificationKind.class)
	void emailsEveryKindToEveryRoleItReachesWithTheJobThePartyThePageAndLocalTimes(NotificationKind kind)
			throws Exception {
		List<Role> roles = List.of(Role.CLIENT, Role.EXPERT).stream().filter(kind::reaches).toList();
		assertThat(roles).as("%s reaches someone", kind).isNotEmpty();
		for (Role role : roles) {
			this.clock.reset();
			Funnel funnel = new Funnel();
			User recipient = funnel.of(role);
			User other = funnel.otherThan(role);
			choose(recipient, kind, Delivery.IMMEDIATE);

			String link = step(kind, role, funnel);

			awaitOutbox(recipient, kind);
			drain(this.smtp);
			List<MimeMessage> received = receivedBy(recipient);
			assertThat(received).as("%s to the %s: exactly its own e-mail (every other kind is off)", kind, role)
				.hasSize(1);
			MimeMessage email = received.get(0);
			assertThat(email.getMessageID()).isEqualTo("<outbox-" + outboxId(recipient, kind) + "@cadhire.app>");
			Parts parts = Mailbox.parts(email);
			String url = url(link);
			String otherName = (kind == NotificationKind.MODERATION_DECISION) ? "CadHire moderators"
					: funnel.name(other);
			for (String part : List.of(parts.text(), parts.html())) {
				assertThat(part).as("%s to the %s names the job", kind, role).contains(Funnel.JOB);
				assertThat(part).as("%s to the %s names the other party", kind, role).contains(otherName);
				assertThat(ISO.matcher(part).find()).as("%s to the %s has no ISO time: %s", kind, role, part).isFalse();
				assertThat(TOKYO_TIME.matcher(part).find())
					.as("%s to the %s tells the time in %s: %s", kind, role, ZONE, part)
					.isTrue();
				assertThat(part).as("%s to the %s writes no UTC time", kind, role).doesNotContain(" UTC");
			}
			assertThat(parts.text()).as("%s to the %s links to the page", kind, role).contains(url + "\n");
			assertThat(parts.html()).contains("href=\"" + url + "\"");
			assertThat(url).isNotEqualTo(url("/"));

			JsonNode settings = recipient.api().get("/api/v1/me/notification-settings").expect(200).json();
			assertThat(settings.has(kind.field())).isTrue();
			JsonNode othersSettings = other.api().get("/api/v1/me/notification-settings").expect(200).json();
			assertThat(othersSettings.has(kind.field())).as("the other role sees %s in its settings", kind)
				.isEqualTo(kind.reaches(funnel.roleOf(other)));
			if (kind.listed()) {
				assertThat(links(recipient, kind)).as("%s in the notification center", kind).contains(link);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(NotificationKind.class)
	void sendsNothingOfAKindSwitchedOff(NotificationKind kind) throws Exception {
		for (Role role : List.of(Role.CLIENT, Role.EXPERT).stream().filter(kind::reaches).toList()) {
			this.clock.reset();
			Funnel funnel = new Funnel();
			User recipient = funnel.of(role);
			choose(recipient, kind, Delivery.OFF);
			String link = step(kind, role, funnel);
			if (kind.listed()) {
				await().atMost(Duration.ofSeconds(10)).until(() -> links(recipient, kind).contains(link));
			}
			else {
				// unread messages are only e-mailed: give the listener after the commit
				// its
				// time
				Thread.sleep(1500);
				this.batch.run();
			}
			drain(this.smtp);
			assertThat(outboxCount(recipient, kind)).as("%s to the %s switched off", kind, role).isZero();
			assertThat(receivedBy(recipient)).isEmpty();
		}
	}

	/**
	 * Takes the step that tells the recipient of this kind.
	 * @return the page the e-mail must link to
	 */
	private String step(NotificationKind kind, Role recipient, Funnel f) {
		boolean toClient = recipient == Role.CLIENT;
		return switch (kind) {
			case INVITE_RECEIVED -> "/invites/" + f.invite();
			case INVITE_WITHDRAWN -> {
				String invite = f.invite();
				f.client.api().post("/api/v1/invites/" + invite + "/withdraw").expect(200);
				yield "/invites/" + invite;
			}
			case INVITE_EXPIRED -> {
				String invite = f.invite();
				expireEverything();
				yield "/invites/" + invite;
			}
			case INVITE_ACCEPTED -> "/applications/" + f.acceptInvite("AS_PROPOSED");
			case INVITE_NEGOTIATED -> "/applications/" + f.acceptInvite("NEGOTIATE");
			case INVITE_CHAT_FIRST -> "/applications/" + f.acceptInvite("CHAT_FIRST");
			case INVITE_DECLINED -> {
				String invite = f.invite();
				f.expert.api()
					.post("/api/v1/invites/" + invite + "/decline",
							Map.of("reason", "TOO_BUSY", "message", "Next month?"))
					.expect(200);
				yield "/invites/" + invite;
			}
			case APPLICATION_RECEIVED -> "/applications/" + f.apply();
			case APPLICATION_WITHDRAWN -> {
				String application = f.apply();
				f.expert.api().post("/api/v1/applications/" + application + "/withdraw").expect(200);
				yield "/applications/" + application;
			}
			case APPLICATION_REPLIED -> "/applications/" + f.interview();
			case APPLICATION_DECLINED -> {
				String application = f.apply();
				f.client.api()
					.post("/api/v1/applications/" + application + "/decline",
							Map.of("reason", "NOT_A_FIT", "message", "We need sheet metal."))
					.expect(200);
				yield "/applications/" + application;
			}
			case TERMS_PROPOSED -> {
				String application = f.interview();
				User author = toClient ? f.expert : f.client;
				author.api()
					.post("/api/v1/applications/" + application + "/terms",
							Map.of("basedOnVersion", 1, "terms", Fixtures.hourly("48.00", 15)))
					.expect(201);
				yield "/applications/" + application + "#terms";
			}
			case OFFER_RECEIVED -> "/applications/" + f.offer().application() + "#offer";
			case OFFER_MODIFIED -> {
				Offered offer = f.offer();
				f.client.api()
					.put("/api/v1/offers/" + offer.id(), Map.of("basedOnVersion", 1, "message", "A week later."))
					.expect(200);
				yield "/applications/" + offer.application() + "#offer";
			}
			case OFFER_CHANGES_REQUESTED -> {
				Offered offer = f.offer();
				f.expert.api()
					.post("/api/v1/offers/" + offer.id() + "/request-changes",
							Map.of("message", "Can we start a week later?"))
					.expect(200);
				yield "/applications/" + offer.application() + "#offer";
			}
			case OFFER_ACCEPTED -> "/contracts/" + f.contract();
			case OFFER_CANCELLED -> {
				Offered offer = f.offer();
				f.client.api().post("/api/v1/offers/" + offer.id() + "/cancel").expect(200);
				yield "/applications/" + offer.application() + "#offer";
			}
			case OFFER_EXPIRING -> {
				Offered offer = f.offer();
				await().atMost(Duration.ofSeconds(10))
					.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM notification_offer_watch WHERE offer_id = ?")
						.param(UUID.fromString(offer.id()))
						.query(Integer.class)
						.single() > 0);
				this.clock.advance(Duration.ofDays(6).plusHours(1));
				this.batch.run();
				yield "/applications/" + offer.application() + "#offer";
			}
			case OFFER_EXPIRED -> {
				Offered offer = f.offer();
				expireEverything();
				yield "/applications/" + offer.application() + "#offer";
			}
			case CONTRACT_STARTED -> "/contracts/" + f.contract();
			case CONTRACT_ENDED -> {
				String contract = f.contract();
				(toClient ? f.expert : f.client).api().post("/api/v1/contracts/" + contract + "/end").expect(200);
				yield "/contracts/" + contract;
			}
			case BUYOUT_REQUESTED -> {
				String contract = f.contract();
				f.client.api().post("/api/v1/contracts/" + contract + "/buyout").expect(200);
				yield "/contracts/" + contract;
			}
			case BUYOUT_CONFIRMED -> {
				String contract = f.contract();
				f.client.api().post("/api/v1/contracts/" + contract + "/buyout").expect(200);
				f.expert.api().post("/api/v1/contracts/" + contract + "/buyout/confirm").expect(200);
				yield "/contracts/" + contract;
			}
			case MODERATION_DECISION -> {
				String application = f.interview();
				User writer = toClient ? f.client : f.expert;
				JsonNode sent = f.send(writer, "call me on +1 650 253 0000", "HOLD").expect(201).json();
				Api moderator = moderator();
				String caseId = caseOf(moderator.get("/api/v1/moderation/cases?limit=100").expect(200).json(),
						sent.get("id").asString());
				moderator.post("/api/v1/moderation/cases/" + caseId + "/confirm").expect(204);
				yield "/applications/" + application + "#chat";
			}
			case UNREAD_MESSAGES -> {
				// the client's reply to the application is the expert's first message
				String application = f.interview();
				if (toClient) {
					f.send(f.expert, "Drawing 4711-B has the M8 threads.", null).expect(201);
				}
				yield "/applications/" + application + "#chat";
			}
		};
	}

	/**
	 * A client and an expert of their own, on a public job.
	 */
	private final class Funnel {

		static final String JOB = "Bracket redesign";

		final User client;

		final User expert;

		final String jobId;

		String conversation;

		Funnel() {
			Api anonymous = Api.anonymous(EveryKindEmailTests.this.port);
			this.client = anonymous.signUp("CLIENT", "Dana Client");
			this.expert = anonymous.signUp("EXPERT", "Erik Expert");
			this.jobId = Fixtures.postJob(this.client);
		}

		User of(Role role) {
			return (role == Role.CLIENT) ? this.client : this.expert;
		}

		User otherThan(Role role) {
			return (role == Role.CLIENT) ? this.expert : this.client;
		}

		Role roleOf(User user) {
			return user.equals(this.client) ? Role.CLIENT : Role.EXPERT;
		}

		String name(User user) {
			return user.equals(this.client) ? "Dana Client" : "Erik Expert";
		}

		String invite() {
			return Fixtures.invite(this.client, this.jobId, this.expert);
		}

		String acceptInvite(String mode) {
			Map<String, Object> body = new HashMap<>();
			body.put("mode", mode);
			if (mode.equals("NEGOTIATE")) {
				body.put("terms", Fixtures.hourly("55.00", 20));
				body.put("coverLetter", "My rate.");
			}
			return this.expert.api()
				.post("/api/v1/invites/" + invite() + "/accept", body)
				.expect(200)
				.text("applicationId");
		}

		String apply() {
			return this.expert.api()
				.post("/api/v1/jobs/" + this.jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
				.expect(201)
				.text("id");
		}

		String interview() {
			String application = apply();
			this.conversation = this.client.api()
				.post("/api/v1/applications/" + application + "/reply", Map.of("body", "Let us talk."))
				.expect(200)
				.text("conversationId");
			return application;
		}

		Offered offer() {
			String application = apply();
			String offer = this.client.api()
				.post("/api/v1/applications/" + application + "/offers", Map.of("basedOnVersion", 1))
				.expect(201)
				.text("id");
			return new Offered(offer, application);
		}

		String contract() {
			Offered offer = offer();
			return this.expert.api()
				.post("/api/v1/offers/" + offer.id() + "/accept", Map.of("version", 1))
				.expect(201)
				.text("contractId");
		}

		Api.Response send(User sender, String body, String handling) {
			Map<String, Object> request = new HashMap<>();
			request.put("body", body);
			request.put("clientMessageId", UUID.randomUUID().toString());
			if (handling != null) {
				request.put("contactHandling", handling);
			}
			return sender.api().post("/api/v1/conversations/" + this.conversation + "/messages", request);
		}

	}

	private record Offered(String id, String application) {
	}

	/**
	 * The recipient reads e-mails in Tokyo, wants this kind as chosen and every other
	 * kind of their role off.
	 */
	private void choose(User recipient, NotificationKind kind, Delivery delivery) {
		recipient.api().put("/api/v1/me/time-zone", Map.of("timeZone", ZONE)).expect(200);
		JsonNode current = recipient.api().get("/api/v1/me/notification-settings").expect(200).json();
		Map<String, Object> choices = new LinkedHashMap<>();
		current.propertyNames().forEach((field) -> choices.put(field, "OFF"));
		choices.put(kind.field(), delivery.name());
		recipient.api().put("/api/v1/me/notification-settings", choices).expect(200);
	}

	private void expireEverything() {
		this.clock.advance(Duration.ofDays(30));
		this.expiry.run();
	}

	private Api moderator() {
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mo Derator");
		Api anonymous = Api.anonymous(this.port);
		return anonymous.withToken(anonymous.withBasic(email, "moderator password")
			.post("/api/v1/me/tokens", Map.of("name", "tests"))
			.expect(201)
			.text("token"));
	}

	private static String caseOf(JsonNode queue, String messageId) {
		for (JsonNode item : queue.get("items")) {
			if (messageId.equals(item.get("messageId").asString())) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no case for message " + messageId + " in " + queue);
	}

	private List<String> links(User user, NotificationKind kind) {
		List<String> links = new ArrayList<>();
		user.api().get("/api/v1/notifications?limit=100").expect(200).json().get("items").forEach((item) -> {
			if (item.get("kind").asString().equals(kind.name())) {
				links.add(item.get("link").asString());
			}
		});
		return links;
	}

	private String url(String path) {
		String base = this.properties.baseUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	private OutboxSender sender(MailTransport transport) {
		return this.senders.sender(transport);
	}

	private List<MimeMessage> receivedBy(User user) throws Exception {
		return mail.receivedBy(user.email());
	}

	private void awaitOutbox(User user, NotificationKind kind) {
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount(user, kind) >= 1);
	}

	private int outboxCount(User user, NotificationKind kind) {
		return new OutboxRows(this.jdbc).count(user.id(), kind.name());
	}

	private UUID outboxId(User user, NotificationKind kind) {
		return new OutboxRows(this.jdbc).id(user.id(), kind.name());
	}

}
