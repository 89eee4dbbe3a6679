package com.cadhire.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.Account;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Role;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.SendMessage;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.ContractId;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.OfferId;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationDeclineReason;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.InviteManagement.AcceptMode;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferManagement;
import com.cadhire.hiring.Terms;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobDraft;
import com.cadhire.jobs.JobManagement;
import com.cadhire.profiles.ExpertProfile;
import com.cadhire.profiles.ProfileManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo data on the first start of an empty database, and prints where the
 * application runs and how to sign in. Every step goes through the same services the API
 * uses, so the demo data obeys every rule real data does.
 */
@Component
// On when asked for (true), never when false, and by default (auto) only on the embedded
// H2 database:
// a PostgreSQL database gets no demo data unless asked for, whether by profile or by
// SPRING_DATASOURCE_URL.
@ConditionalOnExpression("'${cadhire.demo-data.enabled:auto}' == 'true' or ('${cadhire.demo-data.enabled:auto}' == 'auto' and '${spring.datasource.url:}'.startsWith('jdbc:h2:'))")
class DemoData {

	/** The password of every demo account. */
	static final String PASSWORD = "cadhire-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	private final ProfileManagement profiles;

	private final JobManagement jobs;

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	private final OfferManagement offers;

	private final ContractManagement contracts;

	private final MessageSending messages;

	private final TransactionTemplate transactions;

	private final Environment environment;

	private final Clock clock;

	DemoData(AccountManagement accounts, ProfileManagement profiles, JobManagement jobs, InviteManagement invites,
			ApplicationManagement applications, OfferManagement offers, ContractManagement contracts,
			MessageSending messages, TransactionTemplate transactions, Environment environment, Clock clock) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.jobs = jobs;
		this.invites = invites;
		this.applications = applications;
		this.offers = offers;
		this.contracts = contracts;
		this.messages = messages;
		this.transactions = transactions;
		this.environment = environment;
		this.clock = clock;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (this.accounts.findByEmail("cora@cadhire.test").isEmpty()) {
			this.transactions.executeWithoutResult((status) -> create());
			log.info("Demo data created.");
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("""

				  CadHire is running at http://localhost:{}/
				  API docs: http://localhost:{}/swagger-ui
				  Demo accounts (password '{}'):
				    clients: cora@cadhire.test, dario@cadhire.test
				    experts: erin@cadhire.test, felix@cadhire.test, grace@cadhire.test
				    moderator: mod@cadhire.test
				""", port, port, PASSWORD);
	}

