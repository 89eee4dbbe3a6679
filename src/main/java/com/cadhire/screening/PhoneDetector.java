package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Finds phone numbers. A hand-written scanner collects runs of digit groups joined by
 * separators (spaces, dashes, dots, brackets and the unusual ones people use to hide a
 * number: {@code ~ * _ | ; , +}). Each run is split at strong separators into candidates,
 * which are judged by their shape (international prefix, area code in brackets, national
 * trunk prefix, NANP 3-3-4, spaced or spelled digits), by the words just before them
 * ({@link EngineeringContext}) and, where shape alone does not decide, by libphonenumber
 * validity for the configured region. Dates, years, decimals, tolerances, part and order
 * numbers are rejected before any of that.
 */
final class PhoneDetector implements Detector {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int MAX_GAP = 6;

	private static final int MAX_GROUPS = 40;

	private static final int MAX_LIBPHONE_CALLS = 160;

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		int n = s.length();
		Scan scan = new Scan(text, config.defaultRegion(), out);
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			boolean starts = isDigit(c) || ((c == '+' || c == '(') && i + 1 < n
					&& (isDigit(s.charAt(i + 1)) || (s.charAt(i + 1) == '+' && i + 2 < n && isDigit(s.charAt(i + 2)))));
			if (!starts) {
				i++;
				continue;
			}
			i = scan.run(i);
		}
		puzzle(s, out);
		vanity(s, out);
	}

	/**
	 * Vanity numbers: a toll-free prefix followed by letters that stand for digits on a
	 * phone keypad ("1-800-MACHINE", "1-800-CAD-HELP", "888 GO PARTS").
	 */
	private static void vanity(String s, List<Candidate> out) {
		int n = s.length();
		int from = 0;
		while (true) {
			int p = indexOfTollFree(s, from);
			if (p < 0) {
				return;
			}
			from = p + 3;
			int start = p;
			if (p >= 2 && s.charAt(p - 2) == '1' && (s.charAt(p - 1) == '-' || s.charAt(p - 1) == ' ')) {
				start = p - 2;
			}
			if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
				continue;
			}
			int q = p + 3;
			if (q >= n || !(s.charAt(q) == '-' || s.charAt(q) == ' ')) {
				continue;
			}
			q++;
			int letters = 0;
			int symbols = 0;
			int end = q;
			while (q < n && q - end < 16) {
				char c = s.charAt(q);
				if (c >= 'A' && c <= 'Z') {
					letters++;
				}
				else if (isDigit(c)) {
					symbols++;
				}
				else if (!(c == '-' && q + 1 < n && Character.isLetterOrDigit(s.charAt(q + 1)))) {
					break;
				}
				q++;
			}
			if (letters >= 4 && letters + symbols >= 6 && letters + symbols <= 9
					&& (q >= n || !Character.isLowerCase(s.charAt(q)))) {
				out.add(new Candidate(ContactKind.PHONE, start, q, "Looks like a phone number (letters for digits)"));
				from = q;
			}
		}
	}

	private static int indexOfTollFree(String s, int from) {
		for (int i = from; i + 3 <= s.length(); i++) {
			if (s.charAt(i) == '8' && isDigit(s.charAt(i + 1)) && s.charAt(i + 1) == s.charAt(i + 2)
					&& "0873456".indexOf(s.charAt(i + 1)) >= 0 && (i + 1 < s.length())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Instructions to rebuild a number from parts given out of order or transformed:
	 * "read this in reverse: 531679021510", "last four 3518, first three 021, middle
	 * 2320", "call 186 920, area code 030", "add 7703691 and 7703691, put 2 in front",
	 * "270 plus one". Needs one of the rebuild phrases and 7–24 digits in groups of two
	 * or more within the sentence that holds it.
	 */
	private static final String[] PUZZLE_CUES = { "reverse", "backwards", "backward", "area code", "first three",
			"last four", "last three", "first four", "in front", "plus one", "minus one", "plus 1 ", "minus 1 ",
			"add them", "al reves", "a l'envers", "ruckwarts", "rueckwaerts", "od tylu", "tersten", "ulta" };

	private static void puzzle(String s, List<Candidate> out) {
		String lower = null;
		int cueAt = -1;
		for (String cue : PUZZLE_CUES) {
			if (lower == null) {
				if (s.length() > 4000) {
					return;
				}
				lower = s.toLowerCase(Locale.ROOT);
			}
			int at = lower.indexOf(cue);
			if (at >= 0) {
				cueAt = at;
				break;
			}
		}
		if (cueAt < 0) {
			return;
		}
		int from = Math.max(0, cueAt - 120);
		int to = Math.min(s.length(), cueAt + 120);
		int digits = 0;
		int first = -1;
		int last = -1;
		int groups = 0;
		int i = from;
		while (i < to) {
			if (!isDigit(s.charAt(i))) {
				i++;
				continue;
			}
			int g = i;
			while (i < to && isDigit(s.charAt(i))) {
				i++;
			}
			boolean glued = (g > 0 && (isAsciiLetter(s.charAt(g - 1)) || s.charAt(g - 1) == '.'))
					|| (i < s.length() && (isAsciiLetter(s.charAt(i))
							|| (s.charAt(i) == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1)))));
			if (glued || i - g < 2) {
				continue;
			}
			digits += i - g;
			groups++;
			first = (first < 0) ? g : first;
			last = i;
		}
		if (digits >= 7 && digits <= 24 && (groups >= 2 || digits >= 9)) {
			out.add(new Candidate(ContactKind.PHONE, first, last,
					"Looks like a phone number (instructions to rebuild it)"));
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

	private static boolean isOddGapChar(char c) {
		return c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '=' || c == '>' || c == '<'
				|| c == '\u2022' || c == '\u00B7' || c == '\u2192' || c == '\u00BB' || c == '\u2219' || c == '\u25B8'
				|| c == '\u27A1' || c == '\u21D2';
	}

	private static boolean isGapChar(char c) {
		return c == ' ' || c == '\t' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '~' || c == '_'
				|| c == '*' || c == '|' || c == ';' || c == ',' || c == '+' || c == '\u2013' || c == '\u2014';
	}

	/** Per-text scanning state. */
	private static final class Scan {

		private final NormalizedText text;

		private final String s;

		private final String region;

		private final List<Candidate> out;

		private int libphoneCalls;

		Scan(NormalizedText text, String region, List<Candidate> out) {
			this.text = text;
			this.s = text.text();
			this.region = region;
			this.out = out;
		}

		/**
		 * Scan one run starting at {@code start}.
		 * @return index after the run
		 */
		int run(int start) {
			int n = this.s.length();
			List<int[]> groups = new ArrayList<>();
			int pos = start;
			while (pos < n && !isDigit(this.s.charAt(pos))) {
				pos++; // leading '+' or '('
			}
			boolean tooLong = false;
			while (pos < n) {
				int g = pos;
				while (pos < n && isDigit(this.s.charAt(pos))) {
					pos++;
				}
				if (groups.size() < MAX_GROUPS) {
					groups.add(new int[] { g, pos });
				}
				else {
					tooLong = true;
				}
				int gap = gapEnd(pos);
				if (gap == pos || gap >= n || !isDigit(this.s.charAt(gap))) {
					break;
				}
				pos = gap;
			}
			int runEnd = pos;
			if (tooLong) {
				return runEnd;
			}
			List<int[]> parts = splitAtStrongGaps(groups);
			boolean any = false;
			for (int[] part : parts) {
				any |= segment(groups, part[0], part[1], start);
			}
			if (!any && parts.size() > 1) {
				evaluate(groups, 0, groups.size() - 1, start, true);
			}
			return Math.max(runEnd, start + 1);
		}

		/**
		 * The end of the separator after a digit group: ordinary separator characters,
		 * and the ways people hide a number's structure: line breaks, brackets around
		 * each group ({@code [010][231]}), {@code : = > • →} between groups, and
		 * connecting words ("then", "and", "y", "und", " x "). Bounded: at most
		 * {@value #MAX_GAP} separator characters and two words.
		 */
		private int gapEnd(int pos) {
			int n = this.s.length();
			int gap = pos;
			int symbols = 0;
			int words = 0;
			int newlines = 0;
			while (gap < n) {
				char c = this.s.charAt(gap);
				if (c == '\n' || c == '\r') {
					if (++newlines > 2) {
						break;
					}
					gap++;
					continue;
				}
				if (isOddGapChar(c) && (c == ':' || c == '=' || c == '>' || c == '<')
						&& !isBlank(this.s.charAt(gap - 1))) {
					break; // 14:00, a=5: only " : " between groups
				}
				if (isGapChar(c) || isOddGapChar(c)) {
					if (++symbols > MAX_GAP) {
						break;
					}
					gap++;
					continue;
				}
				if (Character.isLetter(c) && gap > pos && isBlank(this.s.charAt(gap - 1)) && words < 1) {
					int wordEnd = gap;
					while (wordEnd < n && Character.isLetter(this.s.charAt(wordEnd))) {
						wordEnd++;
					}
					int next = wordEnd;
					while (next < n && next - wordEnd < 3 && isBlank(this.s.charAt(next))) {
						next++;
					}
					if (next > wordEnd && next < n && isDigit(this.s.charAt(next))
							&& EngineeringContext.isConnector(this.s.substring(gap, wordEnd))) {
						words++;
						gap = wordEnd;
						continue;
					}
				}
				break;
			}
			return gap;
		}

		private List<int[]> splitAtStrongGaps(List<int[]> groups) {
			List<int[]> parts = new ArrayList<>();
			int from = 0;
			for (int k = 1; k < groups.size(); k++) {
				if (isStrongGap(groups.get(k - 1)[1], groups.get(k)[0])) {
					parts.add(new int[] { from, k - 1 });
					from = k;
				}
			}
			parts.add(new int[] { from, groups.size() - 1 });
			return parts;
		}

		private boolean isStrongGap(int start, int end) {
			int blanks = 0;
			StringBuilder symbols = new StringBuilder(4);
			for (int i = start; i < end; i++) {
				char c = this.s.charAt(i);
				if (c == ' ' || c == '\t') {
					blanks++;
				}
				else {
					symbols.append(c);
				}
			}
			if (end - start > 3 || blanks > 2) {
				return true;
			}
			String sym = symbols.toString();
			return switch (sym) {
				case "", "-", ".", "(", ")", ")-", "/", "//", "-(", ").", "+", "\u2013" -> false;
				default -> true;
			};
		}

		/**
		 * Find phone numbers among groups {@code [a, b]}: the whole range if it is one,
		 * otherwise the longest numbers from left to right.
		 */
		private boolean segment(List<int[]> groups, int a, int b, int runStart) {
			if (evaluate(groups, a, b, runStart, false)) {
				return true;
			}
			if (b - a == 3
					&& makerFormat(groups, a, b,
							List.of(this.s.substring(groups.get(a)[1], groups.get(a + 1)[0]),
									this.s.substring(groups.get(a + 1)[1], groups.get(a + 2)[0]),
									this.s.substring(groups.get(a + 2)[1], groups.get(b)[0])))
					&& EngineeringContext.cueBefore(this.s, groups.get(a)[0]) != EngineeringContext.Cue.PHONE) {
				return false; // a maker's part number is not cut into a phone number
			}
			if (a == b || b - a > 12) {
				return false;
			}
			boolean any = false;
			int from = a;
			while (from <= b) {
				boolean found = false;
				for (int to = b; to > from; to--) {
					int d = digits(groups, from, to);
					if (d < 7 || d > 15) {
						continue;
					}
					if (evaluate(groups, from, to, runStart, false)) {
						found = true;
						any = true;
						from = to + 1;
						break;
					}
				}
				if (!found) {
					from++;
				}
			}
			return any;
		}

		private static int digits(List<int[]> groups, int a, int b) {
			int d = 0;
			for (int k = a; k <= b; k++) {
				d += groups.get(k)[1] - groups.get(k)[0];
			}
			return d;
		}

		private boolean evaluate(List<int[]> groups, int a, int b, int runStart, boolean wholeRun) {
			int d = digits(groups, a, b);
			if (d < 7 || d > 17) {
				return false;
			}
			int n = this.s.length();
			int start = groups.get(a)[0];
			// include a leading '+' / '(' that belongs to the number
			int lead = start;
			while (lead > ((a == 0) ? runStart : groups.get(a - 1)[1])
					&& (this.s.charAt(lead - 1) == '+' || this.s.charAt(lead - 1) == '(')) {
				lead--;
			}
			start = lead;
			int end = groups.get(b)[1];
			boolean plus = start < groups.get(a)[0] && this.s.substring(start, groups.get(a)[0]).indexOf('+') >= 0;
			int parensOpen = 0;
			int parensClose = 0;
			for (int i = start; i < end; i++) {
				char c = this.s.charAt(i);
				parensOpen += (c == '(') ? 1 : 0;
				parensClose += (c == ')') ? 1 : 0;
			}
			if (end < n && this.s.charAt(end) == ')' && parensOpen > parensClose) {
				end++;
				parensClose++;
			}
			StringBuilder digitString = new StringBuilder(d);
			List<String> gaps = new ArrayList<>();
			int singleDigitGroups = 0;
			for (int k = a; k <= b; k++) {
				int[] g = groups.get(k);
				digitString.append(this.s, g[0], g[1]);
				if (g[1] - g[0] == 1) {
					singleDigitGroups++;
				}
				if (k > a) {
					gaps.add(this.s.substring(groups.get(k - 1)[1], g[0]));
				}
			}
			String digitsText = digitString.toString();
			if (!plus && d > 15 && !(digitsText.startsWith("00") || digitsText.startsWith("011"))) {
				return false;
			}
			// extension
			int extEnd = (b == groups.size() - 1 || wholeRun) ? extension(end) : -1;
			int finalEnd = (extEnd > 0) ? extEnd : end;
			if (!boundariesOk(start, finalEnd)) {
				return false;
			}
			EngineeringContext.Cue cue = EngineeringContext.cueBefore(this.s, start);
			// an engineering word in front does not exempt a number in the shape people
			// write phones: "The part number is 415-555-0199" (checked below)
			boolean measurementCue = cue == EngineeringContext.Cue.MEASUREMENT;
			boolean engineeringCue = cue == EngineeringContext.Cue.ENGINEERING || measurementCue
					|| (cue == EngineeringContext.Cue.NONE && finalEnd + 4 < n && this.s.charAt(finalEnd) == ' '
							&& revisionLetter(finalEnd + 4));
			boolean phoneCue = cue == EngineeringContext.Cue.PHONE
					|| (cue == EngineeringContext.Cue.NONE && EngineeringContext.phoneWordAfter(this.s, finalEnd));
			if (!structureOk(groups, a, b, gaps, plus, phoneCue, wholeRun)) {
				return false;
			}
			if (!phoneCue && (signedList(gaps) || makerFormat(groups, a, b, gaps)
					|| (tableGaps(gaps) && !singleDigits(groups, a, b)) || tableCells(gaps, start, finalEnd)
					|| (!plus && parensOpen == 0 && !nanp(groups, a, b)
							&& EngineeringContext.makerBefore(this.s, start))
					|| (spaced(gaps) && b > a && EngineeringContext.measurementAfter(this.s, finalEnd)))) {
				return false;
			}
			if (engineeringCue) {
				if (d < 9 || b - a > 4 || a > 0 || b < groups.size() - 1
						|| !phoneShaped(groups, a, b, gaps, plus, parensOpen)
						|| (measurementCue && !plus && parensOpen == 0)
						|| (b - a == 4 && !plus && parensOpen == 0 && !pairs(groups, a, b))
						|| (!plus && parensOpen == 0 && !spacedOrNanp(groups, a, b, gaps)
								&& !dashedTrunk(groups, a, b, gaps))
						|| !(plus ? validPlus(start, finalEnd)
								: (spaced(gaps) || parensOpen == 1 || dashedTrunk(groups, a, b, gaps))
										? validSomewhere(digitsText) : valid(digitsText))) {
					return false;
				}
				String reason = "Looks like a phone number (written as a part or drawing number)";
				this.out.add(new Candidate(ContactKind.PHONE, start, finalEnd, reason));
				return true;
			}
			boolean hiding = false;
			for (String gap : gaps) {
				for (int i = 0; i < gap.length(); i++) {
					char c = gap.charAt(i);
					hiding |= Character.isLetter(c) || c == '\n' || c == '[' || c == ']' || c == '{' || c == '}';
				}
			}
			int flags = this.text.flagsIn(start, finalEnd);
			boolean spelled = (flags & NormalizedText.SPELLED) != 0;
			boolean symbolDigits = (flags & (NormalizedText.SYMBOL_DIGIT | NormalizedText.FOREIGN_DIGIT
					| NormalizedText.INVISIBLE | NormalizedText.CONFUSABLE)) != 0;
			boolean oddGaps = wholeRun;
			for (String gap : gaps) {
				for (int i = 0; i < gap.length(); i++) {
					if ("~*_|;,".indexOf(gap.charAt(i)) >= 0) {
						oddGaps = true;
					}
				}
			}
			boolean evasive = spelled || symbolDigits || oddGaps || singleDigitGroups >= 3;
			if (!phoneCue && !plus && sliceOfList(groups, a, b)) {
				return false;
			}
			boolean accepted = accept(groups, a, b, digitsText, gaps, plus, parensOpen, phoneCue, evasive, spelled,
					symbolDigits);
			if (!accepted && hiding && b - a >= 2 && d >= 9 && d <= 13) {
				accepted = true; // "119\n877\n92963", "010 y 126 y 5600",
									// "[010][231][39889]"
			}
			if (!accepted && !evasive && b - a >= 2 && b - a <= 3 && d >= 9 && d <= 13
					&& phoneShaped(groups, a, b, gaps, plus, parensOpen) && spaced(gaps)
					&& validSomewhere(digitsText)) {
				accepted = true; // "612 79 71 21": valid where people write it so
			}
			if (!accepted) {
				return false;
			}
			String reason = evasive && !spelled && !symbolDigits && (oddGaps || singleDigitGroups >= 3)
					? "Looks like a phone number (padded or unusual separators)" : "Looks like a phone number";
			this.out.add(new Candidate(ContactKind.PHONE, start, finalEnd, reason));
			return true;
		}

		private boolean accept(List<int[]> groups, int a, int b, String digits, List<String> gaps, boolean plus,
				int parens, boolean phoneCue, boolean evasive, boolean spelled, boolean symbolDigits) {
			int d = digits.length();
			int groupCount = b - a + 1;
			if (plus) {
				return d >= 8 && d <= 15 && validCountryCode(digits);
			}
			if ((digits.startsWith("00") || digits.startsWith("011")) && d >= 10) {
				String rest = digits.startsWith("011") ? digits.substring(3) : digits.substring(2);
				if (validCountryCode(rest) && rest.length() >= 8) {
					return true;
				}
			}
			if (d > 15) {
				return false;
			}
			if (phoneCue) {
				return true;
			}
			if (evasive) {
				if (spelled || symbolDigits) {
					return d >= 7;
				}
				return d >= 10 && d <= 13 && (digits.charAt(0) == '0' || possible(digits));
			}
			if (groupCount == 1) {
				if (d >= 9 && d <= 11 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
					return true;
				}
				return (d == 10 || (d == 11 && digits.charAt(0) == '1')) && valid(digits);
			}
			int first = groups.get(a)[1] - groups.get(a)[0];
			int last = groups.get(b)[1] - groups.get(b)[0];
			if (parens == 1 && d >= 9) {
				return true;
			}
			if (groupCount == 3 && first == 3 && last == 4 && groups.get(a + 1)[1] - groups.get(a + 1)[0] == 3) {
				return true; // NANP 3-3-4
			}
			if (groupCount == 4 && first == 1 && digits.charAt(0) == '1' && d == 11 && last == 4) {
				return true; // 1-312-515-2239
			}
			if (groupCount == 5 && d == 10) {
				boolean pairs = true;
				for (int k = a; k <= b; k++) {
					pairs &= groups.get(k)[1] - groups.get(k)[0] == 2;
				}
				if (pairs) {
					return true; // 01 42 68 53 00
				}
			}
			if (digits.charAt(0) == '0' && digits.charAt(1) != '0' && d >= 9 && d <= 13 && first <= 5 && last >= 2) {
				return true; // national format with trunk prefix
			}
			return d >= 10 && valid(digits);
		}

		private static boolean singleDigits(List<int[]> groups, int a, int b) {
			int single = 0;
			for (int k = a; k <= b; k++) {
				single += (groups.get(k)[1] - groups.get(k)[0] == 1) ? 1 : 0;
			}
			return single >= 3;
		}

		/**
		 * Cells of a table row: a {@code |} between the groups and another {@code |} on
		 * the same line outside them ("Pos. 160 | 35521999 | Profil 40x40 | 10").
		 */
		private boolean tableCells(List<String> gaps, int start, int end) {
			boolean bar = false;
			for (String gap : gaps) {
				bar |= gap.indexOf('|') >= 0;
			}
			if (!bar) {
				return false;
			}
			int lineStart = this.s.lastIndexOf('\n', start) + 1;
			int lineEnd = this.s.indexOf('\n', end);
			lineEnd = (lineEnd < 0) ? this.s.length() : lineEnd;
			return this.s.substring(lineStart, start).indexOf('|') >= 0
					|| this.s.substring(end, lineEnd).indexOf('|') >= 0;
		}

		/**
		 * Groups joined by single slashes in the way phone numbers are grouped:
		 * "021/204/78399", "506/280/1630" (three or four groups of at least three digits
		 * after an area code of two to four, 10–12 digits, or 9–12 with a trunk 0). Alloy
		 * lists ("6061/7075/5083") and round series are not.
		 */
		private boolean slashGrouped(List<int[]> groups, int a, int b, List<String> gaps) {
			if (b - a < 2 || b - a > 3) {
				return false;
			}
			for (String gap : gaps) {
				if (!gap.equals("/")) {
					return false;
				}
			}
			int first = groups.get(a)[1] - groups.get(a)[0];
			for (int k = a + 1; k <= b; k++) {
				if (groups.get(k)[1] - groups.get(k)[0] < 3) {
					return false;
				}
			}
			int d = digits(groups, a, b);
			boolean trunk = this.s.charAt(groups.get(a)[0]) == '0';
			return first >= 2 && first <= 4 && ((trunk && d >= 9 && d <= 12) || (first <= 3 && d >= 10 && d <= 12));
		}

		/** The NANP grouping 3-3-4, with or without a leading 1: "415 555 0132". */
		private static boolean nanp(List<int[]> groups, int a, int b) {
			int from = (groups.get(a)[1] - groups.get(a)[0] == 1 && b - a == 3) ? a + 1 : a;
			return b - from == 2 && groups.get(from)[1] - groups.get(from)[0] == 3
					&& groups.get(from + 1)[1] - groups.get(from + 1)[0] == 3
					&& groups.get(b)[1] - groups.get(b)[0] == 4;
		}

		/** Five groups of two digits: "06 12 36 65 30". */
		private static boolean pairs(List<int[]> groups, int a, int b) {
			for (int k = a; k <= b; k++) {
				if (groups.get(k)[1] - groups.get(k)[0] != 2) {
					return false;
				}
			}
			return true;
		}

		/**
		 * A national number with its trunk 0 and dashes: "03-1243-6094", "010-2915-3438".
		 */
		private boolean dashedTrunk(List<int[]> groups, int a, int b, List<String> gaps) {
			for (String gap : gaps) {
				if (!gap.equals("-")) {
					return false;
				}
			}
			int first = groups.get(a)[1] - groups.get(a)[0];
			return b - a >= 2 && this.s.charAt(groups.get(a)[0]) == '0' && first >= 2 && first <= 4
					&& digits(groups, a, b) >= 10;
		}

		/** Columns of a table: two or more blanks between numbers. */
		private static boolean tableGaps(List<String> gaps) {
			for (String gap : gaps) {
				if (gap.contains("  ") || gap.contains("\t")) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Groups joined by single spaces, or the NANP 3-3-4 shape with any separator:
		 * dashed 3-3-3 and similar are drawing-number conventions.
		 */
		private static boolean spaced(List<String> gaps) {
			for (String gap : gaps) {
				if (!gap.equals(" ")) {
					return false;
				}
			}
			return true;
		}

		private boolean spacedOrNanp(List<int[]> groups, int a, int b, List<String> gaps) {
			boolean spaces = true;
			for (String gap : gaps) {
				spaces &= gap.equals(" ");
			}
			if (spaces) {
				return true;
			}
			int from = (groups.get(a)[1] - groups.get(a)[0] == 1 && b - a == 3) ? a + 1 : a;
			return b - from == 2 && groups.get(from)[1] - groups.get(from)[0] == 3
					&& groups.get(from + 1)[1] - groups.get(from + 1)[0] == 3
					&& groups.get(b)[1] - groups.get(b)[0] == 4;
		}

		/** Signed deviations in a tolerance table: "65 +14 +37 -27". */
		private static boolean signedList(List<String> gaps) {
			int signed = 0;
			for (String gap : gaps) {
				int len = gap.length();
				if (len >= 2 && (gap.charAt(len - 1) == '+' || gap.charAt(len - 1) == '-')
						&& isBlank(gap.charAt(len - 2))) {
					signed++;
				}
			}
			return signed >= 2;
		}

		/**
		 * Part numbers in makers' formats that look like phone numbers: Harting's 2-2-3-4
		 * ("09 33 000 6104").
		 */
		private boolean makerFormat(List<int[]> groups, int a, int b, List<String> gaps) {
			if (b - a == 3) {
				int[] lengths = new int[4];
				for (int k = 0; k < 4; k++) {
					lengths[k] = groups.get(a + k)[1] - groups.get(a + k)[0];
				}
				boolean spaced = true;
				for (String gap : gaps) {
					spaced &= gap.equals(" ");
				}
				return spaced && lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 3 && lengths[3] == 4;
			}
			return false;
		}

		/**
		 * A slice of a list of short numbers with one separator ("30 86 14 81 31 58"):
		 * the groups next to the candidate continue the list.
		 */
		private boolean sliceOfList(List<int[]> groups, int a, int b) {
			int length = groups.get(a)[1] - groups.get(a)[0];
			if (length > 3 || b - a < 2) {
				return false;
			}
			for (int k = a; k <= b; k++) {
				if (groups.get(k)[1] - groups.get(k)[0] != length) {
					return false;
				}
			}
			String gap = this.s.substring(groups.get(a)[1], groups.get(a + 1)[0]);
			if (a > 0 && groups.get(a - 1)[1] - groups.get(a - 1)[0] == length
					&& this.s.substring(groups.get(a - 1)[1], groups.get(a)[0]).equals(gap)) {
				return true;
			}
			return b < groups.size() - 1 && groups.get(b + 1)[1] - groups.get(b + 1)[0] == length
					&& this.s.substring(groups.get(b)[1], groups.get(b + 1)[0]).equals(gap);
		}

		/**
		 * Grouped the way people write phone numbers: an international prefix or an area
		 * code in brackets, or two to five groups of at least two digits joined by single
		 * spaces or dashes (not dots: dotted numbering is drawing, version and item
		 * numbering), not starting with a year.
		 */
		private boolean phoneShaped(List<int[]> groups, int a, int b, List<String> gaps, boolean plus, int parens) {
			if (plus || parens == 1) {
				return true;
			}
			if (b == a || b - a > 4) {
				return false;
			}
			for (int k = a; k <= b; k++) {
				if (groups.get(k)[1] - groups.get(k)[0] < 2) {
					return false;
				}
			}
			for (String gap : gaps) {
				if (!(gap.equals(" ") || gap.equals("-") || gap.equals(" - "))) {
					return false;
				}
			}
			return !isYear(groups.get(a));
		}

		private boolean structureOk(List<int[]> groups, int a, int b, List<String> gaps, boolean plus, boolean phoneCue,
				boolean wholeRun) {
			// decimals: a '.' separator mixed with other separators
			boolean dot = false;
			boolean other = false;
			boolean slash = false;
			for (int k = 0; k < gaps.size(); k++) {
				String gap = gaps.get(k).trim();
				if ((k == 0 && (plus || gaps.get(k).contains(")"))) || (wholeRun && (phoneCue || plus))) {
					continue;
				}
				if (gap.equals(".")) {
					dot = true;
				}
				else {
					if (gap.contains(".")) {
						return false;
					}
					other = true;
				}
				slash |= gap.contains("/");
			}
			if (dot && other && !(plus && digits(groups, a, b) >= 9 && b - a >= 2
					&& validCountryCode(this.s.substring(groups.get(a)[0], groups.get(a)[1]) + "0000000"))) {
				return false; // decimals; but "+55.11.2665-1535" is an international
								// number
			}
			if (slash && !phoneCue && !slashGrouped(groups, a, b, gaps)) {
				return false;
			}
			if (dot && gaps.size() == 1 && !phoneCue) {
				return false; // 1234.5678
			}
			// dates and years
			int first = groups.get(a)[1] - groups.get(a)[0];
			int second = (a < b) ? groups.get(a + 1)[1] - groups.get(a + 1)[0] : 0;
			if (first == 4 && isYear(groups.get(a)) && a < b
					&& (second <= 2 || (second == 4 && (isYear(groups.get(a + 1)) || isMonthDay(groups.get(a + 1)))))) {
				return false;
			}
			for (int k = a; k <= b; k++) {
				int[] g = groups.get(k);
				int len = g[1] - g[0];
				if (len == 4 && k > a && !plus && isYear(g) && groups.get(k - 1)[1] - groups.get(k - 1)[0] <= 2) {
					String gap = this.s.substring(groups.get(k - 1)[1], g[0]);
					if (gap.equals("/") || gap.equals(".") || gap.equals("-")) {
						return false; // dd/mm/yyyy
					}
				}
				if (len == 8 && isCompactDate(g)) {
					return false;
				}
			}
			// dimension lists: 100 200 300
			if (b - a >= 2 && !phoneCue) {
				boolean allRound = true;
				for (int k = a; k <= b; k++) {
					allRound &= this.s.charAt(groups.get(k)[1] - 1) == '0';
				}
				if (allRound) {
					return false;
				}
			}
			return true;
		}

		private boolean isYear(int[] g) {
			if (g[1] - g[0] != 4) {
				return false;
			}
			int year = Integer.parseInt(this.s.substring(g[0], g[1]));
			return year >= 1900 && year <= 2099;
		}

		private boolean isMonthDay(int[] g) {
			int month = Integer.parseInt(this.s.substring(g[0], g[0] + 2));
			int day = Integer.parseInt(this.s.substring(g[0] + 2, g[0] + 4));
			return month >= 1 && month <= 12 && day >= 1 && day <= 31;
		}

		private boolean isCompactDate(int[] g) {
			String t = this.s.substring(g[0], g[1]);
			int year = Integer.parseInt(t.substring(0, 4));
			int month = Integer.parseInt(t.substring(4, 6));
			int day = Integer.parseInt(t.substring(6, 8));
			return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
		}

		private boolean boundariesOk(int start, int end) {
			int n = this.s.length();
			if (start > 0) {
				char l = this.s.charAt(start - 1);
				if (isAsciiLetter(l)) {
					if (!EngineeringContext.isPhoneWord(wordBefore(start))) {
						return false;
					}
				}
				else if ((l == '-' || l == '/' || l == '.' || l == ',' || l == ':') && start > 1
						&& Character.isLetterOrDigit(this.s.charAt(start - 2))
						&& !(l == ':' && EngineeringContext.scriptCue(this.s, start - 8, start))) {
					if (!(l == '-' || l == ':') || !EngineeringContext.isPhoneWord(wordBefore(start - 1))) {
						return false;
					}
				}
				else if ("$€£¥#Ø⌀±=<>°×^\\@".indexOf(l) >= 0) {
					return false;
				}
			}
			if (end < n) {
				char r = this.s.charAt(end);
				if (isAsciiLetter(r)) {
					String word = wordAfter(end);
					if (word.length() <= 2 || EngineeringContext.isUnit(word)) {
						return false;
					}
				}
				else if ("%°\"'′″²³".indexOf(r) >= 0) {
					return false;
				}
				else if ((r == '.' || r == ',' || r == ':' || r == '/') && end + 1 < n
						&& isDigit(this.s.charAt(end + 1))) {
					return false;
				}
				else if (r == '-' && end + 1 < n && Character.isLetterOrDigit(this.s.charAt(end + 1))) {
					return false;
				}
				else if (r == ' ' && end + 1 < n && Character.isLetter(this.s.charAt(end + 1))) {
					String word = wordAfter(end + 1);
					if (EngineeringContext.isUnit(word) && !word.equalsIgnoreCase("x") && !word.equalsIgnoreCase("a")
							&& !revisionLetter(end + 1 + word.length())) {
						return false;
					}
				}
			}
			return true;
		}

		/** "rev B" after a number: a revision, not revolutions. */
		private boolean revisionLetter(int afterRev) {
			String word = this.s.substring(afterRev - 3, afterRev);
			int n = this.s.length();
			return word.equalsIgnoreCase("rev") && afterRev + 1 < n && this.s.charAt(afterRev) == ' '
					&& Character.isLetterOrDigit(this.s.charAt(afterRev + 1))
					&& (afterRev + 2 >= n || !Character.isLetterOrDigit(this.s.charAt(afterRev + 2)));
		}

		private String wordBefore(int position) {
			int end = position;
			int begin = end;
			while (begin > 0 && Character.isLetter(this.s.charAt(begin - 1))) {
				begin--;
			}
			return this.s.substring(begin, end);
		}

		private String wordAfter(int position) {
			int end = position;
			while (end < this.s.length() && Character.isLetter(this.s.charAt(end))) {
				end++;
			}
			return this.s.substring(position, end);
		}

		/**
		 * An extension after a number: "x 123", "ext. 503", "int.3456".
		 * @return end of the extension or -1
		 */
		private int extension(int end) {
			int n = this.s.length();
			int p = end;
			int blanks = 0;
			while (p < n && (this.s.charAt(p) == ' ' || this.s.charAt(p) == ',' || this.s.charAt(p) == ';')
					&& blanks < 3) {
				p++;
				blanks++;
			}
			int wordStart = p;
			while (p < n && Character.isLetter(this.s.charAt(p))) {
				p++;
			}
			String word = this.s.substring(wordStart, p).toLowerCase(Locale.ROOT);
			if (!(word.equals("x") || word.equals("ext") || word.equals("extension") || word.equals("int"))) {
				if (!(p < n && this.s.charAt(p) == '#' && word.isEmpty())) {
					return -1;
				}
			}
			int q = p;
			while (q < n && q - p < 3 && (this.s.charAt(q) == '.' || this.s.charAt(q) == ':' || this.s.charAt(q) == ' '
					|| this.s.charAt(q) == '#')) {
				q++;
			}
			int digitsStart = q;
			while (q < n && isDigit(this.s.charAt(q)) && q - digitsStart < 8) {
				q++;
			}
			if (q == digitsStart || (q < n && isDigit(this.s.charAt(q)))) {
				return -1;
			}
			return q;
		}

		private boolean validCountryCode(String digits) {
			for (int len = 1; len <= 3 && len < digits.length(); len++) {
				int code = Integer.parseInt(digits.substring(0, len));
				if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(code))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Regions tried for a number written in national format without a country code.
		 */
		private static final String[] REGIONS = { "GB", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "BR", "IN", "CN",
				"RU", "JP", "AU", "MX" };

		/**
		 * Whether digits form a valid number for the default region or, in national
		 * format, for one of the common regions.
		 */
		private boolean validSomewhere(String digits) {
			if (valid(digits)) {
				return true;
			}
			for (String other : REGIONS) {
				if (other.equals(this.region)) {
					continue;
				}
				PhoneNumber number = parse(digits, other);
				if (number != null && UTIL.isValidNumberForRegion(number, other)) {
					return true;
				}
			}
			return false;
		}

		private boolean validPlus(int start, int end) {
			PhoneNumber number = parse(this.s.substring(start, end), this.region);
			return number != null && UTIL.isValidNumber(number);
		}

		private boolean valid(String digits) {
			PhoneNumber number = parse(digits);
			return number != null && UTIL.isValidNumber(number);
		}

		private boolean possible(String digits) {
			PhoneNumber number = parse(digits);
			return number != null && UTIL.isPossibleNumber(number);
		}

		private PhoneNumber parse(String digits) {
			return parse(digits, this.region);
		}

		private PhoneNumber parse(String digits, String forRegion) {
			if (this.libphoneCalls >= MAX_LIBPHONE_CALLS) {
				return null;
			}
			this.libphoneCalls++;
			try {
				return UTIL.parse(digits, forRegion);
			}
			catch (NumberParseException ex) {
				return null;
			}
		}

	}

}
