package com.cadhire.jobs;

import java.util.List;
import java.util.Map;

import com.cadhire.profiles.SkillCatalogue;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's skills keep the casing they were typed in and are told apart without it; the
 * pages show catalogue skills as the catalogue spells them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class JobSkillsApiTests {

	@LocalServerPort
	int port;

	@Test
	void keepsTheTypedCasingAndDropsRepeatsInAnotherCase() {
		User client = Api.anonymous(this.port).signUp("CLIENT", "Skill Client");
		JsonNode job = client.api()
			.post("/api/v1/jobs",
					Map.of("title", "Weldment frame", "description", "A welded frame.", "skills",
							List.of("SolidWorks", " Weldments ", "weldments", "sheet-metal"), "rateType", "HOURLY",
							"budget", Map.of("amount", "50.00", "currency", "USD"), "visibility", "PUBLIC"))
			.expect(201)
			.json();
		List<String> skills = job.get("skills").valueStream().map(JsonNode::asString).toList();
		assertThat(skills).containsExactly("SolidWorks", "Weldments", "sheet-metal");
		assertThat(skills.stream().map(SkillCatalogue::nameOf).toList()).containsExactly("SolidWorks", "Weldments",
				"Sheet metal");
	}

}
