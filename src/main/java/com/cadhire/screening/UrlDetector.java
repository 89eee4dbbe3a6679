package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds web links: {@code scheme://} links (including restored defanged ones),
 * {@code www.} links, bare domains with a known top-level domain, and IP addresses with a
 * port or path. Follows autolink-style boundary rules: a domain must not be glued to a
 * preceding {@code @ $ # / \}, trailing punctuation and unbalanced brackets are not part
 * of a link, and a bare "name.tld" whose TLD is also a file extension or word
 * ({@code model.zip}, {@code readme.md}) needs more evidence (www, a path, a second-level
 * domain like {@code co.in}, or a word such as "website" just before it). Profile and
 * chat links of known platforms are reported as {@link ContactKind#HANDLE} or
 * {@link ContactKind#MESSENGER}; a platform's bare home page (no identifier) is not a
 * finding.
 */
final class UrlDetector implements Detector {

	private static final int MAX_URL = 2048;

	private static final Set<String> SECOND_LEVEL = Words.set("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or",
			"gob", "nic", "ltd", "plc", "me", "gen");

	private static final String[] LINK_CUES = { "website", "web site", "site", "homepage", "home page", "portfolio",
			"blog", "url", "link", "domain", "visit", "check out", "go to", "webpage", "web page", "page is",
			"online at" };

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		List<Candidate> found = new ArrayList<>();
		schemeLinks(s, config, found);
		bareLinks(text, config, found);
		out.addAll(found);
	}

	private void schemeLinks(String s, ScreeningConfig config, List<Candidate> out) {
		int n = s.length();
		int from = 0;
		while (from < n) {
			int k = s.indexOf("://", from);
			if (k < 0) {
				break;
			}
			int schemeStart = k;
			while (schemeStart > 0 && k - schemeStart < 16 && isSchemeChar(s.charAt(schemeStart - 1))) {
				schemeStart--;
			}
			while (schemeStart < k && !isAsciiLetter(s.charAt(schemeStart))) {
				schemeStart++;
			}
			int hostStart = k + 3;
			int blanks = 0;
			while (hostStart < n && s.charAt(hostStart) == ' ' && blanks < 2) {
				hostStart++;
				blanks++;
			}
			if (schemeStart == k || hostStart >= n) {
				from = k + 3;
				continue;
			}
			int authorityEnd = hostStart;
			while (authorityEnd < n && authorityEnd - hostStart < 255 && isAuthorityChar(s.charAt(authorityEnd))) {
				authorityEnd++;
			}
			String authority = s.substring(hostStart, authorityEnd).toLowerCase(Locale.ROOT);
			String host = hostOf(authority);
			if (!isPlausibleHost(host)) {
				from = k + 3;
				continue;
			}
			int end = extendPath(s, authorityEnd, true);
			end = trimTrailing(s, hostStart, end);
			from = Math.max(end, k + 3);
			if (end < authorityEnd) {
				authorityEnd = end;
				host = hostOf(s.substring(hostStart, end).toLowerCase(Locale.ROOT));
			}
			String path = s.substring(authorityEnd, end);
			if (config.isAllowedHost(host)) {
				continue;
			}
			addLink(out, schemeStart, end, host, path, true);
		}
	}

	private void bareLinks(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		int n = s.length();
		int i = 0;
		int schemeCount = out.size();
		int next = 0;
		while (i < n) {
			if (!isBareChar(s.charAt(i))) {
				i++;
				continue;
			}
			int runStart = i;
			int runEnd = i;
			while (runEnd < n && isBareChar(s.charAt(runEnd))) {
				runEnd++;
			}
			i = runEnd;
			while (next < schemeCount && out.get(next).end() <= runStart) {
				next++;
			}
			if (next < schemeCount && out.get(next).start() <= runStart) {
				continue;
			}
			char before = (runStart > 0) ? s.charAt(runStart - 1) : ' ';
			if ("@$#/\\&=%~+".indexOf(before) >= 0 || (runEnd < n && s.charAt(runEnd) == '@')) {
				continue;
			}
			int a = runStart;
			while (a < runEnd && (s.charAt(a) == '.' || s.charAt(a) == '-')) {
				a++;
			}
			int b = runEnd;
			while (b > a && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
				b--;
			}
			if (b - a < 4) {
				continue;
			}
			String host = s.substring(a, b);
			if (host.indexOf('_') >= 0) {
				continue;
			}
			String[] labels = host.split("\\.", -1);
			if (labels.length < 2 || !labelsOk(labels)) {
				continue;
			}
			String hostLower = host.toLowerCase(Locale.ROOT);
			boolean hasPort = b < n && s.charAt(b) == ':' && b + 1 < n && isDigit(s.charAt(b + 1)) && b == runEnd;
			boolean hasPath = b == runEnd && b + 1 < n && s.charAt(b) == '/'
					&& !Character.isWhitespace(s.charAt(b + 1));
			if (isIpv4(labels)) {
				if (!hasPort && !hasPath) {
					continue;
				}
			}
			else {
				String tld = labels[labels.length - 1];
				String tldLower = tld.toLowerCase(Locale.ROOT);
				if (!isAlpha(tld) || !Tlds.isTld(tldLower)) {
					continue;
				}
				if (!tld.equals(tldLower) && !host.equals(host.toUpperCase(Locale.ROOT))) {
					continue; // "sentence.New" is a missing space, not a domain
				}
				if (b < n && s.charAt(b) == '(' && b == runEnd) {
					continue; // a method call in code: "doc.recompute()"
				}
				boolean www = labels[0].equalsIgnoreCase("www");
				Platforms.Platform platform = Platforms.host(stripWww(hostLower));
				String sld = labels[labels.length - 2].toLowerCase(Locale.ROOT);
				boolean knownSecondLevel = labels.length >= 3 && SECOND_LEVEL.contains(sld);
				// a dot written in disguise ("vertexworks . design", "apexdesign·com") is
				// evidence enough: nobody disguises the dot of a file name
				boolean disguisedDot = (text.flagsIn(a, b) & (NormalizedText.AT_DOT | NormalizedText.DEFANGED)) != 0
						&& (!Tlds.isAmbiguous(tldLower) || linkCue(s, a) || linkCueAfter(s, b));
				boolean strong = www || hasPath || hasPort || platform != null || knownSecondLevel || disguisedDot;
				if (!strong && (Tlds.isAmbiguous(tldLower) || sld.length() == 1) && !linkCue(s, a)) {
					continue;
				}
				if (!strong && !hasLetter(sld)) {
					continue;
				}
			}
			int end = b;
			if (hasPort) {
				end = b + 1;
				while (end < n && isDigit(s.charAt(end))) {
					end++;
				}
			}
			if (end < n && s.charAt(end) == '/') {
				end = trimTrailing(s, a, extendPath(s, end, false));
			}
			i = Math.max(i, end);
			if (config.isAllowedHost(hostLower)) {
				continue;
			}
			addLink(out, a, end, hostLower, s.substring(b, end), labels[0].equalsIgnoreCase("www"));
		}
	}

	private static void addLink(List<Candidate> out, int start, int end, String host, String path, boolean explicit) {
		Platforms.Platform platform = Platforms.host(stripWww(host));
		if (platform != null) {
			String p = path;
			int cut = p.indexOf('?');
			if (cut >= 0) {
				p = p.substring(0, cut);
			}
			boolean identifier = p.replace("/", "").length() > 0 || cut >= 0;
			if (!identifier) {
				if (explicit) {
					out.add(new Candidate(ContactKind.URL, start, end, "Looks like a web link"));
				}
				return; // a bare platform name: a mention, not an identifier
			}
			String reason = (platform.kind() == ContactKind.HANDLE) ? "Link to a " + platform.name() + " profile"
					: "Link to " + platform.name();
			out.add(new Candidate(platform.kind(), start, end, reason));
			return;
		}
		out.add(new Candidate(ContactKind.URL, start, end, "Looks like a web link"));
	}

	private static String stripWww(String host) {
		String h = host;
		if (h.startsWith("www.")) {
			h = h.substring(4);
		}
		else if (h.startsWith("m.") && h.indexOf('.', 2) > 0) {
			h = h.substring(2);
		}
		return h;
	}

	/** "vertexworks . design (my website)": a link word right after. */
	private static boolean linkCueAfter(String s, int end) {
		String window = s.substring(end, Math.min(s.length(), end + 24)).toLowerCase(Locale.ROOT);
		return window.contains("website") || window.contains("my site") || window.contains("portfolio")
				|| window.contains("homepage") || window.contains("our site");
	}

	private static boolean linkCue(String s, int start) {
		int from = Math.max(0, start - 32);
		String window = s.substring(from, start).toLowerCase(Locale.ROOT);
		for (String cue : LINK_CUES) {
			if (window.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	private static String hostOf(String authority) {
		String host = authority;
		int at = host.lastIndexOf('@');
		if (at >= 0) {
			host = host.substring(at + 1);
		}
		if (host.startsWith("[")) {
			return host;
		}
		int colons = 0;
		for (int i = 0; i < host.length(); i++) {
			if (host.charAt(i) == ':') {
				colons++;
			}
		}
		if (colons == 1) {
			host = host.substring(0, host.indexOf(':'));
		}
		return host;
	}

	private static boolean isPlausibleHost(String host) {
		if (host.isEmpty()) {
			return false;
		}
		if (host.equals("localhost")) {
			return true;
		}
		if (host.indexOf(':') >= 0) {
			return true; // IPv6 literal
		}
		int dot = host.indexOf('.');
		return dot > 0 && dot < host.length() - 1;
	}

	private static int extendPath(String s, int from, boolean unicode) {
		int n = s.length();
		int end = from;
		while (end < n && end - from < MAX_URL) {
			char c = s.charAt(end);
			if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '`' || c == '\u3002') {
				break;
			}
			if (!unicode && c >= 0x80) {
				break;
			}
			end++;
		}
		return end;
	}

	private static int trimTrailing(String s, int start, int end) {
		int e = end;
		while (e > start) {
			char c = s.charAt(e - 1);
			if (".,:;!?'\"*".indexOf(c) >= 0) {
				e--;
				continue;
			}
			if ((c == ')' && unbalanced(s, start, e, '(', ')')) || (c == ']' && unbalanced(s, start, e, '[', ']'))
					|| (c == '}' && unbalanced(s, start, e, '{', '}'))) {
				e--;
				continue;
			}
			break;
		}
		return e;
	}

	private static boolean unbalanced(String s, int start, int end, char open, char close) {
		int depth = 0;
		for (int i = start; i < end; i++) {
			char c = s.charAt(i);
			if (c == open) {
				depth++;
			}
			else if (c == close) {
				depth--;
			}
		}
		return depth < 0;
	}

	private static boolean labelsOk(String[] labels) {
		for (String label : labels) {
			if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-'
					|| label.charAt(label.length() - 1) == '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isIpv4(String[] labels) {
		if (labels.length != 4) {
			return false;
		}
		for (String label : labels) {
			if (label.length() > 3 || !isDigits(label) || Integer.parseInt(label) > 255) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return !text.isEmpty();
	}

	private static boolean isAlpha(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!isAsciiLetter(text.charAt(i))) {
				return false;
			}
		}
		return text.length() >= 2;
	}

	private static boolean hasLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isAsciiLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isBareChar(char c) {
		return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_';
	}

	private static boolean isSchemeChar(char c) {
		return isAsciiLetter(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
	}

	private static boolean isAuthorityChar(char c) {
		return !Character.isWhitespace(c) && c != '/' && c != '?' && c != '#' && c != '<' && c != '>' && c != '"'
				&& c != '\'' && c != '\u3002';
	}

}
