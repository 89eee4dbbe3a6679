package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour of the public API: spans into the original text, reasons, masking, allowed
 * domains, attachment names, split-across-messages and thread safety.
 */
class ContactScreenerTest {

	private final ContactScreener screener = new ContactScreener();

	@Test
	void spanPointsIntoTheOriginalTextEvenAfterNormalisation() {
		String text = "ping me: j\u200Bo\u200Bh\u200Bn [at] gmаil [dot] com ok?";
		ScreeningResult result = this.screener.screen(text, Surface.MESSAGE);
		assertThat(result.findings()).hasSize(1);
		Finding finding = result.findings().get(0);
		assertThat(finding.kind()).isEqualTo(ContactKind.EMAIL);
		assertThat(finding.text()).isEqualTo(text.substring(finding.start(), finding.end()));
		assertThat(finding.text()).startsWith("j\u200Bo").endsWith("com");
	}

	@Test
	void spanOfFullwidthDigitsCoversTheOriginalCharacters() {
		String text = "call ４１５-５５５-０１３２ now";
		Finding finding = this.screener.screen(text, Surface.MESSAGE).findings().get(0);
		assertThat(finding.text()).isEqualTo("４１５-５５５-０１３２");
		assertThat(finding.start()).isEqualTo(5);
	}

	@Test
	void spanOfSurrogatePairDigitsUsesUtf16Indices() {
		String text = "cell 𝟒𝟏𝟓 𝟓𝟓𝟓 𝟎𝟏𝟑𝟐 thanks";
		Finding finding = this.screener.screen(text, Surface.MESSAGE).findings().get(0);
		assertThat(finding.text()).isEqualTo("𝟒𝟏𝟓 𝟓𝟓𝟓 𝟎𝟏𝟑𝟐");
		assertThat(finding.end() - finding.start()).isEqualTo(22);
	}

	@Test
	void reasonNamesTheDisguise() {
		Finding finding = this.screener.screen("six oh one three three five one two three four", Surface.MESSAGE)
			.findings()
			.get(0);
		assertThat(finding.reason()).isEqualTo("Looks like a phone number (spelled-out digits)");
		Finding email = this.screener.screen("john [at] gmail [dot] com", Surface.MESSAGE).findings().get(0);
		assertThat(email.reason()).contains("e-mail").contains("'at'/'dot'");
	}

