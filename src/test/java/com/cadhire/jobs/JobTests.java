package com.cadhire.jobs;

import com.cadhire.common.JobId;
import com.cadhire.common.RateType;
import com.cadhire.common.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static com.cadhire.support.Conflicts.assertConflict;
import static com.cadhire.support.DomainEvents.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's life: posted open, closed once.
 */
class JobTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

	private static final UUID OWNER = UUID.randomUUID();

	private static Job posted() {
		return Job.post(OWNER, new JobDraft(" Bracket redesign ", " Sheet metal ", List.of("solidworks", "sheet metal"),
				RateType.HOURLY, new BigDecimal("50.00"), "USD", Job.Visibility.PUBLIC), NOW);
	}

	@Test
	void postedJobIsOpenAndAnnouncesNothing() {
		Job job = posted();

		assertThat(job.status()).isEqualTo(Job.Status.OPEN);
		assertThat(job.isOpen()).isTrue();
		assertThat(job.title()).isEqualTo("Bracket redesign");
		assertThat(job.skills()).containsExactly("solidworks", "sheet metal");
		assertThat(of(job)).isEmpty();
	}

	@Test
	void ownerClosesAnOpenJobAndHiringHearsOfIt() {
		Job job = posted();

		job.close(NOW.plusSeconds(60));

		assertThat(job.status()).isEqualTo(Job.Status.CLOSED);
		assertThat(job.closedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(of(job)).containsExactly(new JobClosed(JobId.of(job.id()), UserId.of(OWNER), NOW.plusSeconds(60)));
	}

	@Test
	void rejectsClosingAClosedJob() {
		Job job = posted().close(NOW);
		com.cadhire.support.DomainEvents.cleared(job);

		assertConflict(() -> job.close(NOW.plusSeconds(60)), "job-closed", Map.of("status", "CLOSED"));
		assertThat(job.closedAt()).isEqualTo(NOW);
		assertThat(of(job)).isEmpty();
	}

}
