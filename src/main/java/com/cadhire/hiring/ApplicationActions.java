package com.cadhire.hiring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.cadhire.common.ConflictException;
import com.cadhire.common.Party;

/**
 * The action table of an {@link Application}: which {@link ApplicationAction}s its status
 * and terms version allow, and why one is refused. The one rule that the pages, the API's
 * {@code actions} and the application's verbs share.
 */
final class ApplicationActions {

	private ApplicationActions() {
	}

	/**
	 * @param party who the viewer is to the application
	 * @param status its status
	 * @param termsVersion its current terms version (0 for none)
	 * @return the actions the viewer may take now, in a fixed order
	 */
	static List<ApplicationAction> actions(Party party, ApplicationStatus status, int termsVersion) {
		return Arrays.stream(ApplicationAction.values())
			.filter((a) -> a.isFor(party) && allows(a, status, termsVersion))
			.toList();
	}

	/**
	 * @param action the action
	 * @param status the application's status
	 * @param termsVersion its current terms version (0 for none)
	 * @return whether the status and terms version allow the action (for either party)
	 */
	static boolean allows(ApplicationAction action, ApplicationStatus status, int termsVersion) {
		boolean live = status.isLive();
		return switch (action) {
			case SUBMIT -> status == ApplicationStatus.DRAFT && termsVersion > 0;
			case REPLY -> status == ApplicationStatus.SUBMITTED;
			case PROPOSE_TERMS -> live && status != ApplicationStatus.OFFERED;
			case SEND_OFFER ->
				(status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.INTERVIEWING) && termsVersion > 0;
			case EDIT_COVER_LETTER, WITHDRAW, DECLINE -> live;
		};
	}

	/**
	 * The 409 for an action that the status or terms version does not allow.
	 * @param action the refused action
	 * @param status the application's status
	 * @param termsVersion its current terms version (0 for none)
	 * @return the conflict to throw
	 */
	static ConflictException refusal(ApplicationAction action, ApplicationStatus status, int termsVersion) {
		Map<String, Object> current = Map.of("status", status.name(), "termsVersion", termsVersion, "action",
				action.apiName());
		if (status == ApplicationStatus.OFFERED && action == ApplicationAction.PROPOSE_TERMS) {
			return new ConflictException("offer-open",
					"An offer is open on terms version " + termsVersion
							+ ": the expert asks for changes to the offer, the client modifies or cancels it.",
					current);
		}
		if (status.isLive() && termsVersion == 0
				&& (action == ApplicationAction.SUBMIT || action == ApplicationAction.SEND_OFFER)) {
			return new ConflictException(
					"terms-required", (action == ApplicationAction.SUBMIT)
							? "Propose terms before submitting the application." : "There are no terms to offer yet.",
					current);
		}
		String detail = switch (status) {
			case DRAFT -> "This application is still a draft: the expert has not submitted it yet.";
			case SUBMITTED -> "This application was submitted already.";
			case INTERVIEWING -> "The interview has started already.";
			case OFFERED -> "An offer is open on this application.";
			case HIRED -> "This application ended in a hire; the contract has started.";
			case WITHDRAWN -> "The expert withdrew this application.";
			case DECLINED -> "The client declined this application.";
			case CLOSED -> "The job was closed; this application is closed.";
		};
		return new ConflictException("invalid-state", detail, current);
	}

}