	private void create() {
		Caller cora = signUp("cora@cadhire.test", "Cora Lindqvist", Role.CLIENT);
		Caller dario = signUp("dario@cadhire.test", "Dario Mendes", Role.CLIENT);
		Caller erin = signUp("erin@cadhire.test", "Erin Okafor", Role.EXPERT);
		Caller felix = signUp("felix@cadhire.test", "Felix Brandt", Role.EXPERT);
		Caller grace = signUp("grace@cadhire.test", "Grace Tanaka", Role.EXPERT);
		this.accounts.createModerator("mod@cadhire.test", PASSWORD, "Morgan Moderator");

		profile(erin, "Mechanical design engineer, sheet metal and weldments",
				"Ten years of SolidWorks for machine builders: sheet metal, weldments, GD&T drawings to ASME Y14.5.",
				List.of("solidworks", "sheet-metal", "gd-and-t", "mechanical-design"), "55.00");
		profile(felix, "Product designer for injection-moulded consumer goods",
				"Fusion 360 and KeyShot: from sketch to tooling-ready STEP, with DFM reviews.",
				List.of("fusion-360", "product-design", "injection-moulding", "rendering"), "48.00");
		profile(grace, "Architectural CAD and BIM",
				"Revit and AutoCAD drawing sets for residential and small commercial projects.",
				List.of("revit", "autocad", "architectural-cad", "2d-drafting"), "42.00");

		Job bracket = post(cora, "Sheet-metal motor bracket redesign",
				"Redesign a 2 mm steel bracket for a 24 V motor; flat pattern, bends to DIN 6935, drawing to ISO 2768-mK.",
				List.of("solidworks", "sheet-metal"), RateType.HOURLY, "60.00", Job.Visibility.PUBLIC);
		Job enclosure = post(cora, "IP65 enclosure for a sensor board",
				"Two-part injection-moulded enclosure, 120 x 80 x 40 mm, snap fits and a gasket groove.",
				List.of("product-design", "injection-moulding"), RateType.FIXED, "1200.00", Job.Visibility.PRIVATE);
		Job floorPlan = post(dario, "As-built floor plans for a two-storey office",
				"Convert survey sketches into AutoCAD as-built plans, 1:100, layers to our standard.",
				List.of("autocad", "2d-drafting"), RateType.HOURLY, "40.00", Job.Visibility.PUBLIC);
		Job fixture = post(dario, "Welding fixture for a tube frame",
				"Design a modular welding fixture for a 25 x 25 mm tube frame; BOM and drawings.",
				List.of("solidworks", "mechanical-design"), RateType.HOURLY, "55.00", Job.Visibility.PUBLIC);

		// Erin: an unanswered invite, an interview with a conversation, a hired contract.
		invite(cora, enclosure, erin, "Would you quote the enclosure?", fixed("1200.00", "400.00", "800.00"));
		Invite bracketInvite = invite(cora, bracket, erin, "Your sheet-metal work looks right for this.",
				hourly("55.00", 20));
		UUID interview = this.invites
			.accept(erin, InviteId.of(bracketInvite.id()), AcceptMode.NEGOTIATE, hourly("58.00", 20),
					"I can start next week; I have done a dozen motor brackets.")
			.applicationId()
			.value();
		UUID conversation = this.applications.reply(cora, ApplicationId.of(interview),
				"Thanks Erin. Can you keep the existing hole pattern (4x M5, 60 mm PCD)?");
		this.messages.send(SendMessage.text(conversation, erin.uuid(),
				"Yes. I'd keep the 4x M5 on a 60 mm PCD and add a 1.5 mm relief at the bends.", "demo-1"));
		this.messages.send(SendMessage.text(conversation, cora.uuid(),
				"Perfect. The motor flange is 3 mm; tolerance on the bore is H7.", "demo-2"));
		this.messages.send(SendMessage.text(conversation, erin.uuid(),
				"Noted: Ø22 H7 bore. I'll send the flat pattern as DXF and the drawing as PDF.", "demo-3"));
		this.applications.proposeTerms(cora, ApplicationId.of(interview), 2, hourly("56.00", 20));

		Invite fixtureInvite = invite(dario, fixture, erin, "Fixture design for our frame line.", hourly("55.00", 15));
		UUID hired = this.invites
			.accept(erin, InviteId.of(fixtureInvite.id()), AcceptMode.AS_PROPOSED, null, "Glad to help.")
			.applicationId()
			.value();
		Offer offer = this.offers.send(dario, ApplicationId.of(hired), 1, null, "Let's start on Monday.");
		ContractId contract = this.offers.accept(erin, OfferId.of(offer.id()), offer.offerVersion());
		this.contracts.requestBuyout(dario.id(), contract);

		// Felix: a chat-first draft, a declined invite, an application awaiting the
		// client.
		Invite chatFirst = invite(cora, bracket, felix, "Could you also look at the bracket?", null);
		this.invites.accept(felix, InviteId.of(chatFirst.id()), AcceptMode.CHAT_FIRST, null, "");
		Invite declined = invite(dario, floorPlan, felix, "Floor plans, if you do architecture?", null);
		this.invites.decline(felix, InviteId.of(declined.id()), Invite.DeclineReason.NOT_A_FIT,
				"I only do product design; Grace may be a better fit.");
		this.applications.apply(felix, JobId.of(fixture.id()), "I design fixtures for my own prototypes.",
				hourly("50.00", 10));

		// Grace: an offer waiting for her, a withdrawn invite, a withdrawn application.
		Application floor = this.applications.apply(grace, JobId.of(floorPlan.id()),
				"I draw as-built sets every week; 1:100 with your layer standard is fine.", hourly("42.00", 25));
		this.applications.reply(dario, ApplicationId.of(floor.id()), "Could you start this week?");
		this.offers.send(dario, ApplicationId.of(floor.id()), 1, null, "Offer for the as-built plans.");
		Invite withdrawn = invite(cora, enclosure, grace, "Enclosure drawings?", null);
		this.invites.withdraw(cora, InviteId.of(withdrawn.id()));
		Application changedMind = this.applications.apply(grace, JobId.of(bracket.id()), "Sheet metal drawings too.",
				hourly("45.00", 10));
		this.applications.withdraw(grace, ApplicationId.of(changedMind.id()));
		Application notAFit = this.applications.apply(grace, JobId.of(fixture.id()),
				"I could draw the fixture in AutoCAD.", hourly("40.00", 10));
		this.applications.decline(dario, ApplicationId.of(notAFit.id()), ApplicationDeclineReason.NOT_A_FIT,
				"We need a 3D model in SolidWorks, sorry.");

		// A job its client closed: the pending invite expired and the live application
		// closed.
		Job cleanup = post(dario, "Legacy DWG clean-up", "Purge, audit and re-layer 40 legacy DWG files.",
				List.of("autocad"), RateType.HOURLY, "35.00", Job.Visibility.PUBLIC);
		invite(dario, cleanup, grace, "Quick clean-up job?", null);
		this.applications.apply(felix, JobId.of(cleanup.id()), "I can script the purge.", hourly("35.00", 10));
		this.jobs.close(dario, JobId.of(cleanup.id()));

		// Responsiveness to see on a fresh start: Erin and Felix have answered five
		// invites
		// each (an invite band) and replied to five client messages each (a message
		// band).
		Job gearbox = post(cora, "Gearbox housing drawing update",
				"Update the drawing set of a cast gearbox housing to the revised bearing seats; PDF and native files.",
				List.of("solidworks", "mechanical-design"), RateType.HOURLY, "50.00", Job.Visibility.PUBLIC);
		Job guard = post(dario, "Conveyor guard in perforated sheet",
				"Bolt-on guards for a 6 m belt conveyor, 1.5 mm perforated steel, flat patterns and assembly drawing.",
				List.of("sheet-metal"), RateType.FIXED, "900.00", Job.Visibility.PUBLIC);
		this.invites.decline(erin, InviteId.of(invite(dario, floorPlan, erin, "Floor plans too?", null).id()),
				Invite.DeclineReason.NOT_A_FIT, "Architecture is not my field.");
		this.invites.decline(erin,
				InviteId.of(invite(cora, gearbox, erin, "Gearbox drawings, if you have time?", null).id()),
				Invite.DeclineReason.TOO_BUSY, "Fully booked with the bracket and the fixture.");
		this.invites.decline(erin, InviteId.of(invite(dario, guard, erin, "Guards for our conveyor?", null).id()),
				Invite.DeclineReason.TOO_BUSY, "Not before next month, sorry.");
		this.invites.decline(felix,
				InviteId.of(invite(cora, enclosure, felix, "Would you quote the enclosure too?", null).id()),
				Invite.DeclineReason.TIMELINE_TOO_SHORT, "Tooling-ready in that time is not realistic.");
		this.invites.decline(felix, InviteId.of(invite(cora, gearbox, felix, "Gearbox drawings?", null).id()),
				Invite.DeclineReason.NOT_A_FIT, "Castings are not my field.");
		UUID guardChat = this.invites
			.accept(felix, InviteId.of(invite(dario, guard, felix, "Guards for our conveyor?", null).id()),
					AcceptMode.NEGOTIATE, fixed("900.00", "300.00", "600.00"), "Happy to; my terms are below.")
			.applicationId()
			.value();
		replies(conversation, cora, erin,
				List.of("Which bend radius do you plan for the 2 mm steel?", "1 x t, so 2 mm inside radius."),
				List.of("And the bend relief depth?", "Material thickness plus the radius: 4 mm."),
				List.of("Can you deliver a STEP as well as the DXF?", "Yes, STEP AP214 with the DXF."));
		UUID felixChat = this.applications.reply(dario, ApplicationId.of(guardChat),
				"Hi Felix, what would you need from us to start?");
		replies(felixChat, dario, felix, Arrays.asList(null, "The belt frame drawing and the guard opening sizes."),
				List.of("Attached in the next message once I have them. Perforation Rv 5-8?", "Rv 5-8 is fine."),
				List.of("Galvanised or powder coated?", "Powder coated, RAL 1023 like the frame."),
				List.of("How many hinge points per guard?", "Two, with quarter-turn latches."),
				List.of("Could you share the flat patterns first?", "Yes, flat patterns first, then the assembly."));
	}

