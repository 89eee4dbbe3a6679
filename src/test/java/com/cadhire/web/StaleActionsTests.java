package com.cadhire.web;

import java.util.Map;

import com.cadhire.common.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused action is explained in the words of {@code messages.properties}, never with
 * the enum names of the conflict.
 */
class StaleActionsTests {

	private final StaleActions stale = new StaleActions(messages());

	@Test
	void anOfferThatChangedStateIsExplainedByItsCurrentStatus() {
		assertThat(this.stale.explain("offer", conflict("invalid-state", Map.of("status", "CANCELLED", "version", 1))))
			.isEqualTo("The client cancelled this offer.");
		assertThat(this.stale.explain("offer", conflict("invalid-state", Map.of("status", "ACCEPTED", "version", 2))))
			.isEqualTo("This offer was already accepted.");
		assertThat(this.stale.explain("invite", conflict("invalid-state", Map.of("status", "WITHDRAWN"))))
			.isEqualTo("The client withdrew this invite.");
	}

	@Test
	void aStaleVersionNamesTheCurrentOne() {
		assertThat(this.stale.explain("application",
				conflict("stale-version", Map.of("status", "INTERVIEWING", "termsVersion", 3))))
			.isEqualTo("The terms changed meanwhile: version 3 is current. Review them and try again.");
		assertThat(this.stale.explain("offer", conflict("stale-version", Map.of("status", "PENDING", "version", 2))))
			.contains("version 2 is current");
	}

	@Test
	void aContractStillActiveIsExplainedByItsBuyout() {
		assertThat(this.stale.explain("contract",
				conflict("invalid-state", Map.of("status", "ACTIVE", "buyoutStatus", "REQUESTED"))))
			.isEqualTo("A Direct Hire buyout was already requested; the expert has not confirmed it yet.");
		assertThat(this.stale.explain("contract",
				conflict("invalid-state", Map.of("status", "ENDED", "buyoutStatus", "NONE"))))
			.isEqualTo("This contract has ended.");
	}

	@Test
	void anApostropheStaysAnApostrophe() {
		assertThat(this.stale.explain("offer", conflict("invalid-state", Map.of("status", "PENDING", "version", 1))))
			.isEqualTo("This offer is waiting for the expert's answer.");
		assertThat(this.stale.explain("application", conflict("offer-open", Map.of("status", "OFFERED"))))
			.contains("the client's new version");
	}

	@Test
	void withoutWordsForTheCaseTheConflictsOwnDetailIsShown() {
		assertThat(this.stale.explain("offer", new ConflictException("Something else happened.")))
			.isEqualTo("Something else happened.");
		assertThat(this.stale.explain("offer", conflict("invalid-state", Map.of("status", "NO_SUCH_STATUS"))))
			.isEqualTo("detail of the domain");
	}

	private static ConflictException conflict(String type, Map<String, Object> current) {
		return new ConflictException(type, "detail of the domain", current);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setUseCodeAsDefaultMessage(false);
		return messages;
	}

}
