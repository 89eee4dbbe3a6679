package com.cadhire.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of this node's open event streams, by user.
 */
final class LiveStreams {

	private final Map<UUID, List<LiveConnection>> connections = new ConcurrentHashMap<>();

	/**
	 * Registers an open stream.
	 * @param connection the stream
	 * @return the open streams of its user, the new one last
	 */
	List<LiveConnection> add(LiveConnection connection) {
		List<LiveConnection> mine = this.connections.computeIfAbsent(connection.userId,
				(id) -> new CopyOnWriteArrayList<>());
		mine.add(connection);
		return mine;
	}

	/**
	 * Forgets a stream.
	 * @param connection the stream
	 */
	void remove(LiveConnection connection) {
		this.connections.computeIfPresent(connection.userId, (id, mine) -> {
			mine.remove(connection);
			return mine.isEmpty() ? null : mine;
		});
	}

	/**
	 * @param userId a user
	 * @return the user's open streams
	 */
	List<LiveConnection> of(UUID userId) {
		return this.connections.getOrDefault(userId, List.of());
	}

	/**
	 * @return the users with open streams, at this moment
	 */
	Set<UUID> users() {
		return Set.copyOf(this.connections.keySet());
	}

	/**
	 * @return the open streams, per user (a live view)
	 */
	Collection<List<LiveConnection>> perUser() {
		return this.connections.values();
	}

	/**
	 * @return every open stream, at this moment
	 */
	List<LiveConnection> all() {
		List<LiveConnection> all = new ArrayList<>();
		this.connections.values().forEach(all::addAll);
		return all;
	}

	/**
	 * @return how many streams are open
	 */
	int count() {
		return this.connections.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * @param userId a user
	 * @return how many streams of the user are open
	 */
	int count(UUID userId) {
		return of(userId).size();
	}

	/**
	 * @param now {@link System#nanoTime()}
	 * @return how many streams wait for a client that does not take what they write
	 */
	int stalled(long now) {
		return (int) this.connections.values()
			.stream()
			.flatMap(List::stream)
			.filter((connection) -> connection.stalledFor(now) > 0)
			.count();
	}

}
