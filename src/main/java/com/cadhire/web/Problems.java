package com.cadhire.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem documents with CadHire's problem type URIs.
 */
public final class Problems {

	/** The base of every problem type URI; the slug names the problem. */
	public static final String BASE = "https://cadhire.app/problems/";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(BASE + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return withRequestId(problem);
	}

	/**
	 * Adds the id of the current request (see {@link RequestIds}), so that a caller who
	 * reports a problem can name the log lines it left.
	 * @param problem the problem document
	 * @return the same document
	 */
	public static ProblemDetail withRequestId(ProblemDetail problem) {
		String id = RequestIds.current();
		if (id != null
				&& (problem.getProperties() == null || !problem.getProperties().containsKey(RequestIds.PROPERTY))) {
			problem.setProperty(RequestIds.PROPERTY, id);
		}
		return problem;
	}

}
