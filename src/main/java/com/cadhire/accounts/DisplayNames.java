package com.cadhire.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.screening.ContactScreener;
import com.cadhire.screening.Finding;
import com.cadhire.screening.ScreeningConfig;
import com.cadhire.screening.Surface;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Screens display names for contact details with the same engine and settings
 * ({@code cadhire.screening.allowed-domains}, {@code default-region}) as the contact
 * policy: a name is shown to everyone, so it must not carry an e-mail address, a phone
 * number, a link or a handle.
 */
@Component
class DisplayNames {

	private final ContactScreener screener;

	DisplayNames(@Value("${cadhire.screening.allowed-domains:cadhire.app}") List<String> allowedDomains,
			@Value("${cadhire.screening.default-region:US}") String defaultRegion) {
		this.screener = new ContactScreener(new ScreeningConfig(new HashSet<>(allowedDomains), defaultRegion));
	}

	/**
	 * @param field the field's name in the request
	 * @param displayName the name
	 * @throws RuleViolationException (422, {@code contact-information}) naming the field
	 */
	void require(String field, String displayName) {
		List<Finding> findings = this.screener.screen(displayName, Surface.PROFILE).findings();
		if (findings.isEmpty()) {
			return;
		}
		Finding first = findings.get(0);
		List<FieldProblem> errors = findings.stream()
			.map((finding) -> new FieldProblem(field, finding.reason() + ": \"" + finding.text() + "\""))
			.distinct()
			.toList();
		throw new RuleViolationException("contact-information", "A display name can't carry contact details. "
				+ first.reason() + " in " + field + " (\"" + first.text() + "\"). Remove it and send again.", errors,
				Map.of());
	}

}
