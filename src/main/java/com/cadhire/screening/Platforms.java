package com.cadhire.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Social networks, messengers and meeting services: the words people use for them and the
 * hosts of their profile and chat links.
 */
final class Platforms {

	/**
	 * A platform keyword.
	 *
	 * @param name display name
	 * @param kind kind of the identifiers on it
	 * @param ambiguous whether the word is also an everyday or engineering word ("line",
	 * "signal", "zoom", "teams") so that only a clearly username-like identifier counts
	 */
	record Platform(String name, ContactKind kind, boolean ambiguous) {
	}

	private static final Map<String, Platform> KEYWORDS = new HashMap<>();

	private static final Map<String, Platform> HOSTS = new HashMap<>();

	static {
		social("LinkedIn", false, "linkedin");
		social("Instagram", false, "instagram", "insta");
		social("Instagram", true, "ig");
		social("Facebook", false, "facebook");
		social("Facebook", true, "fb");
		social("Twitter", false, "twitter", "tweeter");
		social("TikTok", false, "tiktok");
		social("Snapchat", false, "snapchat");
		social("Snapchat", true, "snap");
		social("GitHub", false, "github");
		social("Behance", false, "behance");
		social("Dribbble", false, "dribbble");
		social("YouTube", false, "youtube");
		social("Pinterest", false, "pinterest");
		social("Reddit", false, "reddit");
		social("Threads", true, "threads");
		social("X", true, "x");
		social("YouTube", true, "yt");
		social("Twitter", true, "tw");
		social("LinkedIn", true, "li");
		social("GitHub", true, "gh");
		social("Instagram", false, "thegram", "instagramm");
		social("Xing", false, "xing");
		social("VK", false, "vk", "vkontakte");
		social("Weibo", false, "weibo");
		social("Douyin", false, "douyin");
		social("Mastodon", false, "mastodon");
		social("Bluesky", false, "bluesky", "bsky");
		social("Tumblr", false, "tumblr");
		social("Twitch", false, "twitch");
		social("ArtStation", false, "artstation");
		social("DeviantArt", false, "deviantart");
		social("Thingiverse", false, "thingiverse");
		social("Printables", false, "printables");
		social("GrabCAD", false, "grabcad");
		social("Cults3D", false, "cults3d", "cults");
		social("Sketchfab", false, "sketchfab");
		social("Etsy", false, "etsy");
		social("Fiverr", false, "fiverr");
		social("Upwork", false, "upwork");
		social("Freelancer", true, "freelancer");
		social("Toptal", false, "toptal");
		social("PeoplePerHour", false, "peopleperhour");
		social("Patreon", false, "patreon");
		social("Gumroad", false, "gumroad");
		social("Ko-fi", false, "kofi");
		social("Google Maps", false, "googlemaps", "gmaps");
		social("Yelp", false, "yelp");
		messenger("KakaoTalk", false, "kakao", "kakaotalk");
		messenger("Zalo", false, "zalo");
		messenger("imo", true, "imo");
		messenger("Naver Band", false, "naverband");
		messenger("Wire", true, "wire");
		messenger("Element", true, "element");
		messenger("Session", true, "session");
		messenger("Skype", false, "skype");
		messenger("WhatsApp", false, "whatsapp", "whatsup", "whatsap", "watsapp", "watsap");
		messenger("WhatsApp", true, "wa");
		messenger("Telegram", false, "telegram", "telegramm");
		messenger("Telegram", true, "tg");
		messenger("WeChat", false, "wechat", "weixin");
		messenger("Discord", false, "discord");
		messenger("Viber", false, "viber");
		messenger("Kik", false, "kik");
		messenger("ICQ", false, "icq");
		messenger("QQ", false, "qq");
		messenger("Threema", false, "threema");
		messenger("Signal", true, "signal");
		messenger("Line", true, "line");
		messenger("Zoom", true, "zoom");
		messenger("Google Meet", true, "meet");
		messenger("Microsoft Teams", true, "teams");
		messenger("Slack", true, "slack");
		messenger("Messenger", true, "messenger");
		messenger("Hangouts", false, "hangouts");
		messenger("iMessage", false, "imessage");
		messenger("FaceTime", false, "facetime");
		Platform email = new Platform("e-mail", ContactKind.EMAIL, false);
		for (String provider : new String[] { "gmail", "hotmail", "yahoo", "outlook", "protonmail", "icloud", "gmx",
				"yandex", "aol", "zoho", "proton", "googlemail", "mailru" }) {
			KEYWORDS.put(provider, email);
		}

		host("linkedin.com", "LinkedIn", ContactKind.HANDLE);
		host("instagram.com", "Instagram", ContactKind.HANDLE);
		host("instagr.am", "Instagram", ContactKind.HANDLE);
		host("facebook.com", "Facebook", ContactKind.HANDLE);
		host("fb.com", "Facebook", ContactKind.HANDLE);
		host("fb.me", "Facebook", ContactKind.HANDLE);
		host("twitter.com", "Twitter", ContactKind.HANDLE);
		host("x.com", "X", ContactKind.HANDLE);
		host("tiktok.com", "TikTok", ContactKind.HANDLE);
		host("snapchat.com", "Snapchat", ContactKind.HANDLE);
		host("github.com", "GitHub", ContactKind.HANDLE);
		host("behance.net", "Behance", ContactKind.HANDLE);
		host("dribbble.com", "Dribbble", ContactKind.HANDLE);
		host("youtube.com", "YouTube", ContactKind.HANDLE);
		host("pinterest.com", "Pinterest", ContactKind.HANDLE);
		host("reddit.com", "Reddit", ContactKind.HANDLE);
		host("threads.net", "Threads", ContactKind.HANDLE);
		host("vk.com", "VK", ContactKind.HANDLE);
		host("wa.me", "WhatsApp", ContactKind.MESSENGER);
		host("whatsapp.com", "WhatsApp", ContactKind.MESSENGER);
		host("t.me", "Telegram", ContactKind.MESSENGER);
		host("telegram.me", "Telegram", ContactKind.MESSENGER);
		host("telegram.dog", "Telegram", ContactKind.MESSENGER);
		host("signal.me", "Signal", ContactKind.MESSENGER);
		host("skype.com", "Skype", ContactKind.MESSENGER);
		host("zoom.us", "Zoom", ContactKind.MESSENGER);
		host("meet.google.com", "Google Meet", ContactKind.MESSENGER);
		host("teams.microsoft.com", "Microsoft Teams", ContactKind.MESSENGER);
		host("teams.live.com", "Microsoft Teams", ContactKind.MESSENGER);
		host("discord.gg", "Discord", ContactKind.MESSENGER);
		host("discord.com", "Discord", ContactKind.MESSENGER);
		host("discordapp.com", "Discord", ContactKind.MESSENGER);
		host("m.me", "Messenger", ContactKind.MESSENGER);
		host("line.me", "Line", ContactKind.MESSENGER);
		host("u.wechat.com", "WeChat", ContactKind.MESSENGER);
		host("viber.com", "Viber", ContactKind.MESSENGER);
		host("calendly.com", "Calendly", ContactKind.MESSENGER);
	}

