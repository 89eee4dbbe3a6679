package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.InputStreamSource;

/**
 * Keeps attachments as files named by their id in one directory. A staged upload is a
 * {@code .part} file in the same directory, so that publishing it is an atomic rename on
 * the same file system: a download never sees half a file.
 */
class LocalAttachmentStore implements AttachmentStore {

	private static final String PART = ".part";

	private final Path directory;

	LocalAttachmentStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the attachment directory " + this.directory, ex);
		}
	}

	@Override
	public void stage(String key, InputStreamSource content, long size) throws IOException {
		Path part = part(key);
		try (InputStream in = content.getInputStream()) {
			long copied = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
			if (copied != size) {
				throw new IOException("Expected " + size + " bytes but received " + copied);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(part);
			throw ex;
		}
	}

	@Override
	public void publish(String key) throws IOException {
		Files.move(part(key), file(key), StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(part(key));
		Files.deleteIfExists(file(key));
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(file(key));
	}

	Path directory() {
		return this.directory;
	}

	private Path file(String key) {
		return this.directory.resolve(AttachmentStore.checkKey(key));
	}

	private Path part(String key) {
		return this.directory.resolve(AttachmentStore.checkKey(key) + PART);
	}

}
