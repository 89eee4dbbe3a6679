package com.cadhire.accounts;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in (form and HTTP Basic) with {@link LoginThrottle} in front of it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		Duration wait = this.throttle.waitFor(email);
		if (wait != null) {
			throw new TooManyAttemptsException(wait);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	/**
	 * Refused because the address failed too often recently.
	 */
	static final class TooManyAttemptsException extends AuthenticationException {

		private final Duration waitFor;

		TooManyAttemptsException(Duration waitFor) {
			super("Too many failed sign-ins; try again in " + Math.max(1, waitFor.toSeconds()) + " seconds.");
			this.waitFor = waitFor;
		}

		Duration waitFor() {
			return this.waitFor;
		}

	}

}
