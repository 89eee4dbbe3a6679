package com.cadhire.live;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import com.cadhire.accounts.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Picks the wake-up bus by the database at startup: {@code LISTEN/NOTIFY} on PostgreSQL
 * (any number of nodes), in process otherwise (the embedded H2 runs one node).
 */
@Configuration(proxyBeanMethods = false)
class WakeUpBusConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WakeUpBusConfiguration.class);

	@Bean
	WakeUpBus wakeUpBus(DataSource dataSource, JdbcClient jdbc, LiveHub hub, AccessTokens tokens)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			log.info("Live events: nodes wake each other with PostgreSQL LISTEN/NOTIFY");
			return new PostgresWakeUpBus(hub, jdbc, dataSource, tokens);
		}
		log.info("Live events: in-process wake-ups ({})", product);
		return new InProcessWakeUpBus(hub);
	}

}
