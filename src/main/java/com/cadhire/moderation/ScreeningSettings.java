package com.cadhire.moderation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the contact-information policy, under {@code cadhire.screening}.
 *
 * @param allowedDomains domains whose links always pass (the platform's own, partners')
 * @param defaultRegion the region phone numbers without a country code are read in
 * @param checksPerMinute how many draft checks ({@code POST /api/v1/screening}) one user
 * may make a minute
 * @param strikesBeforeReview confirmed violations after which an account is flagged for
 * review
 */
@ConfigurationProperties("cadhire.screening")
public record ScreeningSettings(List<String> allowedDomains, String defaultRegion, int checksPerMinute,
		int strikesBeforeReview) {

	public ScreeningSettings {
		allowedDomains = (allowedDomains != null) ? List.copyOf(allowedDomains) : List.of("cadhire.app");
		defaultRegion = (defaultRegion != null && !defaultRegion.isBlank()) ? defaultRegion : "US";
		checksPerMinute = (checksPerMinute > 0) ? checksPerMinute : 60;
		strikesBeforeReview = (strikesBeforeReview > 0) ? strikesBeforeReview : 3;
	}

}
