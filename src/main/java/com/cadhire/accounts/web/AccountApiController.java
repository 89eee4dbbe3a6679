package com.cadhire.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AccessTokens.IssuedToken;
import com.cadhire.accounts.AccessTokens.TokenInfo;
import com.cadhire.accounts.AccessTokens;
import com.cadhire.accounts.Account;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.DeviceCookies.IssuedDevice;
import com.cadhire.accounts.DeviceCookies;
import com.cadhire.accounts.PasswordCheckLimiter.PasswordChecksBusyException;
import com.cadhire.accounts.Role;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.UserId;
import com.cadhire.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, the caller's own account, and personal access tokens.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	private final AccountManagement accounts;

	private final AccessTokens tokens;

	private final DeviceCookies devices;

	AccountApiController(AccountManagement accounts, AccessTokens tokens, DeviceCookies devices) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.devices = devices;
	}

	/**
	 * Signs up: 201 with the new account. A registered address is refused with 409
	 * {@code email-taken} (saying to sign in or use another address) and its owner is
	 * told by e-mail.
	 */
	@PostMapping("/accounts")
	ResponseEntity<Object> signUp(@Valid @RequestBody SignUpRequest request) {
		Account account;
		try {
			account = this.accounts.register(request.email(), request.password(), request.displayName(),
					request.role());
		}
		catch (PasswordChecksBusyException ex) {
			return busy();
		}
		return ResponseEntity.created(URI.create("/api/v1/me")).body(AccountResponse.of(account));
	}

	/**
	 * A device cookie for this API client, so that its password sign-ins are not refused
	 * while someone else guesses the account's password (send it back as
	 * {@code Cookie: <cookie>=<value>}). Only with the password (HTTP Basic) in this very
	 * request: a token does not prove the password.
	 */
	@PostMapping("/me/devices")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedDevice trustThisDevice(@AuthenticationPrincipal AuthenticatedUser me, HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw new ForbiddenException("Sign in with your password (HTTP Basic) to make a device cookie.");
		}
		return this.devices.issueForApi(this.accounts.get(me.userId()).email(), request);
	}

	private static ResponseEntity<Object> busy() {
		int seconds = PasswordChecksBusyException.RETRY_AFTER_SECONDS;
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", Integer.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "sign-in-busy", "Busy",
					"Too many passwords are being checked at the moment. Try again in " + seconds + " second."));
	}

	@GetMapping("/me")
	AccountResponse me(@AuthenticationPrincipal AuthenticatedUser me) {
		return AccountResponse.of(this.accounts.get(me.userId()));
	}

	@PostMapping("/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issueToken(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody TokenRequest request) {
		return this.tokens.issue(me.id(), request.name().strip());
	}

	@GetMapping("/me/tokens")
	List<TokenInfo> tokens(@AuthenticationPrincipal AuthenticatedUser me) {
		return this.tokens.list(me.id());
	}

	@DeleteMapping("/me/tokens/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.tokens.revoke(me.id(), id);
		return ResponseEntity.noContent().build();
	}

	record SignUpRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Size(min = AccountManagement.MIN_PASSWORD, max = AccountManagement.MAX_PASSWORD) String password,
			@NotBlank @Size(max = 80) String displayName, @NotNull Role role) {
	}

	record TokenRequest(@NotBlank @Size(max = 80) String name) {
	}

	record AccountResponse(UUID id, String email, String displayName, Role role, Instant createdAt) {

		static AccountResponse of(Account account) {
			return new AccountResponse(account.id(), account.email(), account.displayName(), account.role(),
					account.createdAt());
		}

	}

}
