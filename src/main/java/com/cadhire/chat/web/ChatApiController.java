package com.cadhire.chat.web;

import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.chat.AttachmentManagement;
import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ContactHandling;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ConversationSummary;
import com.cadhire.chat.MessageChanges;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.ReadPointers;
import com.cadhire.chat.SendMessage;
import com.cadhire.chat.SendResult;
import com.cadhire.chat.TimelineReader;
import com.cadhire.chat.UnreadCounts;
import com.cadhire.common.Cursor;
import com.cadhire.common.Page;
import com.cadhire.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conversations of the signed-in participant: listing, reading, sending, read
 * pointers. Every conversation endpoint answers 404 to whoever is not a participant.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class ChatApiController {

	private final ConversationManagement chat;

	private final MessageSending sending;

	private final MessageChanges changes;

	private final ReadPointers readPointers;

	private final TimelineReader timeline;

	ChatApiController(ConversationManagement chat, MessageSending sending, MessageChanges changes,
			ReadPointers readPointers, TimelineReader timeline) {
		this.chat = chat;
		this.sending = sending;
		this.changes = changes;
		this.readPointers = readPointers;
		this.timeline = timeline;
	}

	/**
	 * The caller's conversations, newest activity first.
	 */
	@GetMapping
	Page<ConversationSummary> conversations(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.chat.conversations(me.userId(), Cursor.decode(cursor), Cursor.limit(limit));
	}

	/**
	 * The caller's unread messages: the total and the count of every conversation that
	 * has any (conversations not listed have none).
	 */
	@GetMapping("/unread")
	UnreadCounts unread(@AuthenticationPrincipal AuthenticatedUser me) {
		return this.readPointers.unread(me.id());
	}

	/**
	 * Messages and system events containing a text, ignoring case, in all the caller's
	 * conversations, newest first; page on with {@code cursor=nextCursor}.
	 */
	@GetMapping("/search")
	Page<ChatMessage> searchAll(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam @NotBlank @Size(max = 200) String q, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.timeline.searchAll(me.id(), q.strip(), Cursor.decode(cursor), Cursor.limit(limit));
	}

	@GetMapping("/{id}")
	ConversationSummary conversation(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return this.chat.conversation(id, me.userId());
	}

	/**
	 * Messages and system events in seq order: after a seq (exclusive, default from the
	 * start), or the newest before a seq, ascending either way.
	 */
	@GetMapping("/{id}/messages")
	Page<ChatMessage> messages(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Long after, @RequestParam(required = false) @Nullable Long before,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.timeline.messages(id, me.id(), after, before, Cursor.limit(limit));
	}

	/**
	 * Sends a message: 201 when stored, 200 with the stored message when the
	 * {@code clientMessageId} was sent before.
	 */
	@PostMapping("/{id}/messages")
	ResponseEntity<ChatMessage> send(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody SendRequest request) {
		SendResult result = this.sending.send(new SendMessage(id, me.id(), request.body(), request.clientMessageId(),
				(request.contactHandling() != null) ? request.contactHandling() : ContactHandling.REFUSE,
				request.replyToSeq(), (request.attachmentIds() != null) ? request.attachmentIds() : List.of()));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.message());
	}

	/**
	 * Edits one's own message within the edit window: 403 for someone else's message, 409
	 * once the window has passed.
	 */
	@PutMapping("/{id}/messages/{messageId}")
	ChatMessage edit(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @PathVariable UUID messageId,
			@Valid @RequestBody EditRequest request) {
		return this.changes.edit(id, me.id(), messageId, request.body());
	}

	/**
	 * Deletes one's own message within the edit window: 403 for someone else's message,
	 * 409 once the window has passed.
	 */
	@DeleteMapping("/{id}/messages/{messageId}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@PathVariable UUID messageId) {
		this.changes.delete(id, me.id(), messageId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Tells the other participants' open event streams that the caller is typing; nothing
	 * is stored. Clients call it at most every few seconds while the user types.
	 */
	@PostMapping("/{id}/typing")
	ResponseEntity<Void> typing(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.chat.typing(id, me.userId());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody ReadRequest request) {
		this.readPointers.markRead(id, me.id(), request.upToSeq());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unread")
	ResponseEntity<Void> unread(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody UnreadRequest request) {
		this.readPointers.markUnread(id, me.id(), request.fromSeq());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Messages and system events containing a text, ignoring case, newest first; page on
	 * with {@code before=nextCursor}.
	 */
	@GetMapping("/{id}/search")
	Page<ChatMessage> search(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam @NotBlank @Size(max = 200) String q, @RequestParam(required = false) @Nullable Long before,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.timeline.search(id, me.id(), q.strip(), before, Cursor.limit(limit));
	}

	/**
	 * A message to send.
	 *
	 * @param body the text: required, at most 10,000 characters
	 * @param clientMessageId the sender's idempotency key (e.g. a UUID made when the user
	 * pressed send), at most 100 characters; repeating it returns the first message
	 * @param contactHandling what to do if the body carries contact information: REFUSE
	 * (default), MASK or HOLD
	 * @param replyToSeq the seq of an earlier entry this message replies to (quotes), or
	 * {@code null}
	 * @param attachmentIds files uploaded to the conversation before; the body may be
	 * blank when there are some
	 */
	record SendRequest(@NotNull @Size(max = SendMessage.MAX_BODY) String body,
			@Size(min = 1, max = SendMessage.MAX_CLIENT_MESSAGE_ID) @Nullable String clientMessageId,
			@Nullable ContactHandling contactHandling, @Positive @Nullable Long replyToSeq,
			@Size(max = AttachmentManagement.MAX_PER_MESSAGE) @Nullable List<UUID> attachmentIds) {
	}

	/**
	 * @param body the new text: required, at most 10,000 characters
	 */
	record EditRequest(@NotBlank @Size(max = SendMessage.MAX_BODY) String body) {
	}

	/**
	 * @param upToSeq the newest seq the reader has seen
	 */
	record ReadRequest(@NotNull @PositiveOrZero Long upToSeq) {
	}

	/**
	 * @param fromSeq the first seq to show as unread again
	 */
	record UnreadRequest(@NotNull @Positive Long fromSeq) {
	}

}
