package com.cadhire.moderation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ContactFinding;
import com.cadhire.common.ContactRefusedException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.screening.ContactScreener;
import com.cadhire.screening.Finding;
import com.cadhire.screening.ScreeningConfig;
import com.cadhire.screening.ScreeningResult;
import com.cadhire.screening.Surface;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Keeps contact information on the platform: every surface that stores text asks this
 * policy first. A finding refuses the write with 422
 * ({@code .../problems/contact-information}) listing each finding with its field, span
 * and reason, so the writer can edit what they typed. Parties whose contract has a
 * confirmed Direct Hire buyout are exempt between themselves. Logs record the kind and
 * surface of a finding, never the text.
 */
@Service
public class ContactPolicy {

	private static final Logger log = LoggerFactory.getLogger(ContactPolicy.class);

	private final ContactScreener screener;

	private final ContractManagement contracts;

	private final MeterRegistry meters;

	ContactPolicy(ScreeningSettings settings, ContractManagement contracts, MeterRegistry meters) {
		this.screener = new ContactScreener(
				new ScreeningConfig(new HashSet<>(settings.allowedDomains()), settings.defaultRegion()));
		this.contracts = contracts;
		this.meters = meters;
	}

	/**
	 * Refuses text fields that carry contact information.
	 * @param writerId who writes
	 * @param counterpartId who will read it, when that is one person (the exemption is
	 * per pair), or {@code null} for public text
	 * @param surface where the text goes
	 * @param fields field name (as in the request) to text; {@code null} texts are
	 * skipped
	 * @throws RuleViolationException with type {@code contact-information} and the
	 * findings
	 */
	public void require(UUID writerId, @Nullable UUID counterpartId, Surface surface,
			Map<String, @Nullable String> fields) {
		List<ContactFinding> found = new ArrayList<>();
		for (Map.Entry<String, @Nullable String> field : fields.entrySet()) {
			String text = field.getValue();
			if (text == null || text.isBlank()) {
				continue;
			}
			for (Finding finding : this.screener.screen(text, surface).findings()) {
				found.add(found(field.getKey(), finding));
			}
		}
		if (found.isEmpty() || exempt(writerId, counterpartId)) {
			return;
		}
		logFindings(surface, found);
		throw refusal(found);
	}

	/**
	 * Refuses one text field that carries contact information.
	 */
	public void require(UUID writerId, @Nullable UUID counterpartId, Surface surface, String field,
			@Nullable String text) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put(field, text);
		require(writerId, counterpartId, surface, fields);
	}

	/**
	 * Screens the text read from a file (its content, header fields or document
	 * properties) like a message.
	 * @param writerId who uploads the file
	 * @param counterpartId who will read it, or {@code null}
	 * @param field the request field of the file
	 * @param fileName the file's name, shown with each finding
	 * @param texts what was read from the file, each with its location
	 * @return the findings, each with the file name and its location in the file; empty
	 * when there are none or the pair is exempt
	 */
	public List<ContactFinding> screenFile(UUID writerId, @Nullable UUID counterpartId, String field, String fileName,
			List<FileText> texts) {
		List<ContactFinding> found = new ArrayList<>();
		for (FileText text : texts) {
			if (text.text().isBlank()) {
				continue;
			}
			for (Finding finding : this.screener.screen(text.text(), Surface.ATTACHMENT_CONTENT).findings()) {
				found.add(new ContactFinding(field, finding.kind().name(), finding.start(), finding.end(),
						finding.text(), finding.reason(), fileName, text.locate(finding.start())));
			}
		}
		if (found.isEmpty() || exempt(writerId, counterpartId)) {
			return List.of();
		}
		logFindings(Surface.ATTACHMENT_CONTENT, found);
		return found;
	}

	/**
	 * The 422 refusal of a file whose content carries contact information: each finding
	 * is listed with the file name and where in the file it is.
	 * @param found the findings of {@link #screenFile}
	 * @return the exception
	 */
	public static ContactRefusedException fileRefusal(List<ContactFinding> found) {
		ContactFinding first = found.get(0);
		List<FieldProblem> errors = found.stream()
			.map((f) -> new FieldProblem(f.field(),
					f.reason() + " in " + f.fileName() + " (" + f.location() + "): \"" + f.text() + "\""))
			.distinct()
			.toList();
		String detail = "Contact details can't be shared on CadHire before a Direct Hire buyout, in files neither. "
				+ first.reason() + " in " + first.fileName() + " (" + first.location() + ": \"" + first.text()
				+ "\"). Remove it from the file and upload it again, or upload it for a moderator's review.";
		return new ContactRefusedException(detail, errors, found);
	}

	/**
	 * Screens a chat message together with the sender's recent messages in the same
	 * conversation, so a number split over several messages is found (and attributed to
	 * the newest one).
	 * @param writerId the sender
	 * @param counterpartId the other participant
	 * @param body the new message
	 * @param earlier the sender's recent messages, oldest first
	 * @return the findings in the new message, empty when there are none or the pair is
	 * exempt
	 */
	public List<Finding> screenMessage(UUID writerId, @Nullable UUID counterpartId, String body, List<String> earlier) {
		ScreeningResult result = this.screener.screen(body, earlier, Surface.MESSAGE);
		if (!result.contact() || exempt(writerId, counterpartId)) {
			return List.of();
		}
		logFindings(Surface.MESSAGE, result.findings().stream().map((f) -> found("body", f)).toList());
		return result.findings();
	}

	/**
	 * Checks a draft, for live highlighting (no exemption applied: the caller decides).
	 */
	public ScreeningResult check(String text, Surface surface) {
		return this.screener.screen(text, surface);
	}

	/**
	 * The text with each finding replaced by a mask.
	 */
	public String mask(String text, List<Finding> findings) {
		return this.screener.mask(text, findings);
	}

	/**
	 * The 422 refusal for the findings of one field.
	 */
	public static ContactRefusedException refusal(String field, List<Finding> findings) {
		return refusal(findings.stream().map((f) -> found(field, f)).toList());
	}

	/**
	 * The 422 refusal for a list of findings.
	 */
	public static ContactRefusedException refusal(List<ContactFinding> found) {
		ContactFinding first = found.get(0);
		List<FieldProblem> errors = found.stream()
			.map((f) -> new FieldProblem(f.field(), f.reason() + ": \"" + f.text() + "\""))
			.distinct()
			.toList();
		String detail = "Contact details can't be shared on CadHire before a Direct Hire buyout. " + first.reason()
				+ " in " + first.field() + " (\"" + first.text() + "\"). Remove it and send again.";
		return new ContactRefusedException(detail, errors, found);
	}

	private static ContactFinding found(String field, Finding finding) {
		return new ContactFinding(field, finding.kind().name(), finding.start(), finding.end(), finding.text(),
				finding.reason());
	}

	private boolean exempt(UUID writerId, @Nullable UUID counterpartId) {
		return counterpartId != null
				&& this.contracts.contactSharingAllowed(UserId.of(writerId), UserId.of(counterpartId));
	}

	private void logFindings(Surface surface, List<ContactFinding> found) {
		for (ContactFinding finding : found) {
			Counter.builder("cadhire.screening.findings")
				.description("Contact information found in text a user wrote, by kind and surface")
				.tag("kind", finding.kind().toLowerCase(Locale.ROOT))
				.tag("surface", surface.name().toLowerCase(Locale.ROOT))
				.register(this.meters)
				.increment();
		}
		if (log.isInfoEnabled()) {
			log.info("Contact information found on {}: {}", surface,
					found.stream().map(ContactFinding::kind).distinct().toList());
		}
	}

}
