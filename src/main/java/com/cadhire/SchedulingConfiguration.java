package com.cadhire;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Two schedulers, so that a slow or silent mail server cannot hold up the other jobs: the
 * outbox sender runs on {@value #OUTBOX} (one thread of its own), everything else
 * (expiry, digests, clean-ups) on the default {@code taskScheduler}. Defining a scheduler
 * turns Spring Boot's off, so the default one is defined here too, from Boot's builder
 * ({@code spring.task.scheduling.*}). The tests' statement counter recognises the jobs by
 * the two thread name prefixes.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	/** The name of the outbox's scheduler, for {@code @Scheduled(scheduler = ...)}. */
	static final String OUTBOX = "outboxScheduler";

	@Bean(name = "taskScheduler")
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.poolSize(2).threadNamePrefix("scheduling-").build();
	}

	@Bean(name = OUTBOX)
	ThreadPoolTaskScheduler outboxScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("outbox-");
		scheduler.setWaitForTasksToCompleteOnShutdown(false);
		return scheduler;
	}

}
