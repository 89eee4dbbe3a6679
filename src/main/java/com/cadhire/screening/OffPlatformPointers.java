package com.cadhire.screening;

import java.util.List;
import java.util.Set;

/**
 * Phrases that send someone to find the writer elsewhere without giving an address: "my
 * Fiverr profile has more reviews, same name", "same handle on Behance", "find ChamferCAD
 * on Google Maps", "look up SplineWorks on Instagram", "we're listed on Google Maps as
 * Fillet3D", "I'm on Freelancer too, same username". A platform (social network,
 * marketplace, maps listing, messenger) must be named and, within a few words, the writer
 * must point to their own presence there: a possessive with a profile word, "same
 * name/handle/username", a search verb with a name, or "I'm/we're (listed) on". Naming a
 * platform alone ("export the video for YouTube") is not a finding.
 */
final class OffPlatformPointers {

	private static final int WINDOW = 7;

	private static final Set<String> SELF = Words.set("my", "our", "mine");

	private static final Set<String> PROFILE_WORDS = Words.set("profile", "profiles", "shop", "store", "page",
			"account", "portfolio", "listing", "channel", "studio", "reviews", "feed", "gallery", "handle", "username",
			"business", "storefront", "gig", "gigs");

	private static final Set<String> SAME_WHAT = Words.set("name", "handle", "username", "user", "nick", "nickname",
			"id", "profile", "account", "alias", "login");

	private static final Set<String> SEARCH_VERBS = Words.set("find", "search", "look", "google", "check", "follow",
			"lookup");

	private static final Set<String> SELF_ON = Words.set("i'm", "im", "we're", "were", "listed", "am", "are",
			"registered", "active", "posting", "post", "sell", "selling");

	private OffPlatformPointers() {
	}

	/** Search engines used as a verb: "just google Jane Roe CAD". */
	private static final Set<String> SEARCH_ENGINES = Words.set("google", "googling", "bing", "duckduckgo", "yandex",
			"baidu");

	/** What follows a search verb when the writer points to themselves. */
	private static final Set<String> SELF_OBJECTS = Words.set("me", "us", "my", "our");

	/** What a writer asks others to search for: "google my name". */
	private static final Set<String> SELF_NAMES = Words.set("name", "names", "studio", "company", "business", "shop",
			"handle", "username", "brand", "firm", "agency", "workshop", "nickname");

	/** "I'm the first hit", "we're the top result". */
	private static final Set<String> HIT_WORDS = Words.set("hit", "hits", "result", "results", "link");

	static void detect(NormalizedText text, List<Candidate> out) {
		List<Tokens.Token> tokens = text.tokens();
		for (int k = 0; k < tokens.size(); k++) {
			Tokens.Token token = tokens.get(k);
			if (!token.word()) {
				continue;
			}
			if (SEARCH_ENGINES.contains(token.lower())) {
				int end = searchPointer(tokens, k);
				if (end >= 0) {
					out.add(new Candidate(ContactKind.HANDLE, token.start(), end,
							"Points to a profile elsewhere (a web search for the writer)"));
					continue;
				}
			}
			int last = k;
			Platforms.Platform platform = Platforms.keyword(token.text());
			if (k + 1 < tokens.size() && tokens.get(k + 1).word()) {
				Platforms.Platform two = Platforms.keyword(token.text() + tokens.get(k + 1).text());
				if (two != null) {
					platform = two;
					last = k + 1;
				}
			}
			if (platform == null || (platform.ambiguous() && !token.capitalized())) {
				continue;
			}
			int start = pointer(tokens, k, last);
			if (start >= 0) {
				int from = Math.min(start, tokens.get(k).start());
				int to = tokens.get(last).end();
				boolean mail = platform.kind() == ContactKind.EMAIL;
				out.add(new Candidate(mail ? ContactKind.EMAIL : ContactKind.HANDLE, from, to,
						mail ? "Looks like an e-mail address (provider named, address to be guessed)"
								: "Points to a profile elsewhere (" + platform.name() + ")"));
				k = last;
			}
		}
	}

	/**
	 * A search engine used as a verb on the writer: "google me", "google my name", "just
	 * google Jane Roe CAD", or a search with "I'm the first hit" after it.
	 * @return the end of the pointer, or -1
	 */
	private static int searchPointer(List<Tokens.Token> tokens, int k) {
		if (k + 1 >= tokens.size()) {
			return -1;
		}
		Tokens.Token next = tokens.get(k + 1);
		boolean verb = k == 0 || !tokens.get(k - 1).word() || tokens.get(k - 1).is("just") || tokens.get(k - 1).is("to")
				|| tokens.get(k - 1).is("simply") || tokens.get(k - 1).is("or") || tokens.get(k - 1).is("and");
		if (!verb) {
			return -1;
		}
		if (next.is("me") || next.is("us")) {
			return next.end();
		}
		if (SELF_OBJECTS.contains(next.lower()) && k + 2 < tokens.size()
				&& SELF_NAMES.contains(tokens.get(k + 2).lower())) {
			return tokens.get(k + 2).end(); // "google my name", "google our studio"
		}
		// "google Jane Roe CAD, I'm the first hit": a search that finds the writer (a
		// search for a tutorial or an error code is not a pointer)
		for (int j = k + 1; j < Math.min(tokens.size(), k + 12); j++) {
			if (HIT_WORDS.contains(tokens.get(j).lower()) && j > 2
					&& (tokens.get(j - 1).is("first") || tokens.get(j - 1).is("top"))
					&& (SELF_ON.contains(tokens.get(j - 3).lower()) || tokens.get(j - 3).is("that's")
							|| tokens.get(j - 3).is("it's"))) {
				return tokens.get(j).end();
			}
		}
		return -1;
	}

	/**
	 * The start of the pointer phrase around the platform named at tokens
	 * {@code [k, last]}, or -1.
	 */
	private static int pointer(List<Tokens.Token> tokens, int k, int last) {
		int from = Math.max(0, k - WINDOW);
		int to = Math.min(tokens.size() - 1, last + WINDOW);
		for (int m = from; m <= to; m++) {
			if (m >= k && m <= last) {
				continue;
			}
			Tokens.Token t = tokens.get(m);
			String lower = t.lower();
			// "same name", "same handle"
			if (lower.equals("same")) {
				for (int j = m + 1; j < Math.min(tokens.size(), m + 5); j++) {
					if (SAME_WHAT.contains(tokens.get(j).lower())) {
						return Math.min(t.start(), tokens.get(k).start()); // "same as my
																			// name here"
					}
				}
			}
			// "my Fiverr profile", "my shop on Etsy"
			if (SELF.contains(lower)) {
				for (int j = m + 1; j <= Math.min(tokens.size() - 1, m + 4); j++) {
					if (PROFILE_WORDS.contains(tokens.get(j).lower())) {
						return t.start();
					}
				}
			}
			// "find ChamferCAD on Google Maps", "look up SplineWorks on Instagram"
			if (m < k && SEARCH_VERBS.contains(lower) && k - m <= 5 && k > 0 && tokens.get(k - 1).is("on")) {
				return t.start();
			}
			// "I'm on Freelancer too", "we're listed on Google Maps"
			if (m < k && SELF_ON.contains(lower) && k - m <= 2 && k > 0 && tokens.get(k - 1).is("on")) {
				return t.start();
			}
		}
		return -1;
	}

}
