package com.cadhire.hiring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A seeded random walk through the funnel over the JSON API, as a client and an expert
 * would click through it (and an outsider poking at it). At every step it reads what each
 * party may do ({@code actions} on the job, the invite, the application with its offer,
 * the contract) and asserts:
 * <ul>
 * <li>every thing that is not in a final state leaves some party at least one action (the
 * negotiation cannot get stuck);</li>
 * <li>every action the API lists for a party succeeds (2xx) when that party takes
 * it;</li>
 * <li>every action it does not list is refused with 403, 409 or 422, and an outsider is
 * refused with 403 or 404: never a 2xx, never a 500.</li>
 * </ul>
 * Now and then time passes (an offer's or an invite's lifetime) and the expiry job runs.
 * A failure names the seed and prints the steps that led to it; {@code -Dwalk.seeds} and
 * {@code -Dwalk.steps} change the size of the walk.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegotiationWalkTests {

	private static final int SEEDS = Integer.getInteger("walk.seeds", 30);

	private static final int STEPS = Integer.getInteger("walk.steps", 70);

	/**
	 * The action names of the API and the endpoint each one calls (API.md): kind and
	 * action → method and path, {@code {id}} being the thing's id.
	 */
	static final Map<String, String> ENDPOINTS = endpoints();

	private static Map<String, String> endpoints() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("job invite", "POST /api/v1/jobs/{id}/invites");
		map.put("job close", "POST /api/v1/jobs/{id}/close");
		map.put("job apply", "POST /api/v1/jobs/{id}/applications");
		map.put("invite accept", "POST /api/v1/invites/{id}/accept");
		map.put("invite decline", "POST /api/v1/invites/{id}/decline");
		map.put("invite withdraw", "POST /api/v1/invites/{id}/withdraw");
		map.put("application submit", "POST /api/v1/applications/{id}/submit");
		map.put("application reply", "POST /api/v1/applications/{id}/reply");
		map.put("application propose-terms", "POST /api/v1/applications/{id}/terms");
		map.put("application send-offer", "POST /api/v1/applications/{id}/offers");
		map.put("application edit-cover-letter", "POST /api/v1/applications/{id}/cover-letter");
		map.put("application withdraw", "POST /api/v1/applications/{id}/withdraw");
		map.put("application decline", "POST /api/v1/applications/{id}/decline");
		map.put("offer accept", "POST /api/v1/offers/{id}/accept");
		map.put("offer request-changes", "POST /api/v1/offers/{id}/request-changes");
		map.put("offer modify", "PUT /api/v1/offers/{id}");
		map.put("offer cancel", "POST /api/v1/offers/{id}/cancel");
		map.put("contract request-buyout", "POST /api/v1/contracts/{id}/buyout");
		map.put("contract confirm-buyout", "POST /api/v1/contracts/{id}/buyout/confirm");
		map.put("contract end", "POST /api/v1/contracts/{id}/end");
		return map;
	}

	private static final Set<String> FINAL = Set.of("job CLOSED", "invite ACCEPTED", "invite DECLINED",
			"invite WITHDRAWN", "invite EXPIRED", "application HIRED", "application WITHDRAWN", "application DECLINED",
			"application CLOSED", "offer ACCEPTED", "offer CANCELLED", "offer EXPIRED", "offer DECLINED",
			"contract ENDED");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryJob expiryJob;

	private User client;

	private User outsider;

	/** What the walks reached and did, over all seeds: printed at the end. */
	private final Map<String, Integer> coverage = new java.util.TreeMap<>();

	@AfterAll
	void printCoverage() {
		StringBuilder report = new StringBuilder("Random walk: " + SEEDS + " seeds x " + STEPS + " steps reached\n");
		this.coverage.forEach((key, count) -> report.append("  ").append(key).append(": ").append(count).append('\n'));
		System.out.println(report);
	}

	@BeforeAll
	void signUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Walker Client");
		this.outsider = anonymous.signUp("CLIENT", "Nosy Outsider");
	}

	Stream<Long> seeds() {
		return IntStream.range(0, SEEDS).mapToObj((i) -> 8_000L + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theNegotiationNeverStallsAndTheApiKeepsItsWord(long seed) {
		// a new expert each seed: the walk of a seed does not depend on the others
		User expert = Api.anonymous(this.port).signUp("EXPERT", "Walker Expert");
		Walk walk = new Walk(seed, this.client, expert, this.outsider);
		try {
			walk.run(STEPS);
		}
		catch (AssertionError | RuntimeException ex) {
			throw new AssertionError("Random walk failed with seed " + seed + " (rerun: -Dtest='NegotiationWalkTests'"
					+ " and this seed) at step " + walk.step + ": " + ex.getMessage() + "\nSteps:\n"
					+ String.join("\n", walk.trace), ex);
		}
		finally {
			this.clock.reset();
		}
	}

	/**
	 * One seed's walk.
	 */
	final class Walk {

		final Random random;

		final User client;

		final User expert;

		final User outsider;

		final List<String> trace = new ArrayList<>();

		int step;

		/** Whether the expert cannot see the (private) job: then they get 404 on it. */
		boolean hiddenJob;

		String jobId;

		String jobVisibility;

		String inviteId;

		boolean inviteHasTerms;

		String applicationId;

		String contractId;

		/** The last state seen, by kind: status, and the JSON as the client sees it. */
		final Map<String, JsonNode> seen = new HashMap<>();

		Walk(long seed, User client, User expert, User outsider) {
			this.random = new Random(seed);
			this.client = client;
			this.expert = expert;
			this.outsider = outsider;
		}

		void run(int steps) {
			postJob();
			for (this.step = 1; this.step <= steps; this.step++) {
				List<Candidate> listed = observe();
				double dice = this.random.nextDouble();
				if (dice < 0.03) {
					timePasses();
				}
				else if (dice < 0.75 && !listed.isEmpty()) {
					take(pick(listed), true);
				}
				else if (dice < 0.90) {
					List<Candidate> unlisted = unlisted(listed);
					if (!unlisted.isEmpty()) {
						take(unlisted.get(this.random.nextInt(unlisted.size())), false);
					}
				}
				else {
					outsiderCall();
				}
				if ("CLOSED".equals(status("job"))) {
					postJob();
				}
			}
		}

		// --- observing -------------------------------------------------------------

		/**
		 * Reads every live thing as both parties; asserts that none is stuck.
		 * @return the actions the API lists, for the party that may take them
		 */
		List<Candidate> observe() {
			List<Candidate> listed = new ArrayList<>();
			this.hiddenJob = false;
			if (this.inviteId != null) {
				read("invite", this.inviteId, "/api/v1/invites/" + this.inviteId, listed);
			}
			if (this.applicationId != null) {
				read("application", this.applicationId, "/api/v1/applications/" + this.applicationId, listed);
			}
			if (this.contractId != null) {
				read("contract", this.contractId, "/api/v1/contracts/" + this.contractId, listed);
			}
			// the job last: whether "invite" applies depends on the invite and
			// application
			// just read
			read("job", this.jobId, "/api/v1/jobs/" + this.jobId, listed);
			return listed;
		}

		private void read(String kind, String id, String path, List<Candidate> listed) {
			JsonNode last = this.seen.get(kind);
			if (last != null && last.get("id").asString().equals(id)
					&& FINAL.contains(kind + " " + last.get("status").asString())) {
				// final: stays as it is, with no actions (asserted when it got there)
				return;
			}
			Map<String, List<String>> byParty = new LinkedHashMap<>();
			JsonNode offerAsClient = null;
			Map<String, List<String>> offerByParty = new LinkedHashMap<>();
			for (String party : List.of("client", "expert")) {
				Api.Response response = user(party).api().get(path);
				if (kind.equals("job") && party.equals("expert") && "PRIVATE".equals(this.jobVisibility)
						&& response.status() == 404) {
					// a private job is hidden from an expert until they are invited
					byParty.put(party, List.of());
					this.hiddenJob = true;
					continue;
				}
				check(response.status() == 200,
						"GET " + path + " as the " + party + " answered " + response.status() + ": " + response.body());
				JsonNode json = response.json();
				byParty.put(party, strings(json.get("actions")));
				if (party.equals("client")) {
					this.seen.put(kind, json);
				}
				if (kind.equals("application") && json.hasNonNull("offer")) {
					offerByParty.put(party, strings(json.at("/offer/actions")));
					if (party.equals("client")) {
						offerAsClient = json.get("offer");
					}
				}
			}
			collect(kind, this.seen.get(kind), byParty, listed);
			if (offerAsClient != null) {
				this.seen.put("offer", offerAsClient);
				collect("offer", offerAsClient, offerByParty, listed);
			}
			else if (kind.equals("application")) {
				this.seen.remove("offer");
			}
		}

		private void collect(String kind, JsonNode json, Map<String, List<String>> byParty, List<Candidate> listed) {
			String status = json.get("status").asString();
			NegotiationWalkTests.this.coverage.merge("state " + kind + " " + status, 1, Integer::sum);
			boolean anyAction = false;
			for (Map.Entry<String, List<String>> entry : byParty.entrySet()) {
				for (String action : entry.getValue()) {
					check(ENDPOINTS.containsKey(kind + " " + action),
							kind + " lists an action the API does not document: " + action);
					anyAction = true;
					Candidate candidate = new Candidate(kind, json.get("id").asString(), action, entry.getKey());
					if (!(kind.equals("job") && action.equals("invite") && expertInHiring())) {
						// "invite" is the job's ("may invite experts to it"); inviting
						// the one expert of the walk again while their invite or
						// application is live is refused (409), asserted below
						listed.add(candidate);
					}
				}
			}
			if (FINAL.contains(kind + " " + status)) {
				check(!anyAction, kind + " " + status + " is final but lists actions " + byParty);
			}
			else {
				check(anyAction, kind + " " + status + " is not final but nobody may do anything: " + byParty);
			}
		}

		private boolean expertInHiring() {
			JsonNode invite = this.seen.get("invite");
			JsonNode application = this.seen.get("application");
			// a hired expert stays the job's: the domain keeps their application's key,
			// so
			// they are neither invited to the job again nor apply to it again
			return (invite != null && "PENDING".equals(invite.get("status").asString()))
					|| (application != null && Set.of("DRAFT", "SUBMITTED", "INTERVIEWING", "OFFERED", "HIRED")
						.contains(application.get("status").asString()));
		}

		/**
		 * A listed action, at random; ending the story (closing the job, ending the
		 * contract) is taken less often than moving it on, so walks get deep into the
		 * negotiation.
		 */
		private Candidate pick(List<Candidate> listed) {
			double[] weights = new double[listed.size()];
			double total = 0;
			for (int i = 0; i < weights.length; i++) {
				String key = listed.get(i).kind() + " " + listed.get(i).action();
				weights[i] = (key.equals("job close") || key.equals("contract end")) ? 0.08 : 1.0;
				total += weights[i];
			}
			double at = this.random.nextDouble() * total;
			for (int i = 0; i < weights.length; i++) {
				at -= weights[i];
				if (at < 0) {
					return listed.get(i);
				}
			}
			return listed.get(listed.size() - 1);
		}

		private List<Candidate> unlisted(List<Candidate> listed) {
			List<Candidate> unlisted = new ArrayList<>();
			for (String kind : List.of("job", "invite", "application", "offer", "contract")) {
				JsonNode json = this.seen.get(kind);
				if (json == null) {
					continue;
				}
				String id = json.get("id").asString();
				for (String key : ENDPOINTS.keySet()) {
					if (!key.startsWith(kind + " ")) {
						continue;
					}
					String action = key.substring(kind.length() + 1);
					for (String party : List.of("client", "expert")) {
						Candidate candidate = new Candidate(kind, id, action, party);
						boolean isListed = listed.stream().anyMatch(candidate::equals);
						boolean inviteAgain = kind.equals("job") && action.equals("invite") && party.equals("client");
						if (!isListed && !inviteAgain) {
							unlisted.add(candidate);
						}
					}
				}
			}
			return unlisted;
		}

		// --- acting ----------------------------------------------------------------

		void take(Candidate candidate, boolean listed) {
			User user = user(candidate.party());
			Api.Response response = call(user, candidate);
			String line = "step " + this.step + ": " + candidate.party() + " " + candidate.kind() + " "
					+ candidate.action() + (listed ? " [listed]" : " [not listed]") + " -> " + response.status();
			this.trace.add(line);
			NegotiationWalkTests.this.coverage.merge("took " + candidate.kind() + " " + candidate.action()
					+ (listed ? " (listed)" : " (not listed)") + " -> " + response.status(), 1, Integer::sum);
			check(response.status() != 500, "a 500: " + response.body());
			if (listed) {
				check(response.status() >= 200 && response.status() < 300,
						"a listed action failed: " + line + " " + response.body());
				remember(candidate, response);
			}
			else {
				boolean hidden = this.hiddenJob && candidate.kind().equals("job") && candidate.party().equals("expert");
				check(Set.of(403, 409, 422).contains(response.status()) || (hidden && response.status() == 404),
						"an action that is not listed was not refused with 403/409/422: " + line + " "
								+ response.body());
			}
			if (listed && candidate.kind().equals("job") && candidate.action().equals("invite")) {
				// the same expert again, now that their invite is pending: refused
				Api.Response again = call(user, candidate);
				this.trace
					.add("step " + this.step + ": client job invite (the same expert again) -> " + again.status());
				check(again.status() == 409,
						"inviting the same expert twice was not refused with 409: " + again.body());
			}
		}

		void outsiderCall() {
			List<Candidate> all = new ArrayList<>();
			for (String kind : List.of("job", "invite", "application", "offer", "contract")) {
				JsonNode json = this.seen.get(kind);
				if (json == null) {
					continue;
				}
				ENDPOINTS.keySet()
					.stream()
					.filter((key) -> key.startsWith(kind + " "))
					.forEach((key) -> all.add(new Candidate(kind, json.get("id").asString(),
							key.substring(kind.length() + 1), "outsider")));
			}
			Candidate candidate = all.get(this.random.nextInt(all.size()));
			Api.Response response = call(this.outsider, candidate);
			String line = "step " + this.step + ": outsider " + candidate.kind() + " " + candidate.action() + " -> "
					+ response.status();
			this.trace.add(line);
			check(Set.of(403, 404).contains(response.status()),
					"an outsider was not refused with 403/404: " + line + " " + response.body());
			Api.Response peek = this.outsider.api().get(readPath(candidate));
			boolean publicJob = candidate.kind().equals("job") && "PUBLIC".equals(this.jobVisibility);
			check(peek.status() == (publicJob ? 200 : 404),
					"an outsider reading " + candidate.kind() + " got " + peek.status());
			if (publicJob) {
				check(strings(peek.json().get("actions")).isEmpty(), "an outsider has actions on a public job");
			}
		}

		void timePasses() {
			Duration duration = this.random.nextBoolean() ? Offer.LIFETIME.plusMinutes(1)
					: Invite.LIFETIME.plusMinutes(1);
			NegotiationWalkTests.this.clock.advance(duration);
			NegotiationWalkTests.this.expiryJob.run();
			this.trace.add("step " + this.step + ": " + duration.toDays() + " days pass, expiry runs");
		}

		private Api.Response call(User user, Candidate c) {
			String endpoint = ENDPOINTS.get(c.kind() + " " + c.action());
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", c.id());
			Map<String, Object> body = body(c);
			return method.equals("PUT") ? user.api().put(path, body) : user.api().post(path, body);
		}

		private Map<String, Object> body(Candidate c) {
			Map<String, Object> body = new HashMap<>();
			switch (c.kind() + " " + c.action()) {
				case "job invite" -> {
					body.put("expertId", this.expert.id().toString());
					body.put("message", "Would you take this on?");
					body.put("proposedTerms", this.random.nextInt(4) == 0 ? null : terms());
				}
				case "job apply" -> {
					body.put("coverLetter", "I have done brackets like this.");
					body.put("terms", terms());
				}
				case "invite accept" -> {
					List<String> modes = new ArrayList<>(List.of("NEGOTIATE", "CHAT_FIRST"));
					if (this.inviteHasTerms) {
						modes.add("AS_PROPOSED");
					}
					String mode = modes.get(this.random.nextInt(modes.size()));
					body.put("mode", mode);
					body.put("terms", mode.equals("NEGOTIATE") ? terms() : null);
					body.put("coverLetter", "Happy to.");
				}
				case "invite decline" -> {
					body.put("reason", "TOO_BUSY");
					body.put("message", "");
				}
				case "application reply" -> body.put("body", "Let's talk about the tolerances.");
				case "application propose-terms" -> {
					body.put("basedOnVersion", termsVersion());
					body.put("terms", terms());
				}
				case "application send-offer", "offer modify" -> {
					body.put("basedOnVersion", termsVersion());
					body.put("terms", this.random.nextBoolean() ? null : terms());
					body.put("message", "Here is my offer.");
				}
				case "application edit-cover-letter" -> body.put("coverLetter", "A new cover letter " + this.step);
				case "application decline" -> {
					body.put("reason", "NOT_A_FIT");
					body.put("message", "");
				}
				case "offer accept" -> {
					JsonNode offer = this.seen.get("offer");
					body.put("version", (offer != null) ? offer.get("version").asInt() : 1);
				}
				case "offer request-changes" -> {
					body.put("message", "Could we change the rate?");
					body.put("terms", this.random.nextBoolean() ? null : terms());
				}
				default -> {
				}
			}
			return body;
		}

		private void remember(Candidate c, Api.Response response) {
			switch (c.kind() + " " + c.action()) {
				case "job invite" -> {
					this.inviteId = response.text("id");
					this.inviteHasTerms = response.json().hasNonNull("proposedTerms");
				}
				case "job apply" -> this.applicationId = response.text("id");
				case "invite accept" -> this.applicationId = response.text("applicationId");
				case "offer accept" -> this.contractId = response.text("contractId");
				default -> {
				}
			}
		}

		private void postJob() {
			this.jobVisibility = this.random.nextBoolean() ? "PUBLIC" : "PRIVATE";
			this.jobId = this.client.api()
				.post("/api/v1/jobs", Fixtures.job("Bracket redesign", this.jobVisibility))
				.expect(201)
				.text("id");
			this.inviteId = null;
			this.applicationId = null;
			this.contractId = null;
			this.seen.clear();
			this.trace.add("step " + this.step + ": client posts a " + this.jobVisibility + " job " + this.jobId);
		}

		private int termsVersion() {
			JsonNode application = this.seen.get("application");
			return (application != null) ? application.get("termsVersion").asInt() : 0;
		}

		/** Hourly terms that start a week from the application's today. */
		private Map<String, Object> terms() {
			Map<String, Object> terms = Fixtures.hourly((20 + this.random.nextInt(70)) + ".00",
					5 + this.random.nextInt(35));
			terms.put("startDate",
					LocalDate.ofInstant(NegotiationWalkTests.this.clock.instant(), ZoneOffset.UTC)
						.plusDays(7)
						.toString());
			return terms;
		}

		private String status(String kind) {
			JsonNode json = this.seen.get(kind);
			return (json != null) ? json.get("status").asString() : null;
		}

		private String readPath(Candidate c) {
			return switch (c.kind()) {
				case "job" -> "/api/v1/jobs/" + c.id();
				case "invite" -> "/api/v1/invites/" + c.id();
				case "application" -> "/api/v1/applications/" + c.id();
				case "offer" -> "/api/v1/offers/" + c.id();
				case "contract" -> "/api/v1/contracts/" + c.id();
				default -> throw new IllegalArgumentException(c.kind());
			};
		}

		private User user(String party) {
			return party.equals("client") ? this.client : this.expert;
		}

		private List<String> strings(JsonNode array) {
			check(array != null && array.isArray(), "no actions array");
			List<String> list = new ArrayList<>();
			array.forEach((node) -> list.add(node.asString()));
			return list;
		}

		private void check(boolean condition, String message) {
			if (!condition) {
				throw new AssertionError(message);
			}
		}

	}

	/**
	 * An action a party (client, expert or outsider) may try on a thing.
	 *
	 * @param kind job, invite, application, offer or contract
	 * @param id the thing's id
	 * @param action the action's API name
	 * @param party who tries it
	 */
	record Candidate(String kind, String id, String action, String party) {
	}

}
