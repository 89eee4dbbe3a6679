package com.cadhire.hiring.web;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cadhire.hiring.Terms;
import com.cadhire.jobs.Job;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The terms form shared by invites, applications and offers. Keeps what the user typed;
 * blank milestone rows are ignored.
 */
public class TermsForm {

	/** Milestone rows a form offers. */
	static final int MILESTONE_ROWS = 3;

	private String rateType = "HOURLY";

	private @Nullable BigDecimal amount;

	private String currency = "USD";

	private @Nullable Integer weeklyHourLimit;

	private List<MilestoneForm> milestones = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startDate;

	private @Nullable Integer durationDays;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;

	private String deliverables = "";

	private String notes = "";

	public TermsForm() {
		padMilestones();
	}

	static TermsForm of(@Nullable Terms terms) {
		TermsForm form = new TermsForm();
		if (terms == null) {
			return form;
		}
		form.rateType = terms.rateType().name();
		form.amount = terms.amount();
		form.currency = terms.currency();
		form.weeklyHourLimit = terms.weeklyHourLimit();
		form.milestones = new ArrayList<>();
		for (Terms.Milestone m : terms.milestones()) {
			MilestoneForm row = new MilestoneForm();
			row.setTitle(m.title());
			row.setAmount(m.amount());
			row.setDueDate(m.dueDate());
			form.milestones.add(row);
		}
		form.padMilestones();
		form.startDate = terms.startDate();
		form.durationDays = terms.durationDays();
		form.deadline = terms.deadline();
		form.deliverables = terms.deliverables();
		form.notes = terms.notes();
		return form;
	}

	static TermsForm hourly(@Nullable BigDecimal rate, @Nullable String currency) {
		TermsForm form = new TermsForm();
		form.amount = rate;
		if (currency != null) {
			form.currency = currency;
		}
		form.weeklyHourLimit = 20;
		return form;
	}

	/**
	 * The terms as the service checks them.
	 */
	Terms toTerms() {
		RateType type = "FIXED".equals(this.rateType) ? RateType.FIXED : RateType.HOURLY;
		List<Terms.Milestone> rows = new ArrayList<>();
		if (type == RateType.FIXED) {
			for (MilestoneForm m : this.milestones) {
				if (!m.isBlank()) {
					rows.add(new Terms.Milestone((m.getTitle() != null) ? m.getTitle() : "", m.getAmount(),
							m.getDueDate()));
				}
			}
		}
		return new Terms(type, this.amount, this.currency, (type == RateType.HOURLY) ? this.weeklyHourLimit : null,
				rows, this.startDate, this.durationDays, this.deadline, this.deliverables, this.notes);
	}

	void padMilestones() {
		while (this.milestones.size() < MILESTONE_ROWS) {
			this.milestones.add(new MilestoneForm());
		}
	}

	public String getRateType() {
		return this.rateType;
	}

	public void setRateType(String rateType) {
		this.rateType = rateType;
	}

	public @Nullable BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public @Nullable Integer getWeeklyHourLimit() {
		return this.weeklyHourLimit;
	}

	public void setWeeklyHourLimit(@Nullable Integer weeklyHourLimit) {
		this.weeklyHourLimit = weeklyHourLimit;
	}

	public List<MilestoneForm> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<MilestoneForm> milestones) {
		this.milestones = milestones;
	}

	public @Nullable LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(@Nullable LocalDate startDate) {
		this.startDate = startDate;
	}

	public @Nullable Integer getDurationDays() {
		return this.durationDays;
	}

	public void setDurationDays(@Nullable Integer durationDays) {
		this.durationDays = durationDays;
	}

	public @Nullable LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
	}

	public String getDeliverables() {
		return this.deliverables;
	}

	public void setDeliverables(String deliverables) {
		this.deliverables = deliverables;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	/**
	 * One milestone row.
	 */
	public static class MilestoneForm {

		private @Nullable String title;

		private @Nullable BigDecimal amount;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate dueDate;

		boolean isBlank() {
			return (this.title == null || this.title.isBlank()) && this.amount == null && this.dueDate == null;
		}

		public @Nullable String getTitle() {
			return this.title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(@Nullable BigDecimal amount) {
			this.amount = amount;
		}

		public @Nullable LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(@Nullable LocalDate dueDate) {
			this.dueDate = dueDate;
		}

	}

}
