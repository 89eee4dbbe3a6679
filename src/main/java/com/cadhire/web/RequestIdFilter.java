package com.cadhire.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id before anything else runs (security included): the caller's
 * {@code X-Request-Id} when it is a plain token, a new UUID otherwise. The id is in the
 * logging context while the request is served (also on its error and async dispatches)
 * and in the response's {@code X-Request-Id} header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object known = request.getAttribute(ATTRIBUTE);
		String id = (known instanceof String s) ? s : RequestIds.acceptOrMake(request.getHeader(RequestIds.HEADER));
		if (known == null) {
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(RequestIds.HEADER, id);
		}
		String outer = MDC.get(RequestIds.MDC_KEY);
		MDC.put(RequestIds.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(RequestIds.MDC_KEY, outer);
			}
			else {
				MDC.remove(RequestIds.MDC_KEY);
			}
		}
	}

}
