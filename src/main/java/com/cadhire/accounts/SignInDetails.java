package com.cadhire.accounts;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What the sign-in limits need to know about a password sign-in besides the credentials:
 * the client address ({@link HttpServletRequest#getRemoteAddr()}, which is the proxy's
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} trusts the
 * proxy) and the device cookie, if any.
 *
 * @param remoteAddress the client address
 * @param deviceCookie the device cookie's value, unchecked
 */
record SignInDetails(String remoteAddress, @Nullable String deviceCookie) implements Serializable {

	/** For a sign-in that did not come with a request. */
	static final SignInDetails NONE = new SignInDetails("unknown", null);

	/**
	 * Makes the details of form and HTTP Basic sign-ins.
	 */
	static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(DeviceCookies devices) {
		return (request) -> new SignInDetails(request.getRemoteAddr(), devices.cookieValue(request));
	}

	@Override
	public String toString() {
		// never the cookie in logs
		return "SignInDetails[remoteAddress=" + this.remoteAddress + "]";
	}

}
