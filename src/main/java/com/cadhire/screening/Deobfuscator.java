package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage two of the pipeline: undoes word-level disguises on the normalised text while
 * keeping the offset map. Bracketed forms ({@code [at]}, {@code (dot)}, {@code [.]}),
 * defanged schemes ({@code hxxps}), runs of spelled-out digits ("six oh one ...") and
 * "at"/"dot" words inside address-like chains ("john at gmail dot com"). Every rewrite is
 * local and bounded, so the pass is linear in the text length.
 */
final class Deobfuscator {

	private static final int MAX_CHAIN_WORDS = 10;

	private static final int MIN_SPELLED_RUN_DIGITS = 7;

	/** Words that are never the local part of an e-mail written with a plain "at". */
	private static final Set<String> AT_STOPWORDS = Words.set("look", "looking", "me", "us", "it", "them", "him", "her",
			"you", "this", "that", "here", "there", "file", "files", "is", "are", "was", "were", "be", "been", "arrive",
			"arrived", "meet", "see", "all", "best", "stare", "aim", "point", "located", "available", "live", "lives",
			"work", "works", "hosted", "posted", "online", "find", "found", "drawing", "drawings", "model", "models",
			"part", "parts", "uploaded", "upload", "stored", "saved", "shared", "the", "a", "an", "and", "or", "but",
			"not", "only", "price", "priced", "rate", "starting", "start", "stop", "stopped", "done", "held", "sold",
			"bought", "made", "built", "tested", "measured", "checked", "quoted", "charged", "billed", "paid", "set",
			"fixed", "go", "come", "get", "got", "pick", "picked", "ship", "shipped", "deliver", "delivered", "even",
			"just", "right", "left", "up", "down", "in", "on", "off", "out", "over", "under", "again", "once", "least",
			"most", "first", "last", "home", "school", "office", "site", "plant", "factory", "shop", "desk", "lab");

	private static final Set<String> MAIL_PROVIDERS = Words.set("gmail", "googlemail", "yahoo", "hotmail", "outlook",
			"icloud", "protonmail", "proton", "aol", "gmx", "yandex", "live", "msn", "qq", "zoho", "mail", "web", "me");

	private Deobfuscator() {
	}

	/**
	 * Undo word-level disguises.
	 * @param in the normalised text
	 * @return a derived view
	 */
	static NormalizedText rewrite(NormalizedText in) {
		return rewriteLeetDomains(rewriteChains(rewriteTokens(rewritePunctuation(rewriteSpacedDomains(in)))));
	}

	/** Dots written as a middle dot or a bullet between a name and its TLD. */
	private static boolean isDotGlyph(char c) {
		return c == '\u00B7' || c == '\u2022' || c == '\u2219' || c == '\u22C5' || c == '\u2027' || c == '\u30FB'
				|| c == '\uFF65';
	}

	// ---- pass 0: "www roestudio de", "www torquecad net", "apexdesign·com"

