package com.cadhire.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page and the front page, which sends a signed-in person to where they work.
 */
@Controller
class HomeController {

	@GetMapping("/login")
	String login(HttpServletRequest request) {
		if (request.getUserPrincipal() != null) {
			return "redirect:/";
		}
		return "login";
	}

	@GetMapping("/")
	String home(HttpServletRequest request) {
		if (request.isUserInRole("EXPERT")) {
			return "redirect:/my/job-applications";
		}
		if (request.isUserInRole("CLIENT")) {
			return "redirect:/jobs/mine";
		}
		if (request.isUserInRole("MODERATOR")) {
			return "redirect:/contracts";
		}
		return "home";
	}

}
