package com.cadhire.chat;

/**
 * What a timeline entry is.
 */
public enum MessageType {

	/** Written by a participant. */
	MESSAGE,

	/** Recorded by the platform: terms changed, offer sent, invite accepted, ... */
	SYSTEM

}
