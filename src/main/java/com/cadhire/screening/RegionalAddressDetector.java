package com.cadhire.screening;

import java.util.List;
import java.util.Set;

/**
 * Addresses in shapes the street-type and postcode detectors do not read:
 * <ul>
 * <li>a full UK postcode ("LS1 4AB", "SW1A 1AA") with a street word or a unit before it
 * on the same line ("Unit 4, Mill Lane | Leeds LS1 4AB", a business address in a page
 * footer);</li>
 * <li>Chinese, Japanese and Korean addresses: a run of ideographs or Hangul holding at
 * least two administrative markers (省 市 区 都 県 路 号 丁目 …, 시 구 동 로 길 …) and a number
 * ("東京都渋谷区神宮前1-2-3", "서울특별시 강남구 테헤란로 123");</li>
 * <li>romanised East and South Asian addresses: a marker (ward and district suffixes
 * "-ku", "-gu", "-ro", "-dong", words such as "Soi", "Sector", "Plot", "Quan", "Nagar",
 * "Jalan") and a number, with a postcode in a regional format or a large city, within one
 * line ("Plot 14, Sector 18, Gurugram 122015", "1-2-3 Jingumae, Shibuya-ku, Tokyo
 * 150-0001").</li>
 * </ul>
 * Linear: one pass over the tokens with a window of a bounded number of tokens.
 */
final class RegionalAddressDetector implements Detector {

	private static final int WINDOW = 14;

	private static final Set<String> UK_STREET = Words.set("street", "st", "road", "rd", "lane", "ln", "avenue", "ave",
			"close", "way", "drive", "court", "place", "square", "crescent", "terrace", "grove", "gardens", "row",
			"mews", "park", "estate", "house", "unit", "units", "industrial", "business", "centre", "center", "hill",
			"green", "walk", "parade", "wharf", "quay", "yard", "works", "mill", "farm", "floor", "suite", "building");

	private static final Set<String> ASIAN_MARKER_WORDS = Words.set("soi", "moo", "sector", "plot", "quan", "phuong",
			"huyen", "nagar", "marg", "jalan", "jl", "taman", "barangay", "brgy", "khet", "khwaeng", "tambon", "amphoe",
			"chome", "ward", "district", "tp", "thanon", "lorong", "kampung", "kelurahan", "kecamatan", "kota", "phase",
			"colony", "chowk", "gali", "mohalla", "tehsil", "taluk", "sub-district", "subdistrict", "xa", "duong");

	private static final String[] ASIAN_SUFFIXES = { "-ku", "-gu", "-ro", "-gil", "-dong", "-shi", "-si", "-cho",
			"-machi", "-ken", "-gun", "-myeon", "-eup", "-do", "-ri" };

	private static final Set<String> ASIAN_CITIES = Words.set("tokyo", "osaka", "kyoto", "yokohama", "nagoya",
			"sapporo", "fukuoka", "kobe", "seoul", "busan", "incheon", "daegu", "daejeon", "bangkok", "gurugram",
			"gurgaon", "noida", "delhi", "mumbai", "bengaluru", "bangalore", "chennai", "pune", "hyderabad", "kolkata",
			"ahmedabad", "jaipur", "shanghai", "beijing", "shenzhen", "guangzhou", "hangzhou", "suzhou", "chengdu",
			"hanoi", "saigon", "minh", "singapore", "jakarta", "surabaya", "bandung", "manila", "quezon", "cebu",
			"taipei", "taichung", "kaohsiung", "kuala", "lumpur", "penang", "colombo", "dhaka", "karachi", "lahore",
			"islamabad", "kathmandu", "chiang", "phuket", "danang");

	/** Chinese and Japanese administrative markers (one char each, or 丁目 / 番地). */
	private static final String CJK_MARKERS = "省市区區县縣都道府県町村路街巷弄号號镇鎮乡鄉郡丁番栋棟室楼樓";

	/** Markers a house or block number follows: streets, lanes, city blocks. */
	private static final String STREET_MARKERS = "路街巷弄道里前目町丁";

