package com.cadhire.accounts;

/**
 * What a person does on CadHire.
 */
public enum Role {

	/** Posts jobs, invites experts, answers applications, sends offers. */
	CLIENT,

	/** Has a public profile, answers invites, applies, negotiates, accepts offers. */
	EXPERT,

	/** Reviews contact-information findings and reports. */
	MODERATOR

}
