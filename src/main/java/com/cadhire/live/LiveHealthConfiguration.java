package com.cadhire.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health of the wake-up bus ({@code liveWakeUps}, part of the readiness group): on
 * PostgreSQL, DOWN while this node is not listening for the other nodes' wake-ups (at
 * startup until the listening connection is up, and while it reconnects). Streams held by
 * a node that is not listening would hear of other nodes' events only at its next
 * reconnect, so a load balancer should send new streams elsewhere meanwhile. In process
 * (H2, one node) it is always UP.
 */
@Configuration(proxyBeanMethods = false)
class LiveHealthConfiguration {

	@Bean
	HealthIndicator liveWakeUpsHealthIndicator(WakeUpBus bus) {
		if (bus instanceof PostgresWakeUpBus postgres) {
			return () -> postgres.listening() ? Health.up().withDetail("bus", "postgresql-listen-notify").build()
					: Health.down()
						.withDetail("bus", "postgresql-listen-notify")
						.withDetail("reason", "not listening for other nodes' wake-ups; reconnecting")
						.build();
		}
		return () -> Health.up().withDetail("bus", "in-process").build();
	}

}
