package com.cadhire.notifications.web;

import java.util.EnumMap;
import java.util.Map;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.notifications.Delivery;
import com.cadhire.notifications.NotificationKind;
import com.cadhire.notifications.NotificationSettings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /settings/notifications}: the signed-in person's e-mail choices, one row per
 * kind, saved with a plain form post (the field of each kind is its JSON field name, as
 * in {@code /api/v1/me/notification-settings}). Each role sees and saves only the kinds
 * it receives; unknown fields and values are ignored. The time zone of the e-mails is
 * chosen on the same form ({@code timeZone}).
 */
@Controller
class NotificationSettingsPageController {

	private final NotificationSettings settings;

	NotificationSettingsPageController(NotificationSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/settings/notifications")
	String page(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
		model.addAttribute("settings", this.settings.of(me.id(), me.role()));
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("timeZone", this.settings.timeZone(me.id()).getId());
		model.addAttribute("timeZones",
				java.time.ZoneId.getAvailableZoneIds()
					.stream()
					.filter((id) -> NotificationSettings.zone(id).isPresent())
					.sorted()
					.toList());
		return "notifications/settings";
	}

	@PostMapping("/settings/notifications")
	String save(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<NotificationKind, Delivery> changes = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.of(me.role())) {
			String value = form.get(kind.field());
			if (value != null) {
				for (Delivery delivery : Delivery.values()) {
					if (delivery.name().equals(value)) {
						changes.put(kind, delivery);
					}
				}
			}
		}
		this.settings.change(me.id(), changes);
		String zone = form.get("timeZone");
		if (zone != null && NotificationSettings.zone(zone).isPresent()) {
			this.settings.changeTimeZone(me.id(), zone);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/settings/notifications";
	}

}
