package com.cadhire.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.cadhire.screening.corpus.RedTeamCorpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the engine over the red-team corpus ({@code src/test/resources/screening/}, made
 * by {@link RedTeamCorpus}) and reports recall per tactic and the share of engineering
 * texts flagged per category, for the tuning and the held-out split, in
 * {@code target/redteam-eval.md}. The targets are held-out recall 0.97 and at most 0.5 %
 * engineering texts flagged; the test asserts them, and a ratchet at the figures reached
 * (session 3: 659 of 660 held-out contact texts found, 0 of 994 engineering texts
 * flagged), so any regression on the held-out split fails the build. History: 0.352 /
 * 4.60 % at the first baseline, 0.912 / 2.18 % after session 2.
 */
class RedTeamEvaluationTest {

	static final double MIN_HELDOUT_RECALL = 0.97;

	static final double MAX_HELDOUT_ENGINEERING_FLAGGED = 0.005;

	/** Held-out contact texts found at the last ratchet (of 660). */
	static final int BASELINE_HELDOUT_FOUND = 659;

	/** Held-out engineering texts flagged at the last ratchet (of 994). */
	static final int BASELINE_HELDOUT_FLAGGED = 0;

	record Sample(String text, boolean contact, String tactic, String source, String split) {
	}

	record Tally(int[] counts) {

		Tally() {
			this(new int[2]);
		}

		void add(boolean flagged) {
			this.counts[0]++;
			if (flagged) {
				this.counts[1]++;
			}
		}

		int total() {
			return this.counts[0];
		}

		int flagged() {
			return this.counts[1];
		}

		double share() {
			return (this.counts[0] == 0) ? 0 : (double) this.counts[1] / this.counts[0];
		}

	}

	static List<Sample> load(String resource) throws IOException {
		List<Sample> samples = new ArrayList<>();
		try (InputStream in = RedTeamEvaluationTest.class.getResourceAsStream("/screening/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				Map<String, Object> o = JsonLines.parseObject(line);
				samples.add(new Sample((String) o.get("text"), Boolean.TRUE.equals(o.get("contact")),
						(String) o.get("tactic"), (String) o.get("source"), (String) o.get("split")));
			}
		}
		return samples;
	}

	/** Figures for one split. */
	record Figures(Map<String, Tally> byTactic, Map<String, Tally> bySource, Tally positives,
			Map<String, Tally> byCategory, Map<String, Tally> byNegativeSource, Tally negatives, List<String> misses) {

		Figures() {
			this(new TreeMap<>(), new TreeMap<>(), new Tally(), new TreeMap<>(), new TreeMap<>(), new Tally(),
					new ArrayList<>());
		}

	}

	static Map<String, Figures> evaluate(ContactScreener screener, List<Sample> samples) {
		Map<String, Figures> bySplit = new TreeMap<>();
		for (Sample sample : samples) {
			Figures figures = bySplit.computeIfAbsent(sample.split(), (key) -> new Figures());
			boolean flagged = screener.screen(sample.text(), Surface.MESSAGE).contact();
			if (sample.contact()) {
				figures.positives().add(flagged);
				figures.byTactic().computeIfAbsent(sample.tactic(), (k) -> new Tally()).add(flagged);
				figures.bySource().computeIfAbsent(sample.source(), (k) -> new Tally()).add(flagged);
				if (!flagged) {
					figures.misses().add("missed [" + sample.tactic() + "] " + sample.text());
				}
			}
			else {
				figures.negatives().add(flagged);
				figures.byCategory().computeIfAbsent(sample.tactic(), (k) -> new Tally()).add(flagged);
				figures.byNegativeSource().computeIfAbsent(sample.source(), (k) -> new Tally()).add(flagged);
				if (flagged) {
					figures.misses()
						.add("flagged [" + sample.tactic() + "] " + sample.text() + " -> "
								+ screener.screen(sample.text(), Surface.MESSAGE).findings());
				}
			}
		}
		return bySplit;
	}

