package com.cadhire.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.cadhire.live.EventLog.Pending;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects the events a transaction produces for users and logs them just before it
 * commits, in the same transaction: they become visible exactly when the change that
 * caused them does, and vanish with it on rollback. Logging at the end, once per user and
 * in ascending user order, keeps each user's counter locked only for the commit itself
 * and rules out lock-order deadlocks between transactions that write for the same users.
 * Once committed, the users' streams are woken through the {@link WakeUpBus}.
 */
@Component
class LiveEvents {

	private final EventLog log;

	private final WakeUpBus bus;

	private final Clock clock;

	private final TransactionTemplate transactions;

	LiveEvents(EventLog log, WakeUpBus bus, Clock clock, PlatformTransactionManager transactions) {
		this.log = log;
		this.bus = bus;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Logs an event for a user with the current transaction (or in one of its own when
	 * none is active).
	 * @param userId the recipient
	 * @param name the SSE event name
	 * @param data one line of JSON
	 * @param unread whether delivering it changes the user's unread counts
	 */
	void record(UUID userId, String name, String data, boolean unread) {
		Pending event = new Pending(name, data, unread);
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			Set<UUID> users = Set.of(userId);
			this.transactions.executeWithoutResult((status) -> {
				this.log.append(userId, List.of(event), this.clock.instant());
				this.bus.beforeCommit(users);
			});
			this.bus.afterCommit(users);
			return;
		}
		Batch batch = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Batch.class::isInstance)
			.map(Batch.class::cast)
			.findFirst()
			.orElse(null);
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		batch.add(userId, event);
	}

	/**
	 * The events of one transaction.
	 */
	private final class Batch implements TransactionSynchronization {

		private final Map<UUID, List<Pending>> byUser = new TreeMap<>();

		private final Set<UUID> woken = new HashSet<>();

		private boolean flushed;

		void add(UUID userId, Pending event) {
			if (this.flushed) {
				// recorded by another before-commit callback after ours ran: still inside
				// the transaction, so log it right away
				LiveEvents.this.log.append(userId, List.of(event), LiveEvents.this.clock.instant());
				LiveEvents.this.bus.beforeCommit(Set.of(userId));
				this.woken.add(userId);
				return;
			}
			this.byUser.computeIfAbsent(userId, (id) -> new ArrayList<>()).add(event);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.flushed = true;
			if (this.byUser.isEmpty()) {
				return;
			}
			java.time.Instant now = LiveEvents.this.clock.instant();
			LiveEvents.this.log.appendAll(this.byUser, now);
			this.woken.addAll(this.byUser.keySet());
			LiveEvents.this.bus.beforeCommit(Set.copyOf(this.byUser.keySet()));
		}

		@Override
		public void afterCommit() {
			if (!this.woken.isEmpty()) {
				LiveEvents.this.bus.afterCommit(Set.copyOf(this.woken));
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
