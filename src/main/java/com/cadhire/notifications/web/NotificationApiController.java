package com.cadhire.notifications.web;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.Cursor;
import com.cadhire.common.Page;
import com.cadhire.notifications.Notification;
import com.cadhire.notifications.NotificationCenter;
import com.cadhire.notifications.NotificationKind;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notification center over the JSON API: the list (newest first, keyset
 * paged like every list), the unread count, and marking one or all read. A notification
 * of someone else is a 404.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final NotificationCenter center;

	NotificationApiController(NotificationCenter center) {
		this.center = center;
	}

	@GetMapping
	NotificationPage list(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		Page<NotificationJson> page = this.center.list(me.id(), Cursor.decode(cursor), Cursor.limit(limit))
			.map(NotificationJson::of);
		return new NotificationPage(page.items(), page.nextCursor(), this.center.unread(me.id()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.center.markRead(me.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read")
	ResponseEntity<Void> markAllRead(@AuthenticationPrincipal AuthenticatedUser me) {
		this.center.markAllRead(me.id());
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param items the notifications, newest first
	 * @param nextCursor the cursor of the next page, or {@code null} on the last
	 * @param unread how many of the caller's notifications are unread (at most 100)
	 */
	record NotificationPage(java.util.List<NotificationJson> items, @Nullable String nextCursor, int unread) {
	}

	/**
	 * @param id the notification
	 * @param kind what happened
	 * @param text the sentence people read
	 * @param otherParty the other party's display name ({@code null} for the platform)
	 * @param jobTitle the job
	 * @param detail a line of detail, may be {@code null}
	 * @param link the page path it opens
	 * @param createdAt when
	 * @param read whether it is marked read
	 */
	record NotificationJson(UUID id, NotificationKind kind, String text, @Nullable String otherParty,
			@Nullable String jobTitle, @Nullable String detail, String link, Instant createdAt, boolean read) {

		static NotificationJson of(Notification n) {
			return new NotificationJson(n.id(), n.kind(), n.text(), n.actorName(), n.jobTitle(), n.detail(), n.link(),
					n.createdAt(), n.read());
		}

	}

}
