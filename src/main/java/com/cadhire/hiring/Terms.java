package com.cadhire.hiring;

import com.cadhire.contracts.AgreedTerms;
import java.math.BigDecimal;
import com.cadhire.contracts.AgreedTerms;
import java.time.LocalDate;
import com.cadhire.contracts.AgreedTerms;
import java.util.List;

import com.cadhire.contracts.AgreedTerms;
import com.cadhire.common.RateType;
import com.cadhire.contracts.AgreedTerms;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.cadhire.contracts.AgreedTerms;
import org.jspecify.annotations.Nullable;

/**
 * The terms of work two parties negotiate: rate, schedule, deliverables. A value; every
 * change is a new numbered {@link TermsVersion}.
 *
 * @param rateType hourly or fixed
 * @param amount the hourly rate, or the fixed total
 * @param currency ISO 4217 code
 * @param weeklyHourLimit most hours a week (hourly only)
 * @param milestones payment milestones (fixed only); together equal to the total
 * @param startDate when work starts
 * @param durationDays how long the work takes, in days
 * @param deadline the date the work is due, as an alternative to a duration
 * @param deliverables what is delivered
 * @param notes anything else
 */
public record Terms(RateType rateType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
		@Nullable Integer weeklyHourLimit, List<Milestone> milestones, @Nullable LocalDate startDate,
		@Nullable Integer durationDays, @Nullable LocalDate deadline, String deliverables, String notes) {

	public Terms {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		deliverables = (deliverables != null) ? deliverables : "";
		notes = (notes != null) ? notes : "";
	}

	/**
	 * @return these terms as the contract they start holds them
	 */
	public AgreedTerms agreed() {
		return new AgreedTerms(this.rateType, this.amount, this.currency, this.weeklyHourLimit,
				this.milestones.stream()
					.map((m) -> new AgreedTerms.Milestone(m.title(), m.amount(), m.dueDate()))
					.toList(),
				this.startDate, this.durationDays, this.deadline, this.deliverables, this.notes);
	}

	/**
	 * A part of a fixed-price job, paid when delivered.
	 *
	 * @param title what is delivered
	 * @param amount what it pays
	 * @param dueDate when it is due
	 */
	public record Milestone(String title, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
			@Nullable LocalDate dueDate) {
	}

}
