package com.cadhire.accounts;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/**
 * Publishes Spring Security's authentication events for password sign-ins (what the
 * operations metrics count), with a refusal by the sign-in throttle reported as a
 * {@link AuthenticationFailureLockedEvent}.
 */
@Configuration(proxyBeanMethods = false)
class SignInEventsConfiguration {

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(LoginThrottle.TooManyAttemptsException.class, AuthenticationFailureLockedEvent.class));
		return publisher;
	}

}
