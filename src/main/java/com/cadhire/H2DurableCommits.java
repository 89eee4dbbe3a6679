package com.cadhire;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes every commit on an H2 file database durable across a crash of the JVM, whatever
 * JDBC URL points at it.
 * <p>
 * H2 writes committed transactions to its file up to {@code WRITE_DELAY} (500 ms by
 * default) later, so a {@code kill -9} loses writes that were already acknowledged. With
 * the delay at 0, H2's MVStore writes a new chunk with each commit and waits for the
 * write to finish before the commit returns: the data is in the operating system's page
 * cache, which survives the death of the process (not a power loss or a kernel crash: H2
 * does not {@code fsync} on commit; PostgreSQL does). The embedded default URL sets
 * {@code WRITE_DELAY=0}; this check covers URLs given without it. {@code SET WRITE_DELAY}
 * is stored in the database, so it holds for every later connection. A URL that sets
 * {@code WRITE_DELAY} explicitly is left as it is, with a warning if it is above 0.
 */
@Component
class H2DurableCommits implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(H2DurableCommits.class);

	private final DataSource dataSource;

	private final Environment environment;

	H2DurableCommits(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || url == null
					|| url.startsWith("jdbc:h2:mem:")) {
				return;
			}
			long delay = writeDelay(connection);
			if (delay == 0) {
				return;
			}
			String configured = this.environment.getProperty("spring.datasource.url", "");
			if (configured.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
				log.warn(
						"H2 WRITE_DELAY is {} ms (set in spring.datasource.url): commits acknowledged in the last {} ms"
								+ " before a crash can be lost",
						delay, delay);
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET WRITE_DELAY 0");
			}
			log.info("H2 WRITE_DELAY was {} ms; set to 0 so that every commit is written before it is acknowledged",
					delay);
		}
	}

	private static long writeDelay(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
			return result.next() ? Long.parseLong(result.getString(1).strip()) : 0;
		}
	}

}
