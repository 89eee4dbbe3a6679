package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simple tokenizer: words (letters and digits, with inner {@code . _ -} and an optional
 * leading {@code @}) and single punctuation marks. Whitespace separates tokens; a line
 * break is kept as a token so that detectors do not join lines.
 */
final class Tokens {

	/**
	 * A token.
	 *
	 * @param start start offset in the normalised text
	 * @param end end offset
	 * @param text the token text
	 * @param word whether this is a word (else one punctuation char)
	 */
	record Token(int start, int end, String text, boolean word) {

		String lower() {
			return this.text.toLowerCase(Locale.ROOT);
		}

		boolean is(String value) {
			return this.text.equalsIgnoreCase(value);
		}

		boolean capitalized() {
			return this.word && Character.isUpperCase(this.text.charAt(0));
		}

		boolean numeric() {
			if (!this.word) {
				return false;
			}
			for (int i = 0; i < this.text.length(); i++) {
				if (!Character.isDigit(this.text.charAt(i))) {
					return false;
				}
			}
			return true;
		}

	}

	private Tokens() {
	}

	static List<Token> tokenize(String s) {
		List<Token> tokens = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r') {
				i++;
				continue;
			}
			boolean at = c == '@' && i + 1 < n && isWordChar(s.charAt(i + 1));
			if (isWordChar(c) || at) {
				int end = at ? i + 1 : i;
				while (end < n) {
					char d = s.charAt(end);
					if (isWordChar(d)) {
						end++;
					}
					else if ((d == '.' || d == '_' || d == '-' || d == '\'') && end + 1 < n
							&& isWordChar(s.charAt(end + 1))) {
						end++;
					}
					else if (d == '_' && end > i) {
						end++;
					}
					else {
						break;
					}
				}
				tokens.add(new Token(i, end, s.substring(i, end), true));
				i = end;
				continue;
			}
			tokens.add(new Token(i, i + 1, String.valueOf(c), false));
			i++;
		}
		return tokens;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c);
	}

}
