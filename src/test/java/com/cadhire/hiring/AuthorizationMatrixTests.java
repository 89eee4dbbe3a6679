package com.cadhire.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.cadhire.support.Api;
import com.cadhire.support.Api.Response;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.cadhire.hiring.AuthorizationMatrixTests.Actor.ANONYMOUS;
import static com.cadhire.hiring.AuthorizationMatrixTests.Actor.CLIENT;
import static com.cadhire.hiring.AuthorizationMatrixTests.Actor.EXPERT;
import static com.cadhire.hiring.AuthorizationMatrixTests.Actor.OTHER_CLIENT;
import static com.cadhire.hiring.AuthorizationMatrixTests.Actor.OTHER_EXPERT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint under /api/v1, as a table: endpoint x actor -> status.
 * <p>
 * The actors: the client and the expert of one hiring (each is the owner of some rows and
 * the other party of others), a client and an expert who take no part in it, and an
 * anonymous caller. API.md's rules: 401 without credentials (except signing up), 404 for
 * what the caller may not see (never a hint that it exists), 403 for what they see but
 * may not do.
 * <p>
 * The refused rows run against one shared hiring built once; a refusal must not change
 * anything, so they cannot disturb each other. A row whose actor may change state runs
 * against a fresh hiring of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@LocalServerPort
	int port;

	private User otherClient;

	private User otherExpert;

	private World shared;

	enum Actor {

		/** The client of the hiring: owns its jobs, invites, offers. */
		CLIENT,

		/** The expert of the hiring: invited, applying, hired. */
		EXPERT,

		/** A client who takes no part in it. */
		OTHER_CLIENT,

		/** An expert who takes no part in it. */
		OTHER_EXPERT,

		/** No credentials. */
		ANONYMOUS

	}

	/**
	 * One hiring between a client and an expert, with a thing in every state the matrix
	 * needs.
	 *
	 * @param client the client
	 * @param expert the expert
	 * @param tokenId one of the client's access tokens
	 * @param job a public open job with application {@code interview}
	 * @param privateJob a private job the expert is invited to
	 * @param invite the pending invite to the private job
	 * @param interview an application with an open conversation and a pending offer
	 * @param conversation its conversation
	 * @param offer its pending offer (version 1)
	 * @param submitted a submitted application (terms version 1, no reply yet)
	 * @param draft a "chat first" draft with terms version 1
	 * @param contract an active contract without buyout
	 */
	record World(User client, User expert, String tokenId, String job, String privateJob, String invite,
			String interview, String conversation, String offer, String submitted, String draft, String contract) {
	}

	@FunctionalInterface
	interface Call {

		Response call(World world, Api api);

	}

	/**
	 * An endpoint of the matrix.
	 *
	 * @param name method and path, as in API.md
	 * @param call the request (with a valid body, so only authorization can refuse it)
	 * @param changes whether an allowed call changes state (then it gets a fresh world)
	 * @param prepare what a fresh world needs before the allowed call
	 */
	record Endpoint(String name, Call call, boolean changes, Call prepare) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@BeforeAll
	void buildTheSharedWorld() {
		Api anonymous = Api.anonymous(this.port);
		this.otherClient = anonymous.signUp("CLIENT", "Olga Outsider");
		this.otherExpert = anonymous.signUp("EXPERT", "Otto Outsider");
		this.shared = world();
	}

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("matrix")
	void answersEachActorAsApiMdSays(Endpoint endpoint, Actor actor, int expected) {
		boolean allowed = expected >= 200 && expected < 300;
		World world = (allowed && endpoint.changes()) ? world() : this.shared;
		if (world != this.shared && endpoint.prepare() != null) {
			endpoint.prepare().call(world, null);
		}

		Response response = endpoint.call().call(world, api(actor, world));

		assertThat(response.status()).as("%s by %s: %s", endpoint, actor, response.body()).isEqualTo(expected);
		if (!allowed) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		// @formatter:off
		//                                                                               CLIENT EXPERT O_CLIENT O_EXPERT
		// --- accounts and profiles
		rows.add(Arguments.of(endpoint("POST /accounts", false,
				(w, api) -> api.post("/api/v1/accounts", Map.of("email", "new-" + UUID.randomUUID() + "@example.test",
						"password", "correct horse battery", "displayName", "Newcomer", "role", "EXPERT"))), ANONYMOUS, 201));
		rows.add(Arguments.of(endpoint("POST /accounts", false,
				(w, api) -> api.post("/api/v1/accounts", Map.of("email", "new-" + UUID.randomUUID() + "@example.test",
						"password", "correct horse battery", "displayName", "Newcomer", "role", "CLIENT"))), CLIENT, 201));
		table(rows, endpoint("GET /me", false, (w, api) -> api.get("/api/v1/me")),                     200, 200, 200, 200);
		table(rows, endpoint("POST /me/tokens", false,
				(w, api) -> api.post("/api/v1/me/tokens", Map.of("name", "matrix"))),                 201, 201, 201, 201);
		table(rows, endpoint("GET /me/tokens", false, (w, api) -> api.get("/api/v1/me/tokens")),       200, 200, 200, 200);
		// a device cookie needs the password in the same request, never a token
		table(rows, endpoint("POST /me/devices", false, (w, api) -> api.post("/api/v1/me/devices")),   403, 403, 403, 403);
		table(rows, endpoint("DELETE /me/tokens/{id}", true,
				(w, api) -> api.delete("/api/v1/me/tokens/" + w.tokenId())),                          204, 404, 404, 404);
		table(rows, endpoint("GET /skills", false, (w, api) -> api.get("/api/v1/skills")),             200, 200, 200, 200);
		table(rows, endpoint("GET /me/profile", false, (w, api) -> api.get("/api/v1/me/profile")),     403, 200, 403, 200);
		table(rows, endpoint("PUT /me/profile", true, (w, api) -> api.put("/api/v1/me/profile",
				Map.of("headline", "Mechanical CAD", "skills", List.of("solidworks"), "hourlyRate", "45.00",
						"acceptingInvites", true))),                                                  403, 200, 403, 200);
		table(rows, endpoint("GET /experts", false, (w, api) -> api.get("/api/v1/experts")),           200, 200, 200, 200);
		table(rows, endpoint("GET /experts/{id}", false,
				(w, api) -> api.get("/api/v1/experts/" + w.expert().id())),                           200, 200, 200, 200);
		// --- jobs
		table(rows, endpoint("POST /jobs", false,
				(w, api) -> api.post("/api/v1/jobs", Fixtures.job("Gearbox housing", "PUBLIC"))),     201, 403, 201, 403);
		table(rows, endpoint("GET /jobs", false, (w, api) -> api.get("/api/v1/jobs")),                 200, 200, 200, 200);
		table(rows, endpoint("GET /jobs?mine=true", false, (w, api) -> api.get("/api/v1/jobs?mine=true")), 200, 200, 200, 200);
		table(rows, endpoint("GET /jobs/{public}", false, (w, api) -> api.get("/api/v1/jobs/" + w.job())), 200, 200, 200, 200);
		table(rows, endpoint("GET /jobs/{private}", false,
				(w, api) -> api.get("/api/v1/jobs/" + w.privateJob())),                               200, 200, 404, 404);
		table(rows, endpoint("POST /jobs/{public}/close", true,
				(w, api) -> api.post("/api/v1/jobs/" + w.job() + "/close")),                          200, 403, 403, 403);
		table(rows, endpoint("POST /jobs/{private}/close", true,
				(w, api) -> api.post("/api/v1/jobs/" + w.privateJob() + "/close")),                   200, 403, 404, 404);
		table(rows, endpoint("GET /jobs/{id}/invites", false,
				(w, api) -> api.get("/api/v1/jobs/" + w.privateJob() + "/invites")),                  200, 404, 404, 404);
		table(rows, endpoint("GET /jobs/{id}/applications", false,
				(w, api) -> api.get("/api/v1/jobs/" + w.job() + "/applications")),                   200, 404, 404, 404);
		// --- invites
		table(rows, endpoint("POST /jobs/{public}/invites", true,
				(w, api) -> api.post("/api/v1/jobs/" + w.job() + "/invites", inviteOf(this.otherExpert))), 201, 403, 403, 403);
		table(rows, endpoint("POST /jobs/{private}/invites", true,
				(w, api) -> api.post("/api/v1/jobs/" + w.privateJob() + "/invites", inviteOf(this.otherExpert))), 201, 403, 404, 404);
		table(rows, endpoint("GET /invites/{id}", false, (w, api) -> api.get("/api/v1/invites/" + w.invite())), 200, 200, 404, 404);
		table(rows, endpoint("POST /invites/{id}/accept", true, (w, api) -> api.post(
				"/api/v1/invites/" + w.invite() + "/accept", Map.of("mode", "AS_PROPOSED", "coverLetter", "Yes"))), 403, 200, 404, 404);
		table(rows, endpoint("POST /invites/{id}/decline", true, (w, api) -> api.post(
				"/api/v1/invites/" + w.invite() + "/decline", Map.of("reason", "TOO_BUSY"))),          403, 200, 404, 404);
		table(rows, endpoint("POST /invites/{id}/withdraw", true,
				(w, api) -> api.post("/api/v1/invites/" + w.invite() + "/withdraw")),                 200, 403, 404, 404);
		// --- applications
		table(rows, endpoint("GET /me/job-applications", false,
				(w, api) -> api.get("/api/v1/me/job-applications")),                                  403, 200, 403, 200);
		// the expert has a live application to the job already: 409; an expert without one applies
		table(rows, endpoint("POST /jobs/{public}/applications", true, (w, api) -> api.post(
				"/api/v1/jobs/" + w.job() + "/applications", application())),                         403, 409, 403, 201);
		table(rows, endpoint("POST /jobs/{private}/applications", true, (w, api) -> api.post(
				"/api/v1/jobs/" + w.privateJob() + "/applications", application())),                  403, 403, 404, 404);
		table(rows, endpoint("GET /applications/{id}", false,
				(w, api) -> api.get("/api/v1/applications/" + w.interview())),                        200, 200, 404, 404);
		table(rows, endpoint("POST /applications/{id}/terms", true, (w, api) -> api.post(
				"/api/v1/applications/" + w.submitted() + "/terms",
				Map.of("basedOnVersion", 1, "terms", Fixtures.hourly("42.00", 20)))),                   201, 201, 404, 404);
		table(rows, endpoint("POST /applications/{id}/cover-letter", true, (w, api) -> api.post(
				"/api/v1/applications/" + w.submitted() + "/cover-letter", Map.of("coverLetter", "Updated"))), 403, 200, 404, 404);
		table(rows, endpoint("POST /applications/{id}/submit", true,
				(w, api) -> api.post("/api/v1/applications/" + w.draft() + "/submit")),                403, 200, 404, 404);
		table(rows, endpoint("POST /applications/{id}/withdraw", true,
				(w, api) -> api.post("/api/v1/applications/" + w.submitted() + "/withdraw")),          403, 200, 404, 404);
		table(rows, endpoint("POST /applications/{id}/decline", true, (w, api) -> api.post(
				"/api/v1/applications/" + w.submitted() + "/decline", Map.of("reason", "NOT_A_FIT"))),  200, 403, 404, 404);
		table(rows, endpoint("POST /applications/{id}/reply", true, (w, api) -> api.post(
				"/api/v1/applications/" + w.submitted() + "/reply", Map.of("body", "Tell me more."))),  200, 403, 404, 404);
		// --- offers
		table(rows, endpoint("POST /applications/{id}/offers", true, (w, api) -> api.post(
				"/api/v1/applications/" + w.submitted() + "/offers", Map.of("basedOnVersion", 1))),      201, 403, 404, 404);
		table(rows, endpoint("GET /offers/{id}", false, (w, api) -> api.get("/api/v1/offers/" + w.offer())), 200, 200, 404, 404);
		table(rows, endpoint("PUT /offers/{id}", true, (w, api) -> api.put("/api/v1/offers/" + w.offer(),
				Map.of("basedOnVersion", 1, "message", "Still 40"))),                                   200, 403, 404, 404);
		table(rows, endpoint("POST /offers/{id}/accept", true, (w, api) -> api.post(
				"/api/v1/offers/" + w.offer() + "/accept", Map.of("version", 1))),                      403, 201, 404, 404);
		table(rows, endpoint("POST /offers/{id}/request-changes", true, (w, api) -> api.post(
				"/api/v1/offers/" + w.offer() + "/request-changes", Map.of("message", "A week later?"))), 403, 200, 404, 404);
		table(rows, endpoint("POST /offers/{id}/cancel", true,
				(w, api) -> api.post("/api/v1/offers/" + w.offer() + "/cancel")),                     200, 403, 404, 404);
		// --- contracts
		table(rows, endpoint("GET /contracts", false, (w, api) -> api.get("/api/v1/contracts")),       200, 200, 200, 200);
		table(rows, endpoint("GET /contracts/{id}", false,
				(w, api) -> api.get("/api/v1/contracts/" + w.contract())),                            200, 200, 404, 404);
		table(rows, endpoint("POST /contracts/{id}/buyout", true,
				(w, api) -> api.post("/api/v1/contracts/" + w.contract() + "/buyout")),               200, 403, 404, 404);
		table(rows, new Endpoint("POST /contracts/{id}/buyout/confirm",
				(w, api) -> api.post("/api/v1/contracts/" + w.contract() + "/buyout/confirm"), true,
				(w, api) -> w.client().api().post("/api/v1/contracts/" + w.contract() + "/buyout").expect(200)), 403, 200, 404, 404);
		table(rows, endpoint("POST /contracts/{id}/end", true,
				(w, api) -> api.post("/api/v1/contracts/" + w.contract() + "/end")),                  200, 200, 404, 404);
		// --- conversations
		table(rows, endpoint("GET /conversations", false, (w, api) -> api.get("/api/v1/conversations")), 200, 200, 200, 200);
		table(rows, endpoint("GET /conversations/{id}", false,
				(w, api) -> api.get("/api/v1/conversations/" + w.conversation())),                    200, 200, 404, 404);
		table(rows, endpoint("GET /conversations/{id}/messages", false,
				(w, api) -> api.get("/api/v1/conversations/" + w.conversation() + "/messages")),      200, 200, 404, 404);
		table(rows, endpoint("POST /conversations/{id}/messages", false, (w, api) -> api.post(
				"/api/v1/conversations/" + w.conversation() + "/messages",
				Map.of("body", "Which tolerance class?", "clientMessageId", UUID.randomUUID().toString()))), 201, 201, 404, 404);
		table(rows, endpoint("POST /conversations/{id}/read", false, (w, api) -> api.post(
				"/api/v1/conversations/" + w.conversation() + "/read", Map.of("upToSeq", 1))),         204, 204, 404, 404);
		table(rows, endpoint("POST /conversations/{id}/unread", false, (w, api) -> api.post(
				"/api/v1/conversations/" + w.conversation() + "/unread", Map.of("fromSeq", 1))),       204, 204, 404, 404);
		table(rows, endpoint("GET /conversations/{id}/search", false,
				(w, api) -> api.get("/api/v1/conversations/" + w.conversation() + "/search?q=start")), 200, 200, 404, 404);
		// --- notifications: each person's own; another's notification is a 404
		table(rows, endpoint("GET /notifications", false, (w, api) -> api.get("/api/v1/notifications")), 200, 200, 200, 200);
		table(rows, endpoint("POST /notifications/{id}/read", false, (w, api) -> api.post(
				"/api/v1/notifications/" + newestNotification(w.expert()) + "/read")),                404, 204, 404, 404);
		table(rows, endpoint("POST /notifications/read", false,
				(w, api) -> api.post("/api/v1/notifications/read")),                                  204, 204, 204, 204);
		// @formatter:on
		return rows.stream();
	}

	/**
	 * Adds the rows of one endpoint: the four signed-in actors, and anonymous, who gets
	 * 401 everywhere but sign-up.
	 */
	private static void table(List<Arguments> rows, Endpoint endpoint, int client, int expert, int otherClient,
			int otherExpert) {
		rows.add(Arguments.of(endpoint, CLIENT, client));
		rows.add(Arguments.of(endpoint, EXPERT, expert));
		rows.add(Arguments.of(endpoint, OTHER_CLIENT, otherClient));
		rows.add(Arguments.of(endpoint, OTHER_EXPERT, otherExpert));
		rows.add(Arguments.of(endpoint, ANONYMOUS, 401));
	}

	private static Endpoint endpoint(String name, boolean changes, Call call) {
		return new Endpoint(name, call, changes, null);
	}

	private Api api(Actor actor, World world) {
		return switch (actor) {
			case CLIENT -> world.client().api();
			case EXPERT -> world.expert().api();
			case OTHER_CLIENT -> this.otherClient.api();
			case OTHER_EXPERT -> this.otherExpert.api();
			case ANONYMOUS -> Api.anonymous(this.port);
		};
	}

	private static String newestNotification(User user) {
		return user.api()
			.get("/api/v1/notifications?limit=1")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
	}

	private static Map<String, Object> inviteOf(User expert) {
		return Map.of("expertId", expert.id().toString(), "message", "Would you look at this?");
	}

	private static Map<String, Object> application() {
		return Map.of("coverLetter", "I have done this before.", "terms", Fixtures.hourly("40.00", 10));
	}

	/**
	 * A hiring between a new client and a new expert with a thing in every state the rows
	 * need.
	 */
	private World world() {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Carla Client");
		User expert = anonymous.signUp("EXPERT", "Erik Expert");
		String tokenId = client.api().post("/api/v1/me/tokens", Map.of("name", "spare")).expect(201).text("id");

		String privateJob = client.api()
			.post("/api/v1/jobs", Fixtures.job("Confidential enclosure", "PRIVATE"))
			.expect(201)
			.text("id");
		String invite = Fixtures.invite(client, privateJob, expert);

		String job = Fixtures.postJob(client);
		String interview = apply(expert, job);
		String conversation = client.api()
			.post("/api/v1/applications/" + interview + "/reply", Map.of("body", "When can you start?"))
			.expect(200)
			.text("conversationId");
		String offer = client.api()
			.post("/api/v1/applications/" + interview + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");

		String submitted = apply(expert, Fixtures.postJob(client));

		String hired = apply(expert, Fixtures.postJob(client));
		String hiredOffer = client.api()
			.post("/api/v1/applications/" + hired + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");
		String contract = expert.api()
			.post("/api/v1/offers/" + hiredOffer + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");

		String chatFirstInvite = Fixtures.invite(client, Fixtures.postJob(client), expert);
		String draft = expert.api()
			.post("/api/v1/invites/" + chatFirstInvite + "/accept", Map.of("mode", "CHAT_FIRST"))
			.expect(200)
			.text("applicationId");

		return new World(client, expert, tokenId, job, privateJob, invite, interview, conversation, offer, submitted,
				draft, contract);
	}

	private static String apply(User expert, String jobId) {
		return expert.api().post("/api/v1/jobs/" + jobId + "/applications", application()).expect(201).text("id");
	}

}
