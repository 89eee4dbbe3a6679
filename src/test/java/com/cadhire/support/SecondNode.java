package com.cadhire.support;

import com.cadhire.CadHireApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the test's database (PostgreSQL: the nodes meet through
 * LISTEN/NOTIFY), on a random port, without demo data; for the two-node tests.
 */
public final class SecondNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * @return the started node
	 */
	public static SecondNode start() {
		return new SecondNode(new SpringApplicationBuilder(CadHireApplication.class)
			.properties("server.port=0", "cadhire.demo-data.enabled=false", "spring.jmx.enabled=false",
					"logging.level.root=warn")
			.run());
	}

	/**
	 * @return an anonymous API client of this node
	 */
	public Api api() {
		return Api.anonymous(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")));
	}

	/**
	 * @return the node's application context
	 */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
