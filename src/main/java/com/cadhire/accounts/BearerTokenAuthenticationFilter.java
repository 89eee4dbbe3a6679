package com.cadhire.accounts;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal access token, for
 * this request only (no session is made). The principal of an account (who it is, never
 * whether a token is live: {@link AccessTokens} answers that) is kept briefly in memory,
 * so an API client's requests cost no database round trip while its token is remembered.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	private final Accounts accounts;

	private final Cache<UUID, AuthenticatedUser> principals = Caffeine.newBuilder()
		.expireAfterWrite(AccessTokens.REMEMBERED)
		.maximumSize(100_000)
		.build();

	BearerTokenAuthenticationFilter(AccessTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AuthenticatedUser> principal = this.tokens.accountOf(header.substring(BEARER.length()).strip())
			.flatMap(this::principal);
		if (principal.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"cadhire\", error=\"invalid_token\"");
			SecurityConfiguration.problem(response, 401, "invalid-token", "Invalid token",
					"The access token is unknown or revoked. Make a new one with POST /api/v1/me/tokens.");
			return;
		}
		AuthenticatedUser user = principal.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<AuthenticatedUser> principal(UUID accountId) {
		AuthenticatedUser known = this.principals.getIfPresent(accountId);
		if (known != null) {
			return Optional.of(known);
		}
		return this.accounts.findById(accountId).map((account) -> {
			AuthenticatedUser user = AuthenticatedUser.of(account);
			user.eraseCredentials();
			this.principals.put(accountId, user);
			return user;
		});
	}

}
