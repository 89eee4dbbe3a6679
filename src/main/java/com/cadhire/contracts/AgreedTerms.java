package com.cadhire.contracts;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.cadhire.common.FeeSettings;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The terms a contract was agreed on, as read from the accepted terms version, with the
 * fee split: what the client pays and what the expert receives per hour or in total.
 *
 * @param rateType hourly or fixed
 * @param amount the hourly rate, or the fixed total
 * @param currency ISO 4217 code
 * @param weeklyHourLimit most hours a week (hourly only)
 * @param milestones payment milestones (fixed only)
 * @param startDate when work starts
 * @param durationDays how long the work takes, in days
 * @param deadline the date the work is due
 * @param deliverables what is delivered
 * @param notes anything else
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreedTerms(RateType rateType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
		String currency, @Nullable Integer weeklyHourLimit, List<Milestone> milestones, @Nullable LocalDate startDate,
		@Nullable Integer durationDays, @Nullable LocalDate deadline, String deliverables, String notes) {

	public AgreedTerms {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		deliverables = (deliverables != null) ? deliverables : "";
		notes = (notes != null) ? notes : "";
	}

	public boolean hourly() {
		return this.rateType.hourly();
	}

	/**
	 * The amount split by the platform's service fee.
	 * @param fees the fee settings
	 * @return what the client pays, the fee and what the expert receives
	 */
	public Split split(FeeSettings fees) {
		BigDecimal fee = this.amount.multiply(fees.serviceFeePercent())
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
		return new Split(this.amount.setScale(2, RoundingMode.HALF_EVEN), fee,
				this.amount.subtract(fee).setScale(2, RoundingMode.HALF_EVEN));
	}

	/**
	 * A part of a fixed-price contract, paid when delivered.
	 *
	 * @param title what is delivered
	 * @param amount what it pays
	 * @param dueDate when it is due
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Milestone(String title, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
			@Nullable LocalDate dueDate) {
	}

	/**
	 * An amount split by the service fee.
	 *
	 * @param clientPays what the client pays
	 * @param serviceFee what the platform keeps
	 * @param expertReceives what the expert receives
	 */
	public record Split(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal clientPays,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal serviceFee,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expertReceives) {
	}

}
