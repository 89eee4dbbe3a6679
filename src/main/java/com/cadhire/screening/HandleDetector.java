package com.cadhire.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds social-network handles and messenger IDs: explicit pointers ("my insta is
 * cad.guy", "add me on skype: john.doe", "find me on LinkedIn as Jane Roe", "i'm
 * dean.malmgren on skype", "Skype (dean.malmgren)"), Skype {@code live:} IDs and bare
 * {@code @handles}. Merely naming a platform ("we can't use Skype here", "I saw your
 * LinkedIn ad") is not a finding: an identifier must follow.
 */
final class HandleDetector implements Detector {

	private static final Set<String> FILLERS = Words.set("id", "handle", "username", "user", "name", "account", "acct",
			"nick", "nickname", "profile", "number", "no", "num", "is", "it's", "its", "me", "at", "as", "@", "page",
			"channel", "contact", "address", "addr", "under", "via", "on", "tag", "here's", "heres", "i'm", "im", "i",
			"am", "we're", "as", "called", "named", "too");

	private static final Set<String> POINTER_WORDS = Words.set("my", "our", "me", "add", "find", "reach", "contact",
			"message", "msg", "ping", "text", "dm", "hit", "follow", "call", "hmu", "catch", "connect", "search",
			"look", "join", "write", "mine", "friend");

	/** Words that are never an identifier. */
	private static final Set<String> STOPWORDS = Words.set("a", "an", "the", "and", "or", "but", "if", "then", "so",
			"because", "for", "to", "of", "in", "on", "at", "by", "with", "without", "from", "into", "about", "as",
			"is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these",
			"those", "here", "there", "now", "today", "tomorrow", "tonight", "later", "soon", "yet", "again", "anymore",
			"please", "thanks", "thank", "ok", "okay", "not", "no", "yes", "too", "also", "either", "neither",
			"instead", "only", "just", "directly", "privately", "private", "public", "outside", "off", "platform",
			"app", "apps", "call", "calls", "chat", "chats", "meeting", "meetings", "group", "groups", "channel",
			"account", "profile", "page", "ad", "ads", "post", "posts", "message", "messages", "link", "links", "video",
			"voice", "screen", "share", "sharing", "instead", "same", "broken", "down", "offline", "busy", "blocked",
			"banned", "disabled", "fine", "working", "closed", "open", "available", "unavailable", "allowed", "either",
			"any", "anything", "some", "something", "all", "everything", "nothing", "you", "your", "yours", "me", "my",
			"mine", "we", "our", "us", "they", "their", "them", "he", "she", "him", "her", "i", "i'm", "im", "i'll",
			"can", "can't", "cant", "could", "would", "should", "will", "won't", "do", "don't", "does", "did", "have",
			"has", "had", "get", "got", "use", "used", "using", "send", "sent", "see", "saw", "seen", "like", "liked",
			"check", "go", "going", "come", "make", "made", "let", "lets", "let's", "what", "which", "who", "how",
			"when", "where", "why", "name", "id", "handle", "username", "user", "number", "details", "info", "contact",
			"more", "less", "much", "many", "very", "really", "right", "left", "up", "out", "over", "under", "after",
			"before", "since", "until", "while", "during", "per", "via", "through", "thru", "than", "too", "well",
			"good", "great", "nice", "best", "better", "new", "old", "first", "last", "next", "other", "another",
			"each", "every", "both", "few", "several", "one", "two", "three", "way", "ways", "thing", "things", "time",
			"times", "day", "days", "week", "weeks", "feed", "story", "stories", "reel", "reels", "dm", "dms", "inbox",
			"status", "invite", "invitation", "web", "desktop", "mobile", "phone", "email", "e-mail", "mail", "number",
			"meet", "zoom", "skype", "teams", "whatsapp", "telegram", "linkedin", "instagram", "facebook", "discord",
			"slack", "signal", "wechat", "line", "official", "business", "company", "personal", "work", "team",
			"support", "help", "server", "servers", "bot", "bots", "connection", "connections", "network", "contacts",
			"people", "someone", "anyone", "everyone", "client", "clients", "customer", "customers", "posted", "shared",
			"sharing", "listed", "linked", "mentioned", "attached", "above", "below", "bio", "description", "portfolio",
			"ok.", "asap", "pls", "plz", "hi", "hello", "hey", "dear", "sir", "madam", "etc", "ie", "eg");

	private static final Set<String> MEETING_SERVICES = Words.set("Zoom", "Google Meet", "Microsoft Teams", "Skype");

	private static final Set<String> AMBIGUOUS_AT = Words.set("max", "min", "rt", "room", "nominal", "nom", "center",
			"centre", "pcd", "bcd", "each", "ea", "temp", "ambient", "full", "half", "rated", "idle", "load", "peak",
			"home", "zero", "datum", "origin", "top", "bottom", "end", "start", "the", "a", "an", "all", "approx",
			"override", "param", "return", "see", "here", "everyone", "channel", "team", "this", "that", "it", "least",
			"most", "night", "noon", "midnight", "work", "office", "home", "lunch");

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		atHandles(s, out);
		skypeLive(s, out);
		pointers(text, out);
		forumHandles(s, out);
		OffPlatformPointers.detect(text, out);
	}

	/**
	 * Forum handle syntax: {@code u/name}, {@code /u/name} (Reddit) and
	 * {@code [user]name[/user]} (bulletin boards).
	 */
	private static void forumHandles(String s, List<Candidate> out) {
		int n = s.length();
		int from = 0;
		while (true) {
			int u = s.indexOf("u/", from);
			if (u < 0) {
				break;
			}
			from = u + 2;
			int start = (u > 0 && s.charAt(u - 1) == '/') ? u - 1 : u;
			if (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '/'
					|| s.charAt(start - 1) == '.')) {
				continue;
			}
			int p = u + 2;
			while (p < n && p - u < 24 && (isAsciiLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_' || s.charAt(p) == '-'
					|| (s.charAt(p) == '.' && p + 1 < n && isAsciiLetterOrDigit(s.charAt(p + 1))))) {
				p++;
			}
			if (p - (u + 2) >= 3 && (p >= n || !(isAsciiLetterOrDigit(s.charAt(p)) || s.charAt(p) == '/'))
					&& usernameLike(s.substring(u + 2, p))) {
				out.add(new Candidate(ContactKind.HANDLE, start, p, "Looks like a Reddit handle"));
				from = p;
			}
		}
		from = 0;
		while (true) {
			int open = indexOfIgnoreCase(s, "[user]", from);
			if (open < 0) {
				return;
			}
			int close = indexOfIgnoreCase(s, "[/user]", open + 6);
			from = open + 6;
			if (close > open + 7 && close - open < 48) {
				out.add(new Candidate(ContactKind.HANDLE, open, close + 7, "Looks like a forum handle"));
				from = close + 7;
			}
		}
	}

	private static void atHandles(String s, List<Candidate> out) {
		int n = s.length();
		int from = 0;
		while (true) {
			int at = s.indexOf('@', from);
			if (at < 0) {
				return;
			}
			from = at + 1;
			if (at > 0) {
				char before = s.charAt(at - 1);
				if (isAsciiLetterOrDigit(before) || before == '.' || before == '_' || before == '-' || before == '@'
						|| before == '/' || before == '+') {
					continue;
				}
			}
			int p = at + 1;
			if (p >= n || !(isAsciiLetter(s.charAt(p)) || s.charAt(p) == '_')) {
				continue;
			}
			while (p < n && p - at <= 31 && (isAsciiLetter(s.charAt(p)) || isDigit(s.charAt(p)) || s.charAt(p) == '_'
					|| (s.charAt(p) == '.' && p + 1 < n && isAsciiLetterOrDigit(s.charAt(p + 1))))) {
				p++;
			}
			if (p < n && (s.charAt(p) == '@' || isAsciiLetterOrDigit(s.charAt(p)))) {
				continue; // part of an e-mail or too long
			}
			String handle = s.substring(at + 1, p);
			if (handle.length() < 2 || AMBIGUOUS_AT.contains(handle.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (threadSize(handle) || annotation(s, handle, p)) {
				continue; // "@M10 x 22 deep", "@Test annotations", "@Override"
			}
			if (handle.indexOf('.') >= 0) {
				String tld = handle.substring(handle.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
				if (Tlds.isTld(tld)) {
					continue; // "@gmail.com": a fragment of an e-mail address
				}
			}
			out.add(new Candidate(ContactKind.HANDLE, at, p, "Looks like a social media handle"));
			from = p;
		}
	}

	/** A thread or size after '@' ("@M10", "@M6", "@G1/4"): a location, not a handle. */
	private static boolean threadSize(String handle) {
		if (handle.length() < 2 || handle.length() > 6) {
			return false;
		}
		char first = Character.toUpperCase(handle.charAt(0));
		if ("MGRDØ".indexOf(first) < 0) {
			return false;
		}
		for (int i = 1; i < handle.length(); i++) {
			if (!isDigit(handle.charAt(i)) && handle.charAt(i) != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A code annotation: a capitalised word after '@' followed by "annotation(s)", an
	 * opening parenthesis, or one of the common Java/Kotlin/Python annotations.
	 */
	private static boolean annotation(String s, String handle, int end) {
		if (!Character.isUpperCase(handle.charAt(0)) || handle.indexOf('.') >= 0 || handle.indexOf('_') >= 0) {
			return false;
		}
		if (CODE_ANNOTATIONS.contains(handle)) {
			return true;
		}
		if (end < s.length() && s.charAt(end) == '(') {
			return true;
		}
		int p = end;
		while (p < s.length() && s.charAt(p) == ' ') {
			p++;
		}
		return s.regionMatches(true, p, "annotation", 0, 10);
	}

	private static final Set<String> CODE_ANNOTATIONS = Words.set("Test", "Override", "Deprecated", "SuppressWarnings",
			"FunctionalInterface", "SafeVarargs", "Nullable", "NonNull", "Autowired", "Bean", "Component", "Service",
			"Repository", "Controller", "RestController", "Configuration", "Value", "Inject", "Entity", "Table",
			"Column", "Id", "Transactional", "BeforeEach", "AfterEach", "BeforeAll", "AfterAll", "ParameterizedTest",
			"Disabled", "Tag", "Param", "Before", "After", "Mock", "Spy", "JvmStatic", "Composable", "staticmethod",
			"classmethod", "property", "dataclass", "Input", "Output", "Injectable", "NgModule", "Published", "State",
			"Binding", "Environment", "MainActor", "objc");

	private static void skypeLive(String s, List<Candidate> out) {
		int from = 0;
		int n = s.length();
		while (true) {
			int k = indexOfIgnoreCase(s, "live:", from);
			if (k < 0) {
				return;
			}
			from = k + 5;
			if (k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
				continue;
			}
			int p = k + 5;
			while (p < n && p - k < 64 && (isAsciiLetterOrDigit(s.charAt(p)) || ".:_-".indexOf(s.charAt(p)) >= 0)) {
				p++;
			}
			while (p > k + 5 && ".:-".indexOf(s.charAt(p - 1)) >= 0) {
				p--;
			}
			if (p - (k + 5) >= 3) {
				out.add(new Candidate(ContactKind.MESSENGER, k, p, "Looks like a Skype ID"));
				from = p;
			}
		}
	}

	private static int indexOfIgnoreCase(String s, String needle, int from) {
		int n = s.length() - needle.length();
		for (int i = from; i <= n; i++) {
			if (s.regionMatches(true, i, needle, 0, needle.length())) {
				return i;
			}
		}
		return -1;
	}

	private static void pointers(NormalizedText text, List<Candidate> out) {
		String s = text.text();
		List<Tokens.Token> tokens = text.tokens();
		int lastPlatform = -1;
		Platforms.Platform recent = null;
		for (int k = 0; k < tokens.size(); k++) {
			Tokens.Token token = tokens.get(k);
			if (!token.word()) {
				continue;
			}
			int last = k;
			Platforms.Platform platform = Platforms.keyword(token.text());
			int two = spelledPlatformEnd(tokens, k);
			if (two > k) {
				platform = null; // the longer name wins: "kakao talk"
			}
			if (platform == null) {
				// a platform name split or spelled out: "sky pe", "we chat", "s k y p e",
				// "s.i.g.n.a.l", "s-i-g-n-a-l", "the gram"
				last = spelledPlatformEnd(tokens, k);
				platform = (last > k || last == k && spelledSingle(token.text()))
						? Platforms.keyword(joined(tokens, k, last)) : null;
				if (platform == null) {
					last = k;
				}
			}
			if (platform != null) {
				if (forward(s, tokens, last, platform, out) || backward(tokens, k, platform, out)) {
					if (last > k) {
						widen(out, tokens.get(k).start());
					}
					k = last;
					continue;
				}
				k = last;
				if (!platform.ambiguous()) {
					recent = platform;
					lastPlatform = k;
				}
				continue;
			}
			if (recent != null && k - lastPlatform <= 30
					&& (token.is("id") || token.is("handle") || token.is("username")) && k > 0
					&& (tokens.get(k - 1).is("my") || tokens.get(k - 1).is("our"))) {
				myIdIs(tokens, k, recent, out);
			}
		}
	}

	/**
	 * The last token of a platform name written in parts: two words that join to a
	 * platform ("kakao talk"), or a run of single letters ("s k y p e").
	 * @return the index of the last token, or {@code k} if none
	 */
	private static int spelledPlatformEnd(List<Tokens.Token> tokens, int k) {
		Tokens.Token first = tokens.get(k);
		if (first.text().length() == 1 && Character.isLetter(first.text().charAt(0))) {
			int m = k;
			StringBuilder letters = new StringBuilder();
			while (m < tokens.size() && m - k < 16 && tokens.get(m).word() && tokens.get(m).text().length() == 1
					&& (m == k || tokens.get(m).start() - tokens.get(m - 1).end() <= 1)) {
				letters.append(tokens.get(m).text());
				m++;
			}
			if (m - k >= 3 && Platforms.keyword(letters.toString()) != null) {
				return m - 1;
			}
		}
		if (k + 1 < tokens.size() && tokens.get(k + 1).word() && first.word()
				&& tokens.get(k + 1).start() - first.end() <= 1
				&& Platforms.keyword(first.text() + tokens.get(k + 1).text()) != null
				&& first.text().length() + tokens.get(k + 1).text().length() >= 5) {
			return k + 1;
		}
		return k;
	}

	/** "s.i.g.n.a.l" or "s-i-g-n-a-l": single letters joined inside one token. */
	private static boolean spelledSingle(String text) {
		if (text.length() < 5) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			boolean letter = Character.isLetter(text.charAt(i));
			if ((i % 2 == 0) != letter || (!letter && ".-_".indexOf(text.charAt(i)) < 0)) {
				return false;
			}
		}
		return true;
	}

	private static String joined(List<Tokens.Token> tokens, int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int m = from; m <= to; m++) {
			for (char c : tokens.get(m).text().toCharArray()) {
				if (Character.isLetterOrDigit(c)) {
					out.append(c);
				}
			}
		}
		return out.toString();
	}

	/**
	 * Let the candidate just added start at {@code start} (a platform written in parts).
	 */
	private static void widen(List<Candidate> out, int start) {
		Candidate last = out.get(out.size() - 1);
		if (last.start() > start) {
			out.set(out.size() - 1, new Candidate(last.kind(), start, last.end(), last.reason()));
		}
	}

	private static boolean forward(String s, List<Tokens.Token> tokens, int k, Platforms.Platform platform,
			List<Candidate> out) {
		boolean colon = false;
		boolean is = false;
		boolean as = false;
		int j = k + 1;
		int skipped = 0;
		while (j < tokens.size() && skipped < 4) {
			Tokens.Token t = tokens.get(j);
			if (!t.word()) {
				if (":=(-[>/\u2014\u2013".indexOf(t.text().charAt(0)) >= 0 || t.text().equals("\u2192")) {
					colon = true;
					j++;
					skipped++;
					continue;
				}
				if (t.text().equals("@") || t.text().equals("#") || t.text().equals(",")) {
					j++;
					skipped++;
					continue;
				}
				return false;
			}
			String lower = t.lower();
			if (FILLERS.contains(lower) && !(t.text().startsWith("@"))) {
				is |= lower.equals("is") || lower.equals("it's") || lower.equals("its") || lower.equals("i'm")
						|| lower.equals("im") || lower.equals("am")
						|| (t.text().equals("ID") || lower.equals("username") || lower.equals("handle"));
				as |= lower.equals("as") || lower.equals("under");
				j++;
				skipped++;
				continue;
			}
			break;
		}
		if (j >= tokens.size() || !tokens.get(j).word()) {
			return false;
		}
		Tokens.Token id = tokens.get(j);
		int end = id.end();
		if (id.numeric() || id.text().startsWith("+")) {
			// a number: a meeting ID for meeting services, otherwise left to the phone
			// detector
			if (!MEETING_SERVICES.contains(platform.name())) {
				return false;
			}
			int digits = 0;
			int m = j;
			while (m < tokens.size() && m - j < 8 && (tokens.get(m).numeric() || tokens.get(m).is("-"))) {
				digits += tokens.get(m).numeric() ? tokens.get(m).text().length() : 0;
				end = tokens.get(m).end();
				m++;
			}
			if (digits < 9 || digits > 12) {
				return false;
			}
			out.add(candidate(platform, tokens.get(k).start(), end));
			return true;
		}
		boolean usernameLike = usernameLike(id.text());
		if (!validId(id.text())) {
			return false;
		}
		if (as && id.capitalized() && !usernameLike) {
			// "find me on LinkedIn as Jane Roe"
			int m = j + 1;
			while (m < tokens.size() && m - j < 3 && tokens.get(m).capitalized()
					&& !STOPWORDS.contains(tokens.get(m).lower())) {
				end = tokens.get(m).end();
				m++;
			}
		}
		boolean pointer = pointerBefore(tokens, k);
		boolean accepted;
		if (platform.ambiguous()) {
			accepted = usernameLike && (colon || is || as || pointer)
					&& (!platform.name().equals("X") || id.text().startsWith("@"));
		}
		else {
			boolean discriminator = end < s.length() - 1 && s.charAt(end) == '#'
					&& Character.isDigit(s.charAt(end + 1));
			Tokens.Token link = tokens.get(k - ((k > 0) ? 1 : 0));
			boolean meOn = pointer && k > 1 && (link.is("on") || link.is("at") || link.is("via"))
					&& tokens.get(k - 2).is("me");
			accepted = usernameLike || colon || is || as || discriminator || meOn;
		}
		if (!accepted) {
			return false;
		}
		// discord discriminator: name#1234
		if (end < s.length() - 1 && s.charAt(end) == '#' && Character.isDigit(s.charAt(end + 1))) {
			int q = end + 1;
			while (q < s.length() && Character.isDigit(s.charAt(q)) && q - end <= 4) {
				q++;
			}
			end = q;
		}
		out.add(candidate(platform, tokens.get(k).start(), end));
		return true;
	}

	private static boolean backward(List<Tokens.Token> tokens, int k, Platforms.Platform platform,
			List<Candidate> out) {
		if (k < 2) {
			return false;
		}
		Tokens.Token link = tokens.get(k - 1);
		if (!(link.is("on") || link.is("at") || link.is("via") || link.is("in") || link.is("@"))) {
			return false;
		}
		int idIndex = k - 2;
		if (idIndex > 0 && (tokens.get(idIndex).is("over") || tokens.get(idIndex).is("also")
				|| tokens.get(idIndex).is("too"))) {
			idIndex--; // "cadkeller2 over on behance"
		}
		Tokens.Token id = tokens.get(idIndex);
		if (!id.word() || !validId(id.text()) || !strongUsername(id.text())) {
			return false;
		}
		if (id.text().indexOf('@') > 0) {
			return false; // an e-mail address, found elsewhere
		}
		out.add(candidate(platform, id.start(), tokens.get(k).end()));
		return true;
	}

	private static void myIdIs(List<Tokens.Token> tokens, int k, Platforms.Platform platform, List<Candidate> out) {
		int j = k + 1;
		while (j < tokens.size() && j - k <= 2
				&& (tokens.get(j).is("is") || tokens.get(j).is(":") || tokens.get(j).is("="))) {
			j++;
		}
		if (j >= tokens.size() || !tokens.get(j).word()) {
			return;
		}
		Tokens.Token id = tokens.get(j);
		if (validId(id.text()) && (j > k + 1 || usernameLike(id.text()))) {
			out.add(candidate(platform, tokens.get(k - 1).start(), id.end()));
		}
	}

	private static Candidate candidate(Platforms.Platform platform, int start, int end) {
		String reason = switch (platform.kind()) {
			case EMAIL -> "Looks like an e-mail address (provider named, domain left out)";
			case HANDLE -> "Looks like a " + platform.name() + " handle";
			default -> "Looks like a " + platform.name() + " ID";
		};
		return new Candidate(platform.kind(), start, end, reason);
	}

	private static boolean pointerBefore(List<Tokens.Token> tokens, int k) {
		for (int m = Math.max(0, k - 4); m < k; m++) {
			if (POINTER_WORDS.contains(tokens.get(m).lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean validId(String raw) {
		String id = raw.startsWith("@") ? raw.substring(1) : raw;
		if (id.length() < 3 || id.length() > 40) {
			return !raw.startsWith("@") ? false : id.length() >= 2;
		}
		return !STOPWORDS.contains(id.toLowerCase(Locale.ROOT)) && Platforms.keyword(id) == null;
	}

	/**
	 * Looks like a user name rather than a word: {@code @name}, {@code john.doe},
	 * {@code cad_guy}, {@code jd1985}, or a long number (meeting IDs).
	 */
	private static boolean usernameLike(String id) {
		if (id.startsWith("@")) {
			return true;
		}
		boolean letter = false;
		boolean separator = false;
		int digits = 0;
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			separator |= c == '.' || c == '_' || c == '-';
			letter |= Character.isLetter(c);
			digits += Character.isDigit(c) ? 1 : 0;
		}
		if (!letter) {
			return !separator && digits >= 9;
		}
		return separator || digits > 0 || camelCase(id);
	}

	/** A page name written in camel case: "ApexEngineering", "Keller3D". */
	private static boolean camelCase(String id) {
		if (id.length() < 6 || !Character.isUpperCase(id.charAt(0))) {
			return false;
		}
		for (int i = 2; i < id.length() - 1; i++) {
			if (Character.isUpperCase(id.charAt(i)) && Character.isLowerCase(id.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean strongUsername(String id) {
		if (id.startsWith("@")) {
			return true;
		}
		boolean letter = false;
		boolean digit = false;
		boolean separator = false;
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			separator |= c == '.' || c == '_';
			letter |= Character.isLetter(c);
			digit |= Character.isDigit(c);
		}
		return letter && (separator || digit);
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return isAsciiLetter(c) || isDigit(c);
	}

}
