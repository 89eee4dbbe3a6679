package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.cadhire.moderation.FileText;

import org.springframework.core.io.InputStreamSource;

/**
 * The state of one {@link AttachmentText} read, shared by the format readers: the texts
 * so far, the characters kept, the deadline and whether a limit cut the reading short.
 */
final class ReadState {

	private static final int CHUNK_LINES = 200;

	private static final int CHUNK_CHARS = 16_000;

	private final AttachmentText.Limits limits;

	private final long deadline;

	private final List<FileText> texts = new ArrayList<>();

	private int chars;

	private boolean complete = true;

	ReadState(AttachmentText.Limits limits) {
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
	}

	AttachmentText.Limits limits() {
		return this.limits;
	}

	/** Marks the read as cut short: what lies beyond was not screened. */
	void incomplete() {
		this.complete = false;
	}

	AttachmentText.Result result() {
		return new AttachmentText.Result(List.copyOf(this.texts), this.complete);
	}

	/** Whether reading may go on: within the time budget and the characters kept. */
	boolean more() {
		if (System.nanoTime() - this.deadline > 0 || this.chars >= this.limits.maxChars()) {
			this.complete = false;
			return false;
		}
		return true;
	}

	void add(String where, int firstLine, String text) {
		String kept = text;
		int room = this.limits.maxChars() - this.chars;
		if (room <= 0) {
			this.complete = false;
			return;
		}
		if (kept.length() > room) {
			kept = kept.substring(0, room);
			this.complete = false;
		}
		if (!kept.isBlank()) {
			this.texts.add(new FileText(where, firstLine, kept));
			this.chars += kept.length();
		}
	}

	byte[] head(InputStreamSource content, long max, long size) throws IOException {
		try (InputStream in = content.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
			if (size > bytes.length) {
				this.complete = false;
			}
			return bytes;
		}
	}

	/** Adds text in chunks of lines, each located by its first line. */
	void lines(String where, String text, int firstLine) {
		int line = firstLine;
		int start = 0;
		int n = text.length();
		while (start < n && more()) {
			int end = start;
			int count = 0;
			while (end < n && count < CHUNK_LINES && end - start < CHUNK_CHARS) {
				if (text.charAt(end) == '\n') {
					count++;
				}
				end++;
			}
			if (end < n && Character.isLowSurrogate(text.charAt(end))) {
				end++;
			}
			add(where, line, text.substring(start, end));
			line += count;
			start = end;
		}
	}

	Path copy(InputStreamSource content) throws IOException {
		Path file = Files.createTempFile("cadhire-screen-", ".bin");
		try (InputStream in = content.getInputStream()) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return file;
	}

}
