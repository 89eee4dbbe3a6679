package com.cadhire.screening;

import java.text.Normalizer;

/**
 * Stage one of the pipeline: folds each code point of the original text to a plain form
 * while recording the original offsets. Applies NFKC, removes invisible characters and
 * combining marks, strips Latin diacritics, folds Cyrillic and Greek look-alike letters
 * to Latin and turns digits of any script, circled, keycap and emoji digits into ASCII
 * digits. Thread-safe.
 */
final class TextNormalizer {

	private static final String[] CACHE = new String[0x10000];

	private static final String UNCHANGED = "\u0000unchanged";

	private static final String REMOVED = "";

	private TextNormalizer() {
	}

	/**
	 * Normalise a text.
	 * @param original the text as written
	 * @param underscoreIsSpace whether to treat '_' as a word separator (file names)
	 * @return the normalised view
	 */
	static NormalizedText normalize(String original, boolean underscoreIsSpace) {
		NormalizedText.Builder out = new NormalizedText.Builder(original, original.length() + 8);
		int i = 0;
		int n = original.length();
		while (i < n) {
			char c = original.charAt(i);
			if (c < 0x80) {
				if (c == '_' && underscoreIsSpace) {
					out.append(' ', i, i + 1, 0);
				}
				else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					out.append(' ', i, i + 1, 0);
				}
				else {
					out.append(c, i, i + 1, 0);
				}
				i++;
				continue;
			}
			int cp = original.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (isInvisible(cp)) {
				out.flagNext(NormalizedText.INVISIBLE);
				i = next;
				continue;
			}
			int symbolDigit = symbolDigit(cp);
			if (symbolDigit >= 0) {
				out.append(Integer.toString(symbolDigit), i, next, NormalizedText.SYMBOL_DIGIT);
				i = next;
				continue;
			}
			if (Character.isDigit(cp)) {
				int value = Character.digit(cp, 10);
				if (value >= 0) {
					int flag = isStyledDigit(cp) ? NormalizedText.SYMBOL_DIGIT : NormalizedText.FOREIGN_DIGIT;
					out.append((char) ('0' + value), i, next, flag);
					i = next;
					continue;
				}
			}
			char confusable = Confusables.fold(cp);
			if (confusable != 0) {
				out.append(confusable, i, next, NormalizedText.CONFUSABLE);
				i = next;
				continue;
			}
			String folded = fold(cp);
			if (folded == UNCHANGED) {
				for (int k = i; k < next; k++) {
					out.append(original.charAt(k), i, next, 0);
				}
			}
			else if (folded.isEmpty()) {
				out.flagNext(NormalizedText.INVISIBLE);
			}
			else {
				int flag = NormalizedText.COMPAT;
				for (int k = 0; k < folded.length(); k++) {
					char f = folded.charAt(k);
					if (f >= '0' && f <= '9') {
						flag |= NormalizedText.SYMBOL_DIGIT;
					}
				}
				out.append(folded, i, next, flag);
			}
			i = next;
		}
		return out.build();
	}

	private static boolean isInvisible(int cp) {
		return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)
				|| cp == 0xFEFF || cp == 0x00AD || cp == 0x034F || cp == 0x180E || cp == 0x061C || cp == 0x115F
				|| cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || (cp >= 0xFE00 && cp <= 0xFE0F)
				|| (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x20E3 || cp == 0x2800;
	}

	private static boolean isStyledDigit(int cp) {
		return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0x1D7CE && cp <= 0x1D7FF) || (cp >= 0x1FBF0 && cp <= 0x1FBF9);
	}

	/**
	 * Digits drawn as symbols that NFKC does not fold.
	 * @param cp a code point
	 * @return the digit value or -1
	 */
	private static int symbolDigit(int cp) {
		if (cp >= 0x2776 && cp <= 0x277E) {
			return cp - 0x2776 + 1; // dingbat negative circled
		}
		if (cp >= 0x2780 && cp <= 0x2788) {
			return cp - 0x2780 + 1; // dingbat circled sans-serif
		}
		if (cp >= 0x278A && cp <= 0x2792) {
			return cp - 0x278A + 1; // dingbat negative circled sans-serif
		}
		if (cp >= 0x24F5 && cp <= 0x24FD) {
			return cp - 0x24F5 + 1; // double circled
		}
		if (cp == 0x24EA || cp == 0x24FF || cp == 0x1F10B || cp == 0x1F10C) {
			return 0;
		}
		if (cp >= 0x2460 && cp <= 0x2468) {
			return cp - 0x2460 + 1; // circled
		}
		if (cp >= 0x24EB && cp <= 0x24F4) {
			return -1;
		}
		return -1;
	}

	private static String fold(int cp) {
		if (cp < 0x10000) {
			String cached = CACHE[cp];
			if (cached == null) {
				cached = computeFold(cp);
				CACHE[cp] = cached;
			}
			return cached;
		}
		if (cp == 0x1F51F) {
			return "10"; // keycap ten emoji
		}
		return computeFold(cp);
	}

	private static String computeFold(int cp) {
		int type = Character.getType(cp);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
			return REMOVED;
		}
		if (cp == 0x3002 || cp == 0xFF61 || cp == 0x2E33 || cp == 0x2E31) {
			return ".";
		}
		String source = new String(Character.toChars(cp));
		String nfkc = Normalizer.normalize(source, Normalizer.Form.NFKC);
		StringBuilder result = new StringBuilder(nfkc.length());
		for (int k = 0; k < nfkc.length(); k++) {
			char f = nfkc.charAt(k);
			if ((f >= 0xC0 && f <= 0x24F) || (f >= 0x1E00 && f <= 0x1EFF)) {
				String decomposed = Normalizer.normalize(String.valueOf(f), Normalizer.Form.NFD);
				char base = decomposed.charAt(0);
				result.append(base < 0x80 ? base : f);
			}
			else if (f == 0x0131) {
				result.append('i');
			}
			else {
				int t = Character.getType(f);
				if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK) {
					result.append(f);
				}
			}
		}
		String folded = result.toString();
		if (folded.equals(source)) {
			return UNCHANGED;
		}
		return folded;
	}

}
