package com.cadhire.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page and the front page.
 */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

}
