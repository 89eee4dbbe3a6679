package com.cadhire.chat.web;

import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.Timelines;
import com.cadhire.chat.Timelines.Timeline;
import com.cadhire.common.RuleViolationException;
import com.cadhire.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * The live parts of a chat on a page: the timeline refresh (polled every few seconds
 * until server-sent events replace the timer), older messages, and sending. The page that
 * shows the chat belongs to the module that owns the conversation's subject (the
 * application page in hiring).
 */
@Controller
class ChatPageController {

	private final ConversationManagement conversations;

	private final Timelines timelines;

	ChatPageController(ConversationManagement conversations, Timelines timelines) {
		this.conversations = conversations;
		this.timelines = timelines;
	}

	/**
	 * The timeline from {@code from}; nothing (204) when the viewer has seen
	 * {@code known} already, so an idle chat costs one small request.
	 */
	@GetMapping("/conversations/{id}/live")
	String live(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @RequestParam long from,
			@RequestParam(defaultValue = "-1") long known, Model model, HttpServletResponse response) {
		Timeline timeline = this.timelines.window(id, me.id(), from);
		if (timeline.lastSeq() == known) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return "chat/chat :: nothing";
		}
		this.timelines.seen(id, me.id(), timeline.lastSeq());
		model.addAttribute("timeline", timeline);
		model.addAttribute("meId", me.id());
		return "chat/chat :: live";
	}

	@GetMapping("/conversations/{id}/older")
	String older(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @RequestParam long before,
			Model model) {
		List<ChatMessage> entries = this.timelines.before(id, me.id(), before);
		long first = entries.isEmpty() ? 1 : entries.get(0).seq();
		model.addAttribute("older", entries);
		model.addAttribute("olderFrom", first);
		model.addAttribute("conversationId", id);
		model.addAttribute("applicationId", this.conversations.conversation(id, me.id()).applicationId());
		model.addAttribute("meId", me.id());
		return "chat/chat :: older";
	}

	@PostMapping("/conversations/{id}/messages")
	String send(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) String clientMessageId,
			@RequestParam(defaultValue = "1") long from, HtmxRequest htmx, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		UUID applicationId = this.conversations.conversation(id, me.id()).applicationId();
		model.addAttribute("conversationId", id);
		model.addAttribute("from", from);
		try {
			this.conversations.send(id, me.id(), body, blankToNull(clientMessageId));
		}
		catch (RuleViolationException ex) {
			List<Forms.Finding> findings = Forms.findingsOf(ex);
			if (!htmx.isHtmxRequest()) {
				redirect.addFlashAttribute("chatDraft", body);
				redirect.addFlashAttribute("chatError", ex.getMessage());
				if (!findings.isEmpty()) {
					redirect.addFlashAttribute(Forms.FINDINGS, findings);
				}
				return "redirect:/applications/" + applicationId + "#chat";
			}
			model.addAttribute("chatDraft", body);
			model.addAttribute("chatError", ex.getMessage());
			model.addAttribute(Forms.FINDINGS, findings);
			model.addAttribute("clientMessageId", (clientMessageId != null) ? clientMessageId : newId());
			response.setHeader("HX-Retarget", "#chat-form");
			response.setHeader("HX-Reswap", "outerHTML");
			return "chat/chat :: chatForm";
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/applications/" + applicationId + "#chat";
		}
		Timeline timeline = this.timelines.window(id, me.id(), from);
		this.timelines.seen(id, me.id(), timeline.lastSeq());
		model.addAttribute("timeline", timeline);
		model.addAttribute("meId", me.id());
		model.addAttribute("clientMessageId", newId());
		model.addAttribute("chatDraft", "");
		return "chat/chat :: sent";
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
