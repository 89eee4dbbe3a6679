package com.cadhire.accounts.web;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.PasswordCheckLimiter.PasswordChecksBusyException;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.web.Forms;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-up page: a client or an expert makes an account and is signed in at once.
 */
@Controller
class SignUpPageController {

	private final AccountManagement accounts;

	SignUpPageController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/signup")
	String form(@RequestParam(required = false) @Nullable Role role, Model model) {
		SignUpForm form = new SignUpForm();
		form.setRole((role == Role.EXPERT) ? Role.EXPERT : Role.CLIENT);
		model.addAttribute("form", form);
		return "accounts/signup";
	}

	/**
	 * Signs up and signs the new user in, then shows the welcome page. A registered
	 * address shows the form again with the plain-words error next to the e-mail field
	 * (its owner is told by e-mail).
	 */
	@PostMapping("/signup")
	ModelAndView signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
			HttpServletRequest request) throws ServletException {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!result.hasErrors()) {
			try {
				this.accounts.register(form.getEmail().strip(), form.getPassword(), form.getDisplayName().strip(),
						form.getRole());
				request.login(form.getEmail().strip(), form.getPassword());
				return new ModelAndView(
						"redirect:" + ((form.getRole() == Role.EXPERT) ? "/profile?welcome" : "/jobs/new?welcome"));
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException ex) {
				result.rejectValue("email", ex.type(), ex.getMessage());
			}
			catch (PasswordChecksBusyException ex) {
				result.reject("busy", "We are checking many sign-ups at the moment. Send the form again in a second.");
				status = HttpStatus.SERVICE_UNAVAILABLE;
			}
		}
		form.setPassword("");
		ModelAndView mav = new ModelAndView("accounts/signup", model.asMap());
		mav.setStatus(status);
		return mav;
	}

	/**
	 * What the sign-up form sends.
	 */
	static class SignUpForm {

		@NotBlank
		@Email
		@Size(max = 254)
		private String email = "";

		@NotNull
		@Size(min = AccountManagement.MIN_PASSWORD, max = AccountManagement.MAX_PASSWORD)
		private String password = "";

		@NotBlank
		@Size(max = 80)
		private String displayName = "";

		@NotNull
		private Role role = Role.CLIENT;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Role getRole() {
			return this.role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

	}

}
