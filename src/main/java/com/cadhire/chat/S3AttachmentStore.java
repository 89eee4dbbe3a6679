package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.core.io.InputStreamSource;

/**
 * Keeps attachments as objects in an S3-compatible bucket, keyed by attachment id. A PUT
 * is atomic in S3 (an object appears whole or not at all), so staging writes the final
 * key and publishing has nothing left to do; a rolled-back upload deletes the object.
 */
class S3AttachmentStore implements AttachmentStore {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3AttachmentStore(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void stage(String key, InputStreamSource content, long size) throws IOException {
		try {
			// Re-opened on a retry, so the SDK never needs to buffer the whole file.
			RequestBody body = RequestBody.fromContentProvider(() -> {
				try {
					return content.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, size, "application/octet-stream");
			this.s3.putObject((put) -> put.bucket(this.bucket).key(objectKey(key)).contentLength(size), body);
		}
		catch (SdkException | UncheckedIOException ex) {
			throw new IOException("Could not store the attachment in bucket " + this.bucket, ex);
		}
	}

	@Override
	public void publish(String key) {
		// PUT was atomic: nothing to move.
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			this.s3.deleteObject((delete) -> delete.bucket(this.bucket).key(objectKey(key)));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete attachment " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return this.s3.getObject((get) -> get.bucket(this.bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException ex) {
			throw new java.io.FileNotFoundException("No attachment " + key + " in bucket " + this.bucket);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read attachment " + key + " from bucket " + this.bucket, ex);
		}
	}

	private String objectKey(String key) {
		return this.prefix + AttachmentStore.checkKey(key);
	}

}
