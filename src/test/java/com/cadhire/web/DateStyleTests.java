package com.cadhire.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One date style on every page: each time and date is a {@code <time>} element with a
 * machine-readable {@code datetime}, relative words as its text ("2 hours ago", "in 6
 * days") and the absolute time in the viewer's zone as its {@code title} ("Tue 1 Dec
 * 2026, 19:19 CET", or the date "Mon 4 Jan 2027"); outside those elements no page shows a
 * date or a time in any other form (ISO, "Dec 31, 2026", "4 Jan 2027", "12/31/2026",
 * "08:19"). Hourly amounts carry their unit. The main pages of both roles are checked
 * after a walk through the funnel, with a fixed contract with milestones and a terms
 * change of dates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DateStyleTests {

	private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
			+ "(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\.?";

	private static final List<Pattern> OTHER_FORMATS = List.of(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
			Pattern.compile("\\b\\d{1,2} " + MONTH + "\\b"), Pattern.compile("\\b" + MONTH + " \\d{1,2}\\b"),
			Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"), Pattern.compile("\\b\\d{1,2}:\\d{2}\\b"),
			Pattern.compile("\\bUTC\\b"));

	private static final Pattern RELATIVE = Pattern.compile(
			"just now|in a moment|today|yesterday|tomorrow|(in )?(\\d+|last|next) (minute|hour|day|month|year)s?( ago)?|"
					+ "(last|next) (month|year)|\\d+ (minute|hour|day|month|year)s? ago");

	private static final Pattern ABSOLUTE_TIME = Pattern
		.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} " + MONTH + " \\d{4}, \\d{2}:\\d{2} (JST|GMT\\+09:00)");

	private static final Pattern ABSOLUTE_DATE = Pattern
		.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} " + MONTH + " \\d{4}");

	@LocalServerPort
	int port;

	@Test
	void everyPageShowsTimesAndDatesInOneStyleInTheViewersZone() {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Tara Client");
		User expert = anonymous.signUp("EXPERT", "Theo Expert");
		expert.api()
			.put("/api/v1/me/profile",
					Map.of("headline", "Sheet-metal designer", "bio", "Brackets", "skills", List.of("SolidWorks"),
							"hourlyRate", "60.00", "acceptingInvites", true))
			.expect(200);
		String jobId = Fixtures.postJob(client);
		String inviteId = Fixtures.invite(client, jobId, expert);
		String applicationId = expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept",
					Map.of("mode", "NEGOTIATE", "terms", Fixtures.fixed("900.00", "400.00", "500.00"), "coverLetter",
							"Fixed price."))
			.expect(200)
			.text("applicationId");
		client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let us talk."))
			.expect(200);
		Map<String, Object> later = new HashMap<>(Fixtures.fixed("900.00", "400.00", "500.00"));
		later.put("startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(9).toString());
		client.api()
			.post("/api/v1/applications/" + applicationId + "/terms", Map.of("basedOnVersion", 2, "terms", later))
			.expect(201);
		String offerId = client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 3))
			.expect(201)
			.text("id");
		String contractId = expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");
		String otherJob = Fixtures.postJob(client);
		Fixtures.invite(client, otherJob, expert);

		WebSession clientPages = WebSession.signedIn(this.port, client.email(), client.password());
		WebSession expertPages = WebSession.signedIn(this.port, expert.email(), expert.password());
		List<String> timesSeen = new ArrayList<>();
		for (String path : List.of("/jobs/" + jobId, "/applications/" + applicationId, "/contracts/" + contractId,
				"/contracts", "/jobs/mine", "/notifications", "/experts", "/experts/" + expert.id(),
				"/invites/" + inviteId)) {
			timesSeen.addAll(check(clientPages, path));
		}
		for (String path : List.of("/applications/" + applicationId, "/contracts/" + contractId, "/contracts",
				"/my/job-applications", "/notifications", "/jobs", "/invites/" + inviteId, "/profile")) {
			timesSeen.addAll(check(expertPages, path));
		}
		assertThat(timesSeen).as("the pages show times and dates").hasSizeGreaterThan(20);
		String job = Jsoup.parse(clientPages.get("/jobs/" + jobId).body()).body().text();
		assertThat(job).as("an hourly budget with its unit").contains("$50.00/hr").doesNotContain("$50.00 ");
		assertThat(timesSeen).as("calendar dates too (start, milestones)").anyMatch((text) -> text.startsWith("in "));
	}

	/**
	 * @return the texts of the page's times
	 */
	private List<String> check(WebSession session, String path) {
		WebSession.Page page = session.get(path, Map.of("Cookie", "tz=Asia%2FTokyo"));
		assertThat(page.status()).as(path).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		document.select("script, style, template, textarea, input, select, noscript").remove();
		List<String> texts = new ArrayList<>();
		for (Element time : document.select("time")) {
			String datetime = time.attr("datetime");
			String title = time.attr("title");
			String text = time.text();
			assertThat(datetime).as("%s: %s has a datetime", path, time).isNotBlank();
			assertThat(text).as("%s: %s in relative words", path, time).matches(RELATIVE);
			if (datetime.contains("T")) {
				assertThat(title).as("%s: %s has the absolute time in Tokyo", path, time).matches(ABSOLUTE_TIME);
			}
			else {
				assertThat(title).as("%s: %s has the absolute date", path, time).matches(ABSOLUTE_DATE);
			}
			texts.add(text);
		}
		document.select("time").remove();
		String rest = document.body().text();
		for (Pattern format : OTHER_FORMATS) {
			assertThat(format.matcher(rest).find())
				.as("%s shows a date or time outside <time> (%s): %s", path, format, excerpt(rest, format))
				.isFalse();
		}
		for (Element element : document.select("[title]")) {
			for (Pattern format : OTHER_FORMATS.subList(0, 4)) {
				assertThat(format.matcher(element.attr("title")).find())
					.as("%s: a title with a date outside <time>: %s", path, element)
					.isFalse();
			}
		}
		return texts;
	}

	private static String excerpt(String text, Pattern format) {
		java.util.regex.Matcher matcher = format.matcher(text);
		if (!matcher.find()) {
			return "";
		}
		return text.substring(Math.max(0, matcher.start() - 60), Math.min(text.length(), matcher.end() + 60));
	}

}
