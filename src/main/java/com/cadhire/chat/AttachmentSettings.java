package com.cadhire.chat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Chat attachments, configured under {@code cadhire.attachments}. Raise
 * {@code spring.servlet.multipart.max-file-size} (and {@code max-request-size}) together
 * with {@code max-size}: the servlet container refuses larger uploads first.
 *
 * @param maxSize the largest file accepted
 * @param store {@code local} (default) or {@code s3}
 * @param localDir the directory of the local store
 * @param orphanAge how long an upload may stay unattached to a message before it is
 * removed
 * @param s3 the S3-compatible store
 * @param screening the bounds of reading a file's text to screen it for contact details
 */
@ConfigurationProperties("cadhire.attachments")
public record AttachmentSettings(@DefaultValue("100MB") DataSize maxSize, @DefaultValue("local") String store,
		@DefaultValue("./data/attachments") Path localDir, @DefaultValue("PT24H") Duration orphanAge,
		@DefaultValue S3 s3, @DefaultValue Screening screening) {

	/**
	 * How much of a file is read to screen its text (see {@code docs/screening.md}).
	 *
	 * @param maxTextBytes bytes read of a TXT, CSV or DXF file (the rest is not screened)
	 * @param maxParsedBytes the largest PDF or ZIP-based file whose text is read
	 * @param maxEntryBytes bytes decompressed from one archive entry (document
	 * properties, 3MF metadata)
	 * @param maxEntries archive entries listed; archives with more are not opened
	 * @param maxPages PDF pages read
	 * @param maxChars characters of text kept from one file
	 * @param timeBudget time for reading one file, checked between lines, pages, entities
	 * and entries
	 */
	public record Screening(@DefaultValue("1MB") DataSize maxTextBytes, @DefaultValue("20MB") DataSize maxParsedBytes,
			@DefaultValue("1MB") DataSize maxEntryBytes, @DefaultValue("10000") int maxEntries,
			@DefaultValue("50") int maxPages, @DefaultValue("500000") int maxChars,
			@DefaultValue("PT3S") Duration timeBudget) {
	}

	/**
	 * An S3-compatible bucket, addressed path-style ({@code endpoint/bucket/key}), which
	 * every S3-compatible server understands.
	 *
	 * @param endpoint the server, e.g. {@code https://s3.eu-central-1.amazonaws.com}; the
	 * SDK's default for the region when absent
	 * @param bucket the bucket, which must exist
	 * @param region the region used for signing
	 * @param accessKey the access key; the SDK's default credentials chain when absent
	 * @param secretKey the secret key
	 * @param prefix put before every object key, e.g. {@code attachments/}
	 */
	public record S3(@Nullable URI endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("") String prefix) {
	}

}
