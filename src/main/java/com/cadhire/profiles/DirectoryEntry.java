package com.cadhire.profiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expert as the directory lists them.
 *
 * @param id the expert's account id
 * @param displayName the expert's name
 * @param headline one line about them
 * @param skills catalogue slugs and free tags
 * @param hourlyRate in the platform currency, if they show one
 * @param acceptingInvites whether clients may invite them
 * @param timeAway declared time away that is not over yet
 * @param responsiveness how fast they answer
 * @param updatedAt when the profile last changed: the directory's sort key
 */
public record DirectoryEntry(UUID id, String displayName, String headline, List<String> skills,
		@Nullable BigDecimal hourlyRate, boolean acceptingInvites, @Nullable TimeAway timeAway,
		Responsiveness responsiveness, Instant updatedAt) {
}
