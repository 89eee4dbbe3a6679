package com.cadhire.notifications.web;

import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.common.Cursor;
import com.cadhire.notifications.NotificationCenter;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications}: the signed-in person's notifications, newest first, with
 * "older" pages; opening one marks it read and goes to its page; plain form posts mark
 * one or all read, so it works without JavaScript.
 */
@Controller
class NotificationPageController {

	private static final int PAGE = 30;

	private final NotificationCenter center;

	NotificationPageController(NotificationCenter center) {
		this.center = center;
	}

	@GetMapping("/notifications")
	String page(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		model.addAttribute("page", this.center.list(me.id(), Cursor.decode(cursor), PAGE));
		model.addAttribute("unread", this.center.unread(me.id()));
		return "notifications/list";
	}

	/**
	 * Opens a notification: marks it read and redirects to its page.
	 */
	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return "redirect:" + this.center.open(me.id(), id);
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.center.markRead(me.id(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal AuthenticatedUser me, RedirectAttributes redirect) {
		this.center.markAllRead(me.id());
		redirect.addFlashAttribute("allRead", true);
		return "redirect:/notifications";
	}

}
