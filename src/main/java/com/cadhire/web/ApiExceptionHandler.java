package com.cadhire.web;

import java.util.List;

import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.LogSafe;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.TooLargeException;
import com.cadhire.common.UnavailableException;
import com.cadhire.common.UnsupportedContentException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 problem document that says what to
 * fix. Ordered before the page error handler, which also matches REST controllers.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final org.springframework.context.MessageSource messages;

	ApiExceptionHandler(org.springframework.context.MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"The " + ex.what() + " does not exist or is not yours to see."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex) {
		return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.type(), "Conflict", ex.getMessage());
		if (ex.current() != null) {
			problem.setProperty("current", ex.current());
		}
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
				"Someone changed this at the same moment. Reload it and try again."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, "duplicate", "Already exists",
				"This already exists; reload to see it."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.type(), title(ex.type()),
				ex.getMessage());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors().stream().map(this::worded).toList());
		}
		ex.properties().forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unsupported(UnsupportedContentException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.type(), "File type not accepted",
				ex.getMessage());
		problem.setProperty("allowedTypes", ex.accepted());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(TooLargeException ex) {
		return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "File too large", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(UnavailableException ex) {
		log.warn("Dependency unavailable: {}", ex.type(), LogSafe.withoutMessages(ex));
		return respond(
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ex.type(), "Temporarily unavailable", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Too large", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
				"'" + ex.getName() + "' has the wrong format.");
		problem.setProperty("errors",
				List.of(new RuleViolationException.FieldProblem(ex.getName(), "has the wrong format")));
		return respond(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "File too large",
				"The file is larger than the limit of " + ex.getMaxUploadSize() + " bytes.")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<RuleViolationException.FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(this::fieldProblem)
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Invalid input",
				describe(errors));
		problem.setProperty("errors", errors);
		return cast(respond(problem));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<RuleViolationException.FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new RuleViolationException.FieldProblem(
						String.valueOf(result.getMethodParameter().getParameterName()), words(error))))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Invalid input",
				describe(errors));
		problem.setProperty("errors", errors);
		return cast(respond(problem));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof PayloadTooLargeException tooLarge) {
			return cast(tooLarge(tooLarge));
		}
		if (cause instanceof SlowBodyException) {
			return cast(ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
				.header(HttpHeaders.CONNECTION, "close")
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.REQUEST_TIMEOUT, "too-slow", "Request body too slow",
						"The request body did not arrive in time.")));
		}
		DatabindException databind = databind(ex);
		String field = (databind != null) ? path(databind) : "";
		if (databind instanceof SafeTextModule.UnsafeTextException) {
			String name = field.isEmpty() ? "body" : field;
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-text", "Invalid input",
					name + ": " + TextInput.MESSAGE + ".");
			problem.setProperty("errors", List.of(new RuleViolationException.FieldProblem(name, TextInput.MESSAGE)));
			return cast(respond(problem));
		}
		String detail = "The request body is not valid JSON for this endpoint: "
				+ firstLine((databind != null) ? databind.getOriginalMessage() : cause.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed", "Malformed request", detail);
		if (!field.isEmpty()) {
			problem.setProperty("errors",
					List.of(new RuleViolationException.FieldProblem(field, "has the wrong type or format")));
		}
		return cast(respond(problem));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType().toString().equals("about:blank")) {
				problem.setType(Problems.type(slug(statusCode)));
			}
			Problems.withRequestId(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
		log.warn("Database unreachable: {}", ex.toString());
		return unavailable(ApiProblemFilter.RETRY_AFTER_SECONDS,
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
						"The service cannot reach its database just now. " + "Nothing was changed; try again in "
								+ ApiProblemFilter.RETRY_AFTER_SECONDS + " seconds."));
	}

	/**
	 * A transaction that kept losing to others over the same rows (a deadlock or a lock
	 * wait past its limit, after the retries of {@code RetriedOnDeadlock}): it was rolled
	 * back whole, so trying again is safe.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> lockConflict(PessimisticLockingFailureException ex) {
		log.warn("Gave up on a lock conflict: {}", ex.toString());
		return unavailable(1,
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
						"Other changes to the same records were being made at the same moment. Nothing was changed; "
								+ "try again in a second."));
	}

	/** A 503 problem that says when to try again. */
	private static ResponseEntity<ProblemDetail> unavailable(int retryAfterSeconds, ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (ApiProblemFilter.isDatabaseUnavailable(ex)) {
			return databaseUnavailable(ex);
		}
		log.error("Unexpected error", LogSafe.withoutMessages(ex));
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"Something went wrong on our side. Nothing you sent was lost; please try again."));
	}

	/**
	 * A field's problem in words for a person, from {@code messages.properties} (the
	 * constraint and field, e.g. {@code Size.title}, else the constraint and type, else
	 * the constraint alone), never the validator's "must not be blank".
	 */
	private RuleViolationException.FieldProblem fieldProblem(FieldError error) {
		return new RuleViolationException.FieldProblem(error.getField(), words(error));
	}

	/**
	 * A domain problem with a message key answers in the words of
	 * {@code messages.properties}, as the pages do.
	 */
	private RuleViolationException.FieldProblem worded(RuleViolationException.FieldProblem problem) {
		if (problem.code() == null) {
			return problem;
		}
		return new RuleViolationException.FieldProblem(problem.field(), this.messages.getMessage(problem.code(),
				problem.args().toArray(), problem.message(), java.util.Locale.ENGLISH));
	}

	private String words(org.springframework.context.MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		if (codes != null) {
			for (String code : codes) {
				String text = this.messages.getMessage(code, error.getArguments(), null, java.util.Locale.ENGLISH);
				if (text != null) {
					return text;
				}
			}
		}
		if (error instanceof org.springframework.validation.ObjectError domain
				&& !domain.contains(jakarta.validation.ConstraintViolation.class)
				&& domain.getDefaultMessage() != null) {
			// a domain rule added to the bean validation errors, already in words for
			// people
			return domain.getDefaultMessage();
		}
		return this.messages.getMessage("validation.check", null, "Check this value.", java.util.Locale.ENGLISH);
	}

	private static String describe(List<RuleViolationException.FieldProblem> errors) {
		if (errors.isEmpty()) {
			return "The input is not valid.";
		}
		RuleViolationException.FieldProblem first = errors.get(0);
		String more = (errors.size() > 1) ? " (and " + (errors.size() - 1) + " more)" : "";
		return first.field() + ": " + first.message() + more;
	}

	private static @Nullable DatabindException databind(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind) {
				return databind;
			}
		}
		return null;
	}

	/**
	 * @return the JSON path of the offending value, such as {@code terms.rate} or
	 * {@code skills[2]}
	 */
	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse(message);
		return (line.length() > 200) ? line.substring(0, 200) : line;
	}

	private static String slug(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			default -> "http-" + status.value();
		};
	}

	private static String title(String type) {
		return switch (type) {
			case "validation", "invalid-text" -> "Invalid input";
			case "contact-information" -> "Contact information is not allowed here";
			default -> "Rule violated";
		};
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		Problems.withRequestId(problem);
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

}
