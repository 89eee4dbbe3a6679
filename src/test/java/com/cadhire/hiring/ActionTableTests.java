package com.cadhire.hiring;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cadhire.common.Party;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import com.cadhire.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of every aggregate of the funnel (job, invite, application, offer,
 * contract) × every role (its client, its expert, an outsider): the exact set of actions,
 * once as the JSON API's {@code actions} and once as the {@code data-action} controls the
 * rendered page shows. Each state is reached through the real API, as a user would get
 * there.
 * <p>
 * "not visible" means the viewer gets 404 (the API) and the not-found page: a
 * non-participant learns nothing, not even that the thing exists.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionTableTests {

	private static final String NOT_VISIBLE = "not visible";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryJob expiryJob;

	/** The states, by "aggregate state". */
	private final Map<String, Built> states = new HashMap<>();

	private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

	private User client;

	private User expert;

	private User outsider;

	/**
	 * The table: aggregate, state, role, the actions the role may take (comma-separated,
	 * any order; empty for none).
	 */
	static Stream<Arguments> table() {
		return Stream.of(
		// @formatter:off
				row("job", "OPEN public",                   Party.CLIENT,   "invite, close"),
				row("job", "OPEN public",                   Party.EXPERT,   "apply"),
				row("job", "OPEN public",                   Party.OUTSIDER, ""),
				row("job", "OPEN public, expert applied",   Party.CLIENT,   "invite, close"),
				row("job", "OPEN public, expert applied",   Party.EXPERT,   ""),
				row("job", "OPEN public, expert applied",   Party.OUTSIDER, ""),
				row("job", "OPEN public, expert hired",     Party.CLIENT,   "invite, close"),
				row("job", "OPEN public, expert hired",     Party.EXPERT,   ""),
				row("job", "OPEN public, expert hired",     Party.OUTSIDER, ""),
				row("job", "OPEN public, expert invited",   Party.CLIENT,   "invite, close"),
				row("job", "OPEN public, expert invited",   Party.EXPERT,   ""),
				row("job", "OPEN public, expert invited",   Party.OUTSIDER, ""),
				row("job", "OPEN private, expert invited",  Party.CLIENT,   "invite, close"),
				row("job", "OPEN private, expert invited",  Party.EXPERT,   ""),
				row("job", "OPEN private, expert invited",  Party.OUTSIDER, NOT_VISIBLE),
				row("job", "CLOSED",                        Party.CLIENT,   ""),
				row("job", "CLOSED",                        Party.EXPERT,   ""),
				row("job", "CLOSED",                        Party.OUTSIDER, ""),

				row("invite", "PENDING",   Party.CLIENT,   "withdraw"),
				row("invite", "PENDING",   Party.EXPERT,   "accept, decline"),
				row("invite", "PENDING",   Party.OUTSIDER, NOT_VISIBLE),
				row("invite", "ACCEPTED",  Party.CLIENT,   ""),
				row("invite", "ACCEPTED",  Party.EXPERT,   ""),
				row("invite", "ACCEPTED",  Party.OUTSIDER, NOT_VISIBLE),
				row("invite", "DECLINED",  Party.CLIENT,   ""),
				row("invite", "DECLINED",  Party.EXPERT,   ""),
				row("invite", "DECLINED",  Party.OUTSIDER, NOT_VISIBLE),
				row("invite", "WITHDRAWN", Party.CLIENT,   ""),
				row("invite", "WITHDRAWN", Party.EXPERT,   ""),
				row("invite", "WITHDRAWN", Party.OUTSIDER, NOT_VISIBLE),
				row("invite", "EXPIRED",   Party.CLIENT,   ""),
				row("invite", "EXPIRED",   Party.EXPERT,   ""),
				row("invite", "EXPIRED",   Party.OUTSIDER, NOT_VISIBLE),

				row("application", "DRAFT",                      Party.CLIENT,   "propose-terms, decline"),
				row("application", "DRAFT",                      Party.EXPERT,   "submit, propose-terms, edit-cover-letter, withdraw"),
				row("application", "DRAFT",                      Party.OUTSIDER, NOT_VISIBLE),
				row("application", "DRAFT without terms",        Party.CLIENT,   "propose-terms, decline"),
				row("application", "DRAFT without terms",        Party.EXPERT,   "propose-terms, edit-cover-letter, withdraw"),
				row("application", "DRAFT without terms",        Party.OUTSIDER, NOT_VISIBLE),
				row("application", "SUBMITTED",                  Party.CLIENT,   "reply, propose-terms, send-offer, decline"),
				row("application", "SUBMITTED",                  Party.EXPERT,   "propose-terms, edit-cover-letter, withdraw"),
				row("application", "SUBMITTED",                  Party.OUTSIDER, NOT_VISIBLE),
				row("application", "INTERVIEWING",               Party.CLIENT,   "propose-terms, send-offer, decline"),
				row("application", "INTERVIEWING",               Party.EXPERT,   "propose-terms, edit-cover-letter, withdraw"),
				row("application", "INTERVIEWING",               Party.OUTSIDER, NOT_VISIBLE),
				row("application", "OFFERED",                    Party.CLIENT,   "decline"),
				row("application", "OFFERED",                    Party.EXPERT,   "edit-cover-letter, withdraw"),
				row("application", "OFFERED",                    Party.OUTSIDER, NOT_VISIBLE),
				row("application", "OFFERED, changes requested", Party.CLIENT,   "decline"),
				row("application", "OFFERED, changes requested", Party.EXPERT,   "edit-cover-letter, withdraw"),
				row("application", "OFFERED, changes requested", Party.OUTSIDER, NOT_VISIBLE),
				row("application", "INTERVIEWING, offer cancelled", Party.CLIENT, "propose-terms, send-offer, decline"),
				row("application", "INTERVIEWING, offer cancelled", Party.EXPERT, "propose-terms, edit-cover-letter, withdraw"),
				row("application", "INTERVIEWING, offer cancelled", Party.OUTSIDER, NOT_VISIBLE),
				row("application", "HIRED",                      Party.CLIENT,   ""),
				row("application", "HIRED",                      Party.EXPERT,   ""),
				row("application", "HIRED",                      Party.OUTSIDER, NOT_VISIBLE),
				row("application", "WITHDRAWN",                  Party.CLIENT,   ""),
				row("application", "WITHDRAWN",                  Party.EXPERT,   ""),
				row("application", "WITHDRAWN",                  Party.OUTSIDER, NOT_VISIBLE),
				row("application", "DECLINED",                   Party.CLIENT,   ""),
				row("application", "DECLINED",                   Party.EXPERT,   ""),
				row("application", "DECLINED",                   Party.OUTSIDER, NOT_VISIBLE),
				row("application", "CLOSED",                     Party.CLIENT,   ""),
				row("application", "CLOSED",                     Party.EXPERT,   ""),
				row("application", "CLOSED",                     Party.OUTSIDER, NOT_VISIBLE),

				row("offer", "PENDING",           Party.CLIENT,   "modify, cancel"),
				row("offer", "PENDING",           Party.EXPERT,   "accept, request-changes"),
				row("offer", "PENDING",           Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "PENDING, modified", Party.CLIENT,   "modify, cancel"),
				row("offer", "PENDING, modified", Party.EXPERT,   "accept, request-changes"),
				row("offer", "PENDING, modified", Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "CHANGES_REQUESTED", Party.CLIENT,   "modify, cancel"),
				row("offer", "CHANGES_REQUESTED", Party.EXPERT,   ""),
				row("offer", "CHANGES_REQUESTED", Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "ACCEPTED",          Party.CLIENT,   ""),
				row("offer", "ACCEPTED",          Party.EXPERT,   ""),
				row("offer", "ACCEPTED",          Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "CANCELLED",         Party.CLIENT,   ""),
				row("offer", "CANCELLED",         Party.EXPERT,   ""),
				row("offer", "CANCELLED",         Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "EXPIRED",           Party.CLIENT,   ""),
				row("offer", "EXPIRED",           Party.EXPERT,   ""),
				row("offer", "EXPIRED",           Party.OUTSIDER, NOT_VISIBLE),
				row("offer", "DECLINED",          Party.CLIENT,   ""),
				row("offer", "DECLINED",          Party.EXPERT,   ""),
				row("offer", "DECLINED",          Party.OUTSIDER, NOT_VISIBLE),

				row("contract", "ACTIVE",                                 Party.CLIENT,   "request-buyout, end"),
				row("contract", "ACTIVE",                                 Party.EXPERT,   "end"),
				row("contract", "ACTIVE",                                 Party.OUTSIDER, NOT_VISIBLE),
				row("contract", "ACTIVE, buyout requested",               Party.CLIENT,   "end"),
				row("contract", "ACTIVE, buyout requested",               Party.EXPERT,   "confirm-buyout, end"),
				row("contract", "ACTIVE, buyout requested",               Party.OUTSIDER, NOT_VISIBLE),
				row("contract", "ACTIVE, buyout confirmed",               Party.CLIENT,   "end"),
				row("contract", "ACTIVE, buyout confirmed",               Party.EXPERT,   "end"),
				row("contract", "ACTIVE, buyout confirmed",               Party.OUTSIDER, NOT_VISIBLE),
				row("contract", "ACTIVE, pair bought out on another one", Party.CLIENT,   "end"),
				row("contract", "ACTIVE, pair bought out on another one", Party.EXPERT,   "end"),
				row("contract", "ACTIVE, pair bought out on another one", Party.OUTSIDER, NOT_VISIBLE),
				row("contract", "ENDED",                                  Party.CLIENT,   ""),
				row("contract", "ENDED",                                  Party.EXPERT,   ""),
				row("contract", "ENDED",                                  Party.OUTSIDER, NOT_VISIBLE),
				row("contract", "ENDED after a buyout",                   Party.CLIENT,   ""),
				row("contract", "ENDED after a buyout",                   Party.EXPERT,   ""),
				row("contract", "ENDED after a buyout",                   Party.OUTSIDER, NOT_VISIBLE));
		// @formatter:on
	}

	private static Arguments row(String aggregate, String state, Party role, String expected) {
		return Arguments.of(aggregate, state, role, expected);
	}

	@BeforeAll
	void reachEveryState() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Tabitha Client");
		this.expert = anonymous.signUp("EXPERT", "Tobias Expert");
		this.outsider = anonymous.signUp("CLIENT", "Otto Outsider");
		Steps s = new Steps(this.client, this.expert);

		// expired states first: moving the clock expires whatever is pending at the time
		Built expiredInvite = s.invited(true);
		Built expiredOffer = s.offered();
		this.clock.advance(Invite.LIFETIME.plus(Duration.ofMinutes(1)));
		try {
			this.expiryJob.run();
		}
		finally {
			this.clock.reset();
		}
		put("invite EXPIRED", expiredInvite);
		put("offer EXPIRED", expiredOffer);

		// jobs
		put("job OPEN public", s.job("PUBLIC"));
		Built applied = s.job("PUBLIC");
		applied.applicationId = this.expert.api()
			.post("/api/v1/jobs/" + applied.jobId + "/applications",
					Map.of("coverLetter", "I can do this.", "terms", Fixtures.hourly("45.00", 20)))
			.expect(201)
			.text("id");
		put("job OPEN public, expert applied", applied);
		put("job OPEN public, expert invited", s.invited(true));
		put("job OPEN public, expert hired", s.hired());
		Built privateJob = s.job("PRIVATE");
		privateJob.inviteId = Fixtures.invite(this.client, privateJob.jobId, this.expert);
		put("job OPEN private, expert invited", privateJob);
		Built closed = s.job("PUBLIC");
		s.client("/api/v1/jobs/" + closed.jobId + "/close", 200);
		put("job CLOSED", closed);

		// invites
		put("invite PENDING", s.invited(true));
		Built accepted = s.invited(true);
		accepted.applicationId = s.accept(accepted, "AS_PROPOSED");
		put("invite ACCEPTED", accepted);
		Built declined = s.invited(true);
		s.expert("/api/v1/invites/" + declined.inviteId + "/decline", Map.of("reason", "TOO_BUSY", "message", ""), 200);
		put("invite DECLINED", declined);
		Built withdrawn = s.invited(true);
		s.client("/api/v1/invites/" + withdrawn.inviteId + "/withdraw", 200);
		put("invite WITHDRAWN", withdrawn);

		// applications
		Built draft = s.invited(true);
		draft.applicationId = s.accept(draft, "CHAT_FIRST");
		put("application DRAFT", draft);
		Built bare = s.invited(false);
		bare.applicationId = s.accept(bare, "CHAT_FIRST");
		put("application DRAFT without terms", bare);
		put("application SUBMITTED", s.submitted());
		put("application INTERVIEWING", s.interviewing());
		put("application OFFERED", s.offered());
		put("application OFFERED, changes requested", s.changesRequested());
		Built cancelledOffer = s.offered();
		s.client("/api/v1/offers/" + cancelledOffer.offerId + "/cancel", 200);
		put("application INTERVIEWING, offer cancelled", cancelledOffer);
		put("application HIRED", s.hired());
		Built withdrawnApplication = s.submitted();
		s.expert("/api/v1/applications/" + withdrawnApplication.applicationId + "/withdraw", Map.of(), 200);
		put("application WITHDRAWN", withdrawnApplication);
		Built declinedApplication = s.submitted();
		s.client("/api/v1/applications/" + declinedApplication.applicationId + "/decline",
				Map.of("reason", "NOT_A_FIT", "message", ""), 200);
		put("application DECLINED", declinedApplication);
		Built closedApplication = s.submitted();
		s.client("/api/v1/jobs/" + closedApplication.jobId + "/close", 200);
		put("application CLOSED", closedApplication);

		// offers
		put("offer PENDING", s.offered());
		Built modified = s.changesRequested();
		this.client.api()
			.put("/api/v1/offers/" + modified.offerId,
					Map.of("basedOnVersion", s.termsVersion(modified), "message", "Second version."))
			.expect(200);
		put("offer PENDING, modified", modified);
		put("offer CHANGES_REQUESTED", s.changesRequested());
		put("offer ACCEPTED", s.hired());
		Built cancelled = s.offered();
		s.client("/api/v1/offers/" + cancelled.offerId + "/cancel", 200);
		put("offer CANCELLED", cancelled);
		Built offerDeclined = s.offered();
		s.expert("/api/v1/applications/" + offerDeclined.applicationId + "/withdraw", Map.of(), 200);
		put("offer DECLINED", offerDeclined);

		// contracts: a new expert for each, so one pair's Direct Hire does not leak into
		// another state
		put("contract ACTIVE", contractWithNewExpert(anonymous, "none"));
		put("contract ACTIVE, buyout requested", contractWithNewExpert(anonymous, "requested"));
		put("contract ACTIVE, buyout confirmed", contractWithNewExpert(anonymous, "confirmed"));
		Built ended = contractWithNewExpert(anonymous, "none");
		ended.expert.api().post("/api/v1/contracts/" + ended.contractId + "/end").expect(200);
		put("contract ENDED", ended);
		Built endedAfterBuyout = contractWithNewExpert(anonymous, "confirmed");
		this.client.api().post("/api/v1/contracts/" + endedAfterBuyout.contractId + "/end").expect(200);
		put("contract ENDED after a buyout", endedAfterBuyout);
		Built first = contractWithNewExpert(anonymous, "requested");
		Built second = new Steps(this.client, first.expert).hired();
		put("contract ACTIVE, pair bought out on another one", second);
	}

	private Built contractWithNewExpert(Api anonymous, String buyout) {
		User newExpert = anonymous.signUp("EXPERT", "Contract Expert");
		Built built = new Steps(this.client, newExpert).hired();
		if (!buyout.equals("none")) {
			this.client.api().post("/api/v1/contracts/" + built.contractId + "/buyout").expect(200);
		}
		if (buyout.equals("confirmed")) {
			newExpert.api().post("/api/v1/contracts/" + built.contractId + "/buyout/confirm").expect(200);
		}
		return built;
	}

	private void put(String key, Built built) {
		this.states.put(key, built);
	}

	@ParameterizedTest(name = "{0} {1}, as {2}: [{3}]")
	@MethodSource("table")
	void theApiListsExactlyTheActionsOfTheTable(String aggregate, String state, Party role, String expected) {
		Built built = built(aggregate, state);
		User viewer = viewer(built, role);
		Api.Response response = viewer.api().get(apiPath(aggregate, built));
		if (expected.equals(NOT_VISIBLE)) {
			assertThat(response.status()).as("the outsider does not see it").isEqualTo(404);
			return;
		}
		response.expect(200);
		assertThat(names(response.json().get("actions"))).as("actions").isEqualTo(set(expected));
		// the same set wherever the API shows the thing
		switch (aggregate) {
			case "offer" -> {
				JsonNode application = viewer.api()
					.get("/api/v1/applications/" + built.applicationId)
					.expect(200)
					.json();
				assertThat(names(application.at("/offer/actions"))).as("the application's offer")
					.isEqualTo(set(expected));
			}
			case "contract" -> {
				JsonNode list = viewer.api().get("/api/v1/contracts?limit=100").expect(200).json();
				JsonNode item = find(list.get("items"), "id", built.contractId);
				assertThat(item).as("the contract in the list").isNotNull();
				assertThat(names(item.get("actions"))).as("the contract list").isEqualTo(set(expected));
			}
			case "invite", "application" -> {
				if (role == Party.EXPERT) {
					JsonNode item = myJobApplicationsItem(viewer,
							aggregate.equals("invite") ? "inviteId" : "applicationId",
							aggregate.equals("invite") ? built.inviteId : built.applicationId);
					if (!state.equals("ACCEPTED")) {
						// an accepted invite lives on as its application
						assertThat(item).as("the item in My job applications").isNotNull();
					}
					if (item != null) {
						assertThat(names(item.get("actions"))).as("My job applications").isEqualTo(set(expected));
					}
				}
			}
			default -> {
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}, as {2}: [{3}]")
	@MethodSource("table")
	void thePageShowsExactlyTheActionsOfTheTable(String aggregate, String state, Party role, String expected) {
		Built built = built(aggregate, state);
		WebSession session = session(viewer(built, role));
		WebSession.Page page = session.get(pagePath(aggregate, built));
		if (expected.equals(NOT_VISIBLE)) {
			assertThat(page.status()).as("the outsider does not see it").isEqualTo(404);
			return;
		}
		assertThat(page.status()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		Set<String> shown = new TreeSet<>();
		for (Element control : html.select("[data-action]")) {
			boolean inOffer = control.parents().is("section#offer");
			boolean wanted = switch (aggregate) {
				case "offer" -> inOffer;
				case "application" -> !inOffer;
				default -> true;
			};
			if (wanted) {
				shown.add(control.attr("data-action"));
			}
		}
		assertThat(shown).as("the page's data-action controls").isEqualTo(set(expected));
	}

	private Built built(String aggregate, String state) {
		Built built = this.states.get(aggregate + " " + state);
		assertThat(built).as("state %s %s was reached", aggregate, state).isNotNull();
		return built;
	}

	private User viewer(Built built, Party role) {
		return switch (role) {
			case CLIENT -> built.client;
			case EXPERT -> built.expert;
			case OUTSIDER -> this.outsider;
		};
	}

	private WebSession session(User user) {
		return this.sessions.computeIfAbsent(user.email(),
				(email) -> WebSession.signedIn(this.port, email, user.password()));
	}

	private static String apiPath(String aggregate, Built built) {
		return switch (aggregate) {
			case "job" -> "/api/v1/jobs/" + built.jobId;
			case "invite" -> "/api/v1/invites/" + built.inviteId;
			case "application" -> "/api/v1/applications/" + built.applicationId;
			case "offer" -> "/api/v1/offers/" + built.offerId;
			case "contract" -> "/api/v1/contracts/" + built.contractId;
			default -> throw new IllegalArgumentException(aggregate);
		};
	}

	private static String pagePath(String aggregate, Built built) {
		return switch (aggregate) {
			case "job" -> "/jobs/" + built.jobId;
			case "invite" -> "/invites/" + built.inviteId;
			case "application", "offer" -> "/applications/" + built.applicationId;
			case "contract" -> "/contracts/" + built.contractId;
			default -> throw new IllegalArgumentException(aggregate);
		};
	}

	private static JsonNode myJobApplicationsItem(User expert, String field, String id) {
		for (String section : new String[] { "unansweredInvites", "interviewsInProgress", "applications", "archive" }) {
			JsonNode page = expert.api()
				.get("/api/v1/me/job-applications?section=" + section + "&limit=100")
				.expect(200)
				.json();
			JsonNode item = find(page.get("items"), field, id);
			if (item != null) {
				return item;
			}
		}
		return null;
	}

	private static JsonNode find(JsonNode items, String field, String value) {
		for (JsonNode item : items) {
			if (item.has(field) && value.equals(item.get(field).asString())) {
				return item;
			}
		}
		return null;
	}

	private static Set<String> names(JsonNode actions) {
		assertThat(actions).as("an actions array").isNotNull();
		assertThat(actions.isArray()).as("actions is an array").isTrue();
		Set<String> names = new TreeSet<>();
		actions.forEach((a) -> names.add(a.asString()));
		assertThat(names).as("no action listed twice").hasSize(actions.size());
		return names;
	}

	private static Set<String> set(String expected) {
		return expected.isBlank() ? Set.of()
				: Arrays.stream(expected.split(","))
					.map(String::strip)
					.collect(Collectors.toCollection(() -> new TreeSet<>()));
	}

	/**
	 * The ids of one state's things.
	 */
	static final class Built {

		final User client;

		final User expert;

		String jobId;

		String inviteId;

		String applicationId;

		String offerId;

		String contractId;

		Built(User client, User expert) {
			this.client = client;
			this.expert = expert;
		}

	}

	/**
	 * The funnel's steps over the API, for one client and one expert, each on a new job.
	 */
	record Steps(User client, User expert) {

		Built job(String visibility) {
			Built built = new Built(this.client, this.expert);
			built.jobId = this.client.api()
				.post("/api/v1/jobs", Fixtures.job("Bracket redesign", visibility))
				.expect(201)
				.text("id");
			return built;
		}

		Built invited(boolean withTerms) {
			Built built = job("PUBLIC");
			if (withTerms) {
				built.inviteId = Fixtures.invite(this.client, built.jobId, this.expert);
			}
			else {
				Map<String, Object> body = new HashMap<>();
				body.put("expertId", this.expert.id().toString());
				body.put("message", "Could we talk first?");
				body.put("proposedTerms", null);
				built.inviteId = this.client.api()
					.post("/api/v1/jobs/" + built.jobId + "/invites", body)
					.expect(201)
					.text("id");
			}
			return built;
		}

		String accept(Built built, String mode) {
			return this.expert.api()
				.post("/api/v1/invites/" + built.inviteId + "/accept", Map.of("mode", mode, "coverLetter", "Happy to."))
				.expect(200)
				.text("applicationId");
		}

		Built submitted() {
			Built built = invited(true);
			built.applicationId = accept(built, "AS_PROPOSED");
			return built;
		}

		Built interviewing() {
			Built built = submitted();
			client("/api/v1/applications/" + built.applicationId + "/reply", Map.of("body", "Let's talk."), 200);
			return built;
		}

		Built offered() {
			Built built = interviewing();
			built.offerId = this.client.api()
				.post("/api/v1/applications/" + built.applicationId + "/offers",
						Map.of("basedOnVersion", termsVersion(built), "message", "Offer."))
				.expect(201)
				.text("id");
			return built;
		}

		Built changesRequested() {
			Built built = offered();
			expert("/api/v1/offers/" + built.offerId + "/request-changes",
					Map.of("message", "Could we do 50?", "terms", Fixtures.hourly("50.00", 20)), 200);
			return built;
		}

		Built hired() {
			Built built = offered();
			built.contractId = this.expert.api()
				.post("/api/v1/offers/" + built.offerId + "/accept", Map.of("version", 1))
				.expect(201)
				.text("contractId");
			return built;
		}

		int termsVersion(Built built) {
			return this.client.api()
				.get("/api/v1/applications/" + built.applicationId)
				.expect(200)
				.json()
				.get("termsVersion")
				.asInt();
		}

		void client(String path, int status) {
			client(path, Map.of(), status);
		}

		void client(String path, Map<String, ?> body, int status) {
			this.client.api().post(path, body).expect(status);
		}

		void expert(String path, Map<String, ?> body, int status) {
			this.expert.api().post(path, body).expect(status);
		}

	}

}
