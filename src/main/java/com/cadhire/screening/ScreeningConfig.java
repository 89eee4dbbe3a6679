package com.cadhire.screening;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configuration of a {@link ContactScreener}.
 *
 * @param allowedDomains domains whose links and e-mail addresses are not findings (the
 * platform's own domains, e.g. {@code cadhire.app}); sub-domains are allowed too
 * @param defaultRegion ISO 3166 region used to judge phone numbers written without a
 * country code, e.g. {@code "US"}
 */
public record ScreeningConfig(Set<String> allowedDomains, String defaultRegion) {

	/**
	 * Normalises the domains to lower case and the region to upper case.
	 */
	public ScreeningConfig {
		Objects.requireNonNull(allowedDomains, "allowedDomains");
		Objects.requireNonNull(defaultRegion, "defaultRegion");
		allowedDomains = allowedDomains.stream()
			.map((domain) -> domain.trim().toLowerCase(Locale.ROOT))
			.filter((domain) -> !domain.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		defaultRegion = defaultRegion.trim().toUpperCase(Locale.ROOT);
	}

	/**
	 * The default configuration: {@code cadhire.app} allowed, phone region {@code US}.
	 * @return the default configuration
	 */
	public static ScreeningConfig defaults() {
		return new ScreeningConfig(Set.of("cadhire.app"), "US");
	}

	/**
	 * Whether a host name belongs to an allowed domain.
	 * @param host a host name, any case
	 * @return {@code true} if the host is an allowed domain or a sub-domain of one
	 */
	public boolean isAllowedHost(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		while (lower.endsWith(".")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		for (String domain : this.allowedDomains) {
			if (lower.equals(domain) || lower.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}

}
