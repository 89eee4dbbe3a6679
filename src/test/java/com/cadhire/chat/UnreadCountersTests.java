package com.cadhire.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unread counts are counters kept with every send, delete and move of the read pointer;
 * they must always equal a count of the messages themselves: other participants' messages
 * after the read pointer, not deleted, system events excluded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnreadCountersTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	MessageChanges changes;

	@Autowired
	ReadPointers readPointers;

	@Autowired
	MessageSending sending;

	@Autowired
	JdbcClient jdbc;

	User client;

	User expert;

	UUID applicationId;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Una Client");
		this.expert = anonymous.signUp("EXPERT", "Ugo Expert");
		this.applicationId = UUID.randomUUID();
		this.conversationId = this.chat.open(ApplicationId.of(this.applicationId), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Gearbox housing");
	}

	@Test
	void countsOthersMessagesAfterTheReadPointerThroughSendsDeletesReadsAndMarkUnread() {
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "one", null)).posted();
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "two", null)).posted();
		this.sending.send(SendMessage.text(this.conversationId, this.client.id(), "my own", null)).posted();
		this.chat.recordSystemEvent(ApplicationId.of(this.applicationId),
				new SystemEvent("terms.proposed", UserId.of(this.client.id()), Map.of("version", 2)));
		PostedMessage four = this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "four", null))
			.posted();
		assertThat(unread(this.client)).isEqualTo(3).isEqualTo(recount(this.client));
		assertThat(unread(this.expert)).isEqualTo(1).isEqualTo(recount(this.expert));

		this.changes.delete(this.conversationId, this.expert.id(), four.id());
		assertThat(unread(this.client)).isEqualTo(2).isEqualTo(recount(this.client));

		this.readPointers.markRead(this.conversationId, this.client.id(), 1);
		assertThat(unread(this.client)).isEqualTo(1).isEqualTo(recount(this.client));

		this.readPointers.markRead(this.conversationId, this.client.id(), 99);
		assertThat(unread(this.client)).isZero().isEqualTo(recount(this.client));

		this.readPointers.markUnread(this.conversationId, this.client.id(), 2);
		assertThat(unread(this.client)).isEqualTo(1).isEqualTo(recount(this.client));

		this.readPointers.markUnread(this.conversationId, this.client.id(), 1);
		assertThat(unread(this.client)).isEqualTo(2).isEqualTo(recount(this.client));
		assertThat(this.readPointers.unread(this.client.id()).conversations()).containsEntry(this.conversationId, 2);
	}

	@Test
	void deletingAMessageTheReaderHasSeenLeavesTheCountAlone() {
		PostedMessage seen = this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "seen", null))
			.posted();
		this.sending.send(SendMessage.text(this.conversationId, this.expert.id(), "not yet", null)).posted();
		this.readPointers.markRead(this.conversationId, this.client.id(), 1);

		this.changes.delete(this.conversationId, this.expert.id(), seen.id());

		assertThat(unread(this.client)).isEqualTo(1).isEqualTo(recount(this.client));
	}

	@Test
	void staysEqualToARecountUnderConcurrentSendsReadsAndDeletes() throws Exception {
		int workers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				long seed = 1000 + w;
				done.add(pool.submit(() -> {
					Random random = new Random(seed);
					List<UUID> mine = new ArrayList<>();
					User me = (seed % 2 == 0) ? this.client : this.expert;
					for (int i = 0; i < 60; i++) {
						int pick = random.nextInt(10);
						if (pick < 6) {
							mine.add(this.sending
								.send(SendMessage.text(this.conversationId, me.id(), "m" + seed + "-" + i, null))
								.posted()
								.id());
						}
						else if (pick < 8) {
							this.readPointers.markRead(this.conversationId, me.id(), random.nextInt(300));
						}
						else if (pick < 9) {
							this.readPointers.markUnread(this.conversationId, me.id(), 1 + random.nextInt(300));
						}
						else if (!mine.isEmpty()) {
							UUID victim = mine.remove(random.nextInt(mine.size()));
							try {
								this.changes.delete(this.conversationId, me.id(), victim);
							}
							catch (RuntimeException alreadyGone) {
								// another worker of the same user deleted it first
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(unread(this.client)).isEqualTo(recount(this.client));
		assertThat(unread(this.expert)).isEqualTo(recount(this.expert));
	}

	private int unread(User user) {
		return this.readPointers.unreadCounts(user.id(), List.of(this.conversationId)).get(this.conversationId);
	}

	private int recount(User user) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM messages m JOIN conversation_participants p
				  ON p.conversation_id = m.conversation_id AND p.participant_id = :me
				WHERE m.conversation_id = :c AND m.seq > p.last_read_seq AND m.type = 'MESSAGE'
				  AND m.sender_id <> :me AND m.deleted_at IS NULL""")
			.param("me", user.id())
			.param("c", this.conversationId)
			.query(Integer.class)
			.single();
	}

}
