package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both attachment stores, without Spring: the local directory, and the S3 store against
 * an S3-compatible server running in this JVM on a random loopback port (in-memory
 * blobs).
 */
class AttachmentStoreTests {

	static BlobStoreContext blobs;

	static S3Proxy proxy;

	static S3AttachmentStore s3;

	@TempDir
	Path directory;

	@BeforeAll
	static void startS3() throws Exception {
		blobs = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.build(BlobStoreContext.class);
		blobs.getBlobStore().createContainerInLocation(null, "cadhire-test");
		proxy = S3Proxy.builder()
			.blobStore(blobs.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
			.build();
		proxy.start();
		for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
			Thread.sleep(50);
		}
		assertThat(proxy.getState()).isEqualTo("STARTED");
		s3 = AttachmentStoreConfiguration
			.s3Store(new AttachmentSettings.S3(URI.create("http://127.0.0.1:" + proxy.getPort()), "cadhire-test",
					"us-east-1", "test-access", "test-secret", "attachments/"));
	}

	@AfterAll
	static void stopS3() throws Exception {
		if (proxy != null) {
			proxy.stop();
		}
		if (blobs != null) {
			blobs.close();
		}
	}

	@Test
	void localStoreShowsAFileOnlyOnceItIsPublished() throws IOException {
		LocalAttachmentStore local = new LocalAttachmentStore(this.directory);
		byte[] content = bytes(300_000);
		local.stage("a1", new ByteArrayResource(content), content.length);
		assertThat(this.directory.resolve("a1")).doesNotExist();
		assertThatThrownBy(() -> local.open("a1")).isInstanceOf(IOException.class);
		local.publish("a1");
		assertThat(read(local, "a1")).isEqualTo(content);
		assertThat(this.directory.resolve("a1.part")).doesNotExist();
		local.delete("a1");
		assertThat(Files.list(this.directory)).isEmpty();
	}

	@Test
	void localStoreLeavesNothingWhenWritingFails() throws IOException {
		LocalAttachmentStore local = new LocalAttachmentStore(this.directory);
		InputStreamSource failing = () -> new InputStream() {

			int sent;

			@Override
			public int read() throws IOException {
				if (this.sent++ > 10_000) {
					throw new IOException("No space left on device");
				}
				return 7;
			}
		};
		assertThatThrownBy(() -> local.stage("a2", failing, 20_000)).hasMessageContaining("No space left");
		assertThat(Files.list(this.directory)).isEmpty();
		assertThatThrownBy(() -> local.stage("a3", new ByteArrayResource(new byte[10]), 11))
			.isInstanceOf(IOException.class);
		assertThat(Files.list(this.directory)).isEmpty();
	}

	@Test
	void localStoreRefusesKeysThatLeaveItsDirectory() {
		LocalAttachmentStore local = new LocalAttachmentStore(this.directory);
		assertThatThrownBy(() -> local.open("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> local.delete("a/b")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void s3StoreWritesReadsAndDeletesObjects() throws IOException {
		byte[] content = bytes(1_500_000);
		s3.stage("b1", new ByteArrayResource(content), content.length);
		s3.publish("b1");
		assertThat(read(s3, "b1")).isEqualTo(content);
		assertThat(blobs.getBlobStore().blobExists("cadhire-test", "attachments/b1")).isTrue();
		s3.delete("b1");
		assertThat(blobs.getBlobStore().blobExists("cadhire-test", "attachments/b1")).isFalse();
		assertThatThrownBy(() -> s3.open("b1")).isInstanceOf(IOException.class);
		s3.delete("never-there");
	}

	@Test
	void s3StoreReportsAMissingBucketAsAnIoFailure() {
		S3AttachmentStore missing = AttachmentStoreConfiguration
			.s3Store(new AttachmentSettings.S3(URI.create("http://127.0.0.1:" + proxy.getPort()), "no-such-bucket",
					"us-east-1", "test-access", "test-secret", ""));
		assertThatThrownBy(() -> missing.stage("c1", new ByteArrayResource("x".getBytes(StandardCharsets.US_ASCII)), 1))
			.isInstanceOf(IOException.class);
	}

	private static byte[] read(AttachmentStore store, String key) throws IOException {
		try (InputStream in = store.open(key)) {
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		return bytes;
	}

}
