package com.cadhire.screening;

import java.util.Locale;
import java.util.Set;

/**
 * Decides from the words around a number whether it is written as contact information
 * ("call me on ...") or as engineering data ("PO 4500012345", "part number ...", "2500
 * mm"). Used by the phone and address detectors to suppress engineering text.
 */
final class EngineeringContext {

	/** What the words just before a number say about it. */
	enum Cue {

		/** A phone word such as "call", "tel", "whatsapp". */
		PHONE,

		/** An engineering or business word such as "PO", "part", "rev", "qty". */
		ENGINEERING,

		/**
		 * A word that labels measured or nominal values ("readings", "values", "dia"):
		 * what follows is a list of quantities, not one identifier.
		 */
		MEASUREMENT,

		/** Neither. */
		NONE

	}

	private static final int WINDOW_CHARS = 48;

	private static final int WINDOW_WORDS = 4;

	private static final Set<String> PHONE_WORDS = Words.set("call", "calls", "calling", "phone", "phones", "ph", "tel",
			"tele", "telephone", "mobile", "mob", "cell", "cellphone", "cel", "whatsapp", "whatsap", "watsapp", "wa",
			"viber", "signal", "telegram", "sms", "text", "txt", "ring", "dial", "reach", "contact", "fax", "hotline",
			"landline", "desk", "office", "handy", "tlf", "telefon", "telefono", "telepono", "numero", "numaram", "cep",
			"mobil", "enquire", "inquire", "phonenumber", "cellular", "imessage", "facetime", "msg", "message",
			"wechat", "weixin", "kakao", "kakaotalk", "zalo", "imo", "botim", "threema", "skype", "icq");

	private static final Set<String> NUMBER_WORDS = Words.set("number", "no", "nr", "num", "nos", "id");

	private static final Set<String> ENGINEERING_WORDS = Words.set("po", "order", "orders", "invoice", "inv", "part",
			"parts", "pn", "partno", "dwg", "drawing", "drawings", "drw", "rev", "revision", "serial", "sn", "sku",
			"item", "ref", "reference", "job", "ticket", "quote", "quotation", "lot", "batch", "model", "cat",
			"catalog", "catalogue", "spec", "iso", "din", "en", "asme", "ansi", "jis", "astm", "bs", "nas", "mil",
			"sae", "iec", "ieee", "ul", "case", "tracking", "awb", "account", "acct", "iban", "swift", "vat", "tax",
			"ein", "ssn", "passport", "version", "ver", "build", "firmware", "sap", "erp", "ncr", "rfq", "eco", "ecn",
			"ecr", "bom", "qty", "quantity", "pcs", "weight", "length", "width", "height", "depth", "dia", "diameter",
			"radius", "thk", "thickness", "tolerance", "tol", "size", "dimension", "dimensions", "dims", "coordinates",
			"coords", "lat", "lon", "latitude", "longitude", "price", "cost", "total", "usd", "eur", "budget", "rpm",
			"feed", "speed", "stock", "material", "grade", "load", "force", "torque", "pressure", "temp", "mm", "cm",
			"inch", "inches", "checksum", "hash", "sha", "md5", "crc", "code", "codes", "pin", "otp", "zip", "postcode",
			"isbn", "ean", "upc", "gtin", "nsn", "cage", "duns", "shipment", "shipping", "container", "pallet",
			"certificate", "cert", "report", "nc", "ncr", "wo", "project", "projects", "file", "files", "step", "table",
			"figure", "fig", "page", "sheet", "row", "column", "line", "lines", "layer", "block", "rows", "index",
			"range", "sequence", "series", "values", "readings", "measured", "measurements", "points", "offsets",
			"nominal", "min", "max", "upper", "lower", "limit", "limits", "zeichnungsnr", "zeichnungsnummer",
			"zeichnung", "teilenr", "teilenummer", "artikelnr", "artnr", "bestellnr", "sachnr", "blatt", "massstab",
			"auftrag", "auftragsnr", "rechnung", "commande", "plan", "piece", "pedido", "pieza", "plano", "codice",
			"disegno", "ordine", "rysunek", "zamowienie");

	/** Words that label measured or nominal values: a list of quantities follows. */
	private static final Set<String> MEASUREMENT_WORDS = Words.set("weight", "length", "width", "height", "depth",
			"dia", "diameter", "radius", "thk", "thickness", "tolerance", "tol", "size", "dimension", "dimensions",
			"dims", "coordinates", "coords", "rpm", "feed", "speed", "load", "force", "torque", "pressure", "temp",
			"values", "readings", "measured", "measurements", "points", "offsets", "nominal", "min", "max", "upper",
			"lower", "limit", "limits", "range", "sequence", "series", "mm", "cm", "inch", "inches", "deviations",
			"samples", "results", "reading", "value", "measurement", "offset", "deviation");

