package com.cadhire.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disguised contact details must be found, with the expected kind: one parameterized test
 * per disguise. Entries are "KIND|text".
 */
class DisguisedContactTest {

	private static final ContactScreener SCREENER = new ContactScreener();

	@ParameterizedTest
	@MethodSource("plainContactDetailsAreFoundCases")
	void plainContactDetailsAreFound(String entry) {
		assertFound(entry);
	}

	static String[] plainContactDetailsAreFoundCases() {
		return DisguiseCorpus.PLAIN;
	}

	@ParameterizedTest
	@MethodSource("fullwidthAndStyledCharactersAreSeenThroughCases")
	void fullwidthAndStyledCharactersAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] fullwidthAndStyledCharactersAreSeenThroughCases() {
		return DisguiseCorpus.NFKC_AND_FULLWIDTH;
	}

	@ParameterizedTest
	@MethodSource("invisibleCharactersAreSeenThroughCases")
	void invisibleCharactersAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] invisibleCharactersAreSeenThroughCases() {
		return DisguiseCorpus.INVISIBLE_CHARACTERS;
	}

	@ParameterizedTest
	@MethodSource("lookAlikeLettersAreSeenThroughCases")
	void lookAlikeLettersAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] lookAlikeLettersAreSeenThroughCases() {
		return DisguiseCorpus.LOOK_ALIKE_LETTERS;
	}

	@ParameterizedTest
	@MethodSource("digitsOfOtherScriptsAreSeenThroughCases")
	void digitsOfOtherScriptsAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] digitsOfOtherScriptsAreSeenThroughCases() {
		return DisguiseCorpus.OTHER_SCRIPT_DIGITS;
	}

	@ParameterizedTest
	@MethodSource("emojiKeycapAndCircledDigitsAreSeenThroughCases")
	void emojiKeycapAndCircledDigitsAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] emojiKeycapAndCircledDigitsAreSeenThroughCases() {
		return DisguiseCorpus.EMOJI_AND_CIRCLED_DIGITS;
	}

	@ParameterizedTest
	@MethodSource("spelledOutDigitsAreSeenThroughCases")
	void spelledOutDigitsAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] spelledOutDigitsAreSeenThroughCases() {
		return DisguiseCorpus.SPELLED_DIGITS;
	}

	@ParameterizedTest
	@MethodSource("mixedWordsAndDigitsAreSeenThroughCases")
	void mixedWordsAndDigitsAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] mixedWordsAndDigitsAreSeenThroughCases() {
		return DisguiseCorpus.MIXED_WORDS_AND_DIGITS;
	}

	@ParameterizedTest
	@MethodSource("atAndDotWordsAreSeenThroughCases")
	void atAndDotWordsAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] atAndDotWordsAreSeenThroughCases() {
		return DisguiseCorpus.AT_AND_DOT_WORDS;
	}

	@ParameterizedTest
	@MethodSource("unusualSeparatorsAndPaddingAreSeenThroughCases")
	void unusualSeparatorsAndPaddingAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] unusualSeparatorsAndPaddingAreSeenThroughCases() {
		return DisguiseCorpus.UNUSUAL_SEPARATORS;
	}

	@ParameterizedTest
	@MethodSource("defangedLinksAreSeenThroughCases")
	void defangedLinksAreSeenThrough(String entry) {
		assertFound(entry);
	}

	static String[] defangedLinksAreSeenThroughCases() {
		return DisguiseCorpus.DEFANGED_LINKS;
	}

	@ParameterizedTest
	@MethodSource("handlesAndMessengerIdsAreFoundCases")
	void handlesAndMessengerIdsAreFound(String entry) {
		assertFound(entry);
	}

	static String[] handlesAndMessengerIdsAreFoundCases() {
		return DisguiseCorpus.HANDLES_AND_MESSENGERS;
	}

	@ParameterizedTest
	@MethodSource("streetAddressesAreFoundCases")
	void streetAddressesAreFound(String entry) {
		assertFound(entry);
	}

	static String[] streetAddressesAreFoundCases() {
		return DisguiseCorpus.ADDRESSES;
	}

	@ParameterizedTest
	@MethodSource("spacedOutContactDetailsAreFoundCases")
	void spacedOutContactDetailsAreFound(String entry) {
		assertFound(entry);
	}

	static String[] spacedOutContactDetailsAreFoundCases() {
		return DisguiseCorpus.SPLIT_FRIENDLY;
	}

	@ParameterizedTest
	@MethodSource("mixedEvasionsCases")
	void mixedEvasionsAreFound(String entry) {
		assertFound(entry);
	}

	static String[] mixedEvasionsCases() {
		return DisguiseCorpus.MIXED_EVASIONS;
	}

	@Test
	void corpusHasAtLeastOneHundredDisguisedPositives() {
		assertThat(DisguiseCorpus.all()).hasSizeGreaterThanOrEqualTo(100);
	}

	private static void assertFound(String entry) {
		int bar = entry.indexOf('|');
		ContactKind kind = ContactKind.valueOf(entry.substring(0, bar));
		String text = entry.substring(bar + 1);
		ScreeningResult result = SCREENER.screen(text, Surface.MESSAGE);
		assertThat(result.findings()).as(text).extracting(Finding::kind).contains(kind);
		for (Finding finding : result.findings()) {
			assertThat(finding.text()).isEqualTo(text.substring(finding.start(), finding.end()));
		}
	}

}
