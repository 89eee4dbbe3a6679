package com.cadhire.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service whose write transactions are run again, from the start, when the database
 * picks them as the loser of a deadlock (PostgreSQL {@code 40P01}, H2 {@code 40001}).
 * <p>
 * The database rolls the loser back completely, so running it again is safe as long as
 * the method does nothing outside the database before it commits: no stream it reads, no
 * file it writes, no message it sends. Only a call that starts the transaction is
 * retried; a call that joins one already open fails with it, and the outermost call
 * retries the whole. So it belongs only on services whose methods that write each run in
 * one transaction of their own ({@code @Transactional}): a method that committed one
 * transaction and then lost in a second would repeat the first. The hiring services and
 * job closing carry it: their transactions change an expert's invite and application
 * counters ({@code expert_status_counts}) in differing orders. After the last attempt the
 * failure reaches the caller, and the API answers 503 with {@code Retry-After}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetriedOnDeadlock {

}
