package com.cadhire;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import com.cadhire.common.RetriedOnDeadlock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the transactions of {@link RetriedOnDeadlock} services again when the database
 * aborts them as a deadlock's loser: up to {@value #ATTEMPTS} attempts, with a short
 * randomised pause between them so that the two parties do not meet again in step.
 * <p>
 * The advice is ordered before the transaction advice, so each attempt gets a fresh
 * transaction, and it retries only a call that found no transaction open: inside a
 * transaction the whole transaction is lost and only its outermost call can start over.
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetryConfiguration {

	/** Attempts in all, the first included. */
	static final int ATTEMPTS = 4;

	/** The pause before the first retry; it doubles for each further one. */
	static final long FIRST_PAUSE_MILLIS = 20;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor deadlockRetryAdvisor() {
		ComposablePointcut pointcut = new ComposablePointcut(
				AnnotationMatchingPointcut.forClassAnnotation(RetriedOnDeadlock.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(RetriedOnDeadlock.class));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new DeadlockRetry());
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	static final class DeadlockRetry implements MethodInterceptor {

		private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()
					|| !(invocation instanceof ProxyMethodInvocation proxied)) {
				return invocation.proceed();
			}
			long pause = FIRST_PAUSE_MILLIS;
			for (int attempt = 1;; attempt++) {
				try {
					return proxied.invocableClone().proceed();
				}
				catch (RuntimeException ex) {
					if (attempt >= ATTEMPTS || !isDeadlock(ex)) {
						throw ex;
					}
					log.info("{} lost a deadlock (attempt {} of {}); running it again",
							invocation.getMethod().getName(), attempt, ATTEMPTS);
					Thread.sleep(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
					pause *= 2;
				}
			}
		}

		/** PostgreSQL's {@code 40P01} and H2's {@code 40001}, anywhere in the causes. */
		static boolean isDeadlock(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql
						&& ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
					return true;
				}
			}
			return false;
		}

	}

}
