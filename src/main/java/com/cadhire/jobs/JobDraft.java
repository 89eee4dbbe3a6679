package com.cadhire.jobs;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a client fills in to post a job.
 *
 * @param title the title
 * @param description what the work is
 * @param skills skill slugs or tags
 * @param rateType hourly or fixed
 * @param budgetAmount the budget: an hourly rate or a fixed total
 * @param budgetCurrency ISO 4217 code
 * @param visibility public or private
 */
public record JobDraft(String title, String description, List<String> skills, RateType rateType,
		BigDecimal budgetAmount, String budgetCurrency, Job.Visibility visibility) {
}
