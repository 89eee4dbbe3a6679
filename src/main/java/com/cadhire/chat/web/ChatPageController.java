package com.cadhire.chat.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.chat.Attachment;
import com.cadhire.chat.AttachmentManagement;
import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ContactHandling;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessageChanges;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.SendMessage;
import com.cadhire.chat.TimelineReader;
import com.cadhire.chat.Timelines.Timeline;
import com.cadhire.chat.Timelines;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ContactFinding;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
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
import org.springframework.web.multipart.MultipartFile;
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

	private final TimelineReader timeline;

	private final MessageSending sending;

	private final MessageChanges changes;

	private final Timelines timelines;

	private final AttachmentManagement attachments;

	ChatPageController(ConversationManagement conversations, TimelineReader timeline, MessageSending sending,
			MessageChanges changes, Timelines timelines, AttachmentManagement attachments) {
		this.conversations = conversations;
		this.timeline = timeline;
		this.sending = sending;
		this.changes = changes;
		this.timelines = timelines;
		this.attachments = attachments;
	}

	/**
	 * The timeline from {@code from}; nothing (204) when the viewer has seen
	 * {@code known} already, so an idle chat costs one small request.
	 */
	@GetMapping("/conversations/{id}/live")
	String live(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @RequestParam long from,
			@RequestParam(defaultValue = "") String known, Model model, HttpServletResponse response) {
		Timeline timeline = this.timelines.window(id, me.id(), from);
		if (timeline.version().equals(known)) {
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
		model.addAttribute("applicationId", this.conversations.conversation(id, me.userId()).applicationId());
		model.addAttribute("meId", me.id());
		return "chat/chat :: older";
	}

	@PostMapping("/conversations/{id}/messages")
	String send(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) String clientMessageId,
			@RequestParam(defaultValue = "1") long from,
			@RequestParam(defaultValue = "REFUSE") ContactHandling contactHandling,
			@RequestParam(required = false) @Nullable List<UUID> attachmentIds,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HtmxRequest htmx,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		UUID applicationId = this.conversations.conversation(id, me.userId()).applicationId();
		model.addAttribute("conversationId", id);
		model.addAttribute("from", from);
		List<UUID> attached = new ArrayList<>((attachmentIds != null) ? attachmentIds : List.of());
		String notice = null;
		try {
			// Without JavaScript the files come with the form; with it they were uploaded
			// already and only their ids come.
			if (files != null) {
				for (MultipartFile file : files) {
					if (!file.isEmpty()) {
						String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
						attached.add(this.attachments.upload(id, me.userId(), name, file.getSize(), file).id());
					}
				}
			}
			ChatMessage sent = this.sending
				.send(new SendMessage(id, me.id(), body, blankToNull(clientMessageId), contactHandling, null, attached))
				.message();
			if (contactHandling != ContactHandling.REFUSE && !sent.body().equals(body)) {
				// Contact information was found and masked: say what happens next.
				notice = (contactHandling == ContactHandling.HOLD) ? "held" : "masked";
			}
		}
		catch (RuleViolationException ex) {
			List<ContactFinding> findings = Forms.findingsOf(ex);
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
			model.addAttribute("pendingAttachments", pending(attached, me.id()));
			model.addAttribute("clientMessageId", (clientMessageId != null) ? clientMessageId : newId());
			response.setHeader("HX-Retarget", "#chat-form");
			response.setHeader("HX-Reswap", "outerHTML");
			return "chat/chat :: chatForm";
		}
		if (!htmx.isHtmxRequest()) {
			if (notice != null) {
				redirect.addFlashAttribute("chatNotice", notice);
			}
			return "redirect:/applications/" + applicationId + "#chat";
		}
		model.addAttribute("chatNotice", notice);
		Timeline timeline = this.timelines.window(id, me.id(), from);
		this.timelines.seen(id, me.id(), timeline.lastSeq());
		model.addAttribute("timeline", timeline);
		model.addAttribute("meId", me.id());
		model.addAttribute("clientMessageId", newId());
		model.addAttribute("chatDraft", "");
		return "chat/chat :: sent";
	}

	/** The entry as the viewer sees it; "Cancel" of the edit form. */
	@GetMapping("/conversations/{id}/messages/{messageId}")
	String entry(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @PathVariable UUID messageId,
			Model model) {
		this.conversations.conversation(id, me.userId());
		return entryFragment(this.timeline.entry(id, messageId), me, model);
	}

	/** The edit form in place of one's own message (htmx). */
	@GetMapping("/conversations/{id}/messages/{messageId}/edit")
	String editForm(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @PathVariable UUID messageId,
			Model model) {
		this.conversations.conversation(id, me.userId());
		ChatMessage message = this.timeline.entry(id, messageId);
		if (!me.id().equals(message.senderId())) {
			throw new ForbiddenException("Only the author of a message may change it.");
		}
		model.addAttribute("m", message);
		model.addAttribute("editDraft", message.body());
		return "chat/chat :: editForm";
	}

	@PostMapping("/conversations/{id}/messages/{messageId}/edit")
	String edit(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestParam(defaultValue = "") String body, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		UUID applicationId = this.conversations.conversation(id, me.userId()).applicationId();
		ChatMessage edited;
		try {
			edited = this.changes.edit(id, me.id(), messageId, body);
		}
		catch (RuleViolationException | ConflictException ex) {
			if (!htmx.isHtmxRequest()) {
				redirect.addFlashAttribute("chatError", ex.getMessage());
				return "redirect:/applications/" + applicationId + "#chat";
			}
			model.addAttribute("m", this.timeline.entry(id, messageId));
			model.addAttribute("editDraft", body);
			model.addAttribute("editError", ex.getMessage());
			return "chat/chat :: editForm";
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/applications/" + applicationId + "#msg-" + edited.seq();
		}
		return entryFragment(edited, me, model);
	}

	@PostMapping("/conversations/{id}/messages/{messageId}/delete")
	String delete(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @PathVariable UUID messageId,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		UUID applicationId = this.conversations.conversation(id, me.userId()).applicationId();
		ChatMessage deleted;
		try {
			deleted = this.changes.delete(id, me.id(), messageId);
		}
		catch (ConflictException ex) {
			if (!htmx.isHtmxRequest()) {
				redirect.addFlashAttribute("chatError", ex.getMessage());
				return "redirect:/applications/" + applicationId + "#chat";
			}
			model.addAttribute("entryError", ex.getMessage());
			return entryFragment(this.timeline.entry(id, messageId), me, model);
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/applications/" + applicationId + "#msg-" + deleted.seq();
		}
		return entryFragment(deleted, me, model);
	}

	private static String entryFragment(ChatMessage message, AuthenticatedUser me, Model model) {
		model.addAttribute("m", message);
		model.addAttribute("meId", me.id());
		return "chat/chat :: entryAlone";
	}

	/** Uploads that were sent with a refused message: offered again with the draft. */
	private List<Attachment> pending(List<UUID> ids, UUID viewerId) {
		List<Attachment> pending = new ArrayList<>();
		for (UUID attachmentId : ids) {
			try {
				pending.add(this.attachments.download(attachmentId, UserId.of(viewerId)).attachment());
			}
			catch (RuntimeException ex) {
				// gone or not the viewer's: not offered again
			}
		}
		return pending;
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
