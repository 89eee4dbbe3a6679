package com.cadhire.screening.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed corpus files are what {@link RedTeamCorpus} generates, and the corpus has
 * the breadth the evaluation relies on.
 */
class RedTeamCorpusTest {

	@Test
	void committedFilesAreWhatTheGeneratorWrites() throws IOException {
		assertThat(resource("redteam-positives.jsonl")).isEqualTo(RedTeamCorpus.jsonl(RedTeamCorpus.positives()));
		assertThat(resource("redteam-engineering.jsonl")).isEqualTo(RedTeamCorpus.jsonl(EngineeringTexts.rows()));
	}

	@Test
	void atLeastFortyTacticsAndTwoThousandEngineeringTextsInBothSplits() {
		List<RedTeamCorpus.Row> positives = RedTeamCorpus.positives();
		Set<String> tactics = new HashSet<>();
		positives.forEach((row) -> tactics.add(row.tactic()));
		assertThat(tactics).hasSizeGreaterThanOrEqualTo(40);
		List<RedTeamCorpus.Row> negatives = EngineeringTexts.rows();
		assertThat(negatives).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(positives).anyMatch((row) -> row.split().equals("heldout"))
			.anyMatch((row) -> row.split().equals("tuning"));
		assertThat(negatives.stream().filter((row) -> row.split().equals("heldout")).count()).isGreaterThan(400);
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = RedTeamCorpusTest.class.getResourceAsStream("/screening/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
