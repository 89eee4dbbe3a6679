package com.cadhire.chat;

/**
 * The outcome of sending a message.
 *
 * @param message the stored message
 * @param created {@code true} if this call stored it, {@code false} if it repeats an
 * earlier send with the same client message id
 */
public record SendResult(ChatMessage message, boolean created) {

	/**
	 * @return where the message stands in the timeline
	 */
	public PostedMessage posted() {
		return new PostedMessage(this.message.id(), this.message.conversationId(), this.message.seq(),
				this.message.sentAt());
	}

}
