package com.cadhire.accounts;

import java.io.IOException;
import java.util.Optional;

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
 * this request only (no session is made). {@link AccessTokens} remembers a token's
 * principal briefly (one cache for both filter chains), so an API client's requests cost
 * no database round trip while its token is remembered and one when it is not.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	BearerTokenAuthenticationFilter(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AuthenticatedUser> principal = this.tokens.principalOf(header.substring(BEARER.length()).strip());
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

}