	private Platforms() {
	}

	private static void social(String name, boolean ambiguous, String... words) {
		for (String word : words) {
			KEYWORDS.put(word, new Platform(name, ContactKind.HANDLE, ambiguous));
		}
	}

	private static void messenger(String name, boolean ambiguous, String... words) {
		for (String word : words) {
			KEYWORDS.put(word, new Platform(name, ContactKind.MESSENGER, ambiguous));
		}
	}

	private static void host(String host, String name, ContactKind kind) {
		HOSTS.put(host, new Platform(name, kind, false));
	}

	/**
	 * The platform a word names.
	 * @param word a word, any case
	 * @return the platform or {@code null}
	 */
	static Platform keyword(String word) {
		return KEYWORDS.get(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * The platform whose links are on a host (or a sub-domain of it).
	 * @param host lower-case host name
	 * @return the platform or {@code null}
	 */
	static Platform host(String host) {
		String h = host;
		int dots = 0;
		for (int i = h.length() - 1; i >= 0; i--) {
			if (h.charAt(i) == '.' && ++dots == 4) {
				h = h.substring(i + 1); // no platform host has more than four labels
				break;
			}
		}
		while (true) {
			Platform platform = HOSTS.get(h);
			if (platform != null) {
				return platform;
			}
			int dot = h.indexOf('.');
			if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
				return null;
			}
			h = h.substring(dot + 1);
		}
	}

}
