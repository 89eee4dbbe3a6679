package com.cadhire.screening;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The engine is linear: 100 KB adversarial inputs screen quickly. The bound here is
 * generous so the test is not flaky on a shared machine; the measured figure is in
 * docs/screening.md.
 */
class AdversarialInputTest {

	private static final int SIZE = 100 * 1024;

	private static final ContactScreener SCREENER = new ContactScreener();

	@BeforeAll
	static void warmUp() {
		// load libphonenumber metadata and let the JIT compile the scanners before timing
		inputs().forEach((arguments) -> {
			String input = (String) arguments.get()[1];
			for (int i = 0; i < 3; i++) {
				SCREENER.screen(input.substring(0, 10 * 1024), Surface.MESSAGE);
			}
		});
	}

	static Stream<Arguments> inputs() {
		return Stream.of(Arguments.of("at signs", repeat("a@")), Arguments.of("spaced digits", repeat("1 ")),
				Arguments.of("dots", repeat(".")), Arguments.of("schemes", repeat("http://")),
				Arguments.of("digit run", repeat("7")), Arguments.of("dot at dot", repeat("dot at ")),
				Arguments.of("spelled digits", repeat("one ")), Arguments.of("brackets", repeat("[at](dot)")),
				Arguments.of("domains", repeat("a.com.")), Arguments.of("emails", repeat("a@b.co ")),
				Arguments.of("dashes and digits", repeat("1-2.3/4 ")), Arguments.of("handles", repeat("@a")),
				Arguments.of("address-like", repeat("12 Main St ")), Arguments.of("pointers", repeat("my skype is ")),
				Arguments.of("plus digits", repeat("+1 (")), Arguments.of("invisible", repeat("\u200B1")),
				Arguments.of("fullwidth", repeat("４＠")), Arguments.of("live ids", repeat("live:")),
				Arguments.of("long word", repeat("abcdefghij")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void hundredKilobyteAdversarialInputScreensQuickly(String name, String input) {
		assertThat(input.length()).isGreaterThanOrEqualTo(SIZE);
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SCREENER.screen(input, Surface.MESSAGE));
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> SCREENER.screen(input, java.util.List.of(input.substring(0, 1000)), Surface.MESSAGE));
	}

	private static String repeat(String unit) {
		return unit.repeat(SIZE / unit.length() + 1);
	}

}
