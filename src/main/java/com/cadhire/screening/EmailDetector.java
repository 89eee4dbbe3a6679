package com.cadhire.screening;

import java.util.List;
import java.util.Locale;

/**
 * Finds e-mail addresses by expanding around each {@code @}. Runs after the
 * {@link Deobfuscator}, so "john [at] gmail dot com" arrives as "john@gmail.com". Each
 * expansion stops at the neighbouring {@code @} and is bounded, so the scan is linear.
 */
final class EmailDetector implements Detector {

	private static final int MAX_LOCAL = 64;

	private static final int MAX_DOMAIN = 255;

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		int n = s.length();
		int from = 0;
		int lastEnd = 0;
		while (true) {
			int at = s.indexOf('@', from);
			if (at < 0) {
				return;
			}
			from = at + 1;
			int localStart = at;
			while (localStart > lastEnd && at - localStart < MAX_LOCAL && isLocalChar(s.charAt(localStart - 1))) {
				localStart--;
			}
			while (localStart < at && ".'\"-/=".indexOf(s.charAt(localStart)) >= 0) {
				localStart++; // leading dots, quotes, dashes
			}
			if (localStart == at) {
				continue;
			}
			int domainEnd = at + 1;
			while (domainEnd < n && domainEnd - at < MAX_DOMAIN && isDomainChar(s.charAt(domainEnd))) {
				domainEnd++;
			}
			while (domainEnd > at + 1 && (s.charAt(domainEnd - 1) == '.' || s.charAt(domainEnd - 1) == '-')) {
				domainEnd--;
			}
			if (domainEnd == at + 1) {
				continue;
			}
			String domain = s.substring(at + 1, domainEnd).toLowerCase(Locale.ROOT);
			boolean disguised = (text.flagsIn(at, at + 1) & NormalizedText.AT_DOT) != 0;
			if (!isEmailDomain(domain, disguised)) {
				continue;
			}
			if (config.isAllowedHost(domain)) {
				lastEnd = domainEnd;
				continue;
			}
			out.add(new Candidate(ContactKind.EMAIL, localStart, domainEnd, "Looks like an e-mail address"));
			lastEnd = domainEnd;
			from = domainEnd;
		}
	}

	private static boolean isEmailDomain(String domain, boolean disguised) {
		String[] labels = domain.split("\\.", -1);
		if (labels.length == 1) {
			return disguised && Deobfuscator.isMailProvider(labels[0]);
		}
		for (String label : labels) {
			if (label.isEmpty()) {
				return false;
			}
		}
		if (labels.length == 4 && isNumeric(labels[0]) && isNumeric(labels[1]) && isNumeric(labels[2])
				&& isNumeric(labels[3])) {
			return true;
		}
		String tld = labels[labels.length - 1];
		if (Tlds.isTld(tld)) {
			return true;
		}
		if (tld.length() < 2 || tld.length() > 18) {
			return false;
		}
		for (int i = 0; i < tld.length(); i++) {
			if (!Character.isLetter(tld.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumeric(String label) {
		if (label.isEmpty() || label.length() > 3) {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			if (label.charAt(i) < '0' || label.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isLocalChar(char c) {
		return Character.isLetterOrDigit(c) || ".!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
	}

	private static boolean isDomainChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_';
	}

}
