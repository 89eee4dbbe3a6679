package com.cadhire.screening;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engineering text must pass untouched: one parameterized test per kind of engineering
 * text, plus the combined false-positive rate.
 */
class EngineeringTextTest {

	private static final ContactScreener SCREENER = new ContactScreener();

	@ParameterizedTest
	@MethodSource("dimensionsAndTolerancesAreNotContactCases")
	void dimensionsAndTolerancesAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] dimensionsAndTolerancesAreNotContactCases() {
		return EngineeringCorpus.DIMENSIONS_AND_TOLERANCES;
	}

	@ParameterizedTest
	@MethodSource("fitsAreNotContactCases")
	void fitsAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] fitsAreNotContactCases() {
		return EngineeringCorpus.FITS;
	}

	@ParameterizedTest
	@MethodSource("threadCalloutsAreNotContactCases")
	void threadCalloutsAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] threadCalloutsAreNotContactCases() {
		return EngineeringCorpus.THREADS;
	}

	@ParameterizedTest
	@MethodSource("standardsAreNotContactCases")
	void standardsAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] standardsAreNotContactCases() {
		return EngineeringCorpus.STANDARDS;
	}

	@ParameterizedTest
	@MethodSource("partAndDrawingNumbersAreNotContactCases")
	void partAndDrawingNumbersAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] partAndDrawingNumbersAreNotContactCases() {
		return EngineeringCorpus.PART_AND_DRAWING_NUMBERS;
	}

	@ParameterizedTest
	@MethodSource("orderNumbersAreNotContactCases")
	void orderNumbersAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] orderNumbersAreNotContactCases() {
		return EngineeringCorpus.ORDER_NUMBERS;
	}

	@ParameterizedTest
	@MethodSource("fileNamesAreNotLinksCases")
	void fileNamesAreNotLinks(String text) {
		assertNoFinding(text);
	}

	static String[] fileNamesAreNotLinksCases() {
		return EngineeringCorpus.FILE_NAMES;
	}

	@ParameterizedTest
	@MethodSource("softwareVersionsAreNotContactCases")
	void softwareVersionsAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] softwareVersionsAreNotContactCases() {
		return EngineeringCorpus.SOFTWARE_VERSIONS;
	}

	@ParameterizedTest
	@MethodSource("datesAndTimesAreNotPhoneNumbersCases")
	void datesAndTimesAreNotPhoneNumbers(String text) {
		assertNoFinding(text);
	}

	static String[] datesAndTimesAreNotPhoneNumbersCases() {
		return EngineeringCorpus.DATES_AND_TIMES;
	}

	@ParameterizedTest
	@MethodSource("pricesAndQuantitiesAreNotContactCases")
	void pricesAndQuantitiesAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] pricesAndQuantitiesAreNotContactCases() {
		return EngineeringCorpus.PRICES_AND_QUANTITIES;
	}

	@ParameterizedTest
	@MethodSource("coordinatesAreNotContactCases")
	void coordinatesAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] coordinatesAreNotContactCases() {
		return EngineeringCorpus.COORDINATES;
	}

	@ParameterizedTest
	@MethodSource("gcodeIsNotContactCases")
	void gcodeIsNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] gcodeIsNotContactCases() {
		return EngineeringCorpus.GCODE;
	}

	@ParameterizedTest
	@MethodSource("platformMentionsWithoutIdentifierAreNotContactCases")
	void platformMentionsWithoutIdentifierAreNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] platformMentionsWithoutIdentifierAreNotContactCases() {
		return EngineeringCorpus.PLATFORM_MENTIONS;
	}

	@ParameterizedTest
	@MethodSource("everydayDesignChatIsNotContactCases")
	void everydayDesignChatIsNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] everydayDesignChatIsNotContactCases() {
		return EngineeringCorpus.GENERAL_CHAT;
	}

	@ParameterizedTest
	@MethodSource("shopTalkCases")
	void shopTalkIsNotContact(String text) {
		assertNoFinding(text);
	}

	static String[] shopTalkCases() {
		return EngineeringCorpus.SHOP_TALK;
	}

	@Test
	void engineeringFalsePositiveRateIsAtMostOnePercent() {
		List<String> all = EngineeringCorpus.all();
		long flagged = all.stream().filter((text) -> SCREENER.screen(text, Surface.MESSAGE).contact()).count();
		double rate = flagged / (double) all.size();
		System.out.printf("engineering texts: %d, flagged: %d, false-positive rate %.4f%n", all.size(), flagged, rate);
		assertThat(all).hasSizeGreaterThanOrEqualTo(150);
		assertThat(rate).isLessThanOrEqualTo(0.01);
	}

	@Test
	void engineeringTextIsNotFlaggedOnAnySurface() {
		for (Map.Entry<String, String[]> category : EngineeringCorpus.categories().entrySet()) {
			for (String text : category.getValue()) {
				for (Surface surface : Surface.values()) {
					assertThat(SCREENER.screen(text, surface).findings())
						.as("%s on %s: %s", category.getKey(), surface, text)
						.isEmpty();
				}
			}
		}
	}

	private static void assertNoFinding(String text) {
		assertThat(SCREENER.screen(text, Surface.MESSAGE).findings()).as(text).isEmpty();
	}

}
