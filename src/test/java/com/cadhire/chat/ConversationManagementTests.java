package com.cadhire.chat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the chat module tells other modules: its events, and the answers of its public
 * service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConversationManagementTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	ReadPointers readPointers;

	@Autowired
	MessageSending sending;

	@Autowired
	TimelineReader timeline;

	@Autowired
	ConfigurableApplicationContext context;

	/**
	 * This test's conversation's events (tests share the context, so others are skipped).
	 */
	final List<Object> published = new CopyOnWriteArrayList<>();

	ApplicationListener<ApplicationEvent> recorder;

	User client;

	User expert;

	UUID applicationId;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Cleo Client");
		this.expert = anonymous.signUp("EXPERT", "Emil Expert");
		this.applicationId = UUID.randomUUID();
		this.conversationId = this.chat.open(ApplicationId.of(this.applicationId), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Injection mould");
		this.recorder = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& isAbout(payload.getPayload(), this.conversationId)) {
				this.published.add(payload.getPayload());
			}
		};
		this.context.addApplicationListener(this.recorder);
	}

	@AfterEach
	void stopRecording() {
		this.context.removeApplicationListener(this.recorder);
	}

	private static boolean isAbout(Object event, UUID conversationId) {
		return (event instanceof MessagePosted posted && posted.conversationId().equals(conversationId))
				|| (event instanceof ConversationRead read && read.conversationId().equals(conversationId))
				|| (event instanceof SystemEventRecorded recorded && recorded.conversationId().equals(conversationId));
	}

	private <T> Stream<T> published(Class<T> type) {
		return this.published.stream().filter(type::isInstance).map(type::cast);
	}

	@Test
	void publishesMessagePostedOnceForAnIdempotentSend() {
		PostedMessage posted = this.sending
			.send(SendMessage.text(this.conversationId, this.expert.id(), "Draft attached", "key-1"))
			.posted();
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "Draft attached", "key-1")).posted();

		assertThat(published(MessagePosted.class)).containsExactly(new MessagePosted(this.conversationId, posted.id(),
				1, this.expert.id(), Set.of(this.client.id(), this.expert.id()), posted.sentAt()));
	}

	@Test
	void publishesConversationReadOnlyWhenThePointerMoves() {
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "one", null)).posted();
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "two", null)).posted();

		this.readPointers.markRead(this.conversationId, this.client.id(), 2);
		this.readPointers.markRead(this.conversationId, this.client.id(), 1);
		this.readPointers.markUnread(this.conversationId, this.client.id(), 2);

		assertThat(published(ConversationRead.class)).containsExactly(
				new ConversationRead(this.conversationId, this.client.id(), 2),
				new ConversationRead(this.conversationId, this.client.id(), 1));
	}

	@Test
	void publishesSystemEventRecordedWithTheNextSeq() {
		this.sending.send(SendMessage.text(this.conversationId, this.client.id(), "hello", null)).posted();
		this.chat.recordSystemEvent(ApplicationId.of(this.applicationId), new SystemEvent("offer.sent",
				UserId.of(this.client.id()), Map.of("offerId", UUID.randomUUID().toString(), "termsVersion", 1)));

		assertThat(published(SystemEventRecorded.class)).singleElement().satisfies((event) -> {
			assertThat(event.conversationId()).isEqualTo(this.conversationId);
			assertThat(event.seq()).isEqualTo(2);
			assertThat(event.kind()).isEqualTo("offer.sent");
			assertThat(event.participantIds()).containsExactlyInAnyOrder(this.client.id(), this.expert.id());
		});
		assertThat(published(MessagePosted.class)).hasSize(1);
	}

	@Test
	void refusesSystemEventDataOverTheLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.chat.recordSystemEvent(ApplicationId.of(this.applicationId),
					new SystemEvent("terms.proposed", UserId.of(this.client.id()), Map.of("notes", "x".repeat(5000)))));
		assertThat(this.timeline.messages(this.conversationId, this.client.id(), null, null, 10).items()).isEmpty();
	}

	@Test
	void answersUnreadCountsForEveryConversationAsked() {
		this.sending.send(SendMessage.text(this.conversationId, this.client.id(), "hi", null)).posted();
		UUID unknown = UUID.randomUUID();
		assertThat(this.readPointers.unreadCounts(this.expert.id(), List.of(this.conversationId, unknown)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(this.conversationId, 1, unknown, 0));
		assertThat(this.readPointers.unreadCounts(this.expert.id(), List.of())).isEmpty();
	}

	@Test
	void opensOneConversationPerApplicationWithBothParticipants() {
		ConversationSummary summary = this.chat.conversation(this.conversationId, UserId.of(this.expert.id()));
		assertThat(summary.applicationId()).isEqualTo(this.applicationId);
		assertThat(summary.title()).isEqualTo("Injection mould");
		assertThat(summary.participants()).extracting(ConversationSummary.Participant::role)
			.containsExactly("CLIENT", "EXPERT");
		assertThat(summary.lastMessage()).isNull();
		assertThat(this.chat.conversationOf(ApplicationId.of(this.applicationId))).contains(this.conversationId);
	}

}
