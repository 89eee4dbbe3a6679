package com.cadhire.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the engine on the peer suites (contact / not contact texts collected from
 * other projects' test suites), read at test time from
 * {@code <project>/../shared/eval/peer-suites.jsonl}; skipped when that file is absent.
 * Prints a precision / recall table overall, per kind and per source, writes it to
 * {@code target/screening-eval.md} and asserts recall ≥ 0.95 and precision ≥ 0.97.
 *
 * <p>
 * Text level: a text is a true positive if it is labelled contact and the engine reports
 * at least one finding. Kind level: a labelled kind is recalled if a finding of the
 * corresponding kind is reported on the text (email ↔ EMAIL, phone ↔ PHONE, url ↔ URL or
 * a HANDLE/MESSENGER finding that is a link, physical_address ↔ ADDRESS, social_handle ↔
 * HANDLE, messenger_id ↔ MESSENGER); a reported kind is a false positive for that kind if
 * the text is not labelled with it.
 */
class PeerSuiteEvaluationTest {

	private static final List<String> KINDS = List.of("email", "phone", "url", "physical_address", "social_handle",
			"messenger_id");

	private static List<Sample> samples;

	private final ContactScreener screener = new ContactScreener();

	@BeforeAll
	static void load() throws IOException {
		// -Dcadhire.peer-suites=PATH for a checkout whose shared/ is not next to it (a
		// worktree)
		String location = System.getProperty("cadhire.peer-suites", "../shared/eval/peer-suites.jsonl");
		Path file = Path.of(System.getProperty("user.dir")).resolve(location).normalize();
		assumeTrue(Files.isRegularFile(file), "peer suites not available at " + file);
		samples = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> object = JsonLines.parseObject(line);
			List<String> kinds = new ArrayList<>();
			for (Object kind : (List<?>) object.getOrDefault("kinds", List.of())) {
				kinds.add(String.valueOf(kind).toLowerCase(Locale.ROOT));
			}
			samples.add(new Sample((String) object.get("text"), Boolean.TRUE.equals(object.get("contact")), kinds,
					String.valueOf(object.getOrDefault("source", "unknown"))));
		}
	}

	@Test
	void peerSuitesMeetPrecisionAndRecallTargets() throws IOException {
		Counts overall = new Counts();
		Map<String, Counts> bySource = new TreeMap<>();
		Map<String, Counts> byKind = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (Sample sample : samples) {
			ScreeningResult result = this.screener.screen(sample.text(), Surface.MESSAGE);
			overall.add(sample.contact(), result.contact());
			bySource.computeIfAbsent(sample.source(), (key) -> new Counts()).add(sample.contact(), result.contact());
			Set<String> reported = reportedKinds(result);
			for (String kind : KINDS) {
				boolean expected = sample.kinds().contains(kind);
				boolean found = reported.contains(kind);
				byKind.computeIfAbsent(kind, (key) -> new Counts()).add(expected, found);
			}
			if (sample.contact() != result.contact()) {
				misses.add((sample.contact() ? "missed " : "false alarm ") + sample.kinds() + ": "
						+ abbreviate(sample.text()) + " -> " + result.findings());
			}
		}
		String report = report(overall, byKind, bySource, misses);
		System.out.println(report);
		Path target = Path.of(System.getProperty("user.dir"), "target");
		Files.createDirectories(target);
		Files.writeString(target.resolve("screening-eval.md"), report, StandardCharsets.UTF_8);
		assertThat(overall.recall()).as("recall on the peer suites").isGreaterThanOrEqualTo(0.95);
		assertThat(overall.precision()).as("precision on the peer suites").isGreaterThanOrEqualTo(0.97);
	}

	private static Set<String> reportedKinds(ScreeningResult result) {
		Set<String> kinds = new java.util.HashSet<>();
		for (Finding finding : result.findings()) {
			switch (finding.kind()) {
				case EMAIL -> kinds.add("email");
				case PHONE -> kinds.add("phone");
				case URL -> kinds.add("url");
				case ADDRESS -> kinds.add("physical_address");
				case HANDLE -> kinds.add("social_handle");
				case MESSENGER -> kinds.add("messenger_id");
			}
			if ((finding.kind() == ContactKind.HANDLE || finding.kind() == ContactKind.MESSENGER)
					&& isLink(finding.text())) {
				kinds.add("url");
			}
		}
		return kinds;
	}

	private static boolean isLink(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.contains("://") || lower.startsWith("www.") || (lower.contains(".") && lower.contains("/"));
	}

	private static String report(Counts overall, Map<String, Counts> byKind, Map<String, Counts> bySource,
			List<String> misses) {
		StringBuilder out = new StringBuilder();
		out.append("# Screening evaluation on the peer suites\n\n");
		out.append("Command: `./mvnw test -Dtest=PeerSuiteEvaluationTest`\n\n");
		out.append("## Overall (text level)\n\n");
		header(out, "set");
		row(out, "all " + samples.size() + " texts", overall);
		out.append("\n## Per kind\n\n");
		header(out, "kind");
		byKind.forEach((kind, counts) -> row(out, kind, counts));
		out.append("\n## Per source (text level)\n\n");
		header(out, "source");
		bySource.forEach((source, counts) -> row(out, source, counts));
		out.append("\n## Disagreements\n\n");
		for (String miss : misses) {
			out.append("- ").append(miss.replace("\n", " ")).append('\n');
		}
		return out.toString();
	}

	private static void header(StringBuilder out, String first) {
		out.append("| ").append(first).append(" | TP | FP | FN | TN | precision | recall | FP rate |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
	}

	private static void row(StringBuilder out, String name, Counts c) {
		out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s |%n", name.replace("|", "\\|"),
				c.tp, c.fp, c.fn, c.tn, ratio(c.precision(), c.tp + c.fp), ratio(c.recall(), c.tp + c.fn),
				ratio(c.falsePositiveRate(), c.fp + c.tn)));
	}

	private static String ratio(double value, int denominator) {
		return (denominator == 0) ? "–" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ');
		return (oneLine.length() > 120) ? oneLine.substring(0, 117) + "..." : oneLine;
	}

	private record Sample(String text, boolean contact, List<String> kinds, String source) {
	}

	private static final class Counts {

		int tp;

		int fp;

		int fn;

		int tn;

		void add(boolean expected, boolean found) {
			if (expected && found) {
				this.tp++;
			}
			else if (found) {
				this.fp++;
			}
			else if (expected) {
				this.fn++;
			}
			else {
				this.tn++;
			}
		}

		double precision() {
			return (this.tp + this.fp == 0) ? 1.0 : this.tp / (double) (this.tp + this.fp);
		}

		double recall() {
			return (this.tp + this.fn == 0) ? 1.0 : this.tp / (double) (this.tp + this.fn);
		}

		double falsePositiveRate() {
			return (this.fp + this.tn == 0) ? 0.0 : this.fp / (double) (this.fp + this.tn);
		}

	}

}
