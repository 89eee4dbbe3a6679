package com.cadhire.contracts;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.FeeSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Direct Hire buyout fee: 12% of 2,080 hours at the hourly rate, or 12% of the fixed
 * total, rounded half-even to the cent.
 */
class BuyoutFeePolicyTests {

	private final BuyoutFeePolicy policy = new BuyoutFeePolicy(
			new FeeSettings(new BigDecimal("10"), new BigDecimal("12"), 2080, "USD"));

	private static Contract contract(String rateType, String amount) {
		return Contract.start(UUID.randomUUID(),
				new NewContract(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
						UUID.randomUUID(), "Job", RateType.valueOf(rateType), new BigDecimal(amount), "USD",
						"HOURLY".equals(rateType) ? 20 : null, ContractTests.terms(RateType.valueOf(rateType), amount),
						1, 1),
				Instant.now());
	}

	@ParameterizedTest(name = "12% of 2080 h at {0} = {1}")
	@CsvSource({ "52.00, 12979.20", "8.00, 1996.80", "45.00, 11232.00", "33.33, 8319.17" })
	void hourlyFeeIsTwelvePercentOfAFullTimeYear(String rate, String fee) {
		// 33.33 x 2080 = 69,326.40; 12% = 8,319.168 -> 8,319.17
		assertThat(this.policy.feeFor(contract("HOURLY", rate))).isEqualTo(new BigDecimal(fee));
	}

	@ParameterizedTest(name = "12% of {0} = {1}")
	@CsvSource({ "1000.00, 120.00", "25.00, 3.00", "100.05, 12.01", "25.01, 3.00", "999.99, 120.00" })
	void fixedFeeIsTwelvePercentOfTheTotal(String total, String fee) {
		// 100.05 -> 12.006 -> 12.01; 25.01 -> 3.0012 -> 3.00; 999.99 -> 119.9988 ->
		// 120.00
		assertThat(this.policy.feeFor(contract("FIXED", total))).isEqualTo(new BigDecimal(fee));
	}

}
