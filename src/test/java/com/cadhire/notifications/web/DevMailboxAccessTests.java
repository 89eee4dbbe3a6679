package com.cadhire.notifications.web;

import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The developers' mailbox lists every stored e-mail, so it answers signed-in moderators
 * only, and by default exists only on the embedded H2 database (or with the dev profile).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DevMailboxAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void answersASignedInModerator() {
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mona Moderator");
		WebSession.Page page = WebSession.signedIn(this.port, email, "moderator password").get("/dev/mailbox");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Mailbox</h1>");
	}

	@Test
	void refusesOtherSignedInPeople() {
		Api anonymous = Api.anonymous(this.port);
		for (String role : new String[] { "CLIENT", "EXPERT" }) {
			User user = anonymous.signUp(role, "Nosy " + role.toLowerCase());
			WebSession.Page page = WebSession.signedIn(this.port, user.email(), user.password()).get("/dev/mailbox");
			assertThat(page.status()).as(role).isEqualTo(403);
			assertThat(page.body()).doesNotContain("Mailbox");
			Api.Response withToken = user.api()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/dev/mailbox")));
			assertThat(withToken.status()).as(role + " with a token").isEqualTo(403);
		}
	}

	@Test
	void sendsAnonymousCallersToSignIn() {
		WebSession.Page page = WebSession.anonymous(this.port).get("/dev/mailbox");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		assertThat(page.body()).doesNotContain("Mailbox");
	}

	@Test
	void isOnByDefaultOnlyOnTheEmbeddedDatabaseOrWithTheDevProfile() {
		assertThat(on(new MockEnvironment())).as("embedded default").isTrue();
		assertThat(on(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/cadhire")))
			.isTrue();
		assertThat(on(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/cadhire")))
			.as("PostgreSQL without a profile")
			.isFalse();
		MockEnvironment dev = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/cadhire");
		dev.setActiveProfiles("dev");
		assertThat(on(dev)).as("PostgreSQL with the dev profile").isTrue();
		assertThat(on(new MockEnvironment().withProperty(DevMailboxCondition.PROPERTY, "false"))).isFalse();
		assertThat(on(new MockEnvironment().withProperty(DevMailboxCondition.PROPERTY, "true")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/cadhire"))).isTrue();
		assertThatIllegalStateException()
			.isThrownBy(() -> on(new MockEnvironment().withProperty(DevMailboxCondition.PROPERTY, "yes")));
	}

	private static boolean on(MockEnvironment environment) {
		return DevMailboxCondition.outcome(environment).isMatch();
	}

}