	/**
	 * Domains whose dots are written as blanks after {@code www} ("www torquecad net",
	 * "www · forge · studio") or as a middle dot or bullet between a name and a known TLD
	 * ("apexdesign·com"). The last label must be a known TLD and end the word; after
	 * "www" at most three labels are read. Linear: each position is read a bounded number
	 * of times.
	 */
	private static NormalizedText rewriteSpacedDomains(NormalizedText in) {
		String s = in.text();
		int n = s.length();
		boolean glyph = false;
		for (int k = 0; k < n && !glyph; k++) {
			glyph = isDotGlyph(s.charAt(k));
		}
		if (!glyph && s.indexOf("www") < 0 && s.indexOf("WWW") < 0) {
			return in;
		}
		NormalizedText.Rewriter out = null;
		int copied = 0;
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			boolean wordStart = Character.isLetterOrDigit(c) && (i == 0 || !isChainWordChar(s.charAt(i - 1)));
			if (!wordStart) {
				i++;
				continue;
			}
			int w = wordEnd(s, i);
			boolean www = w - i == 3 && s.regionMatches(true, i, "www", 0, 3);
			// labels after this word, joined by blanks (only after www) or dot glyphs
			List<int[]> labels = new ArrayList<>(4);
			labels.add(new int[] { i, w });
			int p = w;
			while (labels.size() < 4 && p < n) {
				int q = p;
				boolean dotGlyph = false;
				while (q < n && q - p < 3 && (s.charAt(q) == ' ' || isDotGlyph(s.charAt(q)))) {
					dotGlyph |= isDotGlyph(s.charAt(q));
					q++;
				}
				if (q == p || q >= n || !Character.isLetterOrDigit(s.charAt(q)) || (!www && !dotGlyph)) {
					break;
				}
				int e = wordEnd(s, q);
				labels.add(new int[] { q, e });
				p = e;
				if (Tlds.isTld(s.substring(q, e).toLowerCase(Locale.ROOT)) && (www || dotGlyph)) {
					break;
				}
			}
			int last = labels.size() - 1;
			int[] tld = labels.get(last);
			String tldLower = s.substring(tld[0], tld[1]).toLowerCase(Locale.ROOT);
			boolean ends = tld[1] >= n || !Character.isLetterOrDigit(s.charAt(tld[1]));
			int minLabels = www ? 3 : 2;
			if (labels.size() >= minLabels && ends && Tlds.isTld(tldLower) && isLetters(tldLower)
					&& labels.get(last - 1)[1] - labels.get(last - 1)[0] >= 3) {
				if (out == null) {
					out = in.rewriter();
				}
				out.copy(copied, i);
				for (int k = 0; k < labels.size(); k++) {
					int[] label = labels.get(k);
					out.copy(label[0], label[1]);
					if (k < last) {
						out.replace(label[1], labels.get(k + 1)[0], ".", NormalizedText.AT_DOT);
					}
				}
				copied = tld[1];
				i = tld[1];
				continue;
			}
			i = w;
		}
		if (out == null) {
			return in;
		}
		out.copy(copied, n);
		return out.result();
	}

	private static boolean isLetters(String text) {
		for (int k = 0; k < text.length(); k++) {
			if (!Character.isLetter(text.charAt(k))) {
				return false;
			}
		}
		return !text.isEmpty();
	}

	/**
	 * Words that stand for any address in talk about addresses ("name at domain dot
	 * com").
	 */
	private static final Set<String> PLACEHOLDERS = Words.set("name", "user", "username", "yourname", "you", "someone",
			"somebody", "person", "firstname", "lastname", "first", "email", "mail", "address", "domain", "example",
			"company", "provider", "yourdomain", "host", "server", "something", "whatever", "xxx", "foo", "bar");

	/** Symbols that stand in for '@' and '.' ("marek81%hotmail%com"). */
	private static final String SUBSTITUTES = "%~#$&*^!|";

	/** Words for '@' in other languages (normalised like the text). */
	private static final Set<String> AT_WORDS = Words
		.set(normalizedWords("at", "chiocciola", "arobase", "arroba", "klammeraffe", "affenschwanz", "собака", "sobaka",
				"malpa", "małpa", "kukac", "snabel", "apenstaart", "zavinac", "zavináč", "alfa"));

	/** Words for '.' in other languages. */
	private static final Set<String> DOT_WORDS = Words.set(normalizedWords("dot", "d0t", "punkt", "point", "punto",
			"ponto", "kropka", "точка", "tochka", "nokta", "pont", "piste", "prikk", "tecka", "tečka", "pisteen"));

	private static String[] normalizedWords(String... words) {
		String[] out = new String[words.length];
		for (int k = 0; k < words.length; k++) {
			out[k] = TextNormalizer.normalize(words[k], false).text().toLowerCase(Locale.ROOT);
		}
		return out;
	}

	// ---- pass 0: broken punctuation, symbol substitutes, letters spelled one by one

	private static NormalizedText rewritePunctuation(NormalizedText in) {
		String s = in.text();
		int n = s.length();
		if (s.indexOf("@@") < 0 && s.indexOf("..") < 0 && !hasSubstitute(s) && !hasSingleLetters(s)) {
			return in;
		}
		NormalizedText.Rewriter out = in.rewriter();
		int i = 0;
		int skipSinglesUntil = 0;
		int[] lastSinglesEnd = { 0 }; // where the last run of single letters ended
		while (i < n) {
			char c = s.charAt(i);
			if ((c == '@' || c == '.') && i + 1 < n && s.charAt(i + 1) == c && i > 0
					&& Character.isLetterOrDigit(s.charAt(i - 1))) {
				int j = i;
				while (j < n && j - i < 4 && s.charAt(j) == c) {
					j++;
				}
				if (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == ' ')) {
					out.replace(i, j, String.valueOf(c), NormalizedText.AT_DOT);
					i = j;
					continue;
				}
			}
			if (Character.isLetterOrDigit(c) && (i == 0 || !isChainWordChar(s.charAt(i - 1)))) {
				int end = substituted(s, i);
				if (end > 0) {
					emitSubstituted(out, s, i, end);
					i = end;
					continue;
				}
				if (i >= skipSinglesUntil && spacedOut(s, i) > 0) {
					skipSinglesUntil = spacedOut(s, i); // "j s m i t h @ g m a i l . c o
														// m": pass 1
				}
				end = (i < skipSinglesUntil) ? -1 : singleLetters(s, i, lastSinglesEnd);
				if (end < 0 && lastSinglesEnd[0] > i) {
					skipSinglesUntil = lastSinglesEnd[0]; // a run without an address:
															// look no further
				}
				if (end > 0) {
					for (int k = i; k < end; k++) {
						char d = s.charAt(k);
						if (Character.isLetterOrDigit(d) || (d == '_' && k + 1 < end && s.charAt(k + 1) != ' ')
								|| (d == '_' && k > i && s.charAt(k - 1) != ' ')) {
							out.replace(k, k + 1, String.valueOf(d), NormalizedText.SPACED);
						}
						else if (d == '_') {
							out.replace(k, k + 1, "_", NormalizedText.SPACED);
						}
						else {
							out.replace(k, k + 1, "", NormalizedText.SPACED);
						}
					}
					i = end;
					continue;
				}
			}
			out.copy(i, i + 1);
			i++;
		}
		return out.result();
	}

	private static boolean hasSubstitute(String s) {
		for (int k = 0; k < s.length(); k++) {
			if (SUBSTITUTES.indexOf(s.charAt(k)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasSingleLetters(String s) {
		int singles = 0;
		for (int k = 0; k + 1 < s.length(); k++) {
			char c = s.charAt(k);
			boolean single = Character.isLetterOrDigit(c) && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))
					&& !Character.isLetterOrDigit(s.charAt(k + 1));
			singles = single ? singles + 1 : (Character.isLetterOrDigit(c) ? 0 : singles);
			if (singles >= 4) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "marek81%hotmail%com": a local part, a substitute symbol, a domain label, the same
	 * or another substitute, a common TLD.
	 * @return the end of the address, or -1
	 */
	private static int substituted(String s, int start) {
		int n = s.length();
		int a = start;
		while (a < n && a - start < 64 && (Character.isLetterOrDigit(s.charAt(a)) || s.charAt(a) == '.'
				|| s.charAt(a) == '_' || s.charAt(a) == '-')) {
			a++;
		}
		if (a == start || a >= n || SUBSTITUTES.indexOf(s.charAt(a)) < 0) {
			return -1;
		}
		int b = a + 1;
		while (b < n && b - a < 64 && Character.isLetterOrDigit(s.charAt(b))) {
			b++;
		}
		if (b == a + 1 || b >= n || SUBSTITUTES.indexOf(s.charAt(b)) < 0) {
			return -1;
		}
		int c = b + 1;
		while (c < n && c - b < 16 && Character.isLetter(s.charAt(c))) {
			c++;
		}
		if (c < n && Character.isLetterOrDigit(s.charAt(c))) {
			return -1;
		}
		String tld = s.substring(b + 1, c).toLowerCase(Locale.ROOT);
		String provider = s.substring(a + 1, b).toLowerCase(Locale.ROOT);
		if (!Tlds.isCommon(tld) || !(MAIL_PROVIDERS.contains(provider) || s.charAt(a) == s.charAt(b))) {
			return -1;
		}
		return c;
	}

	private static void emitSubstituted(NormalizedText.Rewriter out, String s, int start, int end) {
		int first = -1;
		for (int k = start; k < end; k++) {
			if (SUBSTITUTES.indexOf(s.charAt(k)) >= 0) {
				out.replace(k, k + 1, (first < 0) ? "@" : ".", NormalizedText.AT_DOT);
				first = k;
			}
			else {
				out.copy(k, k + 1);
			}
		}
	}

	/**
	 * Letters and digits spelled one by one: "y. u. k. i. 8. 4", "c-a-d-v-o-l-k-o-v-7",
	 * "s _ v o l k o v", "o u t l o o k" (at least four, separated by a blank, a dot and
	 * a blank, a dash or an underscore), when an "at" or "@" follows or precedes within a
	 * few characters.
	 * @param runEnd set to the end of the run read, with or without an address (local
	 * state of the caller's pass, so the scan stays linear)
	 * @return the end of the run, or -1
	 */
	private static int singleLetters(String s, int start, int[] runEnd) {
		int n = s.length();
		int k = start;
		int count = 0;
		int end = -1;
		while (k < n && count < 64) {
			if (!Character.isLetterOrDigit(s.charAt(k)) || (k + 1 < n && Character.isLetterOrDigit(s.charAt(k + 1)))) {
				break;
			}
			count++;
			end = k + 1;
			int g = k + 1;
			if (g + 1 < n && (s.charAt(g) == '-' || s.charAt(g) == '_') && Character.isLetterOrDigit(s.charAt(g + 1))) {
				k = g + 1;
				continue;
			}
			if (g + 2 < n && s.charAt(g) == '.' && s.charAt(g + 1) == ' ') {
				g += 2;
			}
			else if (g + 2 < n && s.charAt(g) == ' ' && s.charAt(g + 1) == '_' && s.charAt(g + 2) == ' ') {
				g += 3;
			}
			else if (g + 1 < n && s.charAt(g) == ' ') {
				g += 1;
			}
			else {
				break;
			}
			if (g < n && Character.isLetterOrDigit(s.charAt(g))
					&& (g + 1 >= n || !Character.isLetterOrDigit(s.charAt(g + 1)))) {
				k = g;
				continue;
			}
			break;
		}
		if (count < 4) {
			// a short domain spelled after "at": "... at g m x dot com"
			boolean afterAt = start >= 3 && (s.startsWith("at ", start - 3) || s.startsWith("@ ", start - 2))
					&& (start == 3 || s.charAt(start - 4) == ' ');
			if (count < 2 || !afterAt || !(s.startsWith(" dot ", end) || s.startsWith(" . ", end))) {
				return -1;
			}
		}
		runEnd[0] = end;
		String around = s.substring(Math.max(0, start - 6), Math.min(n, end + 6)).toLowerCase(Locale.ROOT);
		if (!(around.contains(" at ") || around.contains("@") || around.contains(" dot ") || around.startsWith("at ")
				|| around.endsWith(" at"))) {
			return -1;
		}
		return end;
	}

	// ---- pass 3: leetspeak in the domain of an address: "gm41l.n3t"

	private static NormalizedText rewriteLeetDomains(NormalizedText in) {
		String s = in.text();
		int at = s.indexOf('@');
		if (at < 0) {
			return in;
		}
		NormalizedText.Rewriter out = in.rewriter();
		int copied = 0;
		int n = s.length();
		while (at >= 0) {
			int p = at + 1;
			int labelStart = p;
			java.util.List<int[]> labels = new ArrayList<>();
			while (p <= n && labels.size() < 6) {
				if (p == n || !(Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '-')) {
					if (p > labelStart) {
						labels.add(new int[] { labelStart, p });
					}
					if (p < n && s.charAt(p) == '.' && p + 1 < n && Character.isLetterOrDigit(s.charAt(p + 1))) {
						p++;
						labelStart = p;
						continue;
					}
					break;
				}
				p++;
			}
			if (labels.size() >= 2) {
				for (int l = 0; l < labels.size(); l++) {
					int[] label = labels.get(l);
					String text = s.substring(label[0], label[1]).toLowerCase(Locale.ROOT);
					String plain = unleet(text);
					if (plain != null && (MAIL_PROVIDERS.contains(plain) || MAIL_PROVIDERS.contains(unleetL(text))
							|| (l == labels.size() - 1 && Tlds.isCommon(plain)))) {
						if (!MAIL_PROVIDERS.contains(plain) && l < labels.size() - 1) {
							plain = unleetL(text);
						}
						out.copy(copied, label[0]);
						out.replace(label[0], label[1], plain, NormalizedText.CONFUSABLE);
						copied = label[1];
					}
				}
			}
			at = s.indexOf('@', at + 1);
		}
		out.copy(copied, n);
		return out.result();
	}

	/** Digits read as letters, or {@code null} if the label has no digit and letter. */
	private static String unleet(String label) {
		return unleet(label, 'i');
	}

	private static String unleetL(String label) {
		String plain = unleet(label, 'l');
		return (plain != null) ? plain : "";
	}

	private static String unleet(String label, char one) {
		boolean digit = false;
		boolean letter = false;
		StringBuilder out = new StringBuilder(label.length());
		for (int k = 0; k < label.length(); k++) {
			char c = label.charAt(k);
			char mapped = switch (c) {
				case '0' -> 'o';
				case '1' -> one;
				case '3' -> 'e';
				case '4' -> 'a';
				case '5' -> 's';
				case '7' -> 't';
				case '@' -> 'a';
				default -> c;
			};
			digit |= mapped != c;
			letter |= Character.isLetter(c);
			out.append(mapped);
		}
		return (digit && letter) ? out.toString() : null;
	}

	static boolean isMailProvider(String label) {
		return MAIL_PROVIDERS.contains(label);
	}

	// ---- pass 1: brackets, hxxp, spelled digits

	private static NormalizedText rewriteTokens(NormalizedText in) {
		String s = in.text();
		int n = s.length();
		NormalizedText.Rewriter out = in.rewriter();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == '[' || c == '(' || c == '{' || c == '<') {
				int consumed = bracketForm(in, out, i);
				if (consumed > 0) {
					i = consumed;
					continue;
				}
				out.copy(i, i + 1);
				i++;
				continue;
			}
			if (WRAPPERS.indexOf(c) >= 0 && i > 0 && s.charAt(i - 1) == ' ') {
				int consumed = wrappedForm(s, out, i);
				if (consumed > 0) {
					i = consumed;
					continue;
				}
			}
			if (isWordChar(c) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
				int spacedEnd = spacedOut(s, i);
				if (spacedEnd > 0) {
					for (int k = i; k < spacedEnd; k += 2) {
						out.replace(k, k + 1, String.valueOf(s.charAt(k)), NormalizedText.SPACED);
					}
					i = spacedEnd;
					continue;
				}
			}
			if (SpelledDigits.chineseDigit(c) >= 0) {
				i = chineseRun(out, s, i);
				continue;
			}
			if (isWordChar(c) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
				int end = i;
				while (end < n && isWordChar(s.charAt(end)) && SpelledDigits.chineseDigit(s.charAt(end)) < 0) {
					end++;
				}
				if (isDefangedScheme(s, i, end)) {
					boolean secure = (end - i == 5);
					out.replace(i, end, secure ? "https" : "http", NormalizedText.DEFANGED);
					i = end;
					continue;
				}
				if (isNumberToken(s.substring(i, end))) {
					i = spelledRun(in, out, i);
					continue;
				}
				out.copy(i, end);
				i = end;
				continue;
			}
			out.copy(i, i + 1);
			i++;
		}
		return out.result();
	}

	/**
	 * A run of Chinese numerals ("零八一二五零二五二四六"), digits and blanks; rewritten to digits
	 * when it holds at least {@value #MIN_SPELLED_RUN_DIGITS} of them.
	 * @return the index after the run
	 */
	private static int chineseRun(NormalizedText.Rewriter out, String s, int start) {
		int n = s.length();
		int end = start;
		int count = 0;
		while (end < n && end - start < 64) {
			char c = s.charAt(end);
			if (SpelledDigits.chineseDigit(c) >= 0 || (c >= '0' && c <= '9')) {
				count++;
			}
			else if (!(c == ' ' || c == '-') || end + 1 >= n || SpelledDigits.chineseDigit(s.charAt(end + 1)) < 0) {
				break;
			}
			end++;
		}
		if (count < MIN_SPELLED_RUN_DIGITS) {
			out.copy(start, end);
			return end;
		}
		for (int k = start; k < end; k++) {
			int digit = SpelledDigits.chineseDigit(s.charAt(k));
			if (digit >= 0) {
				out.replace(k, k + 1, String.valueOf((char) ('0' + digit)), NormalizedText.SPELLED);
			}
			else {
				out.copy(k, k + 1);
			}
		}
		return end;
	}

	/**
	 * A run of single characters separated by single spaces that spells an address: "j s
	 * m i t h @ g m a i l . c o m".
	 * @return the end of the run, or -1
	 */
	private static int spacedOut(String s, int start) {
		int n = s.length();
		int k = start;
		int count = 0;
		boolean at = false;
		boolean dot = false;
		while (k < n && count < 128) {
			char c = s.charAt(k);
			if (!(isWordChar(c) || c == '@' || c == '.')) {
				break;
			}
			if (k + 1 < n && !Character.isWhitespace(s.charAt(k + 1))) {
				break;
			}
			at |= c == '@';
			dot |= c == '.';
			count++;
			if (k + 2 >= n || s.charAt(k + 1) != ' ' || Character.isWhitespace(s.charAt(k + 2))) {
				k++;
				break;
			}
			k += 2;
		}
		if (count >= 6 && (at || (dot && count >= 8)) && s.charAt(k - 1) != ' ') {
			return k;
		}
		return -1;
	}

	private static boolean isDefangedScheme(String s, int start, int end) {
		int length = end - start;
		if (length != 4 && length != 5) {
			return false;
		}
		char h = Character.toLowerCase(s.charAt(start));
		char x1 = Character.toLowerCase(s.charAt(start + 1));
		char x2 = Character.toLowerCase(s.charAt(start + 2));
		char p = Character.toLowerCase(s.charAt(start + 3));
		if (h != 'h' || x1 != 'x' || x2 != 'x' || p != 'p') {
			return false;
		}
		if (length == 5 && Character.toLowerCase(s.charAt(start + 4)) != 's') {
			return false;
		}
		return end < s.length() && (s.charAt(end) == ':' || s.charAt(end) == '[');
	}

	/**
	 * Rewrites a bracketed at/dot form starting at {@code open}.
	 * @return the index after the consumed text, or -1
	 */
	/** Characters wrapped around a spoken at or dot: "_at_", "-at-", "~dot~". */
	private static final String WRAPPERS = "_-~*=+";

	/**
	 * Rewrites " _at_ ", " -at- ", " _dot_ ", " ~at~ " (a word at or dot wrapped in the
	 * same or another wrapper character, blanks on both sides) to {@code @} or {@code .}.
	 * @return the index after the consumed text, or -1
	 */
	private static int wrappedForm(String s, NormalizedText.Rewriter out, int open) {
		int n = s.length();
		int p = open;
		while (p < n && p - open < 2 && WRAPPERS.indexOf(s.charAt(p)) >= 0) {
			p++;
		}
		int wordStart = p;
		while (p < n && p - wordStart < 4 && Character.isLetterOrDigit(s.charAt(p))) {
			p++;
		}
		String word = s.substring(wordStart, p).toLowerCase(Locale.ROOT);
		int close = p;
		while (p < n && p - close < 2 && WRAPPERS.indexOf(s.charAt(p)) >= 0) {
			p++;
		}
		if (p == close || p >= n || s.charAt(p) != ' ') {
			return -1;
		}
		String replacement = switch (word) {
			case "at" -> "@";
			case "dot", "d0t" -> ".";
			default -> null;
		};
		if (replacement == null) {
			return -1;
		}
		out.dropTrailingBlanks();
		int after = p;
		while (after < n && s.charAt(after) == ' ') {
			after++;
		}
		out.replace(open, p, replacement, NormalizedText.AT_DOT);
		return after;
	}

	private static int bracketForm(NormalizedText in, NormalizedText.Rewriter out, int open) {
		String s = in.text();
		char closer = switch (s.charAt(open)) {
			case '[' -> ']';
			case '(' -> ')';
			case '{' -> '}';
			default -> '>';
		};
		int limit = Math.min(s.length(), open + 12);
		int close = -1;
		for (int k = open + 1; k < limit; k++) {
			if (s.charAt(k) == closer) {
				close = k;
				break;
			}
		}
		if (close < 0) {
			return -1;
		}
		String inner = s.substring(open + 1, close).trim().toLowerCase(Locale.ROOT);
		char replacement;
		int flag;
		boolean swallowBlanks = true;
		switch (inner) {
			case "at", "@", "a", "at sign", "at symbol", "at-sign", "atsign" -> {
				replacement = '@';
				flag = NormalizedText.AT_DOT;
			}
			case "dot", "d0t", ".", "dot sign", "period" -> {
				replacement = '.';
				flag = inner.equals(".") ? NormalizedText.DEFANGED : NormalizedText.AT_DOT;
			}
			case ":" -> {
				replacement = ':';
				flag = NormalizedText.DEFANGED;
				swallowBlanks = false;
			}
			case "/" -> {
				replacement = '/';
				flag = NormalizedText.DEFANGED;
				swallowBlanks = false;
			}
			default -> {
				return -1;
			}
		}
		if (inner.equals("a") && (open == 0 || !isWordChar(s.charAt(open - 1)))) {
			return -1; // "(a)" as a list marker
		}
		int after = close + 1;
		if (swallowBlanks) {
			out.dropTrailingBlanks();
			while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t')) {
				after++;
			}
		}
		out.replace(open, close + 1, String.valueOf(replacement), flag);
		return after;
	}

	private static boolean isNumberToken(String token) {
		return SpelledDigits.parse(token) != null || SpelledDigits.repetition(token) > 0;
	}

	private static boolean isRunGap(char c) {
		return c == ' ' || c == '\t' || c == '-' || c == '.' || c == ',' || c == '/' || c == '(' || c == ')';
	}

	/**
	 * Reads a run of number tokens starting at {@code start}; rewrites the words to
	 * digits if the run holds a phone-length number with at least one word.
	 * @return the index after the run
	 */
	private static int spelledRun(NormalizedText in, NormalizedText.Rewriter out, int start) {
		String s = in.text();
		int n = s.length();
		List<int[]> tokens = new ArrayList<>();
		int i = start;
		int digits = 0;
		boolean hasWord = false;
		int foreignWords = 0;
		int pendingRepeat = 0;
		while (true) {
			int end = i;
			while (end < n && isWordChar(s.charAt(end))) {
				end++;
			}
			String token = s.substring(i, end);
			int repeat = SpelledDigits.repetition(token);
			String parsed = (repeat > 0) ? null : SpelledDigits.parse(token);
			if (repeat == 0 && parsed == null) {
				break;
			}
			tokens.add(new int[] { i, end });
			if (parsed != null) {
				digits += parsed.length() * Math.max(1, pendingRepeat);
				if (SpelledDigits.isForeignWord(token)) {
					foreignWords++;
				}
				else {
					hasWord |= SpelledDigits.hasWord(token);
				}
				pendingRepeat = 0;
			}
			else {
				pendingRepeat = repeat;
				hasWord = true;
			}
			int gapEnd = end;
			while (gapEnd < n && gapEnd - end < 3 && isRunGap(s.charAt(gapEnd))) {
				gapEnd++;
			}
			if (gapEnd == end || gapEnd >= n || !isWordChar(s.charAt(gapEnd))) {
				break;
			}
			i = gapEnd;
		}
		if (tokens.isEmpty()) {
			int end = start;
			while (end < n && isWordChar(s.charAt(end))) {
				end++;
			}
			out.copy(start, end);
			return end;
		}
		int runEnd = tokens.get(tokens.size() - 1)[1];
		// a few short words of other languages ("due", "do", "un") are everyday words:
		// only a run of several counts
		hasWord |= foreignWords >= 4;
		if (!hasWord || digits < MIN_SPELLED_RUN_DIGITS) {
			out.copy(start, runEnd);
			return runEnd;
		}
		int previousEnd = start;
		int repeat = 0;
		int repeatStart = -1;
		for (int[] token : tokens) {
			String text = s.substring(token[0], token[1]);
			int r = SpelledDigits.repetition(text);
			if (r > 0) {
				if (repeatStart < 0) {
					out.copy(previousEnd, token[0]);
					repeatStart = token[0];
				}
				repeat = r;
				previousEnd = token[1];
				continue;
			}
			String parsed = SpelledDigits.parse(text);
			if (repeatStart >= 0) {
				out.replace(repeatStart, token[1], parsed.repeat(repeat), NormalizedText.SPELLED);
				repeatStart = -1;
			}
			else {
				out.copy(previousEnd, token[0]);
				if (SpelledDigits.hasWord(text)) {
					out.replace(token[0], token[1], parsed, NormalizedText.SPELLED);
				}
				else {
					out.copy(token[0], token[1]);
				}
			}
			previousEnd = token[1];
		}
		if (repeatStart >= 0) {
			out.copy(repeatStart, runEnd);
		}
		return runEnd;
	}

	// ---- pass 2: "john at gmail dot com"

	private static NormalizedText rewriteChains(NormalizedText in) {
		String s = in.text();
		int n = s.length();
		NormalizedText.Rewriter out = in.rewriter();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (isChainWordChar(c) && (i == 0 || !isChainWordChar(s.charAt(i - 1)))) {
				Chain chain = readChain(s, i);
				if (chain != null && chain.qualifies()) {
					chain.emit(in, out);
					i = chain.end();
					continue;
				}
				int end = i;
				while (end < n && isChainWordChar(s.charAt(end))) {
					end++;
				}
				out.copy(i, end);
				i = end;
				continue;
			}
			out.copy(i, i + 1);
			i++;
		}
		return out.result();
	}

	private static Chain readChain(String s, int start) {
		int n = s.length();
		List<int[]> words = new ArrayList<>();
		List<Sep> seps = new ArrayList<>();
		int i = start;
		int end = wordEnd(s, i);
		words.add(new int[] { i, end });
		while (words.size() < MAX_CHAIN_WORDS) {
			int b = end;
			while (b < n && b - end < 3 && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) {
				b++;
			}
			boolean blanksBefore = b > end;
			Sep sep = null;
			if (b < n && s.charAt(b) == ',' && hasAt(seps) && b + 1 < n) {
				// "cadberger1@outlook,com": a comma for the dot before a TLD
				int a = b + 1;
				while (a < n && a - b < 3 && s.charAt(a) == ' ') {
					a++;
				}
				int wEnd = wordEnd(s, a);
				if (wEnd > a && Tlds.isCommon(s.substring(a, wEnd).toLowerCase(Locale.ROOT)) && isTldEnd(s, wEnd)) {
					sep = new Sep(end, a, '.', true, blanksBefore, a > b + 1);
				}
			}
			else if (b < n && s.charAt(b) == ',' && words.size() == 1 && b + 1 < n && !blanksBefore) {
				// "roeworks,net"
				int wEnd = wordEnd(s, b + 1);
				String label = s.substring(b + 1, wEnd).toLowerCase(Locale.ROOT);
				if (wEnd > b + 1 && Tlds.isCommon(label) && !label.equals("com") && isTldEnd(s, wEnd)
						|| wEnd > b + 1 && label.equals("com") && isTldEnd(s, wEnd)) {
					sep = new Sep(end, b + 1, '.', true, false, false);
				}
			}
			else if (b < n && (s.charAt(b) == '.' || s.charAt(b) == '@')) {
				char symbol = s.charAt(b);
				int a = b + 1;
				int afterSymbol = a;
				while (a < n && a - afterSymbol < 3 && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
					a++;
				}
				if (a < n && isChainWordChar(s.charAt(a))) {
					sep = new Sep(end, a, symbol, false, blanksBefore, a > afterSymbol);
				}
			}
			else if (blanksBefore && b < n && isChainWordChar(s.charAt(b))) {
				int wEnd = wordEnd(s, b);
				String word = s.substring(b, wEnd).toLowerCase(Locale.ROOT);
				char symbol = AT_WORDS.contains(word) ? '@' : DOT_WORDS.contains(word) ? '.' : 0;
				if (symbol == 0 && (Tlds.isCommon(word) || Tlds.isTld(word)) && wEnd - b >= 2 && (isTldEnd(s, wEnd))
						&& (hasAt(seps)
								&& MAIL_PROVIDERS
									.contains(s.substring(words.get(words.size() - 1)[0], end).toLowerCase(Locale.ROOT))
								|| (words.size() == 2
										&& s.substring(words.get(0)[0], words.get(0)[1]).equalsIgnoreCase("www")))) {
					// "cadsato7@hotmail com", "www torquecad net": a blank for the dot
					seps.add(new Sep(end, b, '.', true, true, true));
					words.add(new int[] { b, wEnd });
					end = wEnd;
					continue;
				}
				if (symbol != 0) {
					int a = wEnd;
					while (a < n && a - wEnd < 3 && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
						a++;
					}
					if (a > wEnd && a < n && isChainWordChar(s.charAt(a))) {
						sep = new Sep(end, a, symbol, true, true, true);
					}
				}
			}
			if (sep == null) {
				break;
			}
			seps.add(sep);
			int wordStart = sep.end;
			end = wordEnd(s, wordStart);
			words.add(new int[] { wordStart, end });
		}
		if (seps.isEmpty()) {
			return null;
		}
		return new Chain(s, words, seps);
	}

	private static boolean hasAt(List<Sep> seps) {
		for (Sep sep : seps) {
			if (sep.symbol == '@') {
				return true;
			}
		}
		return false;
	}

	/** A TLD ends at the end of the text, a blank or sentence punctuation. */
	private static boolean isTldEnd(String s, int end) {
		return end >= s.length() || " \t\n.,;:!?)]'\"".indexOf(s.charAt(end)) >= 0;
	}

	private static int wordEnd(String s, int start) {
		int end = start;
		while (end < s.length() && isChainWordChar(s.charAt(end))) {
			end++;
		}
		return end;
	}

	static boolean isWordChar(char c) {
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		int type = Character.getType(c);
		return c >= 0x0300 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
	}

	private static boolean isChainWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private record Sep(int start, int end, char symbol, boolean word, boolean blanksBefore, boolean blanksAfter) {

		boolean disguised() {
			return this.word || this.blanksBefore || this.blanksAfter;
		}

	}

	private record Chain(String s, List<int[]> words, List<Sep> seps) {

		int end() {
			return this.words.get(this.words.size() - 1)[1];
		}

		String word(int index) {
			int[] w = this.words.get(index);
			return this.s.substring(w[0], w[1]);
		}

		boolean qualifies() {
			boolean disguised = false;
			int at = -1;
			for (int k = 0; k < this.seps.size(); k++) {
				Sep sep = this.seps.get(k);
				disguised |= sep.disguised();
				if (sep.symbol == '@') {
					if (at >= 0) {
						return false;
					}
					at = k;
				}
			}
			if (!disguised) {
				return false;
			}
			String last = word(this.words.size() - 1);
			String lastLower = last.toLowerCase(Locale.ROOT);
			if (at >= 0) {
				Sep atSep = this.seps.get(at);
				String local = word(at).toLowerCase(Locale.ROOT);
				int domainWords = this.words.size() - at - 1;
				if (atSep.word && AT_STOPWORDS.contains(local)) {
					return false;
				}
				if (PLACEHOLDERS.contains(local) && this.words.size() > at + 1
						&& PLACEHOLDERS.contains(word(at + 1).toLowerCase(Locale.ROOT))) {
					return false; // "name at domain dot com": talk about the convention
				}
				if (domainWords == 1) {
					return (atSep.disguised()) && MAIL_PROVIDERS.contains(lastLower) && !AT_STOPWORDS.contains(local);
				}
				if (!isAlpha(last) || !Tlds.isTld(lastLower)) {
					return false;
				}
				if (atSep.word && !Tlds.isCommon(lastLower)
						&& !MAIL_PROVIDERS.contains(word(at + 1).toLowerCase(Locale.ROOT))) {
					return false;
				}
				return true;
			}
			// a domain without "@": "example dot com"
			Sep lastSep = this.seps.get(this.seps.size() - 1);
			boolean spoken = lastSep.word || (lastSep.blanksBefore && lastSep.blanksAfter);
			boolean www = word(0).equalsIgnoreCase("www") && this.words.size() >= 3;
			boolean spacedDot = !lastSep.word && lastSep.blanksBefore && lastSep.blanksAfter && word(0).length() >= 5
					&& Tlds.isTld(lastLower) && lastLower.length() >= 2;
			if (spoken && isAlpha(last) && (www && Tlds.isTld(lastLower) || spacedDot)
					&& !AT_STOPWORDS.contains(word(0).toLowerCase(Locale.ROOT))) {
				return true; // "www torquecad net", "forgecad . eu"
			}
			boolean dotWord = lastSep.word
					&& this.s.substring(lastSep.start, lastSep.end).trim().toLowerCase(Locale.ROOT).startsWith("d");
			if (dotWord && isAlpha(last) && Tlds.isTld(lastLower) && !Tlds.isAmbiguous(lastLower)
					&& word(0).length() >= 4 && last.equals(lastLower)
					&& !AT_STOPWORDS.contains(word(0).toLowerCase(Locale.ROOT))
					&& !PLACEHOLDERS.contains(word(0).toLowerCase(Locale.ROOT))) {
				return true; // "vertexstudio dot eu": the word "dot" before any TLD
			}
			if (!spoken || !isAlpha(last) || !Tlds.isCommon(lastLower)) {
				return false;
			}
			boolean lowerOrUpper = last.equals(lastLower) || last.equals(last.toUpperCase(Locale.ROOT));
			return lowerOrUpper && !AT_STOPWORDS.contains(word(0).toLowerCase(Locale.ROOT))
					&& !PLACEHOLDERS.contains(word(0).toLowerCase(Locale.ROOT));
		}

		void emit(NormalizedText in, NormalizedText.Rewriter out) {
			for (int k = 0; k < this.words.size(); k++) {
				int[] w = this.words.get(k);
				out.copy(w[0], w[1]);
				if (k < this.seps.size()) {
					Sep sep = this.seps.get(k);
					if (sep.disguised()) {
						out.replace(sep.start, sep.end, String.valueOf(sep.symbol), NormalizedText.AT_DOT);
					}
					else {
						out.copy(sep.start, sep.end);
					}
				}
			}
		}

		private static boolean isAlpha(String text) {
			for (int k = 0; k < text.length(); k++) {
				if (!Character.isLetter(text.charAt(k))) {
					return false;
				}
			}
			return !text.isEmpty();
		}

	}

}
