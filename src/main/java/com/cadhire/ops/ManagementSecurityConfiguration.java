package com.cadhire.ops;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The management endpoints ({@code /actuator/health}, {@code info}, {@code metrics},
 * {@code prometheus}) on their own port, and the bare probes {@code /livez} and
 * {@code /readyz} on the public port, open without signing in: the management port binds
 * to the loopback interface unless the operator binds it elsewhere
 * ({@code MANAGEMENT_ADDRESS}), so reaching it is the access control, as it is for a
 * Prometheus scraper or a kubelet on the pod network. The probes on the public port show
 * a status and nothing else.
 * <p>
 * Only when the management port differs from the public one: on one port the
 * application's own security chain applies (health open, the rest for signed-in users).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
				EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)))
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
