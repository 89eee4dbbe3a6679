package com.cadhire.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races calls against each other: each runs on its own thread, and all wait at one start
 * gate until every thread is ready.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/**
	 * Runs {@code count} calls at once.
	 * @param count how many
	 * @param call the call, given its index
	 * @return the results, in index order
	 */
	public static <T> List<T> run(int count, IndexedCall<T> call) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<T> task = () -> {
					ready.countDown();
					start.await();
					return call.call(index);
				};
				futures.add(executor.submit(task));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * One of the racing calls.
	 */
	@FunctionalInterface
	public interface IndexedCall<T> {

		T call(int index) throws Exception;

	}

}
