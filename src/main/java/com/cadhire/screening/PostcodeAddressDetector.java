package com.cadhire.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Street addresses in the continental European shape "street house-number, postcode city"
 * ("Industriestr. 5, 70565 Stuttgart", "Calle Mayor 5, 28013 Madrid", "12 rue de la Paix,
 * 75002 Paris", "Keizersgracht 123 | 1015 CJ Amsterdam", "ul. Marszałkowska 10/4, 00-590
 * Warszawa", "Drottninggatan 8, 111 51 Stockholm"). Anchored on a postcode (5 or 4
 * digits, "NNN NN", "NN-NNN", "NNNN AA") after a comma, bar or middle dot and followed by
 * a capitalised place name, with a house number next to a capitalised street name in the
 * few words before. Linear: one pass over the digits, bounded look-back.
 */
final class PostcodeAddressDetector implements Detector {

	private static final int LOOK_BACK = 60;

	private static final Set<String> NOT_PLACES = Words.set("units", "unit", "pcs", "parts", "cycles", "rpm", "mm",
			"items", "pieces", "sheets", "sheet", "rev", "edition", "total", "qty", "hours", "days", "series", "type",
			"class", "grade", "steel", "aluminium", "aluminum", "bar", "psi", "mpa", "kg", "lbs", "holes", "points",
			"rows", "lines", "pages", "page", "figure", "table", "step", "version", "build", "update", "the", "and");

	@Override
	public void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out) {
		String s = text.text();
		int n = s.length();
		int i = 0;
		while (i < n) {
			if (!isDigit(s.charAt(i)) || (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1))))) {
				i++;
				continue;
			}
			int codeEnd = postcodeEnd(s, i);
			if (codeEnd < 0) {
				while (i < n && isDigit(s.charAt(i))) {
					i++;
				}
				continue;
			}
			int sep = separatorBefore(s, i);
			int cityEnd = placeAfter(s, codeEnd);
			if (sep >= 0 && cityEnd > 0) {
				int start = streetStart(s, sep);
				if (start >= 0) {
					out.add(new Candidate(ContactKind.ADDRESS, start, cityEnd, "Looks like a street address"));
					i = cityEnd;
					continue;
				}
			}
			i = codeEnd;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The end of a postcode starting at {@code i}, or -1. */
	private static int postcodeEnd(String s, int i) {
		int n = s.length();
		int d = i;
		while (d < n && isDigit(s.charAt(d))) {
			d++;
		}
		int len = d - i;
		if (len == 5) {
			return d;
		}
		if (len == 4) {
			int value = Integer.parseInt(s.substring(i, d));
			if (value >= 1900 && value <= 2099) {
				return -1; // a year
			}
			// "1015 CJ Amsterdam"
			if (d + 3 < n && s.charAt(d) == ' ' && Character.isUpperCase(s.charAt(d + 1))
					&& Character.isUpperCase(s.charAt(d + 2)) && s.charAt(d + 3) == ' ') {
				return d + 3;
			}
			return d;
		}
		if (len == 3 && d + 3 < n && s.charAt(d) == ' ' && isDigit(s.charAt(d + 1)) && isDigit(s.charAt(d + 2))
				&& (d + 3 >= n || !isDigit(s.charAt(d + 3)))) {
			return d + 3; // "111 51"
		}
		if (len == 2 && d + 4 <= n && s.charAt(d) == '-' && isDigit(s.charAt(d + 1)) && isDigit(s.charAt(d + 2))
				&& isDigit(s.charAt(d + 3)) && (d + 4 >= n || !isDigit(s.charAt(d + 4)))) {
			return d + 4; // "00-590"
		}
		return -1;
	}

	/** Index of the ',', '|' or '·' before the postcode, or -1. */
	private static int separatorBefore(String s, int i) {
		int p = i - 1;
		while (p >= 0 && p > i - 4 && s.charAt(p) == ' ') {
			p--;
		}
		if (p >= 0
				&& (s.charAt(p) == ',' || s.charAt(p) == '|' || s.charAt(p) == '\u00B7' || s.charAt(p) == '\u2022')) {
			return p;
		}
		return -1;
	}

	/** The end of a capitalised place name after the postcode, or -1. */
	private static int placeAfter(String s, int end) {
		int n = s.length();
		if (end >= n || s.charAt(end) != ' ') {
			return -1;
		}
		int p = end + 1;
		if (p >= n || !Character.isUpperCase(s.charAt(p))) {
			return -1;
		}
		int q = p;
		while (q < n && (Character.isLetter(s.charAt(q)) || s.charAt(q) == '-')) {
			q++;
		}
		if (q - p < 3 || NOT_PLACES.contains(s.substring(p, q).toLowerCase(Locale.ROOT))) {
			return -1;
		}
		return q;
	}

	/**
	 * The start of the street part before the separator: a house number ("5", "123",
	 * "10/4", "21B") with a capitalised street name before it or street words after it.
	 * @return the start or -1
	 */
	private static int streetStart(String s, int sep) {
		int from = Math.max(0, sep - LOOK_BACK);
		int p = sep;
		// house number right before the separator: "Industriestr. 5,", "Nørregade 7,"
		int numEnd = p;
		while (p > from && (isDigit(s.charAt(p - 1)) || s.charAt(p - 1) == '/'
				|| (Character.isLetter(s.charAt(p - 1)) && p - 2 >= 0 && isDigit(s.charAt(p - 2))))) {
			p--;
		}
		if (p < numEnd && isDigit(s.charAt(p)) && numEnd - p <= 7 && p > from + 1 && s.charAt(p - 1) == ' ') {
			int nameEnd = p - 1;
			int q = nameEnd;
			if (q > 0 && s.charAt(q - 1) == '.') {
				q--; // "Industriestr."
			}
			int wordEnd = q;
			while (q > from && Character.isLetter(s.charAt(q - 1))) {
				q--;
			}
			if (wordEnd - q >= 4 && Character.isUpperCase(s.charAt(q))) {
				// "Calle Mayor 5", "Via Roma 21": take one more capitalised word or a
				// prefix like "ul."
				int r = q - 1;
				if (r > from && s.charAt(r) == ' ') {
					int w = r;
					while (w > from && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
						w--;
					}
					if (r - w >= 2 && r - w <= 8
							&& (Character.isUpperCase(s.charAt(w)) || s.substring(w, r).endsWith("."))) {
						return w;
					}
				}
				return q;
			}
		}
		// house number first: "12 rue de la Paix,", "21 Nathan Road,"
		int words = 0;
		p = sep;
		boolean capital = false;
		while (p > from && words < 5) {
			int wEnd = p;
			while (p > from && s.charAt(p - 1) == ' ') {
				p--;
			}
			int e = p;
			while (p > from && (Character.isLetter(s.charAt(p - 1)) || s.charAt(p - 1) == '\'')) {
				p--;
			}
			if (e == p) {
				break;
			}
			capital |= Character.isUpperCase(s.charAt(p));
			words++;
			int k = p;
			while (k > from && s.charAt(k - 1) == ' ') {
				k--;
			}
			int digitsEnd = k;
			while (k > from && isDigit(s.charAt(k - 1))) {
				k--;
			}
			if (digitsEnd - k >= 1 && digitsEnd - k <= 4 && digitsEnd < p && capital
					&& (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))) {
				return k;
			}
			if (wEnd < 0) {
				break;
			}
		}
		return -1;
	}

}
