package com.cadhire.hiring.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.Cursor;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.hiring.MyJobApplications;
import com.cadhire.hiring.MyJobApplications.Item;
import com.cadhire.hiring.MyJobApplications.Overview;
import com.cadhire.hiring.MyJobApplications.Section;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The expert's "My job applications": four sections as tabs with counts, newest first,
 * paged with a cursor. A tab switch through htmx gets only the tabs and the list.
 */
@Controller
class MyJobApplicationsPageController {

	private static final int PAGE_SIZE = 20;

	private final MyJobApplications myJobApplications;

	MyJobApplicationsPageController(MyJobApplications myJobApplications) {
		this.myJobApplications = myJobApplications;
	}

	@GetMapping("/my/job-applications")
	String page(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(defaultValue = "unansweredInvites") String section,
			@RequestParam(required = false) @Nullable String cursor, HtmxRequest htmx, Model model) {
		HiringPages.requireRole(me, Role.EXPERT);
		Section current = section(section);
		Page<Item> page;
		try {
			page = this.myJobApplications.page(current, me.id(), Cursor.decode(cursor), PAGE_SIZE);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
		tabs(me, current, model);
		model.addAttribute("items", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("paged", cursor != null);
		return (htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest())
				? "hiring/my-job-applications :: funnel" : "hiring/my-job-applications";
	}

	/**
	 * The tabs alone, refreshed every few seconds so that counts stay current.
	 */
	@GetMapping("/my/job-applications/tabs")
	String tabs(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(defaultValue = "unansweredInvites") String section, Model model) {
		HiringPages.requireRole(me, Role.EXPERT);
		tabs(me, section(section), model);
		return "hiring/my-job-applications :: tabs";
	}

	private void tabs(AuthenticatedUser me, Section current, Model model) {
		Overview overview = this.myJobApplications.overview(me.id(), 1);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put(Section.unansweredInvites.name(), overview.unansweredInvites().count());
		counts.put(Section.interviewsInProgress.name(), overview.interviewsInProgress().count());
		counts.put(Section.applications.name(), overview.applications().count());
		counts.put(Section.archive.name(), overview.archive().count());
		model.addAttribute("counts", counts);
		model.addAttribute("section", current.name());
	}

	private static Section section(String name) {
		try {
			return MyJobApplications.section(name);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
	}

}
