package com.cadhire.web;

import java.util.List;

/**
 * An irreversible action, asked before it is taken: what it does, stated first, and the
 * form that takes it. Rendered as a page of its own without JavaScript
 * ({@code confirm.html}) and as a dialog on the page that offers the action.
 *
 * @param id the dialog's id on the page, e.g. {@code confirm-end}
 * @param title the question, e.g. "End the contract?"
 * @param consequences what happens, one sentence each, in the order they matter
 * @param action the path the form posts to
 * @param button the label of the button that acts
 * @param buttonId the button's id
 * @param cancel the page to return to
 * @param danger whether the action destroys something (a red button) rather than buys
 * something
 */
public record Confirmation(String id, String title, List<String> consequences, String action, String button,
		String buttonId, String cancel, boolean danger) {

	public Confirmation {
		consequences = List.copyOf(consequences);
	}

}
