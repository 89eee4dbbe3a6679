package com.cadhire.hiring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One numbered version of an application's terms, with its author and time.
 *
 * @param applicationId the application
 * @param version 1, 2, 3 ...
 * @param authorId who proposed it
 * @param createdAt when
 * @param terms the terms
 */
public record TermsVersion(UUID applicationId, int version, UUID authorId, Instant createdAt, Terms terms) {

	/**
	 * What changed from an earlier version to this one, field by field.
	 * @param previous the earlier version, or {@code null} for the first
	 * @return the changed fields
	 */
	public List<Change> changesSince(@Nullable TermsVersion previous) {
		List<Change> changes = new ArrayList<>();
		if (previous == null) {
			return changes;
		}
		Terms a = previous.terms();
		Terms b = this.terms;
		compare(changes, "rateType", a.rateType(), b.rateType());
		compare(changes, "amount", a.amount().toPlainString(), b.amount().toPlainString());
		compare(changes, "currency", a.currency(), b.currency());
		compare(changes, "weeklyHourLimit", a.weeklyHourLimit(), b.weeklyHourLimit());
		compare(changes, "milestones", describe(a.milestones()), describe(b.milestones()));
		compare(changes, "startDate", a.startDate(), b.startDate());
		compare(changes, "durationDays", a.durationDays(), b.durationDays());
		compare(changes, "deadline", a.deadline(), b.deadline());
		compare(changes, "deliverables", a.deliverables(), b.deliverables());
		compare(changes, "notes", a.notes(), b.notes());
		return changes;
	}

	private static void compare(List<Change> changes, String field, @Nullable Object from, @Nullable Object to) {
		if (!Objects.equals(from, to)) {
			changes
				.add(new Change(field, (from != null) ? from.toString() : null, (to != null) ? to.toString() : null));
		}
	}

	private static String describe(List<Terms.Milestone> milestones) {
		return String.join("; ",
				milestones.stream().map((m) -> m.title() + " " + m.amount() + " due " + m.dueDate()).toList());
	}

	/**
	 * A field whose value changed between two versions.
	 *
	 * @param field the field name
	 * @param from the earlier value
	 * @param to the new value
	 */
	public record Change(String field, @Nullable String from, @Nullable String to) {
	}

}
