package com.cadhire.web;

import java.util.List;
import java.util.Map;

import com.cadhire.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart requests (uploads) as Spring Boot resolves them, with the {@link TextInput}
 * rule applied to every file name and text part: a NUL in a file name is a 422 problem
 * naming the part. Named {@code multipartResolver}, the name the dispatcher looks for
 * (Spring Boot's own resolver then steps back).
 */
@Component("multipartResolver")
class SafeMultipartResolver extends StandardServletMultipartResolver {

	@Override
	public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
		MultipartHttpServletRequest multipart;
		try {
			multipart = super.resolveMultipart(request);
		}
		catch (MultipartException ex) {
			// Tomcat refuses a file name with a NUL while it parses the parts
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidFileNameException) {
					throw invalid("filename");
				}
			}
			throw ex;
		}
		for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
			for (MultipartFile file : part.getValue()) {
				if (!TextInput.isAcceptable(file.getOriginalFilename())) {
					throw invalid(part.getKey() + ".filename");
				}
			}
		}
		String parameter = ApiProblemFilter.check(multipart.getParameterMap());
		if (parameter != null) {
			throw invalid(parameter);
		}
		return multipart;
	}

	private static RuleViolationException invalid(String field) {
		return new RuleViolationException("invalid-text", field + ": " + TextInput.MESSAGE + ".",
				List.of(new RuleViolationException.FieldProblem(field, TextInput.MESSAGE)), Map.of());
	}

}
