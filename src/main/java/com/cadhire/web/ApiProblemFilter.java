package com.cadhire.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cadhire.common.RuleViolationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter, in front of security:
 * <ul>
 * <li>query and form parameters (names and values) follow the {@link TextInput} rule, and
 * a query or form that cannot be decoded (bad percent-encoding) is a 400 problem naming
 * the parameter, for pages and API alike;</li>
 * <li>under {@code /api/}, every error the framework answers with {@code sendError} (404
 * for an unknown path, 405, 406, 415 and the like) is a problem document;</li>
 * <li>under {@code /api/}, an unreachable database (no connection within the pool's short
 * timeout) is a 503 problem with {@code Retry-After}, also when it happens in a filter
 * (the token look-up), and anything else that escapes is a 500 problem.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ApiProblemFilter extends OncePerRequestFilter {

	/** Seconds a caller is asked to wait while the database is unreachable. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

	private final JsonMapper json;

	ApiProblemFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = checkParameters(request);
		if (refused != null) {
			writeProblem(response, 400, "invalid-text", "Invalid input",
					refused.equals(UNDECODABLE) ? "The query string or form is not validly percent-encoded UTF-8."
							: refused + ": " + TextInput.MESSAGE + ".",
					refused.equals(UNDECODABLE) ? List.of()
							: List.of(new RuleViolationException.FieldProblem(refused, TextInput.MESSAGE)));
			return;
		}
		if (!isApi(request)) {
			chain.doFilter(request, response);
			return;
		}
		ProblemResponse problems = new ProblemResponse(response);
		try {
			chain.doFilter(request, problems);
		}
		catch (Exception ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			handle(ex, response);
		}
	}

	private static final String UNDECODABLE = "\0undecodable";

	/**
	 * @return the first refused parameter name, {@link #UNDECODABLE}, or {@code null}
	 */
	private static @Nullable String checkParameters(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			// parts are checked when the multipart request is resolved
			return checkQuery(request);
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			return UNDECODABLE;
		}
		return check(parameters);
	}

	private static @Nullable String checkQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name;
			String value;
			try {
				name = java.net.URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq),
						java.nio.charset.StandardCharsets.UTF_8);
				value = (eq < 0) ? ""
						: java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return UNDECODABLE;
			}
			if (!TextInput.isAcceptable(name) || !TextInput.isAcceptable(value)) {
				return TextInput.isAcceptable(name) ? name : "parameter name";
			}
		}
		return null;
	}

	static @Nullable String check(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!TextInput.isAcceptable(parameter.getKey())) {
				return "parameter name";
			}
			for (String value : parameter.getValue()) {
				if (!TextInput.isAcceptable(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private void handle(Exception ex, HttpServletResponse response) throws IOException {
		if (isDatabaseUnavailable(ex)) {
			log.warn("Database unreachable: {}", ex.toString());
			response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
			writeProblem(response, 503, "unavailable", "Temporarily unavailable",
					"The service cannot reach its database just now. Nothing was changed; try again in "
							+ RETRY_AFTER_SECONDS + " seconds.",
					List.of());
			return;
		}
		RuleViolationException violation = find(ex, RuleViolationException.class);
		if (violation != null) {
			writeProblem(response, 422, violation.type(), "Invalid input", violation.getMessage(), violation.errors());
			return;
		}
		if (find(ex, org.springframework.web.multipart.MaxUploadSizeExceededException.class) == null
				&& find(ex, org.springframework.web.multipart.MultipartException.class) != null) {
			writeProblem(response, 400, "malformed", "Malformed request", "The multipart body cannot be parsed.",
					List.of());
			return;
		}
		log.error("Unexpected error", ex);
		writeProblem(response, 500, "internal", "Internal error",
				"Something went wrong on our side. Nothing you sent was lost; please try again.", List.of());
	}

	/**
	 * @param ex what was thrown
	 * @return whether it says that no database connection could be had
	 */
	public static boolean isDatabaseUnavailable(Throwable ex) {
		return find(ex, SQLTransientConnectionException.class) != null
				|| find(ex, CannotCreateTransactionException.class) != null
				|| find(ex, DataAccessResourceFailureException.class) != null;
	}

	private static <T extends Throwable> @Nullable T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

	private void writeProblem(HttpServletResponse response, int status, String slug, String title, String detail,
			List<RuleViolationException.FieldProblem> errors) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.BASE + slug);
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		if (!errors.isEmpty()) {
			problem.put("errors", errors);
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = this.json.writeValueAsBytes(problem);
		try {
			response.getOutputStream().write(body);
		}
		catch (IllegalStateException ex) {
			response.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		response.flushBuffer();
	}

	/** Turns the framework's {@code sendError} into a problem document. */
	private final class ProblemResponse extends HttpServletResponseWrapper {

		ProblemResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int sc) throws IOException {
			sendError(sc, null);
		}

		@Override
		public void sendError(int sc, @Nullable String msg) throws IOException {
			if (isCommitted()) {
				super.sendError(sc, msg);
				return;
			}
			HttpStatus status = HttpStatus.resolve(sc);
			String title = (status != null) ? status.getReasonPhrase() : "Error";
			writeProblem((HttpServletResponse) getResponse(), sc, slug(sc), title, detail(sc), List.of());
		}

	}

	private static String slug(int status) {
		return switch (status) {
			case 400 -> "malformed";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			default -> "http-" + status;
		};
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed.";
			case 404 -> "There is nothing at this address; see the API documentation at /v3/api-docs.";
			case 405 -> "This address does not take this method; the Allow header lists those it takes.";
			case 406 -> "This address cannot answer in any of the media types the Accept header names.";
			case 415 -> "This address does not take a body of this content type.";
			default -> "The request could not be handled.";
		};
	}

}
