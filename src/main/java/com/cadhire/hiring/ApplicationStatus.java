package com.cadhire.hiring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application is.
 */
public enum ApplicationStatus {

	/** Made by "chat first"; the expert submits it later. */
	DRAFT,

	/** Sent to the client, not answered yet. */
	SUBMITTED,

	/** The client replied; the interview chat is open. */
	INTERVIEWING,

	/** The client sent an offer that is still open. */
	OFFERED,

	/** The expert accepted an offer; a contract exists. */
	HIRED,

	/** The expert withdrew. */
	WITHDRAWN,

	/** The client declined. */
	DECLINED,

	/** The job closed. */
	CLOSED;

	/**
	 * Live: not finished; one live application per job and expert, and closing the job
	 * closes them.
	 */
	public static final Set<ApplicationStatus> LIVE = Collections
		.unmodifiableSet(EnumSet.of(DRAFT, SUBMITTED, INTERVIEWING, OFFERED));

	/** Finished: what the expert's archive shows. */
	public static final Set<ApplicationStatus> FINISHED = Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(LIVE)));

	/** In an interview: the chat is open or about to be, not yet finished. */
	public static final Set<ApplicationStatus> IN_INTERVIEW = Collections
		.unmodifiableSet(EnumSet.of(DRAFT, INTERVIEWING, OFFERED));

	/**
	 * @return whether the application is live
	 */
	public boolean isLive() {
		return LIVE.contains(this);
	}

}
