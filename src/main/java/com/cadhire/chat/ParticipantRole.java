package com.cadhire.chat;

/**
 * Why someone takes part in a conversation.
 */
enum ParticipantRole {

	/** The client who posted the job. */
	CLIENT,

	/** The expert who applied or was invited. */
	EXPERT

}
