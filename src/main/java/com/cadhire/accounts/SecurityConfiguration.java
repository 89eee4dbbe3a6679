package com.cadhire.accounts;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain. The JSON API under {@code /api/**} takes a personal
 * access token, HTTP Basic, or the session of a browser that signed in on the login page
 * (then CSRF applies); it answers 401 and 403 as problem documents and never redirects.
 * Pages use form login with CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AccessTokens tokens, Accounts accounts) throws Exception {
		AuthenticationEntryPoint apiEntryPoint = SecurityConfiguration::unauthorized;
		AccessDeniedHandler apiDenied = (request, response, ex) -> problem(response, 403, "forbidden", "Not allowed",
				"You are signed in but may not do this.");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((authorize) -> authorize
				// the dispatch that finishes an async request (an event stream ending)
				// continues
				// a request that was authorized when it began
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/", "/login", "/signup", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**",
						"/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
				.permitAll()
				.requestMatchers("/dev/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(apiEntryPoint))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiWithoutSession))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, API)
				.defaultAccessDeniedHandlerFor(apiDenied, API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
						+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, accounts), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * CSRF protects cookie-authenticated requests. An API call that carries its own
	 * credentials (a token or Basic) or no session cookie at all has no ambient authority
	 * a forged request could borrow: browsers never attach an Authorization header on
	 * their own, as the API never asks for Basic credentials with a challenge.
	 */
	private static boolean apiWithoutSession(HttpServletRequest request) {
		return API.matches(request)
				&& (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
		manager.setEraseCredentialsAfterAuthentication(true);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

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
		if (ex instanceof ThrottledAuthenticationProvider.TooManyAttemptsException tooMany) {
			Duration wait = tooMany.waitFor();
			response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
			problem(response, 429, "too-many-sign-in-attempts", "Too many failed sign-ins",
					"Too many failed sign-ins for this account. Try again in " + Math.max(1, wait.toSeconds())
							+ " seconds.");
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
					+ status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

}
