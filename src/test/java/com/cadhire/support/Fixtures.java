package com.cadhire.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cadhire.support.Api.User;

/**
 * Object mothers for API payloads.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static Map<String, Object> hourly(String amount, int weeklyHours) {
		Map<String, Object> terms = new HashMap<>();
		terms.put("rateType", "HOURLY");
		terms.put("amount", amount);
		terms.put("currency", "USD");
		terms.put("weeklyHourLimit", weeklyHours);
		terms.put("milestones", List.of());
		terms.put("startDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
		terms.put("durationDays", 14);
		terms.put("deliverables", "STEP and PDF drawings");
		terms.put("notes", "");
		return terms;
	}

	public static Map<String, Object> fixed(String total, String... milestoneAmounts) {
		Map<String, Object> terms = new HashMap<>();
		terms.put("rateType", "FIXED");
		terms.put("amount", total);
		terms.put("currency", "USD");
		LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(3);
		terms.put("startDate", start.toString());
		terms.put("durationDays", 30);
		java.util.ArrayList<Map<String, Object>> milestones = new java.util.ArrayList<>();
		for (int i = 0; i < milestoneAmounts.length; i++) {
			milestones.add(Map.of("title", "Milestone " + (i + 1), "amount", milestoneAmounts[i], "dueDate",
					start.plusDays(10L * (i + 1)).toString()));
		}
		terms.put("milestones", milestones);
		terms.put("deliverables", "Parametric model, drawings");
		return terms;
	}

	public static Map<String, Object> job(String title, String visibility) {
		return Map.of("title", title, "description", "Design a sheet-metal bracket for a 24V motor, ISO 2768-mK.",
				"skills", List.of("solidworks", "sheet metal"), "rateType", "HOURLY", "budget",
				Map.of("amount", "50.00", "currency", "USD"), "visibility", visibility);
	}

	/**
	 * Posts a public job as the client.
	 * @return the job id
	 */
	public static String postJob(User client) {
		return client.api().post("/api/v1/jobs", job("Bracket redesign", "PUBLIC")).expect(201).text("id");
	}

	/**
	 * Invites an expert, with proposed hourly terms.
	 * @return the invite id
	 */
	public static String invite(User client, String jobId, User expert) {
		Map<String, Object> body = new HashMap<>();
		body.put("expertId", expert.id().toString());
		body.put("message", "Would you take this on?");
		body.put("proposedTerms", hourly("45.00", 20));
		return client.api().post("/api/v1/jobs/" + jobId + "/invites", body).expect(201).text("id");
	}

}
