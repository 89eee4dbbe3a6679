package com.cadhire.hiring;

import java.math.BigDecimal;

import com.cadhire.common.FeeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client pays and the expert receives: a 10% service fee, exact decimals,
 * rounded half-even to the cent.
 */
class QuoteTests {

	private static final FeeSettings TEN_PERCENT = new FeeSettings(new BigDecimal("10"), new BigDecimal("12"), 2080,
			"USD");

	@ParameterizedTest(name = "{0} -> fee {1}, expert receives {2}")
	@CsvSource({
			// plain cases
			"45.00, 4.50, 40.50", "8.00, 0.80, 7.20", "25, 2.50, 22.50", "1234567.89, 123456.79, 1111111.10",
			// an exact half cent rounds to the even cent: 3.325 -> 3.32 (half-up would
			// give
			// 3.33)
			"33.25, 3.32, 29.93",
			// ... and 3.335 -> 3.34 (the even neighbour is above)
			"33.35, 3.34, 30.01",
			// 0.125 -> 0.12, 0.135 -> 0.14, 0.145 -> 0.14, 0.155 -> 0.16
			"1.25, 0.12, 1.13", "1.35, 0.14, 1.21", "1.45, 0.14, 1.31", "1.55, 0.16, 1.39",
			// not a tie: 3.3351 would need more decimals than terms have; 3.336 -> 3.34
			"33.36, 3.34, 30.02" })
	void takesATenPercentFeeRoundedHalfEven(String amount, String fee, String receives) {
		Quote quote = Quote.of(new BigDecimal(amount), TEN_PERCENT);

		assertThat(quote.clientPays()).isEqualTo(new BigDecimal(amount).setScale(2));
		assertThat(quote.serviceFee()).isEqualTo(new BigDecimal(fee));
		assertThat(quote.expertReceives()).isEqualTo(new BigDecimal(receives));
		assertThat(quote.serviceFee().add(quote.expertReceives())).isEqualTo(quote.clientPays());
	}

	@Test
	void usesTheConfiguredPercentage() {
		FeeSettings twelveAndAHalf = new FeeSettings(new BigDecimal("12.5"), null, 0, null);

		// 12.5% of 10.02 = 1.2525 -> 1.25; of 10.20 = 1.275 -> 1.28 (half-even: 7 is odd,
		// up)
		assertThat(Quote.of(new BigDecimal("10.02"), twelveAndAHalf).serviceFee()).isEqualTo(new BigDecimal("1.25"));
		assertThat(Quote.of(new BigDecimal("10.20"), twelveAndAHalf).serviceFee()).isEqualTo(new BigDecimal("1.28"));
		// 12.5% of 10.60 = 1.325 -> 1.32 (2 is even, stays)
		assertThat(Quote.of(new BigDecimal("10.60"), twelveAndAHalf).serviceFee()).isEqualTo(new BigDecimal("1.32"));
	}

	@Test
	void aZeroFeeLeavesEverythingToTheExpert() {
		Quote quote = Quote.of(new BigDecimal("45.00"), new FeeSettings(BigDecimal.ZERO, null, 0, null));

		assertThat(quote.serviceFee()).isEqualByComparingTo("0");
		assertThat(quote.expertReceives()).isEqualTo(new BigDecimal("45.00"));
	}

}
