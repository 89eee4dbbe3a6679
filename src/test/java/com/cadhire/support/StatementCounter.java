package com.cadhire.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application runs, on every thread but the schedulers' and
 * on either database: the application's {@link DataSource} is wrapped in test scope, and
 * every statement executed (each row of a JDBC batch counted as one, savepoints too),
 * every commit and every database round trip is counted while recording. Found by
 * component scanning, so every {@code @SpringBootTest} shares one application context; it
 * costs a counter increment per statement.
 */
@Configuration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

	private static volatile boolean recording;

	private static final AtomicLong statements = new AtomicLong();

	private static final AtomicLong roundTrips = new AtomicLong();

	private static final AtomicLong commits = new AtomicLong();

	private static final Map<String, AtomicLong> bySql = new ConcurrentHashMap<>();

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
					return new Counting(dataSource);
				}
				return bean;
			}
		};
	}

	/** Starts counting from zero. */
	public static void start() {
		statements.set(0);
		roundTrips.set(0);
		commits.set(0);
		bySql.clear();
		recording = true;
	}

	/** Stops counting; the figures stay until the next {@link #start()}. */
	public static void stop() {
		recording = false;
	}

	/**
	 * @return statements run while recording
	 */
	public static long statements() {
		return statements.get();
	}

	/**
	 * @return database round trips while recording (a JDBC batch is one)
	 */
	public static long roundTrips() {
		return roundTrips.get();
	}

	/**
	 * @return commits while recording
	 */
	public static long commits() {
		return commits.get();
	}

	/**
	 * @return how often each statement ran, by its SQL text (first line, shortened)
	 */
	public static Map<String, Long> bySql() {
		Map<String, Long> copy = new TreeMap<>();
		bySql.forEach((sql, n) -> copy.put(sql, n.get()));
		return copy;
	}

	private static void count(String sql, int n) {
		if (recording && !onTimer()) {
			statements.addAndGet(n);
			roundTrips.incrementAndGet();
			String key = sql.replaceAll("\\s+", " ").strip();
			bySql.computeIfAbsent((key.length() > 110) ? key.substring(0, 110) : key, (k) -> new AtomicLong())
				.addAndGet(n);
		}
	}

	/**
	 * Whether this thread is one of the application's schedulers (named in
	 * {@code com.cadhire.SchedulingConfiguration}: {@code scheduling-}, {@code outbox-}):
	 * its timer jobs (expiry sweeps, digests, clean-ups, the mail outbox) run whenever
	 * their interval comes round, caused by nothing a test does, so counting them would
	 * make a count depend on the moment it was taken.
	 */
	private static boolean onTimer() {
		String thread = Thread.currentThread().getName();
		return thread.startsWith("scheduling-") || thread.startsWith("outbox-");
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Handler(target, null));
		}

	}

	private static final class Handler implements InvocationHandler {

		private final Object target;

		private final String sql;

		private int batched;

		Handler(Object target, String sql) {
			this.target = target;
			this.sql = sql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
			if (this.target instanceof Connection) {
				switch (name) {
					case "createStatement" -> {
						return wrap(result, Statement.class, null);
					}
					case "prepareStatement" -> {
						return wrap(result, PreparedStatement.class, (String) args[0]);
					}
					case "prepareCall" -> {
						return wrap(result, CallableStatement.class, (String) args[0]);
					}
					case "setSavepoint" -> count("SAVEPOINT", 1);
					case "releaseSavepoint" -> count("RELEASE SAVEPOINT", 1);
					case "commit" -> {
						if (recording && !onTimer()) {
							commits.incrementAndGet();
							roundTrips.incrementAndGet();
						}
					}
					default -> {
					}
				}
				if ("rollback".equals(name) && args != null && args.length == 1) {
					count("ROLLBACK TO SAVEPOINT", 1);
				}
				return result;
			}
			if (EXECUTE.contains(name)) {
				count((args != null && args.length > 0 && args[0] instanceof String text) ? text : this.sql, 1);
			}
			else if ("addBatch".equals(name)) {
				this.batched++;
			}
			else if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
				count(this.sql + " [batch]", Math.max(1, this.batched));
				this.batched = 0;
			}
			return result;
		}

		private static Object wrap(Object statement, Class<?> type, String sql) {
			return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
					new Handler(statement, sql));
		}

	}

}
