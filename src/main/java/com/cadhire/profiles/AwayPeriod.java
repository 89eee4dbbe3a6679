package com.cadhire.profiles;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A stretch of time an expert was away, kept after the declaration was replaced or
 * cleared so that it still excuses slow answers to invites it overlapped.
 *
 * @param startsAt first instant away
 * @param endsAt first instant back
 */
@Table("expert_time_away")
public record AwayPeriod(Instant startsAt, Instant endsAt) {
}
