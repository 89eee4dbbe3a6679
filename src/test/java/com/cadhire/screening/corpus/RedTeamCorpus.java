package com.cadhire.screening.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Generates the red-team corpus: contact details in {@value #TACTIC_COUNT_HINT}+ disguise
 * tactics (each a list of sentence templates filled many times from a fixed seed) and
 * engineering / CAD texts that must not be flagged (see {@link EngineeringTexts}). Every
 * row carries its tactic (or engineering category), its source genre, the template index
 * and its split: a template is held out when a hash of tactic and template index says so,
 * so held-out rows use sentence frames never seen while tuning.
 *
 * <p>
 * Run {@link #main(String[])} to rewrite {@code src/test/resources/screening/*.jsonl};
 * {@code RedTeamCorpusTest} fails when the committed files differ from what this class
 * generates.
 */
public final class RedTeamCorpus {

	static final String TACTIC_COUNT_HINT = "40";

	/** Rows per template. */
	static final int FILLS = 6;

	static final long SEED = 11L;

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** One corpus row. */
	public record Row(String text, boolean contact, String tactic, String source, int template, String split) {

		String json() {
			return "{\"text\":" + quote(this.text) + ",\"contact\":" + this.contact + ",\"tactic\":"
					+ quote(this.tactic) + ",\"source\":" + quote(this.source) + ",\"template\":" + this.template
					+ ",\"split\":" + quote(this.split) + "}";
		}

	}

	private RedTeamCorpus() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "src/test/resources/screening");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("redteam-positives.jsonl"), jsonl(positives()), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("redteam-engineering.jsonl"), jsonl(EngineeringTexts.rows()),
				StandardCharsets.UTF_8);
	}

	public static String jsonl(List<Row> rows) {
		StringBuilder out = new StringBuilder();
		for (Row row : rows) {
			out.append(row.json()).append('\n');
		}
		return out.toString();
	}

	/**
	 * Held out when the hash of tactic and template index falls in the lower third.
	 */
	static String split(String tactic, int template) {
		int h = (tactic + "#" + template).hashCode();
		h ^= h >>> 16;
		h *= 0x45d9f3b;
		h ^= h >>> 16;
		return (Math.floorMod(h, 100) < 34) ? "heldout" : "tuning";
	}

	static String quote(String s) {
		StringBuilder out = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	// ---------------------------------------------------------------- fills

	/** Random values for one fill of a template. */
	static final class Fill {

		final Random random;

		final String region;

		final String national;

		final String international;

		final String digits;

		final String first;

		final String last;

		final String user;

		final String provider;

		final String studio;

		final String tld;

		Fill(Random random) {
			this.random = random;
			this.region = pick(random, REGIONS);
			PhoneNumber number = phone(random, this.region);
			this.national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
			this.international = UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
			this.digits = this.national.replaceAll("[^0-9]", "");
			this.first = pick(random, FIRST);
			this.last = pick(random, LAST);
			this.user = switch (random.nextInt(5)) {
				case 0 -> this.first.toLowerCase(Locale.ROOT) + "." + this.last.toLowerCase(Locale.ROOT);
				case 1 -> this.first.toLowerCase(Locale.ROOT) + (70 + random.nextInt(30));
				case 2 ->
					this.first.substring(0, 1).toLowerCase(Locale.ROOT) + "_" + this.last.toLowerCase(Locale.ROOT);
				case 3 -> "cad" + this.last.toLowerCase(Locale.ROOT) + random.nextInt(10);
				default -> this.last.toLowerCase(Locale.ROOT) + "design" + (random.nextInt(90) + 10);
			};
			this.provider = pick(random, PROVIDERS);
			this.studio = pick(random, STUDIOS) + pick(random, STUDIO_SUFFIX);
			this.tld = pick(random, TLDS);
		}

		String email() {
			return this.user + "@" + this.provider + ".com";
		}

		String site() {
			return this.studio.toLowerCase(Locale.ROOT) + "." + this.tld;
		}

	}

	static final String[] REGIONS = { "US", "US", "US", "GB", "GB", "DE", "FR", "ES", "IT", "PL", "NL", "IN", "IN",
			"CN", "BR", "AU", "CA", "MX", "TR", "RU", "JP", "KR", "VN" };

	static final String[] FIRST = { "Jane", "Marek", "Priya", "Luca", "Sofia", "Tomas", "Aiko", "Minh", "Carlos",
			"Elif", "Hannah", "Ravi", "Wei", "Jonas", "Ines", "Omar", "Yuki", "Dmitri", "Ana", "Kofi" };

	static final String[] LAST = { "Roe", "Keller", "Sharma", "Bianchi", "Nowak", "Costa", "Tanaka", "Nguyen", "Ortega",
			"Yilmaz", "Berger", "Iyer", "Zhang", "Lind", "Moreau", "Haddad", "Sato", "Volkov", "Silva", "Mensah" };

	static final String[] PROVIDERS = { "gmail", "outlook", "yahoo", "hotmail", "protonmail", "icloud", "gmx" };

	static final String[] STUDIOS = { "Roe", "Keller", "Apex", "Torque", "Fillet", "Chamfer", "Datum", "Vertex",
			"Spline", "Nordic", "Forge", "Lattice" };

	static final String[] STUDIO_SUFFIX = { "CAD", "Design", "Works", "Studio", "Engineering", "3D" };

	static final String[] TLDS = { "com", "net", "de", "io", "co.uk", "studio", "design", "eu" };

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static PhoneNumber phone(Random random, String region) {
		PhoneNumberUtil.PhoneNumberType type = random.nextBoolean() ? PhoneNumberUtil.PhoneNumberType.MOBILE
				: PhoneNumberUtil.PhoneNumberType.FIXED_LINE;
		PhoneNumber example = UTIL.getExampleNumberForType(region, type);
		if (example == null) {
			example = UTIL.getExampleNumber(region);
		}
		String base = String.valueOf(example.getNationalNumber());
		for (int attempt = 0; attempt < 200; attempt++) {
			char[] digits = base.toCharArray();
			int keep = Math.min(digits.length - 4, 3 + random.nextInt(2));
			for (int k = Math.max(keep, 1); k < digits.length; k++) {
				digits[k] = (char) ('0' + random.nextInt(10));
			}
			PhoneNumber candidate = new PhoneNumber().setCountryCode(example.getCountryCode())
				.setNationalNumber(Long.parseLong(new String(digits)));
			if (UTIL.isValidNumberForRegion(candidate, region)) {
				return candidate;
			}
		}
		return example;
	}

	// ---------------------------------------------------------------- renderers

	static final String[][] NUMBER_WORDS = {
			{ "en", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" },
			{ "es", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" },
			{ "pt", "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove" },
			{ "fr", "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf" },
			{ "de", "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun" },
			{ "it", "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove" },
			{ "pl", "zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć" },
			{ "ru", "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять" },
			{ "tr", "sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz" },
			{ "hi", "shunya", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau" },
			{ "zh", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" },
			{ "nl", "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen" } };

	static String words(String lang, String digits, String separator) {
		for (String[] table : NUMBER_WORDS) {
			if (table[0].equals(lang)) {
				StringBuilder out = new StringBuilder();
				for (int i = 0; i < digits.length(); i++) {
					if (i > 0) {
						out.append(separator);
					}
					out.append(table[1 + digits.charAt(i) - '0']);
				}
				return out.toString();
			}
		}
		throw new IllegalArgumentException(lang);
	}

	static String script(String digits, int zero) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			out.appendCodePoint(Character.isDigit(c) ? zero + (c - '0') : c);
		}
		return out.toString();
	}

	static String keycaps(String digits) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			out.append(c);
			if (Character.isDigit(c)) {
				out.append("\uFE0F\u20E3");
			}
		}
		return out.toString();
	}

	static String groups(String digits, String separator, int... sizes) {
		StringBuilder out = new StringBuilder();
		int p = 0;
		for (int k = 0; k < sizes.length && p < digits.length(); k++) {
			if (k > 0) {
				out.append(separator);
			}
			int end = (k == sizes.length - 1) ? digits.length() : Math.min(digits.length(), p + sizes[k]);
			out.append(digits, p, end);
			p = end;
		}
		if (p < digits.length()) {
			out.append(separator).append(digits.substring(p));
		}
		return out.toString();
	}

	static String phoneGroups(Fill f, String separator) {
		return groups(f.digits, separator, 3, 3, 4);
	}

	static String lookAlike(String digits, Random random) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c == '0' && random.nextInt(3) > 0) {
				out.append(random.nextBoolean() ? 'O' : 'o');
			}
			else if (c == '1' && random.nextInt(3) > 0) {
				out.append(random.nextBoolean() ? 'l' : 'I');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	static String leet(String word) {
		return word.replace('o', '0').replace('i', '1').replace('e', '3').replace('a', '4');
	}

	static String spaced(String word, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < word.length(); i++) {
			if (i > 0) {
				out.append(separator);
			}
			out.append(word.charAt(i));
		}
		return out.toString();
	}

	static final String[] NATO = { "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
			"juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
			"uniform", "victor", "whiskey", "xray", "yankee", "zulu" };

	static String nato(String word) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < word.length(); i++) {
			char c = Character.toLowerCase(word.charAt(i));
			if (out.length() > 0) {
				out.append(' ');
			}
			if (c >= 'a' && c <= 'z') {
				out.append(NATO[c - 'a']);
			}
			else if (c >= '0' && c <= '9') {
				out.append(NUMBER_WORDS[0][1 + c - '0']);
			}
			else {
				out.append(c == '.' ? "dot" : String.valueOf(c));
			}
		}
		return out.toString();
	}

	static String vanity(String letters) {
		return letters;
	}

	// ---------------------------------------------------------------- tactics

	/** A disguise tactic: templates whose {} is replaced by the disguised value. */
	record Tactic(String name, String source, Function<Fill, String> value, String... templates) {
	}

	static List<Tactic> tactics() {
		List<Tactic> t = new ArrayList<>();
		t.add(new Tactic("plain phone", "chat", (f) -> f.national, "Call me on {} after five.",
				"my number is {} if anything's unclear", "Easier by phone: {}", "You can reach me at {} today.",
				"ring {} and ask for {first}", "{} — that's my cell"));
		t.add(new Tactic("plain e-mail", "chat", (f) -> f.email(), "Send the STEP files to {} please.", "my email: {}",
				"Write me at {} and I'll quote tonight.", "{} is the best way to reach me", "drop a line to {}",
				"cc {} on the drawings"));
		for (String lang : new String[] { "en", "es", "pt", "fr", "de", "it", "pl", "ru", "tr", "hi", "zh", "nl" }) {
			String frameA = switch (lang) {
				case "es" -> "Llámame al {}";
				case "pt" -> "Me liga no {}";
				case "fr" -> "Appelle-moi au {}";
				case "de" -> "Ruf mich an: {}";
				case "it" -> "Chiamami al {}";
				case "pl" -> "Zadzwoń: {}";
				case "ru" -> "Позвони мне: {}";
				case "tr" -> "Beni ara: {}";
				case "hi" -> "mera number hai {}";
				case "zh" -> "我的电话是{}";
				case "nl" -> "Bel me op {}";
				default -> "call me on {}";
			};
			t.add(new Tactic("number words " + lang, (lang.equals("en")) ? "chat" : "multilingual chat",
					(f) -> words(lang, f.digits, lang.equals("zh") ? "" : " "), frameA, "{}", "my whatsapp {} thanks",
					"number: {}", "ok so {} (text only)", "{first} here, {}"));
		}
		t.add(new Tactic("number words mixed with digits", "chat", (f) -> {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < f.digits.length(); i++) {
				char c = f.digits.charAt(i);
				out.append((i % 2 == 0) ? String.valueOf(c) : NUMBER_WORDS[0][1 + c - '0']);
				out.append(' ');
			}
			return out.toString().trim();
		}, "call {}", "my digits are {}", "{} anytime", "phone {} evenings"));
		t.add(new Tactic("digits in Devanagari", "multilingual chat", (f) -> script(f.digits, 0x0966),
				"मेरा नंबर {} है", "call me {}", "WhatsApp करें {}", "संपर्क: {}"));
		t.add(new Tactic("digits in Arabic-Indic", "multilingual chat", (f) -> script(f.digits, 0x0660), "رقمي {}",
				"call {} please", "واتساب {}", "{} my number"));
		t.add(new Tactic("fullwidth digits", "chat", (f) -> script(phoneGroups(f, "-"), 0xFF10), "tel {}",
				"my phone is {}", "{} call after 6", "電話 {}"));
		t.add(new Tactic("phone inside Chinese text", "multilingual chat", (f) -> f.digits, "我的电话是{}，欢迎联系", "手机：{}",
				"加我微信{}", "联系方式{}谢谢", "有问题打{}"));
		t.add(new Tactic("phone inside Devanagari text", "multilingual chat", (f) -> f.digits, "मेरा मोबाइल नंबर {} है",
				"कृपया {} पर कॉल करें", "फ़ोन: {}", "व्हाट्सएप {} पर संदेश भेजें"));
		t.add(new Tactic("emoji keycap digits", "chat", (f) -> keycaps(f.digits), "call {}", "{}", "my number {}",
				"📱 {}"));
		t.add(new Tactic("circled digits", "chat",
				(f) -> script(f.digits.replace('0', '\u24EA'), 0x2460 - 1).replace("\u245F", "\u24EA"), "text {}",
				"{} whatsapp", "number ➜ {}"));
		t.add(new Tactic("look-alike letters O l I", "chat", (f) -> lookAlike(phoneGroups(f, "-"), f.random),
				"call me {}", "my cell {}", "{} after 5pm", "ph. {}", "reach me on {}"));
		t.add(new Tactic("reversed digits", "chat", (f) -> new StringBuilder(f.digits).reverse().toString(),
				"my number backwards: {}", "read this in reverse: {}", "reverse it and call: {}",
				"{} (reversed, you know why)"));
		t.add(new Tactic("split over lines", "chat", (f) -> groups(f.digits, "\n", 3, 3, 4), "call\n{}",
				"{}\nthat's me", "my number\n{}", "ok\n{}\ntext me"));
		t.add(new Tactic("split with connecting words", "chat", (f) -> groups(f.digits, " then ", 3, 3, 4), "call {}",
				"number is {}", "{} works", "dial {} after 6"));
		t.add(new Tactic(
				"split with connecting words other languages", "multilingual chat", (f) -> groups(f.digits,
						pick(f.random, new String[] { " y ", " und ", " et ", " e ", " aur ", " i " }), 3, 3, 4),
				"{}", "numero {}", "telefon {}", "{} whatsapp"));
		t.add(new Tactic("groups given out of order", "chat",
				(f) -> "last four " + f.digits.substring(f.digits.length() - 4) + ", first three "
						+ f.digits.substring(0, 3) + ", middle " + f.digits.substring(3, f.digits.length() - 4),
				"my number: {}", "{} — you figure it out", "phone: {}"));
		t.add(new Tactic("area code last", "chat", (f) -> f.digits.substring(3, 6) + " " + f.digits.substring(6)
				+ ", area code " + f.digits.substring(0, 3), "call {}", "{} call after 6", "my cell {}"));
		t.add(new Tactic("arithmetic to rebuild a number", "chat", (f) -> {
			long value = Long.parseLong(f.digits.substring(1));
			long a = value / 2;
			return "add " + a + " and " + (value - a) + ", put " + f.digits.charAt(0) + " in front";
		}, "my number: {}", "to call me, {}", "{} and that's my phone"));
		t.add(new Tactic("arithmetic per group", "chat",
				(f) -> f.digits.substring(0, 3) + " then " + (Integer.parseInt(f.digits.substring(3, 6)) - 1)
						+ " plus one then " + f.digits.substring(6),
				"call {}", "my number is {}", "{} (you can do the math)"));
		t.add(new Tactic("unusual separator slash", "chat", (f) -> phoneGroups(f, "/"), "call {}", "{}", "phone {}",
				"{} anytime"));
		t.add(new Tactic("unusual separator x", "chat", (f) -> phoneGroups(f, " x "), "{}", "my number {}",
				"{} call me", "cell: {}"));
		t.add(new Tactic("brackets around each group", "chat", (f) -> "[" + phoneGroups(f, "][") + "]", "{}",
				"number {}", "{} ok?", "(call) {}"));
		t.add(new Tactic("bullets and arrows between groups", "chat",
				(f) -> phoneGroups(f, pick(f.random, new String[] { " • ", " > ", " : ", " = ", " ~ ", "|" })), "{}",
				"call {}", "{} thx", "text {}"));
		t.add(new Tactic("vanity number", "marketplace", (f) -> "1-800-" + pick(f.random, VANITY), "call {}",
				"our line: {}", "{} — ask for {first}", "dial {} for a quote"));
		t.add(new Tactic("NATO alphabet e-mail", "chat", (f) -> nato(f.user) + " at " + f.provider, "{}", "email {}",
				"write to {} dot com", "mail: {}"));
		t.add(new Tactic("leetspeak e-mail domain", "chat",
				(f) -> f.user + "@" + leet(f.provider) + "." + pick(f.random, new String[] { "c0m", "com", "n3t" }),
				"{}", "mail me {}", "my email {}", "{} for the files"));
		t.add(new Tactic("broken e-mail punctuation", "chat",
				(f) -> f.user + pick(f.random, new String[] { " @", "@ ", " @ ", "@@" }) + f.provider
						+ pick(f.random, new String[] { " . com", ",com", ". com", " .com", "..com", " com" }),
				"{}", "email: {}", "send it to {}", "my mail {}"));
		t.add(new Tactic("symbol substitutes with instruction", "chat", (f) -> {
			String sym = pick(f.random, new String[] { "#", "%", "*", "&", "$", "~" });
			return f.user + sym + f.provider + sym + "com (replace " + sym + " with the usual symbols)";
		}, "{}", "mail: {}", "contact {}"));
		t.add(new Tactic("symbol substitutes, instruction first", "chat", (f) -> {
			String sym = pick(f.random, new String[] { "#", "%", "*", "!" });
			return "swap " + sym + " for @ and dot: " + f.user + sym + f.provider + sym + "com";
		}, "{}", "email — {}", "ok {}"));
		t.add(new Tactic("at and dot in other languages", "multilingual chat",
				(f) -> f.user + " "
						+ pick(f.random,
								new String[] { "arroba", "chiocciola", "arobase", "klammeraffe", "małpa", "собака" })
						+ " " + f.provider + " "
						+ pick(f.random, new String[] { "punto", "point", "punkt", "ponto", "kropka" }) + " com",
				"{}", "mi correo: {}", "mail {}", "{} grazie"));
		t.add(new Tactic(
				"at/dot words in brackets and dashes", "chat", (
						f) -> f.user
								+ pick(f.random,
										new String[] {
												" -at- ", " (at) ", " {at} ", " <at> ", " _at_ ", " (at sign) " })
								+ f.provider
								+ pick(f.random,
										new String[] { " -dot- com", " (dot) com", " {dot} com", " <dot> com",
												" _dot_ com", " (period) com" }),
				"{}", "email {}", "write {}", "{} thanks"));
		t.add(new Tactic("letter-by-letter spelling", "chat",
				(f) -> spaced(f.user, pick(f.random, new String[] { " ", "-", ". " })) + " at "
						+ spaced(f.provider, pick(f.random, new String[] { " ", "-" })) + " dot com",
				"{}", "spelling it out: {}", "mail {}"));
		t.add(new Tactic("implied e-mail provider plus rule", "chat", (f) -> f.provider,
				"my {} is {user}, you know the rest", "{user} on {} dot com", "same as my name here at {}",
				"first name dot last name at {} ({first} {last})", "I'm {user} at {}, add the usual ending",
				"my username + {} dot com"));
		t.add(new Tactic("spaced or punctuated domain", "profile",
				(f) -> pick(f.random,
						new String[] { spaced(f.site(), " "), f.studio.toLowerCase(Locale.ROOT) + " . " + f.tld,
								f.studio.toLowerCase(Locale.ROOT) + "," + f.tld,
								f.studio.toLowerCase(Locale.ROOT) + " dot " + f.tld,
								"www " + f.studio.toLowerCase(Locale.ROOT) + " " + f.tld,
								f.studio.toLowerCase(Locale.ROOT) + "·" + f.tld }),
				"portfolio: {}", "see my site {}", "more work at {}", "visit {} for samples", "{} (my website)"));
		t.add(new Tactic("defanged url", "forum",
				(f) -> "hxxps://" + f.studio.toLowerCase(Locale.ROOT) + "[.]" + f.tld + "/portfolio", "{}", "see {}",
				"renders at {}"));
		t.add(new Tactic("messenger regional", "chat",
				(f) -> pick(f.random,
						new String[] { "WeChat", "LINE", "KakaoTalk", "Zalo", "Viber", "Signal", "Threema", "Telegram",
								"QQ", "Skype", "Kakao", "imo" }),
				"add me on {}: {user}", "{} ID {user}", "my {} is {user}", "{user} on {}", "find me on {} — {user}",
				"{}: {user}"));
		t.add(new Tactic("messenger with number", "chat",
				(f) -> pick(f.random,
						new String[] { "WeChat", "LINE", "Zalo", "Viber", "Signal", "Telegram", "QQ", "WhatsApp" }),
				"{} {national}", "my {} is {national}", "{}: {national}", "ping me on {} at {national}"));
		t.add(new Tactic("messenger spelled with spaces", "chat",
				(f) -> spaced(pick(f.random,
						new String[] { "whatsapp", "telegram", "wechat", "skype", "signal", "viber", "discord" }),
						pick(f.random, new String[] { " ", ".", "-" })),
				"add me on {} {user}", "{}: {user}", "my {} is {user}", "{} {national}"));
		t.add(new Tactic("messenger split words", "chat",
				(f) -> pick(f.random,
						new String[] { "whats app", "tele gram", "we chat", "kakao talk", "sky pe", "dis cord" }),
				"{} {user}", "hit me on {}: {user}", "{} me at {national}"));
		t.add(new Tactic("social abbreviation plus page", "profile",
				(f) -> pick(f.random, new String[] { "ig", "IG", "fb", "FB", "li", "tw", "yt", "insta", "gh" }),
				"{}: {studio}", "{}/{studio}", "{} — {user}", "follow {} {user}", "{} @{user}"));
		t.add(new Tactic("on the network", "chat",
				(f) -> pick(f.random,
						new String[] { "insta", "the gram", "ig", "linkedin", "fb", "behance", "tiktok" }),
				"I'm {user} on {}", "on {} I'm {user}", "look for {user} on {}", "{user} over on {}"));
		t.add(new Tactic("forum handle syntax", "forum", (f) -> f.user, "PM me, I'm u/{} on reddit",
				"/u/{} on the subreddit", "msg u/{}", "I post as u/{} — DM there", "[user]{}[/user] on the forum"));
		t.add(new Tactic("off-platform pointer without address", "marketplace", (f) -> f.first + " " + f.last,
				"search {} on LinkedIn", "just google {} CAD, I'm the first hit", "same handle on Behance, {user}",
				"my Fiverr profile has more reviews, same name", "find {studio} on Google Maps and drop by",
				"look up {studio} on Instagram", "we're listed on Google Maps as {studio}",
				"check my Upwork, I'm {} there", "my shop on Etsy has the rest",
				"I'm on Freelancer too, same username"));
		t.add(new Tactic("street address continental Europe", "marketplace", (f) -> pick(f.random, EU_ADDRESSES),
				"ship the parts to {}", "our workshop: {}", "you can pick it up at {}", "address: {}",
				"I'm at {} most days"));
		t.add(new Tactic("street address East and South Asia", "marketplace", (f) -> pick(f.random, ASIA_ADDRESSES),
				"ship to {}", "our office is {}", "address: {}", "send the samples to {}"));
		t.add(new Tactic("footer business address line", "file", (f) -> pick(f.random, FOOTERS), "{}",
				"Regards,\n{first} {last}\n{}", "--\n{}", "{studio}\n{}"));
		t.add(new Tactic("engineering camouflage of a phone number", "forum",
				(f) -> (f.region.equals("US") ? groups(f.digits, "-", 3, 3, 4) : f.national), "The part number is {}",
				"Drawing number is {} rev B", "P/N {} (call if unsure)", "Serial: {}", "ref no {}",
				"Part no. {}, qty 1", "DWG {} sheet 1"));
		t.add(new Tactic("international phone plain", "marketplace", (f) -> f.international, "WhatsApp {}",
				"{} (mobile)", "direct line {}", "office {}"));
		t.add(new Tactic("invisible characters in phone", "chat", (f) -> spaced(f.digits, "\u200B"), "call {}", "{}",
				"number {}"));
		// ---- added in session 3: shapes the first 61 tactics lack (appended, so the
		// rows above are unchanged)
		t.add(new Tactic("international phone with dots", "marketplace", (f) -> f.international.replace(' ', '.'),
				"ring me: {}", "{} (whatsapp)", "tel. {}", "Mobile {} any time", "my cell {}", "{} - call after 6"));
		t.add(new Tactic("post box in other languages", "marketplace", (f) -> pick(f.random, PO_BOXES),
				"send the invoice to {}", "postal address: {}", "samples by post to {}", "{} (our mailbox)"));
		t.add(new Tactic("handle after a dash or arrow", "chat", (f) -> f.user, "Telegram — @{}",
				"discord -> {}#" + "4521", "insta: @{}", "skype - live:{}", "TG @{} faster", "Signal — @{}.01"));
		t.add(new Tactic("same name on a marketplace", "marketplace", (f) -> f.user, "same username on Upwork: {}",
				"I'm {} on Fiverr as well", "look for {} on Freelancer", "find me as {} on Behance",
				"{} over on Etsy, same shop", "my Upwork profile is {}"));
		t.add(new Tactic("e-mail with at/dot written out and period", "chat", (f) -> f.user + " at " + f.provider,
				"{} period com", "{} dot c o m", "{} dt com", "write {} dot com", "{} punkt de", "{} point fr"));
		t.add(new Tactic("phone with country named", "multilingual chat", (f) -> f.national, "UK mobile {}",
				"German number {}", "my Indian cell {}", "call me in Spain {}", "Brazil WhatsApp {}",
				"Japan office {}"));
		return t;
	}

	static final String[] PO_BOXES = { "Postfach 10 12 34, 70011 Stuttgart", "Apartado de Correos 123, 28080 Madrid",
			"Case postale 12, 1211 Genève 3", "Casella Postale 45, 20100 Milano",
			"Skrytka pocztowa 77, 00-950 Warszawa", "Postbus 123, 1000 AC Amsterdam", "PO Box 4471, Dubai",
			"P.O. Box 1234, Nairobi 00100" };

	static final String[] VANITY = { "CAD-HELP", "FLOWERS", "DESIGNS", "MACHINE", "GO-PARTS", "PROTO-3D" };

	static final String[] EU_ADDRESSES = { "Hauptstraße 12, 10115 Berlin", "Industriestr. 5, 70565 Stuttgart",
			"12 rue de la Paix, 75002 Paris", "Via Roma 21, 00184 Roma", "Calle Mayor 5, 28013 Madrid",
			"ul. Marszałkowska 10/4, 00-590 Warszawa", "Keizersgracht 123, 1015 CJ Amsterdam",
			"Rua Augusta 45, 1100-048 Lisboa", "Drottninggatan 8, 111 51 Stockholm", "Vinohradská 12, 120 00 Praha 2",
			"Mariahilfer Straße 77, 1060 Wien", "Avenue Louise 54, 1050 Bruxelles", "Nørregade 7, 1165 København",
			"Bahnhofstrasse 3, 8001 Zürich", "Corso Buenos Aires 9, 20124 Milano" };

	static final String[] ASIA_ADDRESSES = { "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001", "東京都渋谷区神宮前1-2-3",
			"88 Nanjing Road, Huangpu District, Shanghai 200001", "上海市黄浦区南京东路88号",
			"123 Teheran-ro, Gangnam-gu, Seoul 06133", "서울특별시 강남구 테헤란로 123", "Plot 14, Sector 18, Gurugram 122015",
			"42 MG Road, Bengaluru 560001", "15 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh",
			"10 Anson Road, #12-05, Singapore 079903", "99/1 Sukhumvit Soi 11, Bangkok 10110",
			"Flat 3B, 21 Nathan Road, Tsim Sha Tsui, Kowloon" };

	static final String[] FOOTERS = { "Keller Engineering GmbH · Industriestraße 5 · 70565 Stuttgart · Germany",
			"© 2025 Roe Design Ltd | Unit 4, Mill Lane | Leeds LS1 4AB",
			"Apex Works S.L. – Calle Mayor 5 – 28013 Madrid",
			"Datum Studio SARL, 12 rue de la Paix, 75002 Paris, France",
			"Vertex BV | Keizersgracht 123 | 1015 CJ Amsterdam | KvK 12345678",
			"Registered office: Via Roma 21, 00184 Roma (RM), P.IVA 01234567890" };

	static List<Row> positives() {
		Random random = new Random(SEED);
		List<Row> rows = new ArrayList<>();
		for (Tactic tactic : tactics()) {
			for (int k = 0; k < tactic.templates().length; k++) {
				String split = split(tactic.name(), k);
				for (int fill = 0; fill < FILLS; fill++) {
					Fill f = new Fill(random);
					String text = tactic.templates()[k].replace("{}", tactic.value().apply(f))
						.replace("{user}", f.user)
						.replace("{first}", f.first)
						.replace("{last}", f.last)
						.replace("{studio}", f.studio)
						.replace("{national}", f.national);
					rows.add(new Row(text, true, tactic.name(), tactic.source(), k, split));
				}
			}
		}
		return rows;
	}

}
