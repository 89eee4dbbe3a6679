package com.cadhire.live.web;

import java.io.IOException;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.live.LiveHub;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's event stream.
 */
@RestController
@RequestMapping("/api/v1/events")
class LiveApiController {

	private final LiveHub hub;

	LiveApiController(LiveHub hub) {
		this.hub = hub;
	}

	/**
	 * Server-sent events of the caller: {@code message.created}, {@code message.updated},
	 * {@code conversation.read}, {@code unread.changed}, {@code typing} and the funnel
	 * changes that concern them. A new stream starts with {@code ready} (carrying the
	 * current id) and continues with what happens from then on; a client that reconnects
	 * with {@code Last-Event-ID} (or {@code ?lastEventId=} where it cannot set headers)
	 * gets exactly the events it missed, in order, or {@code resync} if they are no
	 * longer kept.
	 */
	@GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	void events(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String given = (lastEventIdHeader != null && !lastEventIdHeader.isBlank()) ? lastEventIdHeader
				: lastEventIdParam;
		Long lastEventId = null;
		if (given != null && !given.isBlank()) {
			try {
				lastEventId = Long.parseLong(given.strip());
			}
			catch (NumberFormatException ex) {
				// not an id this server gave: the client cannot resume, so it resyncs
				lastEventId = Long.MAX_VALUE;
			}
			if (lastEventId < 0) {
				lastEventId = Long.MAX_VALUE;
			}
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Accel-Buffering", "no");
		this.hub.open(me.id(), lastEventId, request, response);
	}

}