	@Test
	void cleanTextHasNoContact() {
		ScreeningResult result = this.screener.screen("Please add a 2 mm chamfer on all outer edges.", Surface.JOB);
		assertThat(result.contact()).isFalse();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void findingsAreOrderedAndDoNotOverlap() {
		String text = "mail john@gmail.com or call 415-555-0132, site www.cadpros.net, insta @cad.jane";
		List<Finding> findings = this.screener.screen(text, Surface.PROFILE).findings();
		assertThat(findings).extracting(Finding::kind)
			.containsExactly(ContactKind.EMAIL, ContactKind.PHONE, ContactKind.URL, ContactKind.HANDLE);
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
	}

	@Test
	void maskReplacesEachFinding() {
		String text = "mail john@gmail.com or call 415-555-0132 please";
		ScreeningResult result = this.screener.screen(text, Surface.MESSAGE);
		assertThat(this.screener.mask(text, result.findings()))
			.isEqualTo("mail [contact details hidden] or call [contact details hidden] please");
	}

	@Test
	void maskMergesOverlappingFindingsAndKeepsTextWithoutFindings() {
		String text = "abc def ghi";
		List<Finding> overlapping = List.of(new Finding(ContactKind.URL, 0, 5, "abc d", "x"),
				new Finding(ContactKind.URL, 4, 7, "def", "x"));
		assertThat(this.screener.mask(text, overlapping)).isEqualTo("[contact details hidden] ghi");
		assertThat(this.screener.mask(text, List.of())).isEqualTo(text);
	}

	@Test
	void allowedDomainsAreNotFindings() {
		assertThat(this.screener.screen("See https://cadhire.app/jobs/123 and help.cadhire.app", Surface.MESSAGE)
			.contact()).isFalse();
		assertThat(this.screener.screen("write to support@cadhire.app", Surface.MESSAGE).contact()).isFalse();
		ContactScreener custom = new ContactScreener(new ScreeningConfig(Set.of("Example.COM"), "us"));
		assertThat(custom.screen("docs at https://www.example.com/a", Surface.MESSAGE).contact()).isFalse();
		assertThat(custom.screen("docs at https://cadhire.app/a", Surface.MESSAGE).contact()).isTrue();
	}

	@Test
	void defaultRegionJudgesNationalNumbers() {
		ContactScreener german = new ContactScreener(new ScreeningConfig(Set.of(), "DE"));
		assertThat(german.screen("Festnetz 030 1234567", Surface.MESSAGE).contact()).isTrue();
	}

	@Test
	void attachmentNameWithContactIsFlaggedButPlainFileNameIsNot() {
		assertThat(this.screener.screen("bracket_rev3.step", Surface.ATTACHMENT_NAME).contact()).isFalse();
		assertThat(this.screener.screen("model.zip", Surface.ATTACHMENT_NAME).contact()).isFalse();
		assertThat(this.screener.screen("DWG-2024-0113_revC.pdf", Surface.ATTACHMENT_NAME).contact()).isFalse();
		assertThat(this.screener.screen("call_me_415_555_0132.pdf", Surface.ATTACHMENT_NAME).contact()).isTrue();
		assertThat(this.screener.screen("john.doe@gmail.com.step", Surface.ATTACHMENT_NAME).contact()).isTrue();
	}

	@Test
	void phoneNumberSplitAcrossMessagesIsAttributedToTheNewestMessage() {
		ScreeningResult result = this.screener.screen("0132", List.of("call me at 415", "555"), Surface.MESSAGE);
		assertThat(result.findings()).hasSize(1);
		Finding finding = result.findings().get(0);
		assertThat(finding.kind()).isEqualTo(ContactKind.PHONE);
		assertThat(finding.start()).isZero();
		assertThat(finding.end()).isEqualTo(4);
		assertThat(finding.text()).isEqualTo("0132");
		assertThat(finding.reason()).contains("split across messages");
	}

	@Test
	void emailSplitAcrossMessagesIsAttributedToTheNewestMessage() {
		ScreeningResult result = this.screener.screen("gmail dot com", List.of("my mail is john.doe", "at"),
				Surface.MESSAGE);
		assertThat(result.findings()).extracting(Finding::kind).containsExactly(ContactKind.EMAIL);
		assertThat(result.findings().get(0).text()).isEqualTo("gmail dot com");
	}

	@Test
	void spelledNumberSplitAcrossMessagesIsFound() {
		ScreeningResult result = this.screener.screen("zero one three two",
				List.of("my number", "four one five", "five five five"), Surface.MESSAGE);
		assertThat(result.contact()).isTrue();
		assertThat(result.findings().get(0).text()).isEqualTo("zero one three two");
	}

	@Test
	void foreignNumberWordsSplitAcrossMessagesAreFound() {
		ScreeningResult result = this.screener.screen("siete dos tres",
				List.of("mi whatsapp", "cero seis uno", "cinco cuatro ocho"), Surface.MESSAGE);
		assertThat(result.findings()).extracting(Finding::kind).containsExactly(ContactKind.PHONE);
		assertThat(result.findings().get(0).text()).isEqualTo("siete dos tres");
		assertThat(result.findings().get(0).reason()).contains("split across messages");
	}

	@Test
	void groupsJoinedByConnectingWordsAcrossMessagesAreFound() {
		ScreeningResult result = this.screener.screen("then 65309", List.of("074 then", "000"), Surface.MESSAGE);
		assertThat(result.contact()).isTrue();
		assertThat(result.findings().get(0).reason()).contains("split across messages");
	}

	@Test
	void engineeringWordInFrontDoesNotExemptAPhoneShapedNumber() {
		assertThat(this.screener.screen("The part number is 415-555-0199", Surface.MESSAGE).findings())
			.extracting(Finding::text)
			.containsExactly("415-555-0199");
		assertThat(this.screener.screen("Drawing number is 0171 555 0123 rev B", Surface.MESSAGE).findings())
			.extracting(Finding::text)
			.containsExactly("0171 555 0123");
		assertThat(this.screener.screen("Assembly 100-200-3001 rev B, sub 100-200-3002.", Surface.MESSAGE).contact())
			.isFalse();
		assertThat(this.screener.screen("P/N 7701-2234-01 replaces 7701-2234-00.", Surface.MESSAGE).contact())
			.isFalse();
	}

	@Test
	void contactWhollyInEarlierMessagesIsNotRepeated() {
		ScreeningResult result = this.screener.screen("thanks, talk soon", List.of("call 415-555-0132"),
				Surface.MESSAGE);
		assertThat(result.contact()).isFalse();
	}

	@Test
	void engineeringNumbersAcrossMessagesAreNotJoinedIntoAPhoneNumber() {
		ScreeningResult result = this.screener.screen("and 25.021 for the bore",
				List.of("hole is 12 H7", "bore 25.000", "depth 18"), Surface.MESSAGE);
		assertThat(result.contact()).isFalse();
		ScreeningResult dims = this.screener.screen("x 3 mm", List.of("plate 120", "x 80"), Surface.MESSAGE);
		assertThat(dims.contact()).isFalse();
	}

	@Test
	void newestMessageOwnFindingsAreKeptWithEarlierMessages() {
		ScreeningResult result = this.screener.screen("mail me at john@gmail.com", List.of("hi", "how are you"),
				Surface.MESSAGE);
		assertThat(result.findings()).extracting(Finding::text).containsExactly("john@gmail.com");
	}

	@Test
	void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
		List<String> texts = new ArrayList<>(EngineeringCorpus.all());
		for (String entry : DisguiseCorpus.all()) {
			texts.add(entry.substring(entry.indexOf('|') + 1));
		}
		List<List<Finding>> expected = new ArrayList<>();
		for (String text : texts) {
			expected.add(this.screener.screen(text, Surface.MESSAGE).findings());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> futures = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				futures.add(pool.submit(() -> {
					for (int round = 0; round < 5; round++) {
						for (int i = 0; i < texts.size(); i++) {
							if (!this.screener.screen(texts.get(i), Surface.MESSAGE)
								.findings()
								.equals(expected.get(i))) {
								return false;
							}
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> future : futures) {
				assertThat(future.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
