package com.cadhire.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds street and postal addresses: "221B Baker Street", "1600 Amphitheatre Pkwy,
 * Mountain View, CA 94043", "12 Pine Rd #5", "PO Box 1234", military "PSC 7951, Box
 * 9972", "APO AE 12382" and continental forms such as "Beerninckstraat 88" or "Rue de la
 * Paix 12". Street types that are also engineering words (Drive, Way, Point, Loop ...)
 * need a capitalised street name that is not an engineering word ("Belt Drive", "Datum
 * Point" are not addresses).
 */
final class AddressDetector implements Detector {

	private static final Set<String> SUFFIXES = Words.set("street", "st", "str", "avenue", "ave", "av", "boulevard",
			"blvd", "road", "rd", "lane", "ln", "drive", "dr", "court", "ct", "parkway", "pkwy", "highway", "hwy",
			"terrace", "ter", "crescent", "cres", "close", "square", "sq", "place", "pl", "plaza", "alley", "circle",
			"cir", "trail", "trl", "way", "loop", "point", "pass", "route", "rte", "run", "path", "row", "walk",
			"gateway", "summit", "expressway", "freeway", "turnpike", "pike", "mews", "grove", "gardens", "heights",
			"ridge", "crossing", "xing", "commons", "bend", "cove", "glen", "hollow", "landing", "manor", "meadows",
			"oval", "rise", "vale", "wharf", "quay", "esplanade", "embankment", "promenade", "broadway", "park");

	/** Street types that are also common engineering or everyday words. */
	private static final Set<String> AMBIGUOUS_SUFFIXES = Words.set("drive", "dr", "way", "loop", "point", "pass",
			"route", "rte", "run", "path", "park", "close", "circle", "cir", "row", "walk", "square", "sq", "place",
			"pl", "gateway", "summit", "bend", "rise", "landing", "crossing", "commons", "ridge", "grove", "cove",
			"oval", "court", "ct", "trail", "glen", "hollow", "vale", "st", "str", "av");

	private static final Set<String> DIRECTIONS = Words.set("n", "s", "e", "w", "ne", "nw", "se", "sw", "north",
			"south", "east", "west");

	private static final Set<String> UNIT_WORDS = Words.set("apt", "apartment", "suite", "ste", "unit", "fl", "floor",
			"rm", "room", "bldg", "building", "#");

	/** Words that make "N Word Drive" engineering rather than an address. */
	private static final Set<String> ENGINEERING_WORDS = Words.set("datum", "reference", "ref", "drill", "contact",
			"mounting", "mount", "control", "feedback", "servo", "belt", "gear", "chain", "motor", "stepper", "spindle",
			"axis", "tool", "bolt", "pitch", "center", "centre", "end", "start", "pivot", "hinge", "cam", "lead",
			"ball", "screw", "set", "tangent", "intersection", "mid", "base", "origin", "home", "zero", "test", "load",
			"pick", "weld", "pin", "key", "gauge", "sample", "inspection", "measurement", "check", "fixed", "anchor",
			"lift", "hydraulic", "electric", "direct", "hard", "rigid", "flex", "spline", "vertex", "corner", "edge",
			"face", "boiling", "melting", "flash", "dew", "set", "pour", "yield", "break", "access", "entry", "exit",
			"tool", "cutting", "data", "grid", "control", "quarter", "half", "full", "way", "two", "three", "four",
			"one", "single", "double", "triple", "hex", "torx", "phillips", "flat", "pan", "socket", "ratchet", "worm",
			"harmonic", "linear", "rotary", "timing", "pulley", "shaft", "bearing", "cable", "wire", "usb", "hard",
			"ssd", "disk", "disc", "pen", "network", "google", "shared", "test", "sub", "high", "low", "top", "bottom",
			"front", "rear", "side", "left", "right", "upper", "lower", "inner", "outer", "pipe", "tube", "fluid",
			"air", "water", "oil", "gas", "fuel", "power", "speed", "torque", "variable", "frequency", "crossing",
			"critical", "design", "decision", "check", "touch", "trigger", "probe", "laser", "weak", "stress", "strain",
			"pressure", "focal", "vanishing", "fixing", "lifting", "pivot", "bus", "data", "access", "mesh", "print",
			"extruder", "nozzle", "bed", "hot", "cold", "warm", "dry", "wet", "clean", "dirty", "new", "old", "spare",
			"extra", "more", "less", "same", "different", "other", "each", "every", "all", "no", "any", "some", "many",
			"few", "several", "x", "y", "z", "pack", "box", "case", "set", "kit");

	private static final Set<String> ADDRESS_CUES = Words.set("address", "addr", "live", "lives", "lived", "living",
			"located", "location", "office", "ship", "deliver", "delivery", "visit", "come", "meet", "workshop", "shop",
			"studio", "factory", "warehouse", "pickup", "pick-up", "mail", "send", "post", "residence", "home");

	private static final String[] CONTINENTAL_ENDINGS = { "straat", "strasse", "straße", "weg", "laan", "gasse",
			"platz", "allee", "gatan", "gata", "vej", "vegen", "vagen", "veien", "utca", "ulica", "steeg", "plein",
			"dreef", "kade", "gracht", "damm", "ufer", "chaussee" };

	private static final Set<String> CONTINENTAL_PREFIXES = Words.set("rue", "calle", "via", "viale", "avenida", "rua",
			"piazza", "carrer", "ulica", "ul", "boulevard", "avenue", "chemin", "place", "plaza", "paseo", "travessa",
			"largo", "corso", "strada");

	private static final Set<String> STATES = Words.set("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
			"HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
			"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
			"WA", "WV", "WI", "WY", "DC", "RS", "ON", "BC", "QC", "AB", "NSW", "VIC", "QLD");

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		List<Tokens.Token> tokens = text.tokens();
		int covered = -1;
		for (int k = 0; k < tokens.size(); k++) {
			if (k <= covered) {
				continue;
			}
			int end = street(s, tokens, k);
			if (end < 0) {
				end = box(tokens, k);
			}
			if (end < 0) {
				end = continental(tokens, k);
			}
			if (end >= k) {
				out.add(new Candidate(ContactKind.ADDRESS, tokens.get(k).start(), tokens.get(end).end(),
						"Looks like a street or postal address"));
				covered = end;
			}
		}
	}

	/**
	 * "[North] 123[-125|B] [N] Name Name Suffix[.] [Apt 4] [, City, ST 12345]".
	 * @return index of the last token or -1
	 */
	private int street(String s, List<Tokens.Token> tokens, int k) {
		int j = k;
		Tokens.Token first = tokens.get(j);
		if (DIRECTIONS.contains(first.lower()) && first.capitalized() && j + 1 < tokens.size()
				&& isHouseNumber(tokens.get(j + 1).text())) {
			j++;
		}
		Tokens.Token number = tokens.get(j);
		if (!isHouseNumber(number.text())) {
			return -1;
		}
		if (j > 0) {
			Tokens.Token before = tokens.get(j - 1);
			if (!before.word() && "#$€£Ø±x×*/=.".indexOf(before.text().charAt(0)) >= 0) {
				return -1;
			}
			if (before.word()
					&& (before.is("x") || EngineeringContext.isUnit(before.text()) && before.text().length() <= 2)) {
				return -1;
			}
		}
		j++;
		if (j < tokens.size() && tokens.get(j).word() && DIRECTIONS.contains(tokens.get(j).lower())) {
			j++;
			if (j < tokens.size() && tokens.get(j).is(".")) {
				j++;
			}
		}
		boolean cue = cueBefore(tokens, k);
		int nameStart = j;
		int names = 0;
		boolean engineeringName = false;
		boolean allCapitalized = true;
		while (j < tokens.size() && names < 4) {
			Tokens.Token t = tokens.get(j);
			if (!t.word()) {
				if (t.is(".") && names > 0 && tokens.get(j - 1).is("St")) {
					j++;
					continue;
				}
				break;
			}
			String lower = t.lower();
			if (SUFFIXES.contains(lower) && names > 0) {
				break;
			}
			if (!(isNameWord(t) || isOrdinal(lower))) {
				break;
			}
			allCapitalized &= t.capitalized() || isOrdinal(lower);
			engineeringName |= ENGINEERING_WORDS.contains(lower);
			names++;
			j++;
		}
		if (names == 0 || j >= tokens.size()) {
			return -1;
		}
		Tokens.Token suffix = tokens.get(j);
		String suffixLower = suffix.lower();
		if (!suffix.word() || !SUFFIXES.contains(suffixLower)) {
			return -1;
		}
		if (!allCapitalized && !cue) {
			return -1;
		}
		boolean ambiguous = AMBIGUOUS_SUFFIXES.contains(suffixLower);
		if (engineeringName && (ambiguous || !cue)) {
			return -1;
		}
		if (ambiguous && !suffix.capitalized() && !cue) {
			return -1;
		}
		if (tokens.get(nameStart).numeric()) {
			return -1;
		}
		int last = j;
		if (j + 1 < tokens.size() && tokens.get(j + 1).is(".") && tokens.get(j + 1).start() == suffix.end()) {
			last = j + 1;
		}
		last = unit(tokens, last);
		return cityStateZip(tokens, last);
	}

	private static int unit(List<Tokens.Token> tokens, int last) {
		int j = last + 1;
		if (j < tokens.size() && tokens.get(j).is(",")) {
			j++;
		}
		if (j + 1 < tokens.size() && UNIT_WORDS.contains(tokens.get(j).lower())) {
			int m = j + 1;
			if (tokens.get(m).is(".")) {
				m++;
			}
			if (m < tokens.size() && (tokens.get(m).numeric() || isHouseNumber(tokens.get(m).text()))) {
				return m;
			}
		}
		return last;
	}

	/**
	 * Extends over ", City[,] ST 12345" when present.
	 */
	private static int cityStateZip(List<Tokens.Token> tokens, int last) {
		int j = last + 1;
		if (j >= tokens.size() || !tokens.get(j).is(",")) {
			return last;
		}
		j++;
		int cityWords = 0;
		while (j < tokens.size() && cityWords < 3 && tokens.get(j).capitalized()
				&& !STATES.contains(tokens.get(j).text())) {
			j++;
			cityWords++;
		}
		if (cityWords == 0) {
			return last;
		}
		int result = j - 1;
		if (j < tokens.size() && tokens.get(j).is(",")) {
			j++;
		}
		if (j < tokens.size() && STATES.contains(tokens.get(j).text())) {
			result = j;
			j++;
			if (j < tokens.size() && tokens.get(j).is(",")) {
				j++;
			}
			if (j < tokens.size() && tokens.get(j).numeric() && tokens.get(j).text().length() == 5) {
				result = j;
			}
		}
		return result;
	}

	/**
	 * "PO Box 1234", "P.O. Box 12", "PSC 7951, Box 9972", "Unit 7194 Box 5854", "APO AE
	 * 12382".
	 */
	private static int box(List<Tokens.Token> tokens, int k) {
		Tokens.Token t = tokens.get(k);
		String lower = t.lower();
		int j = k;
		if (lower.equals("po") || lower.equals("p.o") || lower.equals("pob")) {
			j++;
			if (j < tokens.size() && tokens.get(j).is(".")) {
				j++;
			}
			if (j + 1 < tokens.size() && tokens.get(j).is("box") && tokens.get(j + 1).numeric()) {
				return j + 1;
			}
			return -1;
		}
		if ((lower.equals("psc") || lower.equals("unit") || lower.equals("cmr")) && k + 1 < tokens.size()
				&& tokens.get(k + 1).numeric()) {
			j = k + 2;
			if (j < tokens.size() && tokens.get(j).is(",")) {
				j++;
			}
			if (j + 1 < tokens.size() && tokens.get(j).is("box") && tokens.get(j + 1).numeric()) {
				return j + 1;
			}
			return -1;
		}
		if ((t.text().equals("APO") || t.text().equals("FPO") || t.text().equals("DPO")) && k + 2 < tokens.size()) {
			String region = tokens.get(k + 1).text();
			if ((region.equals("AA") || region.equals("AE") || region.equals("AP")) && tokens.get(k + 2).numeric()
					&& tokens.get(k + 2).text().length() == 5) {
				return k + 2;
			}
		}
		return -1;
	}

	/**
	 * "Beerninckstraat 88", "Rue de la Paix 12", "Calle Mayor, 5".
	 */
	private static int continental(List<Tokens.Token> tokens, int k) {
		Tokens.Token t = tokens.get(k);
		if (!t.word() || !t.capitalized()) {
			return -1;
		}
		String lower = t.lower();
		for (String ending : CONTINENTAL_ENDINGS) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
				int j = k + 1;
				if (j < tokens.size() && tokens.get(j).is(",")) {
					j++;
				}
				if (j < tokens.size() && isHouseNumber(tokens.get(j).text())) {
					return j;
				}
				return -1;
			}
		}
		if (CONTINENTAL_PREFIXES.contains(lower) && k + 1 < tokens.size()) {
			int j = k + 1;
			int words = 0;
			boolean capital = false;
			while (j < tokens.size() && words < 4 && tokens.get(j).word() && !tokens.get(j).numeric()) {
				capital |= tokens.get(j).capitalized();
				j++;
				words++;
			}
			if (j < tokens.size() && tokens.get(j).is(",")) {
				j++;
			}
			if (words > 0 && capital && j < tokens.size() && isHouseNumber(tokens.get(j).text())) {
				return j;
			}
		}
		return -1;
	}

	private static boolean cueBefore(List<Tokens.Token> tokens, int k) {
		for (int m = Math.max(0, k - 5); m < k; m++) {
			if (ADDRESS_CUES.contains(tokens.get(m).lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNameWord(Tokens.Token t) {
		String text = t.text();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '.') {
				return false;
			}
		}
		return text.length() >= 2 || Character.isUpperCase(text.charAt(0));
	}

	private static boolean isOrdinal(String lower) {
		if (lower.length() < 3) {
			return false;
		}
		String suffix = lower.substring(lower.length() - 2);
		if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
			return false;
		}
		for (int i = 0; i < lower.length() - 2; i++) {
			if (!Character.isDigit(lower.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "221", "221B", "123-125".
	 */
	static boolean isHouseNumber(String text) {
		int n = text.length();
		int digits = 0;
		int i = 0;
		while (i < n && Character.isDigit(text.charAt(i))) {
			i++;
			digits++;
		}
		if (digits == 0 || digits > 6 || text.charAt(0) == '0') {
			return false;
		}
		if (i == n) {
			return true;
		}
		if (i == n - 1 && Character.isLetter(text.charAt(i)) && Character.isUpperCase(text.charAt(i))) {
			return true;
		}
		if (text.charAt(i) == '-') {
			for (int m = i + 1; m < n; m++) {
				if (!Character.isDigit(text.charAt(m))) {
					return false;
				}
			}
			return n - i - 1 >= 1 && n - i - 1 <= 6;
		}
		return false;
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
