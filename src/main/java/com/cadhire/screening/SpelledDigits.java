package com.cadhire.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads number words as digit strings: English words and tokens mixing them with digits
 * ("six", "oh", "4one5"), whole number words of other languages (Spanish, Portuguese,
 * French, German, Italian, Dutch, Polish, Russian, Turkish, Hindi in Latin letters and in
 * Devanagari), look-alike letters inside digit groups ("6l2", "0I2", "2OI") and Chinese
 * numerals ("零八一二").
 */
final class SpelledDigits {

	private static final String[] WORDS = { "seven", "three", "eight", "zero", "four", "five", "nine", "one", "two",
			"six", "oh", "o" };

	private static final char[] VALUES = { '7', '3', '8', '0', '4', '5', '9', '1', '2', '6', '0', '0' };

	/**
	 * Whole-word number words of other languages, digit by digit from 0 to 9 (several
	 * spellings per digit separated by '|'). Keys are put through the same normalisation
	 * as the text (diacritics stripped, look-alike Cyrillic letters folded), so "três",
	 * "pięć" and "ноль" match however the text was folded.
	 */
	private static final String[][] FOREIGN = {
			// es
			{ "cero", "uno|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" },
			// pt
			{ "zero", "um|uma", "dois|duas", "três", "quatro", "cinco", "seis|meia", "sete", "oito", "nove" },
			// fr
			{ "zéro", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf" },
			// de
			{ "null", "eins", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun" },
			// it
			{ "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove" },
			// nl
			{ "nul", "een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen" },
			// pl
			{ "zero", "jeden|jedna", "dwa|dwie", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć" },
			// ru
			{ "ноль|нуль", "один|одна", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять" },
			// tr
			{ "sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz" },
			// hi (romanized)
			{ "shunya|shoonya|sunya|shunye", "ek", "do", "teen", "char|chaar", "paanch|panch|paach", "chhe|chhah|chhai",
					"saat", "aath|aat", "nau" },
			// hi (Devanagari)
			{ "शून्य", "एक", "दो", "तीन", "चार", "पांच|पाँच", "छह|छः|छे", "सात", "आठ", "नौ" },
			// zh (pinyin)
			{ "ling", "yi|yao", "er|liang", "san", "si", "wu", "liu", "qi", "ba", "jiu" } };

	private static final Map<String, Character> FOREIGN_WORDS = foreignWords();

	private SpelledDigits() {
	}

	private static Map<String, Character> foreignWords() {
		Map<String, Character> words = new HashMap<>();
		for (String[] language : FOREIGN) {
			for (int digit = 0; digit < 10; digit++) {
				for (String word : language[digit].split("\\|")) {
					words.put(key(word), (char) ('0' + digit));
				}
			}
		}
		return Map.copyOf(words);
	}

	private static String key(String word) {
		return TextNormalizer.normalize(word, false).text().toLowerCase(Locale.ROOT);
	}

	/**
	 * The digit of a Chinese numeral character, or -1.
	 * @param c a character
	 * @return 0–9 or -1
	 */
	static int chineseDigit(char c) {
		return switch (c) {
			case '\u96F6', '\u3007' -> 0; // 零 〇
			case '\u4E00', '\u5E7A', '\u58F9' -> 1; // 一 幺 壹
			case '\u4E8C', '\u4E24', '\u5169', '\u8D30', '\u8CB3' -> 2; // 二 两 兩 贰 貳
			case '\u4E09', '\u53C1', '\u53C4' -> 3; // 三 叁 參
			case '\u56DB', '\u8086' -> 4; // 四 肆
			case '\u4E94', '\u4F0D' -> 5; // 五 伍
			case '\u516D', '\u9646', '\u9678' -> 6; // 六 陆 陸
			case '\u4E03', '\u67D2' -> 7; // 七 柒
			case '\u516B', '\u634C' -> 8; // 八 捌
			case '\u4E5D', '\u7396' -> 9; // 九 玖
			default -> -1;
		};
	}

	/**
	 * Whether a token is a number word of a language other than English.
	 * @param token a token
	 * @return {@code true} for "cinco", "zwei", "ноль"
	 */
	static boolean isForeignWord(String token) {
		return FOREIGN_WORDS.containsKey(token.toLowerCase(Locale.ROOT));
	}

	/**
	 * Parse a token made only of digits and English digit words.
	 * @param token a letters-and-digits token
	 * @return the digits, or {@code null} if the token is anything else
	 */
	static String parse(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		Character foreign = FOREIGN_WORDS.get(lower);
		if (foreign != null) {
			return String.valueOf(foreign.charValue());
		}
		boolean hasDigit = false;
		for (int k = 0; k < lower.length(); k++) {
			char c = lower.charAt(k);
			hasDigit |= c >= '0' && c <= '9';
		}
		StringBuilder digits = new StringBuilder(lower.length());
		int i = 0;
		while (i < lower.length()) {
			char c = lower.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
				i++;
				continue;
			}
			if (hasDigit && (c == 'l' || c == 'i' || c == '|')) {
				digits.append('1'); // look-alike letter inside a digit group: "6l2",
									// "0I2"
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
