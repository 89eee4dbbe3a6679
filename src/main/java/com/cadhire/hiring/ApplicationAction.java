package com.cadhire.hiring;

import com.cadhire.common.Party;
import org.jspecify.annotations.Nullable;

/**
 * What can be done with an application, and by whom.
 */
public enum ApplicationAction {

	/** The expert submits a draft. */
	SUBMIT("submit", Party.EXPERT),

	/** The client's first reply, which opens the interview. */
	REPLY("reply", Party.CLIENT),

	/** Either party proposes new terms. */
	PROPOSE_TERMS("propose-terms", null),

	/** The client sends an offer on the current terms. */
	SEND_OFFER("send-offer", Party.CLIENT),

	/** The expert edits the cover letter. */
	EDIT_COVER_LETTER("edit-cover-letter", Party.EXPERT),

	/** The expert withdraws the application. */
	WITHDRAW("withdraw", Party.EXPERT),

	/** The client declines the application. */
	DECLINE("decline", Party.CLIENT);

	private final String apiName;

	/** The party that may take it, or {@code null} for either. */
	private final @Nullable Party party;

	ApplicationAction(String apiName, @Nullable Party party) {
		this.apiName = apiName;
		this.party = party;
	}

	/**
	 * @return the action's name in the API, e.g. {@code propose-terms}
	 */
	public String apiName() {
		return this.apiName;
	}

	/**
	 * @return the party that may take it, or {@code null} for either
	 */
	@Nullable Party party() {
		return this.party;
	}

	boolean isFor(Party party) {
		return (this.party == null) ? party != Party.OUTSIDER : this.party == party;
	}

}
