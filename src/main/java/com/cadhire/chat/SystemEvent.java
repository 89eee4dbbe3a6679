package com.cadhire.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An event of the hiring process to record in a conversation's timeline. Its line is not
 * part of it: the chat renders the sentence of its kind ({@code timeline.<kind>} in
 * {@code messages.properties}) whenever the entry is shown, with the actor's current
 * name, so a renamed participant shows under the new name and the sentence can be
 * translated.
 *
 * @param kind what happened, such as {@code terms.proposed}; a kind with a sentence
 * @param actorId who did it ({@code {actor}} in the sentence), {@code null} for the
 * system itself (an expiry)
 * @param data the details the sentence and the clients that render the entry themselves
 * use (JSON-compatible values), such as {@code version}
 */
public record SystemEvent(String kind, @Nullable UserId actorId, Map<String, Object> data) {

	/** The key of the actor's id in the stored details. */
	static final String ACTOR = "actorId";

	public SystemEvent {
		data = Map.copyOf(data);
	}

	/**
	 * @return the details as stored: the data and, if there is one, the actor's id
	 */
	Map<String, Object> stored() {
		Map<String, Object> stored = new LinkedHashMap<>(this.data);
		if (this.actorId != null) {
			stored.put(ACTOR, this.actorId.toString());
		}
		return stored;
	}

}
