package com.cadhire.profiles;

/**
 * An entry of the skills catalogue.
 *
 * @param slug the stable identifier stored on profiles and used in filters
 * @param name the name shown to people
 * @param category what kind of skill it is
 */
public record Skill(String slug, String name, Category category) {

	/**
	 * What kind of skill a catalogue entry is.
	 */
	public enum Category {

		/** A CAD, CAE or rendering program. */
		SOFTWARE,

		/** A kind of work, independent of the program used. */
		DISCIPLINE

	}

}