	/**
	 * Client messages, each answered by the expert, in a conversation: the message
	 * responsiveness of the expert. A {@code null} client message stands for one already
	 * posted.
	 */
	@SafeVarargs
	private void replies(UUID conversation, Caller client, Caller expert, List<String>... exchanges) {
		int n = 0;
		for (List<String> exchange : exchanges) {
			String key = "demo-" + conversation + "-" + n++;
			if (exchange.get(0) != null) {
				this.messages.send(SendMessage.text(conversation, client.uuid(), exchange.get(0), key + "-q"));
			}
			this.messages.send(SendMessage.text(conversation, expert.uuid(), exchange.get(1), key + "-a"));
		}
	}

	private Caller signUp(String email, String name, Role role) {
		Account account = this.accounts.signUp(email, PASSWORD, name, role);
		return this.accounts.caller(UserId.of(account.id()));
	}

	private void profile(Caller expert, String headline, String bio, List<String> skills, String rate) {
		this.profiles.save(expert.id(),
				new ExpertProfile.Details(headline, bio, skills, new BigDecimal(rate), true, ""), null);
	}

	private Job post(Caller client, String title, String description, List<String> skills, RateType rateType,
			String budget, Job.Visibility visibility) {
		return this.jobs.post(client,
				new JobDraft(title, description, skills, rateType, new BigDecimal(budget), "USD", visibility));
	}

	private Invite invite(Caller client, Job job, Caller expert, String message,
			@org.jspecify.annotations.Nullable Terms terms) {
		return this.invites.send(client, JobId.of(job.id()), expert.id(), message, terms);
	}

	private Terms hourly(String rate, int weeklyHours) {
		return new Terms(RateType.HOURLY, new BigDecimal(rate), "USD", weeklyHours, List.of(), today().plusDays(7), 30,
				null, "Native SolidWorks files, STEP, PDF drawings", "");
	}

	private Terms fixed(String total, String first, String second) {
		LocalDate start = today().plusDays(7);
		return new Terms(RateType.FIXED, new BigDecimal(total), "USD", null, List.of(
				new Terms.Milestone("Concept and layout", new BigDecimal(first), start.plusDays(10)),
				new Terms.Milestone("Tooling-ready STEP and drawings", new BigDecimal(second), start.plusDays(30))),
				start, null, null, "STEP, drawings, DFM notes", "");
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
