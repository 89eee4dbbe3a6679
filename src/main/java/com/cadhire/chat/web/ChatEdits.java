package com.cadhire.chat.web;

import java.util.UUID;

import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.EditWindow;
import com.cadhire.chat.MessageType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Whether a page offers "Edit" and "Delete" on a message ({@code @chatEdits} in
 * templates): the viewer's own, not deleted, and still within the {@link EditWindow}. The
 * service decides again when the change arrives.
 */
@Component("chatEdits")
public class ChatEdits {

	private final EditWindow editWindow;

	ChatEdits(EditWindow editWindow) {
		this.editWindow = editWindow;
	}

	/**
	 * @param message an entry of a timeline
	 * @param viewerId the viewer
	 * @return whether the viewer may still edit or delete it
	 */
	public boolean editable(ChatMessage message, @Nullable UUID viewerId) {
		return message.type() == MessageType.MESSAGE && !message.deleted() && viewerId != null
				&& viewerId.equals(message.senderId()) && this.editWindow.isOpen(message.sentAt());
	}

}
