package com.cadhire.chat;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the attachment store: {@code cadhire.attachments.store=local} (default) or
 * {@code s3}.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentStoreConfiguration {

	@Bean
	AttachmentStore attachmentStore(AttachmentSettings settings) {
		return switch (settings.store()) {
			case "local" -> new LocalAttachmentStore(settings.localDir());
			case "s3" -> s3Store(settings.s3());
			default -> throw new IllegalStateException(
					"cadhire.attachments.store must be local or s3, not " + settings.store());
		};
	}

	static S3AttachmentStore s3Store(AttachmentSettings.S3 settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("cadhire.attachments.s3.bucket is required for the s3 store");
		}
		return new S3AttachmentStore(s3Client(settings), settings.bucket(), settings.prefix());
	}

	static S3Client s3Client(AttachmentSettings.S3 settings) {
		AwsCredentialsProvider credentials = (settings.accessKey() != null && settings.secretKey() != null)
				? StaticCredentialsProvider
					.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
				: DefaultCredentialsProvider.builder().build();
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(true)
			// Plain checksums only where S3 requires them: S3-compatible servers differ
			// in
			// their support of the newer trailing checksums.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.create());
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return builder.build();
	}

}
