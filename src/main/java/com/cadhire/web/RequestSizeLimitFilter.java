package com.cadhire.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits JSON request bodies on the API (uploads have their own multipart limit). A body
 * over the limit is refused with 413 before it is parsed, whether or not it declares its
 * length. A body still arriving after {@code cadhire.limits.json-body-seconds} (10 s) is
 * refused with 408 and the connection closed, so a client that sends its body a byte at a
 * time holds a request thread for that long at most (Tomcat's own timeout applies to each
 * read only).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final long bodyNanos;

	RequestSizeLimitFilter(@Value("${cadhire.limits.json-body-bytes:262144}") long limit,
			@Value("${cadhire.limits.json-body-seconds:10}") long bodySeconds) {
		this.limit = limit;
		this.bodyNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(bodySeconds);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !request.getRequestURI().startsWith("/api/") || contentType == null
				|| contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"" + Problems.BASE + "too-large\",\"title\":\"Too large\",\"status\":413,"
						+ "\"detail\":\"The request body is larger than the limit of " + this.limit + " bytes.\",\""
						+ RequestIds.PROPERTY + "\":\"" + RequestIds.current() + "\"}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.limit, System.nanoTime() + this.bodyNanos), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final long deadline;

		LimitedRequest(HttpServletRequest request, long limit, long deadline) {
			super(request);
			this.limit = limit;
			this.deadline = deadline;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long count;

				@Override
				public int read() throws IOException {
					checkTime();
					int b = in.read();
					if (b >= 0) {
						check(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int off, int len) throws IOException {
					checkTime();
					int n = in.read(buffer, off, len);
					if (n > 0) {
						check(n);
					}
					return n;
				}

				private void checkTime() throws IOException {
					if (System.nanoTime() - LimitedRequest.this.deadline > 0) {
						throw new SlowBodyException();
					}
				}

				private void check(int n) throws IOException {
					this.count += n;
					if (this.count > LimitedRequest.this.limit) {
						throw new PayloadTooLargeException(LimitedRequest.this.limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
