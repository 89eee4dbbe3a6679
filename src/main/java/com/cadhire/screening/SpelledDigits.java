package com.cadhire.screening;

import java.util.Locale;

/**
 * Reads English number words ("six", "oh") and tokens mixing words and digits ("4one5")
 * as digit strings.
 */
final class SpelledDigits {

	private static final String[] WORDS = { "seven", "three", "eight", "zero", "four", "five", "nine", "one", "two",
			"six", "oh", "o" };

	private static final char[] VALUES = { '7', '3', '8', '0', '4', '5', '9', '1', '2', '6', '0', '0' };

	private SpelledDigits() {
	}

	/**
	 * Parse a token made only of digits and English digit words.
	 * @param token a letters-and-digits token
	 * @return the digits, or {@code null} if the token is anything else
	 */
	static String parse(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		StringBuilder digits = new StringBuilder(lower.length());
		int i = 0;
		while (i < lower.length()) {
			char c = lower.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
				i++;
				continue;
			}
			boolean matched = false;
			for (int w = 0; w < WORDS.length; w++) {
				if (lower.startsWith(WORDS[w], i)) {
					digits.append(VALUES[w]);
					i += WORDS[w].length();
					matched = true;
					break;
				}
			}
			if (!matched) {
				return null;
			}
		}
		return (digits.length() > 0) ? digits.toString() : null;
	}

	/**
	 * Whether a token contains at least one number word (not only digits).
	 * @param token a token accepted by {@link #parse(String)}
	 * @return {@code true} if a letter is present
	 */
	static boolean hasWord(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (Character.isLetter(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Repetition words: "double five" is "55".
	 * @param token a token
	 * @return 2, 3 or 0 if the token is not a repetition word
	 */
	static int repetition(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		if (lower.equals("double")) {
			return 2;
		}
		if (lower.equals("triple")) {
			return 3;
		}
		return 0;
	}

}
