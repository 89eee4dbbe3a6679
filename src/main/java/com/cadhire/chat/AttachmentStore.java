package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.InputStreamSource;

/**
 * Where the bytes of chat attachments live. An upload is written in two steps so that a
 * failed or rolled-back upload leaves nothing behind: {@link #stage} writes the bytes
 * where no download finds them yet, {@link #publish} makes them visible under their key
 * (an atomic move on disk), and {@link #delete} removes whatever exists of a key, staged
 * or published.
 * <p>
 * Keys are attachment ids: letters, digits and dashes only.
 */
public interface AttachmentStore {

	/**
	 * Writes the content where no download sees it yet. On failure nothing is left.
	 * @param key the attachment's key
	 * @param content the bytes, which may be read more than once
	 * @param size the exact number of bytes
	 * @throws IOException if the bytes could not be written (disk full, store down)
	 */
	void stage(String key, InputStreamSource content, long size) throws IOException;

	/**
	 * Makes staged content visible under its key.
	 * @param key the key given to {@link #stage}
	 * @throws IOException if it could not be moved into place
	 */
	void publish(String key) throws IOException;

	/**
	 * Removes the content of a key, staged or published; nothing happens if there is
	 * none.
	 * @param key the key
	 * @throws IOException if the store could not be reached
	 */
	void delete(String key) throws IOException;

	/**
	 * @param key a published key
	 * @return the bytes, to be closed by the caller
	 * @throws IOException if they cannot be read
	 */
	InputStream open(String key) throws IOException;

	/**
	 * Checks that a key cannot name anything outside the store.
	 * @param key the key
	 * @return the key
	 */
	static String checkKey(String key) {
		if (!key.matches("[A-Za-z0-9-]{1,100}")) {
			throw new IllegalArgumentException("Not an attachment key: " + key);
		}
		return key;
	}

}
