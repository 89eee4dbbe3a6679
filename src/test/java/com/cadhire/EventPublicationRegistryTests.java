package com.cadhire;

import java.time.Duration;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry holds only what is still to be delivered: a publication
 * that its listener completed is deleted, so the table does not grow with every event
 * ever published.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventPublicationRegistryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesEveryPublicationItsListenerCompleted() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Regina Registry");
		User expert = anonymous.signUp("EXPERT", "Rolf Registry");
		String invite = Fixtures.invite(client, Fixtures.postJob(client), expert);
		long published = this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :invite")
			.param("invite", "%" + invite + "%")
			.query(Long.class)
			.single();

		// the invite's events reach asynchronous listeners (notifications,
		// responsiveness)
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (remaining(invite) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}

		assertThat(remaining(invite)).as("publications about the invite left in the registry").isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL")
			.query(Long.class)
			.single()).as("completed publications kept").isZero();
		assertThat(responsivenessRows(invite)).as("the asynchronous listener's work").isOne();
	}

	private long responsivenessRows(String invite) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE invite_id = CAST(:invite AS UUID)")
			.param("invite", invite)
			.query(Long.class)
			.single();
	}

	private long remaining(String invite) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :invite")
			.param("invite", "%" + invite + "%")
			.query(Long.class)
			.single();
	}

}
