package com.cadhire.screening;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists.
 */
final class Words {

	private Words() {
	}

	/**
	 * An immutable set of words; duplicates in the list are allowed.
	 * @param words the words
	 * @return the set
	 */
	static Set<String> set(String... words) {
		return Set.copyOf(new HashSet<>(Arrays.asList(words)));
	}

}