	/** Korean administrative suffixes at the end of a Hangul word. */
	private static final String HANGUL_MARKERS = "시도구군동로길읍면리";

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		cjk(s, out);
		List<Tokens.Token> tokens = text.tokens();
		for (int k = 0; k < tokens.size(); k++) {
			Tokens.Token t = tokens.get(k);
			if (t.word() && k + 1 < tokens.size() && isUkOutward(t.text()) && isUkInward(tokens.get(k + 1).text())
					&& tokens.get(k + 1).start() == t.end() + 1) {
				int start = ukStreetStart(s, tokens, k);
				if (start >= 0) {
					out.add(new Candidate(ContactKind.ADDRESS, start, tokens.get(k + 1).end(),
							"Looks like a street address"));
					k++;
					continue;
				}
			}
			int box = postBoxEnd(tokens, k);
			if (box > 0) {
				out.add(new Candidate(ContactKind.ADDRESS, t.start(), tokens.get(box).end(),
						"Looks like a street or postal address"));
				k = box;
				continue;
			}
			if (t.word() && (ASIAN_MARKER_WORDS.contains(t.lower()) || asianSuffix(t.lower()))) {
				int end = asian(tokens, k);
				if (end > 0) {
					int start = asianStart(tokens, k);
					out.add(new Candidate(ContactKind.ADDRESS, tokens.get(start).start(), tokens.get(end).end(),
							"Looks like a street address"));
					while (k < tokens.size() && tokens.get(k).end() <= tokens.get(end).end()) {
						k++;
					}
					k--;
				}
			}
		}
	}

	// ---- post boxes in other languages

	/** One-word post-box names: "Postfach 10 12 34", "Postbus 123", "Postboks 45". */
	private static final Set<String> POST_BOX_WORDS = Words.set("postfach", "postbus", "postboks", "postbox",
			"apartado", "postilokero", "pob", "p.o.b", "bp");

	/** Two-word post-box names: "Case postale 12", "Casella postale 45". */
	private static final Set<String> POST_BOX_PAIRS = Words.set("case postale", "casella postale", "caixa postal",
			"boite postale", "skrytka pocztowa", "apartado postal", "apartado correos", "casilla postal",
			"casilla correo", "post box", "postal box", "posta kutusu");

	/**
	 * A post box named in another language followed by its number (one to three digit
	 * groups): "Postfach 10 12 34", "Case postale 12".
	 * @return the index of the number's last token, or -1
	 */
	private static int postBoxEnd(List<Tokens.Token> tokens, int k) {
		Tokens.Token t = tokens.get(k);
		if (!t.word()) {
			return -1;
		}
		int next = -1;
		if (POST_BOX_WORDS.contains(t.lower()) && (t.capitalized() || t.text().equals("BP"))) {
			next = k + 1;
		}
		else if (k + 1 < tokens.size() && POST_BOX_PAIRS.contains(t.lower() + " " + tokens.get(k + 1).lower())) {
			next = k + 2;
		}
		else if (k + 2 < tokens.size() && tokens.get(k + 1).is("de")
				&& POST_BOX_PAIRS.contains(t.lower() + " " + tokens.get(k + 2).lower())) {
			next = k + 3; // "Apartado de Correos 123"
		}
		if (next < 0 || next >= tokens.size() || !tokens.get(next).numeric()) {
			return -1;
		}
		int end = next;
		while (end + 1 < tokens.size() && end - next < 2 && tokens.get(end + 1).numeric()
				&& tokens.get(end + 1).start() == tokens.get(end).end() + 1) {
			end++;
		}
		return end;
	}

	// ---- UK postcodes

	/** "LS1", "SW1A", "M1", "EC2V". */
	private static boolean isUkOutward(String w) {
		int n = w.length();
		if (n < 2 || n > 4 || !isUpper(w.charAt(0))) {
			return false;
		}
		int i = 1;
		if (isUpper(w.charAt(i))) {
			i++;
		}
		if (i >= n || !isDigit(w.charAt(i))) {
			return false;
		}
		i++;
		if (i < n && (isDigit(w.charAt(i)) || isUpper(w.charAt(i)))) {
			i++;
		}
		return i == n;
	}

	/** "4AB". */
	private static boolean isUkInward(String w) {
		return w.length() == 3 && isDigit(w.charAt(0)) && isUpper(w.charAt(1)) && isUpper(w.charAt(2));
	}

	/**
	 * The start of the address before a UK postcode at token {@code k}: a street word or
	 * a unit in the {@value #WINDOW} tokens before on the same line, preceded by a number
	 * or a capitalised name.
	 * @return the start, or -1
	 */
	private static int ukStreetStart(String s, List<Tokens.Token> tokens, int k) {
		int start = -1;
		for (int m = k - 1; m >= Math.max(0, k - WINDOW); m--) {
			Tokens.Token t = tokens.get(m);
			if (t.text().equals("\n") || t.text().equals("|") && start >= 0) {
				break;
			}
			if (t.word() && UK_STREET.contains(t.lower()) && t.capitalized()) {
				start = t.start();
				if (m > 0 && (tokens.get(m - 1).capitalized() || tokens.get(m - 1).numeric())) {
					start = tokens.get(m - 1).start();
				}
			}
		}
		return start;
	}

	// ---- romanised Asian addresses

	private static boolean asianSuffix(String lower) {
		for (String suffix : ASIAN_SUFFIXES) {
			if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads the window after a marker at token {@code k}: needs a number next to a
	 * marker, and a regional postcode or a large city.
	 * @return the index of the last token of the address, or -1
	 */
	private static int asian(List<Tokens.Token> tokens, int k) {
		int from = Math.max(0, k - 4);
		int to = Math.min(tokens.size() - 1, k + WINDOW);
		int markers = 0;
		boolean number = false;
		boolean place = false;
		int last = -1;
		for (int m = from; m <= to; m++) {
			Tokens.Token t = tokens.get(m);
			if (t.text().equals("\n")) {
				if (m > k) {
					break;
				}
				markers = 0;
				number = false;
				place = false;
				continue;
			}
			if (!t.word()) {
				continue;
			}
			String lower = t.lower();
			if (ASIAN_MARKER_WORDS.contains(lower) || asianSuffix(lower)) {
				markers++;
				last = Math.max(last, m);
			}
			else if (isAsianPostcode(t.text()) && m > k) {
				place = true;
				last = m;
			}
			else if (ASIAN_CITIES.contains(lower) && t.capitalized()) {
				place = true;
				last = Math.max(last, m);
			}
			else if (startsWithDigit(t.text()) && t.text().length() <= 6) {
				number = true;
			}
		}
		return (markers >= 1 && number && place && last >= k) ? last : -1;
	}

	private static int asianStart(List<Tokens.Token> tokens, int k) {
		int start = k;
		for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
			Tokens.Token t = tokens.get(m);
			if (t.text().equals("\n") || t.text().equals(":")
					|| (t.word() && !t.capitalized() && !startsWithDigit(t.text()))) {
				break;
			}
			if (t.word()) {
				start = m;
			}
		}
		return start;
	}

	/** Six digits (India), five (Thailand, Korea), "NNN-NNNN" (Japan). */
	private static boolean isAsianPostcode(String w) {
		int n = w.length();
		if (n == 8 && w.charAt(3) == '-') {
			return allDigits(w, 0, 3) && allDigits(w, 4, 8);
		}
		return (n == 5 || n == 6) && allDigits(w, 0, n) && w.charAt(0) != '0' || (n == 5 && allDigits(w, 0, n));
	}

	// ---- Chinese, Japanese, Korean scripts

	private static void cjk(String s, List<Candidate> out) {
		int n = s.length();
		int i = 0;
		while (i < n) {
			if (!isCjkOrHangul(s.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int markers = 0;
			int lastMarker = -1;
			boolean digits = false;
			boolean houseNumber = false;
			int end = i;
			while (i < n && i - start < 120) {
				char c = s.charAt(i);
				if (isCjkOrHangul(c)) {
					boolean wordEnd = i + 1 >= n || !isHangul(s.charAt(i + 1));
					if (CJK_MARKERS.indexOf(c) >= 0 || (isHangul(c) && wordEnd && HANGUL_MARKERS.indexOf(c) >= 0)) {
						markers++;
						lastMarker = i;
					}
					end = i + 1;
				}
				else if (isDigit(c) || (c == '-' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
					digits |= isDigit(c);
					// a house number: right after a street or block marker, or right
					// before 号 / 番 / 栋 / 室 / 楼 ("南京东路88号", "神宮前1-2-3", "테헤란로 123")
					int before = i - 1;
					while (before > start && s.charAt(before) == ' ') {
						before--;
					}
					char prev = s.charAt(before);
					houseNumber |= isDigit(c) && before < i && (STREET_MARKERS.indexOf(prev) >= 0
							|| (isHangul(prev) && HANGUL_MARKERS.indexOf(prev) >= 0) || (!isDigit(prev) && prev != '-'
									&& isCjkOrHangul(prev) && i + 1 < n && hasNumberSuffix(s, i)));
					end = i + 1;
				}
				else if (c != ' ') {
					break;
				}
				i++;
			}
			if (markers >= 2 && digits && houseNumber && lastMarker >= 0) {
				out.add(new Candidate(ContactKind.ADDRESS, start, end, "Looks like a street address"));
			}
			i = Math.max(i, start + 1);
		}
	}

	/** Whether the digits starting at {@code i} end in 号, 號, 番, 栋, 棟, 室, 楼 or 樓. */
	private static boolean hasNumberSuffix(String s, int i) {
		int k = i;
		while (k < s.length() && k - i < 8 && (isDigit(s.charAt(k)) || s.charAt(k) == '-')) {
			k++;
		}
		return k < s.length() && "号號番栋棟室楼樓".indexOf(s.charAt(k)) >= 0;
	}

	private static boolean isCjkOrHangul(char c) {
		return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3040' && c <= '\u30FF') || isHangul(c);
	}

	private static boolean isHangul(char c) {
		return c >= '\uAC00' && c <= '\uD7AF';
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean startsWithDigit(String w) {
		return !w.isEmpty() && isDigit(w.charAt(0));
	}

	private static boolean allDigits(String w, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(w.charAt(i))) {
				return false;
			}
		}
		return to > from;
	}

}
