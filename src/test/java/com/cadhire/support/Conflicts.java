package com.cadhire.support;

import java.util.Map;

import com.cadhire.common.ConflictException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assertions on refused transitions.
 */
public final class Conflicts {

	private Conflicts() {
	}

	/**
	 * Asserts that a call is refused with a {@link ConflictException} that carries the
	 * current state.
	 * @param call the transition
	 * @param type the expected problem type slug
	 * @param current the expected current state or version
	 */
	public static void assertConflict(ThrowingCallable call, String type, Map<String, ?> current) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, (ex) -> {
			org.assertj.core.api.Assertions.assertThat(ex.type()).isEqualTo(type);
			// the current state carries at least these entries (it may also name the
			// action)
			org.assertj.core.api.Assertions.assertThat(ex.current())
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsAllEntriesOf(current);
		});
	}

	/**
	 * Asserts that a call is refused because of the state it found.
	 * @param call the transition
	 * @param status the state the thing is in
	 */
	public static void assertRefusedIn(ThrowingCallable call, Enum<?> status) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, (ex) -> {
			org.assertj.core.api.Assertions.assertThat(ex.type()).isEqualTo("invalid-state");
			org.assertj.core.api.Assertions.assertThat(ex.current())
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("status", status.name());
		});
	}

}
