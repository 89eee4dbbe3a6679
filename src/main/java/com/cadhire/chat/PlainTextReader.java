package com.cadhire.chat;

import java.io.IOException;

import org.springframework.core.io.InputStreamSource;

/** TXT and CSV: the content, located by line ({@link TextDecoding#decode}). */
final class PlainTextReader {

	private final ReadState state;

	PlainTextReader(ReadState state) {
		this.state = state;
	}

	void read(InputStreamSource content, long size) throws IOException {
		String text = TextDecoding.decode(this.state.head(content, this.state.limits().maxTextBytes(), size));
		this.state.lines("", text, 1);
	}

}
