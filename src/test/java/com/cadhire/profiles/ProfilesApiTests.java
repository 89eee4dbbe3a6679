package com.cadhire.profiles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProfilesApiTests {

	@LocalServerPort
	int port;

	Api anonymous;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
	}

	static Map<String, Object> profile(String headline, Object rate, List<String> skills) {
		Map<String, Object> body = new HashMap<>();
		body.put("headline", headline);
		body.put("bio", "Sheet metal enclosures and weldments, drawings to ISO 128.");
		body.put("skills", skills);
		body.put("hourlyRate", rate);
		body.put("acceptingInvites", true);
		body.put("portfolio", "Gearbox housing, 40 parts, STEP and PDF drawings.");
		body.put("timeAway", null);
		return body;
	}

	static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void expertSavesAProfileAndReadsItBack() {
		User expert = this.anonymous.signUp("EXPERT", "Erin Engineer");
		Api.Response saved = expert.api()
			.put("/api/v1/me/profile",
					profile("  SolidWorks sheet metal  ", "45.00",
							List.of("SolidWorks", "Sheet metal", " Weldments  and  frames ")))
			.expect(200);
		assertThat(saved.text("headline")).isEqualTo("SolidWorks sheet metal");
		assertThat(saved.text("hourlyRate")).isEqualTo("45.00");
		assertThat(saved.text("currency")).isEqualTo("USD");

		JsonNode mine = expert.api().get("/api/v1/me/profile").expect(200).json();
		assertThat(mine.get("id").asString()).isEqualTo(expert.id().toString());
		assertThat(mine.get("displayName").asString()).isEqualTo("Erin Engineer");
		assertThat(mine.get("skills").valueStream().map(JsonNode::asString).toList()).containsExactly("solidworks",
				"sheet-metal", "Weldments and frames");
		assertThat(mine.get("hourlyRate").isString()).isTrue();
		assertThat(mine.get("hourlyRate").asString()).isEqualTo("45.00");
		assertThat(mine.get("acceptingInvites").asBoolean()).isTrue();
		assertThat(mine.get("portfolio").asString()).startsWith("Gearbox housing");
		assertThat(mine.get("timeAway").isNull()).isTrue();
		assertThat(mine.get("responsiveness").has("inviteResponse")).isTrue();
		assertThat(mine.get("responsiveness").get("inviteResponse").isNull()).isTrue();
	}

	@Test
	void acceptsTheHourlyRateAsANumberAndAnswersWithTwoDecimals() {
		User expert = this.anonymous.signUp("EXPERT", "Nora Number");
		Api.Response saved = expert.api()
			.put("/api/v1/me/profile",
					"{\"headline\": \"Revit families\", \"skills\": [\"revit\"], \"hourlyRate\": 52.5}")
			.expect(200);
		assertThat(saved.text("hourlyRate")).isEqualTo("52.50");
		assertThat(saved.json().get("acceptingInvites").asBoolean()).isTrue();
	}

	@Test
	void anExpertWithoutAProfileGetsAnEmptyOneAcceptingInvites() {
		User expert = this.anonymous.signUp("EXPERT", "Fresh Expert");
		JsonNode mine = expert.api().get("/api/v1/me/profile").expect(200).json();
		assertThat(mine.get("headline").asString()).isEmpty();
		assertThat(mine.get("skills").size()).isZero();
		assertThat(mine.get("hourlyRate").isNull()).isTrue();
		assertThat(mine.get("acceptingInvites").asBoolean()).isTrue();
		User client = this.anonymous.signUp("CLIENT", "Curious Client");
		client.api().get("/api/v1/experts/" + expert.id()).expect(200);
	}

	@Test
	void declaresAndShowsTimeAway() {
		User expert = this.anonymous.signUp("EXPERT", "Awa Away");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, Object> body = profile("Rhino surfacing", "60", List.of("rhino"));
		body.put("timeAway", Map.of("from", today.plusDays(2).toString(), "to", today.plusDays(9).toString()));
		expert.api().put("/api/v1/me/profile", body).expect(200);
		User client = this.anonymous.signUp("CLIENT", "Cal Client");
		JsonNode shown = client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(shown.get("timeAway").get("from").asString()).isEqualTo(today.plusDays(2).toString());
		assertThat(shown.get("timeAway").get("to").asString()).isEqualTo(today.plusDays(9).toString());
	}

	@Test
	void aClientMayNotSaveAProfile() {
		User client = this.anonymous.signUp("CLIENT", "Cleo Client");
		Api.Response response = client.api().put("/api/v1/me/profile", profile("Not an expert", "45.00", List.of()));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("type")).endsWith("/problems/forbidden");
		assertThat(client.api().get("/api/v1/me/profile").status()).isEqualTo(403);
	}

	@Test
	void namesEachInvalidField() {
		User expert = this.anonymous.signUp("EXPERT", "Val Invalid");
		List<String> skills = new ArrayList<>();
		for (int i = 0; i <= ExpertProfile.MAX_SKILLS; i++) {
			skills.add("skill " + i);
		}
		Api.Response response = expert.api().put("/api/v1/me/profile", profile("", "7.99", skills));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("headline", "hourlyRate",
				"skills");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, Object> backwards = profile("Creo", "45.00", List.of("creo"));
		backwards.put("timeAway", Map.of("from", today.plusDays(5).toString(), "to", today.plusDays(1).toString()));
		Api.Response away = expert.api().put("/api/v1/me/profile", backwards);
		assertThat(away.status()).isEqualTo(422);
		assertThat(away.json().get("errors").findValuesAsString("field")).containsExactly("timeAway.to");

		Map<String, Object> noFrom = profile("Creo", "45.00", List.of("creo"));
		noFrom.put("timeAway", Map.of("to", today.plusDays(1).toString()));
		Api.Response missing = expert.api().put("/api/v1/me/profile", noFrom);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("timeAway.from");

		assertThat(expert.api().get("/api/v1/me/profile").json().get("headline").asString()).isEmpty();
	}

	@Test
	void findsExpertsByTextAndSkillPageByPage() {
		String word = "zq" + unique();
		String tag = "tag " + unique();
		User client = this.anonymous.signUp("CLIENT", "Finder Client");
		List<String> withTag = new ArrayList<>();
		List<String> all = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			User expert = this.anonymous.signUp("EXPERT", "Dir Expert " + i);
			List<String> skills = (i % 2 == 0) ? List.of("catia", tag.toUpperCase()) : List.of("catia");
			expert.api().put("/api/v1/me/profile", profile("Surfacing " + word + " " + i, "50.00", skills)).expect(200);
			all.add(0, expert.id().toString());
			if (i % 2 == 0) {
				withTag.add(0, expert.id().toString());
			}
		}
		// an expert who matches by display name only
		User named = this.anonymous.signUp("EXPERT", "Named " + word);
		named.api().put("/api/v1/me/profile", profile("Inventor drawings", "30.00", List.of("inventor"))).expect(200);
		all.add(0, named.id().toString());

		JsonNode first = client.api().get("/api/v1/experts?q=" + word.toUpperCase() + "&limit=4").expect(200).json();
		assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 4));
		String next = first.get("nextCursor").asString();
		JsonNode second = client.api().get("/api/v1/experts?q=" + word + "&limit=4&cursor=" + next).expect(200).json();
		assertThat(ids(second)).containsExactlyElementsOf(all.subList(4, 6));
		assertThat(second.get("nextCursor").isNull()).isTrue();

		JsonNode item = first.get("items").get(0);
		assertThat(item.get("displayName").asString()).isEqualTo("Named " + word);
		assertThat(item.get("hourlyRate").asString()).isEqualTo("30.00");
		assertThat(item.get("acceptingInvites").asBoolean()).isTrue();
		assertThat(item.get("skills").get(0).asString()).isEqualTo("inventor");
		assertThat(item.get("responsiveness").has("inviteResponse")).isTrue();

		String encodedTag = tag.replace(" ", "%20");
		JsonNode tagged = client.api()
			.get("/api/v1/experts?skill=" + encodedTag + "&skill=CATIA&limit=2")
			.expect(200)
			.json();
		assertThat(ids(tagged)).containsExactlyElementsOf(withTag.subList(0, 2));
		JsonNode taggedNext = client.api()
			.get("/api/v1/experts?skill=" + encodedTag + "&skill=catia&limit=2&cursor="
					+ tagged.get("nextCursor").asString())
			.expect(200)
			.json();
		assertThat(ids(taggedNext)).containsExactlyElementsOf(withTag.subList(2, 3));
		assertThat(taggedNext.get("nextCursor").isNull()).isTrue();

		JsonNode both = client.api().get("/api/v1/experts?q=" + word + "&skill=inventor").expect(200).json();
		assertThat(ids(both)).containsExactly(named.id().toString());
	}

	@Test
	void listsTheExactNameFirstThenNamesStartingWithTheTextThenOtherMatchesAcrossPages() {
		String word = "zr" + unique();
		User client = this.anonymous.signUp("CLIENT", "Relevance Client");
		// saved oldest first: the newest updated would come first without relevance
		User prefix = this.anonymous.signUp("EXPERT", word + " Okafor");
		prefix.api().put("/api/v1/me/profile", profile("Sheet metal", "40.00", List.of("creo"))).expect(200);
		User exact = this.anonymous.signUp("EXPERT", word);
		exact.api().put("/api/v1/me/profile", profile("Weldments", "40.00", List.of("creo"))).expect(200);
		User wordPrefix = this.anonymous.signUp("EXPERT", "Dana " + word + "son");
		wordPrefix.api().put("/api/v1/me/profile", profile("Castings", "40.00", List.of("creo"))).expect(200);
		User inText = this.anonymous.signUp("EXPERT", "Felix Brandt");
		inText.api()
			.put("/api/v1/me/profile", profile("Engineering x" + word + "x surfaces", "40.00", List.of("creo")))
			.expect(200);

		JsonNode first = client.api().get("/api/v1/experts?q=" + word.toUpperCase() + "&limit=2").expect(200).json();
		assertThat(ids(first)).containsExactly(exact.id().toString(), wordPrefix.id().toString());
		JsonNode second = client.api()
			.get("/api/v1/experts?q=" + word + "&limit=2&cursor=" + first.get("nextCursor").asString())
			.expect(200)
			.json();
		assertThat(ids(second)).containsExactly(prefix.id().toString(), inText.id().toString());
		assertThat(second.get("nextCursor").isNull()).isTrue();
	}

	@Test
	void searchTextMatchesLiterally() {
		User expert = this.anonymous.signUp("EXPERT", "Literal Expert");
		expert.api().put("/api/v1/me/profile", profile("Plain headline", "45.00", List.of("creo"))).expect(200);
		User client = this.anonymous.signUp("CLIENT", "Percent Client");
		JsonNode page = client.api().get("/api/v1/experts?q=%25&limit=100").expect(200).json();
		assertThat(ids(page)).doesNotContain(expert.id().toString());
	}

	@Test
	void answersAnUnknownExpertWith404() {
		User client = this.anonymous.signUp("CLIENT", "Lost Client");
		Api.Response response = client.api().get("/api/v1/experts/" + UUID.randomUUID());
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(client.api().get("/api/v1/experts/" + client.id()).status()).isEqualTo(404);
	}

	@Test
	void refusesAnonymousCallsWith401() {
		assertThat(this.anonymous.get("/api/v1/experts").status()).isEqualTo(401);
		assertThat(this.anonymous.get("/api/v1/experts/" + UUID.randomUUID()).status()).isEqualTo(401);
		assertThat(this.anonymous.get("/api/v1/skills").status()).isEqualTo(401);
		assertThat(this.anonymous.put("/api/v1/me/profile", profile("x", "45.00", List.of())).status()).isEqualTo(401);
	}

	@Test
	void listsTheSkillsCatalogue() {
		User client = this.anonymous.signUp("CLIENT", "Cat Client");
		JsonNode skills = client.api().get("/api/v1/skills").expect(200).json();
		assertThat(skills.findValuesAsString("slug")).contains("solidworks", "autocad", "fusion-360", "gd-and-t",
				"3d-modelling");
		assertThat(skills.findValuesAsString("category")).contains("SOFTWARE", "DISCIPLINE");
	}

	@Test
	void rejectsAnInvalidCursorAndLimit() {
		User client = this.anonymous.signUp("CLIENT", "Cursor Client");
		Api.Response cursor = client.api().get("/api/v1/experts?cursor=not-a-cursor");
		assertThat(cursor.status()).isEqualTo(422);
		assertThat(cursor.json().get("errors").findValuesAsString("field")).containsExactly("cursor");
		assertThat(client.api().get("/api/v1/experts?limit=1000").status()).isEqualTo(422);
	}

}
