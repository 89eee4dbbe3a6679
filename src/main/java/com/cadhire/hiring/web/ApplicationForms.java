package com.cadhire.hiring.web;

import com.cadhire.hiring.ApplicationDeclineReason;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the application page: new terms, an offer, a reply, changes to an offer, a
 * modified offer and a decline.
 */
final class ApplicationForms {

	private ApplicationForms() {
	}

	/**
	 * New terms, based on the version the author saw.
	 */
	public static class ProposalForm {

		private int basedOnVersion;

		private TermsForm terms = new TermsForm();

		public int getBasedOnVersion() {
			return this.basedOnVersion;
		}

		public void setBasedOnVersion(int basedOnVersion) {
			this.basedOnVersion = basedOnVersion;
		}

		public TermsForm getTerms() {
			return this.terms;
		}

		public void setTerms(TermsForm terms) {
			this.terms = terms;
		}

	}

	/**
	 * An offer on the current terms version.
	 */
	public static class OfferForm {

		private int basedOnVersion;

		private String message = "";

		public int getBasedOnVersion() {
			return this.basedOnVersion;
		}

		public void setBasedOnVersion(int basedOnVersion) {
			this.basedOnVersion = basedOnVersion;
		}

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

	}

	/**
	 * A message: a first reply, or what the expert would like changed in an offer.
	 */
	public static class ReplyForm {

		private String message = "";

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

	}

	/**
	 * What the expert would like changed in an offer, optionally with new terms.
	 */
	public static class ChangesForm {

		private String message = "";

		private boolean proposeTerms;

		private TermsForm counter = new TermsForm();

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public boolean isProposeTerms() {
			return this.proposeTerms;
		}

		public void setProposeTerms(boolean proposeTerms) {
			this.proposeTerms = proposeTerms;
		}

		public TermsForm getCounter() {
			return this.counter;
		}

		public void setCounter(TermsForm counter) {
			this.counter = counter;
		}

	}

	/**
	 * The client changes an open offer: a new message, optionally new terms.
	 */
	public static class ModifyForm {

		private int basedOnVersion;

		private String message = "";

		private boolean proposeTerms;

		private TermsForm newTerms = new TermsForm();

		public int getBasedOnVersion() {
			return this.basedOnVersion;
		}

		public void setBasedOnVersion(int basedOnVersion) {
			this.basedOnVersion = basedOnVersion;
		}

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public boolean isProposeTerms() {
			return this.proposeTerms;
		}

		public void setProposeTerms(boolean proposeTerms) {
			this.proposeTerms = proposeTerms;
		}

		public TermsForm getNewTerms() {
			return this.newTerms;
		}

		public void setNewTerms(TermsForm newTerms) {
			this.newTerms = newTerms;
		}

	}

	/**
	 * The client declines, with a reason and a message.
	 */
	public static class DeclineForm {

		private @Nullable ApplicationDeclineReason reason;

		private String message = "";

		public @Nullable ApplicationDeclineReason getReason() {
			return this.reason;
		}

		public void setReason(@Nullable ApplicationDeclineReason reason) {
			this.reason = reason;
		}

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

	}

}
