package com.cadhire.accounts;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.cadhire.web.RequestIds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two security filter chains. The JSON API under {@code /api/**} is stateless: it takes a
 * personal access token, HTTP Basic, or the session of a browser that signed in on the
 * login page (then CSRF applies), but never creates a session, never remembers a request
 * and never sends {@code Set-Cookie}; it answers 401 and 403 as problem documents and
 * never redirects. Pages use form login with CSRF and get a session when they need one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AccessTokens tokens, DeviceCookies devices) throws Exception {
		AuthenticationEntryPoint apiEntryPoint = SecurityConfiguration::unauthorized;
		AccessDeniedHandler apiDenied = (request, response, ex) -> problem(response, 403, "forbidden", "Not allowed",
				"You are signed in but may not do this.");
		http.securityMatcher(API)
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((authorize) -> authorize
				// the dispatch that finishes an async request (an event stream ending)
				// continues a request that was authorized when it began
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
				.permitAll()
				.anyRequest()
				.authenticated())
			// a page's session is read (the browser's own calls, such as the event
			// stream), but the API never makes one: an anonymous caller costs no memory
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.httpBasic((basic) -> basic.authenticationEntryPoint(apiEntryPoint)
				.authenticationDetailsSource(SignInDetails.source(devices)))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutLiveSession))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(apiEntryPoint).accessDeniedHandler(apiDenied))
			.headers(SecurityConfiguration::headers)
			.addFilterBefore(bearerTokens(tokens), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AccessTokens tokens, DeviceCookies devices) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/", "/login", "/signup", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**",
						"/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
				.permitAll()
				// the developers' mailbox shows every stored e-mail: moderators only
				.requestMatchers("/dev/**")
				.hasRole(Role.MODERATOR.name())
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.authenticationDetailsSource(SignInDetails.source(devices)))
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails.source(devices))
				.successHandler(trustTheDevice(devices))
				.failureHandler(SecurityConfiguration::loginFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers(SecurityConfiguration::headers)
			.addFilterBefore(bearerTokens(tokens), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * After a successful form login: the browser gets (or renews) its device cookie, then
	 * goes where it wanted to go.
	 */
	private static AuthenticationSuccessHandler trustTheDevice(DeviceCookies devices) {
		SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
		then.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			String email = authentication.getName();
			String deviceId = devices.deviceOf(devices.cookieValue(request), email).orElse(null);
			devices.addTo(request, response, devices.issue(deviceId, email));
			then.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * A refused form login goes back to the login page, saying how long to wait when the
	 * sign-in limits or the password-check cap refused it.
	 */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String query = "error";
		if (ex instanceof LoginThrottle.TooManyAttemptsException tooMany) {
			query = "wait=" + tooMany.retryAfterSeconds();
		}
		else if (ex instanceof PasswordCheckLimiter.PasswordChecksBusyException) {
			query = "wait=" + PasswordCheckLimiter.PasswordChecksBusyException.RETRY_AFTER_SECONDS;
		}
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

	private static BearerTokenAuthenticationFilter bearerTokens(AccessTokens tokens) {
		return new BearerTokenAuthenticationFilter(tokens);
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * CSRF protects cookie-authenticated requests. An API call that carries its own
	 * credentials (a token or Basic) or no live session has no ambient authority a forged
	 * request could borrow: browsers never attach an Authorization header on their own,
	 * as the API never asks for Basic credentials with a challenge. (Checking for a live
	 * session rather than a session cookie also keeps a stale cookie from making the CSRF
	 * filter store a token in a new session.)
	 */
	private static boolean withoutLiveSession(HttpServletRequest request) {
		return request.getHeader("Authorization") != null || request.getSession(false) == null;
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, PasswordCheckLimiter limiter, DeviceCookies devices,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(
				refusingOverlongNames(new ThrottledAuthenticationProvider(dao, throttle, limiter, devices)));
		manager.setEraseCredentialsAfterAuthentication(true);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * A sign-in name longer than any e-mail address (254 characters) is a failed sign-in
	 * at once: never looked up, hashed or counted.
	 */
	private static AuthenticationProvider refusingOverlongNames(AuthenticationProvider provider) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				if (authentication.getName() != null && authentication.getName().length() > MAX_EMAIL) {
					throw new BadCredentialsException("Bad credentials");
				}
				return provider.authenticate(authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return provider.supports(authentication);
			}

		};
	}

	private static final int MAX_EMAIL = 254;

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return (email) -> accounts.findByEmailNormalized(Account.normalize(email))
			.map(AuthenticatedUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof LoginThrottle.TooManyAttemptsException tooMany) {
			long seconds = tooMany.retryAfterSeconds();
			response.setHeader("Retry-After", Long.toString(seconds));
			problem(response, 429, "too-many-sign-in-attempts", "Too many failed sign-ins",
					"Too many failed sign-ins from this client or for this account. Try again in " + seconds
							+ " seconds, or sign in from a device you signed in with before.");
			return;
		}
		if (ex instanceof PasswordCheckLimiter.PasswordChecksBusyException) {
			int seconds = PasswordCheckLimiter.PasswordChecksBusyException.RETRY_AFTER_SECONDS;
			response.setHeader("Retry-After", Integer.toString(seconds));
			problem(response, 503, "sign-in-busy", "Sign-in busy",
					"Too many sign-ins are being checked at the moment. Try again in " + seconds + " second.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"cadhire\"");
		problem(response, 401, "unauthenticated", "Not signed in",
				"Sign in: send a personal access token as 'Authorization: Bearer <token>', or HTTP Basic credentials.");
	}

	static void problem(HttpServletResponse response, int status, String slug, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"https://cadhire.app/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":"
					+ status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"" + requestIdMember() + "}");
	}

	private static String requestIdMember() {
		String id = RequestIds.current();
		return (id != null) ? ",\"" + RequestIds.PROPERTY + "\":\"" + id + "\"" : "";
	}

}
