package com.cadhire.chat.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.MessageType;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a page offers "Edit" and "Delete" on a message ({@code @chatEdits} in
 * templates): the viewer's own, not deleted, and still within
 * {@code cadhire.chat.edit-window}. The service decides again when the change arrives.
 */
@Component("chatEdits")
public class ChatEdits {

	private final Clock clock;

	private final Duration editWindow;

	ChatEdits(Clock clock, @Value("${cadhire.chat.edit-window:PT15M}") Duration editWindow) {
		this.clock = clock;
		this.editWindow = editWindow;
	}

	/**
	 * @param message an entry of a timeline
	 * @param viewerId the viewer
	 * @return whether the viewer may still edit or delete it
	 */
	public boolean editable(ChatMessage message, @Nullable UUID viewerId) {
		return message.type() == MessageType.MESSAGE && !message.deleted() && viewerId != null
				&& viewerId.equals(message.senderId())
				&& !this.clock.instant().isAfter(message.sentAt().plus(this.editWindow));
	}

}