	/** Words after a list of numbers that say the numbers are measured values. */
	private static final Set<String> MEASUREMENT_AFTER = Words.set("readings", "reading", "values", "value",
			"measurements", "measured", "samples", "results", "deviations", "points", "offsets", "µm", "μm", "um", "mm",
			"microns", "micron", "thou", "mils", "degrees", "rpm", "numbers", "codes", "ids", "nos", "serials");

	/**
	 * Whether the rest of the line after a list of numbers (up to 48 chars) says they are
	 * measured values or a list of identifiers: "877 896 8090 — three readings, µm", "940
	 * 727 0100 (holder numbers)". A phone word on the way wins.
	 * @param s the text
	 * @param end where the numbers end
	 * @return {@code true} if a measurement word follows on the same line
	 */
	static boolean measurementAfter(String s, int end) {
		int limit = Math.min(s.length(), end + WINDOW_CHARS);
		int pos = end;
		while (pos < limit) {
			char c = s.charAt(pos);
			if (c == '\n') {
				return false;
			}
			if (!Character.isLetter(c)) {
				pos++;
				continue;
			}
			int begin = pos;
			while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
				pos++;
			}
			String word = s.substring(begin, pos).toLowerCase(Locale.ROOT);
			if (PHONE_WORDS.contains(word)) {
				return false;
			}
			if (MEASUREMENT_AFTER.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Makers whose part numbers are long unseparated digit strings. */
	private static final Set<String> MAKERS = Words.set("wurth", "molex", "samtec", "amphenol", "harting", "phoenix",
			"wago", "hirose", "jst", "weidmuller", "lapp", "misumi", "mcmaster", "igus", "festo", "smc", "skf", "fag",
			"ina", "nsk", "ntn", "timken", "bosch", "rexroth", "siemens", "omron", "keyence", "schneider", "abb",
			"eaton", "legrand", "murrelektronik", "binder", "lemo", "souriau", "bourns", "vishay", "yageo", "murata",
			"tdk", "kemet", "panasonic", "mouser", "digikey", "farnell", "norelem", "ganter", "kipp", "elesa", "hiwin",
			"thk", "bonfiglioli", "sew", "lenze", "beckhoff", "pilz", "sick", "ifm", "pepperl", "balluff", "turck",
			"te", "kyocera", "jae", "erni", "fischer", "rittal", "hoffmann", "gedore", "wiha", "wera", "knipex",
			"bossard", "fastenal", "wuerth", "rs", "tyco", "belden", "helukabel", "sunon", "ebm", "papst", "maxon",
			"faulhaber", "nidec", "oriental", "yaskawa", "fanuc", "mitsubishi", "heidenhain", "renishaw", "sandvik",
			"kennametal", "iscar", "walter", "seco", "mitsubishi", "kyocera", "tungaloy", "hoffmann", "garant",
			"gühring", "guhring");

	/**
	 * Whether the word right before a number is a maker's name ("Würth 61300311121").
	 * @param s the text
	 * @param start where the number starts
	 * @return {@code true} after a maker's name
	 */
	static boolean makerBefore(String s, int start) {
		int p = start;
		while (p > 0 && p > start - 3 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == ':')) {
			p--;
		}
		int end = p;
		while (p > 0 && end - p < 20 && Character.isLetter(s.charAt(p - 1))) {
			p--;
		}
		return end > p && MAKERS.contains(s.substring(p, end).toLowerCase(Locale.ROOT));
	}

	/**
	 * Words that join the parts of a number someone splits on purpose ("074 then 000 then
	 * 65309", "010 y 126 y 5600"), in several languages.
	 */
	private static final Set<String> CONNECTORS = Words.set(normalized("then", "and", "next", "x", "plus", "y", "e",
			"i", "et", "und", "dann", "puis", "luego", "despues", "depois", "poi", "potem", "sonra", "ve", "aur",
			"phir", "en", "daarna", "och", "og", "a", "и", "потом", "затем"));

	/**
	 * Phone words of scripts without spaces between words or with marks inside words
	 * (Chinese, Devanagari, Cyrillic), matched as substrings in the normalised text.
	 */
	private static final String[] SCRIPT_CUES = normalized("电话", "電話", "手机", "手機", "微信", "号码", "號碼", "联系", "聯繫", "致电",
			"कॉल", "फोन", "फ़ोन", "नंबर", "नम्बर", "व्हाट्सएप", "व्हाट्सऐप", "संपर्क", "मोबाइल", "телефон", "звони",
			"позвони", "номер", "мобильный", "電話番号", "携帯", "전화", "휴대폰", "연락");

	/** Units and counters: a number followed by one of these is a quantity. */
	private static final Set<String> UNITS = Words.set("mm", "cm", "m", "um", "µm", "μm", "nm", "in", "inch", "inches",
			"ft", "feet", "foot", "mil", "mils", "thou", "deg", "degree", "degrees", "rpm", "hz", "khz", "mhz", "ghz",
			"n", "kn", "mpa", "gpa", "kpa", "pa", "psi", "ksi", "bar", "kg", "g", "mg", "lb", "lbs", "oz", "t", "pcs",
			"pc", "ea", "units", "unit", "parts", "pieces", "piece", "sec", "s", "ms", "min", "mins", "h", "hr", "hrs",
			"hours", "days", "weeks", "v", "mv", "kv", "a", "ma", "w", "kw", "mw", "hp", "j", "kj", "c", "k", "f", "l",
			"ml", "mm2", "mm3", "cm2", "cm3", "m2", "m3", "ra", "rz", "usd", "eur", "gbp", "dollars", "euros", "cad",
			"aud", "bucks", "k€", "nm", "lbf", "kgf", "ppm", "dpi", "px", "fps", "mb", "gb", "kb", "tb", "bit", "bits",
			"bytes", "cycles", "times", "x", "rev", "revs", "strokes", "holes", "off", "qty", "sets", "pairs", "lots",
			"year", "years", "pts", "points", "steps", "layers", "microns", "micron", "thous", "percent", "pct", "kgs",
			"tons", "tonnes", "gal", "gallons", "liters", "litres", "cc", "cfm", "gpm", "lpm", "sqft", "sqm", "yd",
			"yds", "km", "mi", "miles", "nmi");

	private EngineeringContext() {
	}

	/**
	 * The cue given by the words before a position.
	 * @param s the text
	 * @param start where the number starts
	 * @return the nearest decisive cue
	 */
	static Cue cueBefore(String s, int start) {
		int from = Math.max(0, start - WINDOW_CHARS);
		for (int i = from; i < start; i++) {
			char c = s.charAt(i);
			if (c == '\u260E' || c == '\u260F' || c == '\u2706') {
				return Cue.PHONE;
			}
			if (Character.isSurrogate(c) && i + 1 < start) {
				int cp = s.codePointAt(i);
				if (cp == 0x1F4DE || cp == 0x1F4F1 || cp == 0x1F4F2 || cp == 0x1F4DF || cp == 0x1F4E0) {
					return Cue.PHONE;
				}
			}
		}
		if (scriptCue(s, start - 24, start) || callGlyphBefore(s, start)) {
			return Cue.PHONE;
		}
		int pos = start;
		int words = 0;
		String pendingNumberWord = null;
		while (pos > from && words < WINDOW_WORDS + 1) {
			while (pos > from && !Character.isLetter(s.charAt(pos - 1))) {
				if (s.charAt(pos - 1) == '\n' && words > 0) {
					return (pendingNumberWord != null) ? Cue.PHONE : Cue.NONE;
				}
				pos--;
			}
			int end = pos;
			while (pos > from && Character.isLetter(s.charAt(pos - 1))) {
				pos--;
			}
			if (end == pos) {
				break;
			}
			if (pos == from && from > 0 && Character.isLetter(s.charAt(from - 1))) {
				break; // cut word at the window edge
			}
			String word = s.substring(pos, end).toLowerCase(Locale.ROOT);
			words++;
			if (end - pos == 1) {
				// a word spelled letter by letter: "s-i-g-n-a-l 074104 61372",
				// "v.i.b.e.r"
				int[] begin = { pos };
				String spelled = spelledBack(s, pos, end, from, begin);
				if (spelled != null && PHONE_WORDS.contains(spelled)) {
					return Cue.PHONE;
				}
			}
			if (pendingNumberWord != null) {
				if (ENGINEERING_WORDS.contains(word)) {
					return Cue.ENGINEERING;
				}
				return Cue.PHONE;
			}
			if (word.equals("contact") && words == 1 && s.substring(end, start).isBlank()) {
				continue; // "Phoenix Contact 3847891": a maker's name, not "contact me"
			}
			if (PHONE_WORDS.contains(word)) {
				return Cue.PHONE;
			}
			if ((word.equals("line") || word.equals("signal") || word.equals("viber")) && pos > 3
					&& (s.startsWith("on ", pos - 3) || s.startsWith("my ", pos - 3))) {
				return Cue.PHONE; // "on LINE at ...", "my Signal ..."
			}
			if (NUMBER_WORDS.contains(word)) {
				if (word.equals("number")) {
					pendingNumberWord = word;
					continue;
				}
				continue;
			}
			if (MEASUREMENT_WORDS.contains(word)) {
				return Cue.MEASUREMENT;
			}
			if (ENGINEERING_WORDS.contains(word)) {
				return Cue.ENGINEERING;
			}
		}
		return (pendingNumberWord != null) ? Cue.PHONE : Cue.NONE;
	}

	/**
	 * A verb "call" written in Chinese right before the number: "有问题打11960243962",
	 * "请拨13912345678" (打印 "print" and 打开 "open" are not before a number).
	 */
	private static boolean callGlyphBefore(String s, int start) {
		int p = start;
		while (p > 0 && p > start - 2 && s.charAt(p - 1) == ' ') {
			p--;
		}
		if (p == 0) {
			return false;
		}
		char c = s.charAt(p - 1);
		return c == '\u6253' || c == '\u62E8' || c == '\u64A5'; // 打 拨 撥
	}

	/**
	 * The word spelled by single letters joined by one separator ({@code - . _} or a
	 * blank) that ends with the letter at {@code [pos, end)}, or {@code null}. Bounded to
	 * 16 letters.
	 */
	private static String spelledBack(String s, int pos, int end, int from, int[] begin) {
		StringBuilder letters = new StringBuilder(16).append(s.charAt(pos));
		int p = pos;
		while (letters.length() < 16 && p - 2 >= from && "-._ ".indexOf(s.charAt(p - 1)) >= 0
				&& Character.isLetter(s.charAt(p - 2)) && (p - 3 < 0 || !Character.isLetter(s.charAt(p - 3)))) {
			letters.append(s.charAt(p - 2));
			p -= 2;
		}
		if (letters.length() < 3) {
			return null;
		}
		begin[0] = p;
		return letters.reverse().toString().toLowerCase(Locale.ROOT);
	}

	private static String[] normalized(String... words) {
		String[] keys = new String[words.length];
		for (int k = 0; k < words.length; k++) {
			keys[k] = TextNormalizer.normalize(words[k], false).text().toLowerCase(Locale.ROOT);
		}
		return keys;
	}

	/**
	 * Whether a word joins the parts of a split number ("then", "y", "und").
	 * @param word a word, any case
	 * @return {@code true} for connecting words
	 */
	static boolean isConnector(String word) {
		return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a phone word follows a number within a few words ("810 77 58 58 — that's my
	 * cell", "13160286339 पर कॉल करें").
	 * @param s the text
	 * @param end where the number ends
	 * @return {@code true} if a phone word follows
	 */
	static boolean phoneWordAfter(String s, int end) {
		int n = s.length();
		int limit = Math.min(n, end + WINDOW_CHARS);
		if (scriptCue(s, end, limit)) {
			return true;
		}
		int pos = end;
		int words = 0;
		while (pos < limit && words < WINDOW_WORDS) {
			while (pos < limit && !Character.isLetter(s.charAt(pos))) {
				pos++;
			}
			int begin = pos;
			while (pos < limit && Character.isLetter(s.charAt(pos))) {
				pos++;
			}
			if (begin == pos || (pos == limit && limit < n && Character.isLetter(s.charAt(limit)))) {
				break;
			}
			words++;
			String word = s.substring(begin, pos).toLowerCase(Locale.ROOT);
			if (ENGINEERING_WORDS.contains(word)) {
				return false;
			}
			if (PHONE_WORDS.contains(word) && !word.equals("contact") && !word.equals("message") && !word.equals("text")
					&& !word.equals("office") && !word.equals("desk")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a phone word of a script without word spaces occurs in a range.
	 */
	static boolean scriptCue(String s, int from, int to) {
		int start = Math.max(0, from);
		int end = Math.min(s.length(), to);
		for (int i = start; i < end; i++) {
			if (s.charAt(i) < 0x0400) {
				continue;
			}
			for (String cue : SCRIPT_CUES) {
				if (i + cue.length() <= end && s.regionMatches(true, i, cue, 0, cue.length())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a word is a unit or a counter ("mm", "pcs", "rpm").
	 * @param word a word, any case
	 * @return {@code true} for units
	 */
	static boolean isUnit(String word) {
		return UNITS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a word is a phone word ("call", "tel").
	 * @param word a word, any case
	 * @return {@code true} for phone words
	 */
	static boolean isPhoneWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return PHONE_WORDS.contains(lower) || lower.equals("number") || lower.equals("is") || lower.equals("me")
				|| lower.equals("at") || lower.equals("on");
	}

}
