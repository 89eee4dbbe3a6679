package com.cadhire.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.cadhire.common.Times;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device cookies: a client that signed in with the right password gets a cookie that
 * names a random device id and is signed (HMAC-SHA256 with a server secret) together with
 * the account's normalized e-mail address and the time it was issued. Presented again
 * when signing in to the same account, it lets the password check skip the per-client and
 * per-account limits (the device has its own, smaller one), so guesses from elsewhere
 * cannot lock the owner out. The cookie tells nothing about the account: the address is
 * only inside the signature. Browsers get it on the login response; API clients ask for
 * it with {@code POST /api/v1/me/devices} (the API never sets cookies) and send it back
 * as {@code Cookie: cadhire_device=...}.
 */
@Component
public class DeviceCookies {

	private static final String SECRET_NAME = "device-cookie";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SignInSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile byte @Nullable [] secret;

	DeviceCookies(SignInSettings settings, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		String configured = settings.deviceSecret();
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < 32) {
				throw new IllegalStateException("cadhire.sign-in.device-secret must have at least 32 characters");
			}
			this.secret = configured.getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * @return the cookie's name
	 */
	public String name() {
		return this.settings.deviceCookie();
	}

	/**
	 * The device of a request, if it carries a valid device cookie for the address.
	 * @param cookieValue the cookie's value, or {@code null}
	 * @param email the address signing in
	 * @return the device id
	 */
	Optional<String> deviceOf(@Nullable String cookieValue, String email) {
		if (cookieValue == null || cookieValue.length() > 200) {
			return Optional.empty();
		}
		String[] parts = cookieValue.split("\\.", -1);
		if (parts.length != 3 || parts[0].isEmpty()) {
			return Optional.empty();
		}
		long issued;
		try {
			issued = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		if (Instant.ofEpochSecond(issued).plus(this.settings.deviceCookieMaxAge()).isBefore(now)) {
			return Optional.empty();
		}
		byte[] expected = mac(parts[0], issued, Account.normalize(email)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(parts[0]) : Optional.empty();
	}

	/**
	 * The device cookie value of a request (the last one if several), unchecked.
	 */
	@Nullable String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		String value = null;
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name().equals(cookie.getName())) {
					value = cookie.getValue();
				}
			}
		}
		return value;
	}

	/**
	 * A new cookie value for a device (a new device when {@code deviceId} is null).
	 * @param deviceId the device, or {@code null}
	 * @param email the account's address
	 * @return the value
	 */
	String issue(@Nullable String deviceId, String email) {
		String id = (deviceId != null) ? deviceId : newDeviceId();
		long issued = this.clock.instant().getEpochSecond();
		return id + "." + issued + "." + mac(id, issued, Account.normalize(email));
	}

	/**
	 * Adds the cookie to a page response: HttpOnly, SameSite=Lax, Secure when the request
	 * came over HTTPS (directly or through a trusted proxy).
	 */
	void addTo(HttpServletRequest request, HttpServletResponse response, String value) {
		ResponseCookie cookie = ResponseCookie.from(name(), value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(this.settings.deviceCookieMaxAge())
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	/**
	 * A device cookie for an API client that just proved its password.
	 * @param email the account's address
	 * @param request the request, whose device cookie (if valid) keeps its device id
	 * @return the cookie value and when it stops being valid
	 */
	public IssuedDevice issueForApi(String email, HttpServletRequest request) {
		String deviceId = deviceOf(cookieValue(request), email).orElse(null);
		String value = issue(deviceId, email);
		return new IssuedDevice(name(), value, this.clock.instant().plus(this.settings.deviceCookieMaxAge()));
	}

	private String newDeviceId() {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		return BASE64.encodeToString(id);
	}

	private String mac(String deviceId, long issued, String emailNormalized) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] signature = mac
				.doFinal(("v1|" + deviceId + "|" + issued + "|" + emailNormalized).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known != null) {
			return known;
		}
		synchronized (this) {
			if (this.secret == null) {
				this.secret = storedSecret().getBytes(StandardCharsets.US_ASCII);
			}
			return this.secret;
		}
	}

	/**
	 * The secret kept in the database, made by the first node that needs it.
	 */
	private String storedSecret() {
		Optional<String> stored = readSecret();
		if (stored.isPresent()) {
			return stored.get();
		}
		byte[] fresh = new byte[32];
		this.random.nextBytes(fresh);
		try {
			this.jdbc.sql("INSERT INTO server_secrets (name, secret, created_at) VALUES (?, ?, ?)")
				.params(SECRET_NAME, BASE64.encodeToString(fresh), Times.sql(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another node made it first; use theirs
		}
		return readSecret().orElseThrow();
	}

	private Optional<String> readSecret() {
		return this.jdbc.sql("SELECT secret FROM server_secrets WHERE name = ?")
			.param(SECRET_NAME)
			.query(String.class)
			.optional();
	}

	/**
	 * A device cookie for an API client.
	 *
	 * @param cookie the cookie's name
	 * @param value its value
	 * @param expiresAt when it stops being valid
	 */
	public record IssuedDevice(String cookie, String value, Instant expiresAt) {
	}

}
