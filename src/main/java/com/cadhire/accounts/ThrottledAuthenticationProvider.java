package com.cadhire.accounts;

import java.util.List;

import com.cadhire.accounts.LoginThrottle.Key;
import com.cadhire.accounts.LoginThrottle.Reservation;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in (form and HTTP Basic) behind the sign-in limits: a client with a valid
 * device cookie for the account counts against that device only; any other client counts
 * against its address and against the account. The attempt is counted by
 * {@link LoginThrottle} before the password is hashed (refused at once with 429 if a
 * count is blocked), and the hash runs in a slot of {@link PasswordCheckLimiter}.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final PasswordCheckLimiter limiter;

	private final DeviceCookies devices;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
			PasswordCheckLimiter limiter, DeviceCookies devices) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.limiter = limiter;
		this.devices = devices;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		SignInDetails details = (authentication.getDetails() instanceof SignInDetails given) ? given
				: SignInDetails.NONE;
		List<Key> keys = this.devices.deviceOf(details.deviceCookie(), email)
			.map(this.throttle::device)
			.filter((device) -> !this.throttle.exhausted(device))
			.map(List::of)
			.orElseGet(() -> List.of(this.throttle.client(details.remoteAddress()), this.throttle.account(email)));
		Reservation reservation = this.throttle.reserve(keys);
		if (!LoginThrottle.safe("", email).equals(email)) {
			// too long, or characters no address has (and PostgreSQL would refuse in the
			// lookup): no account can match, nothing to hash
			throw new BadCredentialsException("Bad credentials");
		}
		Authentication result;
		try {
			result = this.limiter.run(() -> this.delegate.authenticate(authentication));
		}
		catch (BadCredentialsException ex) {
			// counted already
			throw ex;
		}
		catch (RuntimeException ex) {
			// busy, or the check itself failed: the password was not judged
			this.throttle.giveBack(reservation);
			throw ex;
		}
		this.throttle.succeeded(reservation);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
