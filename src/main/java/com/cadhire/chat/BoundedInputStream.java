package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;

/** Reads at most a number of bytes, then reports the end of the stream. */
final class BoundedInputStream extends InputStream {

	private final InputStream in;

	private long left;

	BoundedInputStream(InputStream in, long max) {
		this.in = in;
		this.left = max;
	}

	@Override
	public int read() throws IOException {
		if (this.left <= 0) {
			return -1;
		}
		int b = this.in.read();
		if (b >= 0) {
			this.left--;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int off, int len) throws IOException {
		if (this.left <= 0) {
			return -1;
		}
		int read = this.in.read(buffer, off, (int) Math.min(len, this.left));
		if (read > 0) {
			this.left -= read;
		}
		return read;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
