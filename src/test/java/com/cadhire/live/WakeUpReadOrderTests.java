package com.cadhire.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cadhire.chat.ReadPointers;
import com.cadhire.live.EventLog.Logged;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The batched reads of two wake-ups of one stream run on two delivery threads and can
 * finish in either order. When the read that saw less finishes last, the stream's task
 * must still deliver what the other read found: otherwise the newer event waits in the
 * log until the user's next event wakes the stream, which for the last message of a
 * conversation is never.
 */
class WakeUpReadOrderTests {

	private static final Pattern ID = Pattern.compile("^id:(\\d+)$", Pattern.MULTILINE);

	private final UUID userId = UUID.randomUUID();

	private final EventLog eventLog = mock(EventLog.class);

	private final LiveSettings settings = new LiveSettings(Duration.ofSeconds(15), Duration.ofMinutes(30),
			Duration.ofDays(7), Duration.ofHours(1), 256, 200, Duration.ofSeconds(10), 8, 20);

	private final JsonMapper json = JsonMapper.builder().build();

	private final WakeUpReader reader = new WakeUpReader(this.eventLog, mock(ReadPointers.class), this.json,
			this.settings);

	private final LogCatchUp catchUp = new LogCatchUp(this.eventLog, mock(ReadPointers.class), this.json,
			this.settings);

	private final Written written = new Written();

	private final LiveConnection connection = new LiveConnection(this.userId, null, 16, mock(AsyncContext.class),
			this.written, null, new Owner());

	@Test
	void theReadThatSawLessFinishingLastDoesNotHideWhatTheOtherSaw() throws Exception {
		this.connection.lastId = 9;
		this.connection.liveFrom = 9;
		// the log holds 10 and 11; the stream's own read would find both
		given(this.eventLog.after(eq(this.userId), eq(9L), anyInt())).willReturn(List.of(event(10), event(11)));
		given(this.eventLog.after(eq(this.userId), eq(11L), anyInt())).willReturn(List.of());
		// the wake-up of 11 read after 11 committed and finished first; the wake-up of 10
		// read before 11 committed and finished second
		given(this.eventLog.afterAll(anyMap(), anyInt()))
			.willReturn(Map.of(this.userId, new ArrayList<>(List.of(event(10), event(11)))))
			.willReturn(Map.of(this.userId, new ArrayList<>(List.of(event(10)))));
		this.reader.readFor(List.of(this.connection));
		this.reader.readFor(List.of(this.connection));

		this.catchUp.catchUp(this.connection);
		this.connection.flush();

		assertThat(this.written.ids()).containsExactly(10L, 11L);
		assertThat(this.connection.lastId).isEqualTo(11);
	}

	@Test
	void inTheOtherOrderTheFurtherReadIsTheAnswer() throws Exception {
		this.connection.lastId = 9;
		this.connection.liveFrom = 9;
		given(this.eventLog.afterAll(anyMap(), anyInt()))
			.willReturn(Map.of(this.userId, new ArrayList<>(List.of(event(10)))))
			.willReturn(Map.of(this.userId, new ArrayList<>(List.of(event(10), event(11)))));
		given(this.eventLog.after(eq(this.userId), anyLong(), anyInt()))
			.willThrow(new AssertionError("the prefetched read answered: no read of its own"));
		this.reader.readFor(List.of(this.connection));
		this.reader.readFor(List.of(this.connection));

		this.catchUp.catchUp(this.connection);
		this.connection.flush();

		assertThat(this.written.ids()).containsExactly(10L, 11L);
	}

	private static Logged event(long id) {
		return new Logged(id, "message.created", "{\"n\":" + id + "}", false, Instant.now());
	}

	/** An output that is always ready and keeps what it was given. */
	private static final class Written extends ServletOutputStream {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

		@Override
		public void write(int b) {
			this.bytes.write(b);
		}

		List<Long> ids() {
			List<Long> ids = new ArrayList<>();
			Matcher m = ID.matcher(this.bytes.toString(StandardCharsets.UTF_8));
			while (m.find()) {
				ids.add(Long.parseLong(m.group(1)));
			}
			return ids;
		}

	}

	private static final class Owner implements LiveConnection.Owner {

		@Override
		public void written(LiveConnection connection, LiveConnection.Chunk chunk) {
		}

		@Override
		public void room(LiveConnection connection) {
		}

		@Override
		public void failed(LiveConnection connection, Throwable failure) {
		}

		@Override
		public void ended(LiveConnection connection) {
		}

	}

}
