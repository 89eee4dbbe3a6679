package com.cadhire.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the live event streams ({@code cadhire.live.*}).
 *
 * @param heartbeat how often an idle stream gets a comment line, so that dead connections
 * are noticed
 * @param streamTimeout how long one stream stays open; the client then reconnects with
 * its {@code Last-Event-ID} and loses nothing
 * @param retention how long events are kept for reconnecting clients (at least 7 days)
 * @param cleanupInterval how often events older than the retention are deleted
 * @param queueCapacity the most frames (typing, heartbeats) waiting for one connection; a
 * connection whose queue overflows is dropped
 * @param batchSize how many logged events one read fetches
 * @param sendTimeout the write deadline: a stream whose client has taken nothing of what
 * waits for it for this long is dropped and its connection closed
 * @param deliveryThreads threads that read the log for the streams and hand their frames
 * to the servlet container (writes are non-blocking: no thread waits for a client)
 * @param maxStreamsPerUser the most open streams of one user on one node; opening one
 * more closes the oldest
 */
@ConfigurationProperties("cadhire.live")
record LiveSettings(@DefaultValue("PT15S") Duration heartbeat, @DefaultValue("PT30M") Duration streamTimeout,
		@DefaultValue("P7D") Duration retention, @DefaultValue("PT1H") Duration cleanupInterval,
		@DefaultValue("256") int queueCapacity, @DefaultValue("200") int batchSize,
		@DefaultValue("PT10S") Duration sendTimeout, @DefaultValue("8") int deliveryThreads,
		@DefaultValue("20") int maxStreamsPerUser) {
}