	static String report(Map<String, Figures> bySplit) {
		StringBuilder out = new StringBuilder();
		Figures tuning = bySplit.getOrDefault("tuning", new Figures());
		Figures heldout = bySplit.getOrDefault("heldout", new Figures());
		out.append("| split | contact texts | found | recall | engineering texts | flagged | flagged share |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (var entry : List.of(Map.entry("tuning", tuning), Map.entry("held-out", heldout))) {
			Figures f = entry.getValue();
			out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d | %.2f %% |%n",
					entry.getKey(), f.positives().total(), f.positives().flagged(), f.positives().share(),
					f.negatives().total(), f.negatives().flagged(), 100 * f.negatives().share()));
		}
		table(out, "Recall per tactic", "tactic", tuning.byTactic(), heldout.byTactic(), false);
		table(out, "Recall per source (contact texts)", "source", tuning.bySource(), heldout.bySource(), false);
		table(out, "Engineering texts flagged per category", "category", tuning.byCategory(), heldout.byCategory(),
				true);
		table(out, "Engineering texts flagged per source", "source", tuning.byNegativeSource(),
				heldout.byNegativeSource(), true);
		return out.toString();
	}

	private static void table(StringBuilder out, String title, String column, Map<String, Tally> tuning,
			Map<String, Tally> heldout, boolean negatives) {
		out.append("\n").append(title).append(":\n\n");
		String measure = negatives ? "flagged" : "found";
		out.append("| ")
			.append(column)
			.append(" | tuning ")
			.append(measure)
			.append(" | held-out ")
			.append(measure)
			.append(" |\n|---|---:|---:|\n");
		TreeMap<String, Boolean> keys = new TreeMap<>();
		tuning.keySet().forEach((k) -> keys.put(k, true));
		heldout.keySet().forEach((k) -> keys.put(k, true));
		for (String key : keys.keySet()) {
			out.append("| ")
				.append(key)
				.append(" | ")
				.append(cell(tuning.get(key)))
				.append(" | ")
				.append(cell(heldout.get(key)))
				.append(" |\n");
		}
	}

	private static String cell(Tally tally) {
		if (tally == null || tally.total() == 0) {
			return "–";
		}
		return tally.flagged() + " / " + tally.total();
	}

	@Test
	void heldOutSplitMeetsTheTargets() throws IOException {
		List<Sample> samples = new ArrayList<>(load("redteam-positives.jsonl"));
		samples.addAll(load("redteam-engineering.jsonl"));
		Map<String, Figures> bySplit = evaluate(new ContactScreener(), samples);
		String report = report(bySplit);
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			Files.writeString(target.resolve("redteam-eval.md"), report, StandardCharsets.UTF_8);
		}
		System.out.println(report);
		Figures heldout = bySplit.get("heldout");
		assertThat(heldout.negatives().total()).isGreaterThan(400);
		assertThat(heldout.positives().flagged())
			.as("held-out contact texts found (target recall %.2f)", MIN_HELDOUT_RECALL)
			.isGreaterThanOrEqualTo(BASELINE_HELDOUT_FOUND);
		assertThat(heldout.negatives().flagged())
			.as("held-out engineering texts flagged (target share %.3f)", MAX_HELDOUT_ENGINEERING_FLAGGED)
			.isLessThanOrEqualTo(BASELINE_HELDOUT_FLAGGED);
		assertThat(heldout.positives().share()).as("held-out recall").isGreaterThanOrEqualTo(MIN_HELDOUT_RECALL);
		assertThat(heldout.negatives().share()).as("held-out engineering share flagged")
			.isLessThanOrEqualTo(MAX_HELDOUT_ENGINEERING_FLAGGED);
	}

	/**
	 * Prints the tuning split's misses and false alarms (never the held-out ones) for
	 * working on the engine: {@code java ... RedTeamEvaluationTest}.
	 */
	public static void main(String[] args) throws IOException {
		List<Sample> samples = new ArrayList<>(load("redteam-positives.jsonl"));
		samples.addAll(load("redteam-engineering.jsonl"));
		Map<String, Figures> bySplit = evaluate(new ContactScreener(), samples);
		Figures tuning = bySplit.get("tuning");
		tuning.misses().forEach(System.out::println);
		System.out.println(report(bySplit));
	}

}
