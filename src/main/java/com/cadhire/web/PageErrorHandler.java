package com.cadhire.web;

import java.util.Map;

import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.LogSafe;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders the error pages of the server-rendered pages: 404 for anything that does not
 * exist or is not the viewer's to see, 403, 409 with the current state, and a plain 500
 * that never shows a stack trace. The JSON API has its own handler, which runs first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class,
			NoResourceFoundException.class })
	ModelAndView notFound(Exception ex) {
		return page(HttpStatus.NOT_FOUND, "error.404.title", "error.404.detail", null);
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, "error.403.title", null, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView conflict(ConflictException ex) {
		ModelAndView mav = page(HttpStatus.CONFLICT, "error.409.title", null, ex.getMessage());
		if (ex.current() instanceof Map<?, ?> current) {
			mav.addObject("current", current);
		}
		return mav;
	}

	@ExceptionHandler
	ModelAndView concurrentChange(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, "error.409.title", "error.409.concurrent", null);
	}

	@ExceptionHandler
	ModelAndView lockConflict(PessimisticLockingFailureException ex) {
		log.warn("Gave up on a lock conflict on a page: {}", ex.toString());
		return page(HttpStatus.SERVICE_UNAVAILABLE, "error.503.title", "error.503.busy", null);
	}

	@ExceptionHandler
	ModelAndView ruleViolation(RuleViolationException ex) {
		return page(HttpStatus.UNPROCESSABLE_CONTENT, "error.422.title", null, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView unexpected(RuntimeException ex, HttpServletResponse response) {
		log.error("Unexpected error on a page", LogSafe.withoutMessages(ex));
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title", "error.500.detail", null);
	}

	private static ModelAndView page(HttpStatus status, String titleKey, String detailKey, String detail) {
		ModelAndView mav = new ModelAndView("error/page");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("titleKey", titleKey);
		mav.addObject("detailKey", detailKey);
		mav.addObject("detail", detail);
		return mav;
	}

}
