package com.cadhire.live;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the hub close a stalled event stream's connection at once on Tomcat. The servlet
 * API can only complete a response, and completing one whose client stopped reading waits
 * for the buffered bytes until the connector's own write timeout; Tomcat's
 * {@code CLOSE_NOW} action, started from a thread of ours, dispatches an error to a
 * container thread, which runs the async listeners and closes the socket. A valve (it
 * sees Tomcat's own request and response) hands the hub that action as a request
 * attribute on {@code /api/v1/events}. Elsewhere the hub falls back to completing the
 * response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.apache.catalina.valves.ValveBase",
		"org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory" })
class TomcatStreamAbort {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> liveStreamAbortValve() {
		return (factory) -> factory
			.addContextCustomizers((context) -> context.getPipeline().addValve(new AbortValve()));
	}

	/**
	 * Puts the abort action on the requests that open an event stream.
	 */
	static final class AbortValve extends ValveBase {

		AbortValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			String uri = request.getRequestURI();
			if (uri != null && uri.endsWith("/api/v1/events")) {
				org.apache.coyote.Response coyote = response.getCoyoteResponse();
				request.setAttribute(LiveConnection.ABORT_ATTRIBUTE, (Runnable) () -> coyote
					.action(ActionCode.CLOSE_NOW, new IOException("Event stream dropped: the client stopped reading")));
			}
			getNext().invoke(request, response);
		}

	}

}
