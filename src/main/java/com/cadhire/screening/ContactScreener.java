package com.cadhire.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Screens user text for contact information (e-mail addresses, phone numbers, links,
 * social and messenger handles, street addresses), including disguised forms, while
 * leaving engineering text alone.
 *
 * <p>
 * Pipeline: {@link TextNormalizer} (NFKC, invisible characters, look-alike letters,
 * digits of any script, with an offset map back to the original) → {@link Deobfuscator}
 * (bracketed and spoken "at"/"dot", defanged links, spelled-out digits) → detectors
 * ({@link EmailDetector}, {@link UrlDetector}, {@link PhoneDetector},
 * {@link HandleDetector}, {@link AddressDetector}), each applying
 * {@link EngineeringContext} suppression → merge of overlapping candidates → mapping of
 * spans back to the original text.
 *
 * <p>
 * Instances are immutable and thread-safe; share one instance application-wide. Every
 * stage is linear in the length of the text.
 */
public final class ContactScreener {

	/** The mask that {@link #mask(String, List)} puts in place of a finding. */
	public static final String MASK = "[contact details hidden]";

	private final ScreeningConfig config;

	private final List<Detector> detectors;

	/**
	 * Create a screener with {@link ScreeningConfig#defaults()}.
	 */
	public ContactScreener() {
		this(ScreeningConfig.defaults());
	}

	/**
	 * Create a screener.
	 * @param config allowed domains and the default phone region
	 */
	public ContactScreener(ScreeningConfig config) {
		this.config = Objects.requireNonNull(config, "config");
		this.detectors = List.of(new EmailDetector(), new UrlDetector(), new HandleDetector(), new PhoneDetector(),
				new AddressDetector(), new PostcodeAddressDetector(), new RegionalAddressDetector());
	}

	/**
	 * Screen one text.
	 * @param text the text as the user wrote it
	 * @param surface where it was written
	 * @return the findings, with spans into {@code text}
	 */
	public ScreeningResult screen(String text, Surface surface) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(surface, "surface");
		return new ScreeningResult(findings(text, surface));
	}

	/**
	 * Screen the newest message of a conversation together with the sender's recent
	 * messages, to catch a phone number or e-mail address split across messages. Findings
	 * that need the earlier messages are attributed to {@code newest}, with a span
	 * covering the part of {@code newest} that contributes; findings that lie wholly in
	 * earlier messages are not repeated.
	 * @param newest the message being sent
	 * @param earlier the sender's recent messages in the same conversation, oldest first
	 * (the caller chooses the window, e.g. the last 5 messages within 10 minutes)
	 * @param surface where the messages were written
	 * @return findings with spans into {@code newest}
	 */
	public ScreeningResult screen(String newest, List<String> earlier, Surface surface) {
		Objects.requireNonNull(newest, "newest");
		Objects.requireNonNull(earlier, "earlier");
		Objects.requireNonNull(surface, "surface");
		List<Finding> own = findings(newest, surface);
		if (earlier.isEmpty()) {
			return new ScreeningResult(own);
		}
		StringBuilder joined = new StringBuilder();
		for (String message : earlier) {
			joined.append(Objects.requireNonNull(message, "message")).append(' ');
		}
		int offset = joined.length();
		joined.append(newest);
		List<Finding> combined = new ArrayList<>();
		for (Finding finding : findings(joined.toString(), surface)) {
			if (finding.start() < offset && finding.end() > offset) {
				int start = 0;
				int end = finding.end() - offset;
				while (start < end && Character.isWhitespace(newest.charAt(start))) {
					start++;
				}
				if (start < end) {
					combined.add(new Finding(finding.kind(), start, end, newest.substring(start, end),
							finding.reason() + " (split across messages)"));
				}
			}
		}
		combined.addAll(own); // after the split findings: on equal length, the split
								// finding wins
		return new ScreeningResult(resolveOverlaps(combined));
	}

	/**
	 * Replace each finding's span with {@link #MASK}. Overlapping spans are merged.
	 * @param text the text the findings were made on
	 * @param findings findings with spans into {@code text}
	 * @return the masked text
	 */
	public String mask(String text, List<Finding> findings) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(findings, "findings");
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparingInt(Finding::start));
		StringBuilder out = new StringBuilder(text.length());
		int position = 0;
		int i = 0;
		while (i < sorted.size()) {
			int start = Math.max(0, Math.min(sorted.get(i).start(), text.length()));
			int end = Math.min(sorted.get(i).end(), text.length());
			i++;
			while (i < sorted.size() && sorted.get(i).start() < end) {
				end = Math.max(end, Math.min(sorted.get(i).end(), text.length()));
				i++;
			}
			if (end <= position) {
				continue;
			}
			out.append(text, position, Math.max(start, position)).append(MASK);
			position = end;
		}
		out.append(text, position, text.length());
		return out.toString();
	}

	private List<Finding> findings(String original, Surface surface) {
		String screened = original;
		if (surface == Surface.ATTACHMENT_NAME) {
			screened = withoutExtension(original);
		}
		NormalizedText normalized = TextNormalizer.normalize(screened, surface == Surface.ATTACHMENT_NAME);
		NormalizedText text = Deobfuscator.rewrite(normalized);
		List<Candidate> candidates = new ArrayList<>();
		for (Detector detector : this.detectors) {
			detector.detect(text, this.config, candidates);
		}
		List<Finding> findings = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (candidate.end() <= candidate.start()) {
				continue;
			}
			int start = text.originalStart(candidate.start());
			int end = text.originalEnd(candidate.end() - 1);
			String reason = Reasons.withDisguises(candidate.reason(), text.flagsIn(candidate.start(), candidate.end()));
			findings.add(new Finding(candidate.kind(), start, end, original.substring(start, end), reason));
		}
		return resolveOverlaps(findings);
	}

	private static String withoutExtension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || name.length() - dot > 12) {
			return name;
		}
		for (int i = dot + 1; i < name.length(); i++) {
			if (!Character.isLetterOrDigit(name.charAt(i))) {
				return name;
			}
		}
		return name.substring(0, dot);
	}

	/**
	 * Keep the longest of overlapping findings; order by start.
	 */
	private static List<Finding> resolveOverlaps(List<Finding> findings) {
		if (findings.size() <= 1) {
			return findings;
		}
		List<Finding> bySize = new ArrayList<>(findings);
		bySize.sort(Comparator.comparingInt((Finding f) -> f.end() - f.start())
			.reversed()
			.thenComparingInt(Finding::start));
		TreeMap<Integer, Finding> kept = new TreeMap<>();
		for (Finding finding : bySize) {
			var before = kept.floorEntry(finding.start());
			if (before != null && before.getValue().end() > finding.start()) {
				continue;
			}
			var after = kept.ceilingEntry(finding.start());
			if (after != null && after.getKey() < finding.end()) {
				continue;
			}
			kept.put(finding.start(), finding);
		}
		return new ArrayList<>(kept.values());
	}

}
