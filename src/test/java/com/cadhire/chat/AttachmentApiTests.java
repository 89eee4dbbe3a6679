package com.cadhire.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.MutableClock;
import com.cadhire.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments over HTTP: upload, send with a message, download with safe headers,
 * authorization, type and size checks, and the clean-up of uploads never sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AttachmentApiTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	AttachmentManagement attachments;

	@Autowired
	AttachmentCleanupJob cleanup;

	@Autowired
	AttachmentStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	User client;

	User expert;

	User outsider;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Dana Client");
		this.expert = anonymous.signUp("EXPERT", "Erik Expert");
		this.outsider = anonymous.signUp("EXPERT", "Olga Outsider");
		this.conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Gearbox housing");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void uploadsSendsWithAMessageAndDownloadsWithSafeHeaders() throws Exception {
		HttpResponse<String> uploaded = upload(this.expert, this.conversationId, "Gehäuse rev B.pdf", PDF);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		JsonNode attachment = Api.parse(uploaded.body());
		assertThat(attachment.get("fileName").asString()).isEqualTo("Gehäuse rev B.pdf");
		assertThat(attachment.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
		String id = attachment.get("id").asString();

		JsonNode sent = this.expert.api()
			.post(messagesPath(), Map.of("body", "Drawing attached.", "attachmentIds", List.of(id)))
			.expect(201)
			.json();
		assertThat(sent.get("attachments").get(0).get("id").asString()).isEqualTo(id);
		JsonNode page = this.client.api().get(messagesPath()).expect(200).json();
		JsonNode listed = page.get("items").get(0).get("attachments").get(0);
		assertThat(listed.get("fileName").asString()).isEqualTo("Gehäuse rev B.pdf");
		assertThat(listed.get("size").asLong()).isEqualTo(PDF.length);

		HttpResponse<byte[]> download = download(this.client, id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''Geh%C3%A4use%20rev%20B.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
	}

	@Test
	void sendsFilesWithoutText() throws Exception {
		String id = id(upload(this.client, this.conversationId, "part.step",
				"ISO-10303-21;\nHEADER;\nENDSEC;\n".getBytes(StandardCharsets.US_ASCII)));
		JsonNode sent = this.client.api()
			.post(messagesPath(), Map.of("body", "", "attachmentIds", List.of(id)))
			.expect(201)
			.json();
		assertThat(sent.get("attachments").get(0).get("contentType").asString()).isEqualTo("model/step");
		this.client.api().post(messagesPath(), Map.of("body", " ")).expect(422);
	}

	@Test
	void onlyParticipantsDownloadAndOnlyTheUploaderSeesAnUploadNotSentYet() throws Exception {
		String id = id(upload(this.expert, this.conversationId, "bracket.png", PNG));
		assertThat(download(this.expert, id).statusCode()).isEqualTo(200);
		assertThat(download(this.client, id).statusCode()).isEqualTo(404);
		assertThat(download(this.outsider, id).statusCode()).isEqualTo(404);
		this.expert.api()
			.post(messagesPath(), Map.of("body", "See the PNG.", "attachmentIds", List.of(id)))
			.expect(201);
		assertThat(download(this.client, id).statusCode()).isEqualTo(200);
		assertThat(download(this.outsider, id).statusCode()).isEqualTo(404);
		assertThat(download(this.outsider, UUID.randomUUID().toString()).statusCode()).isEqualTo(404);
		assertThat(upload(this.outsider, this.conversationId, "x.pdf", PDF).statusCode()).isEqualTo(404);
		HttpResponse<byte[]> anonymous = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/attachments/" + id))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void sendsOnlyTheSendersOwnUnsentUploadsOfTheConversation() throws Exception {
		String clients = id(upload(this.client, this.conversationId, "a.pdf", PDF));
		UUID other = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.outsider.id()), "Other job");
		String elsewhere = id(upload(this.expert, this.conversationId, "b.pdf", PDF));
		String otherConversation = id(upload(this.client, other, "c.pdf", PDF));
		int before = messageCount();

		JsonNode refused = this.expert.api()
			.post(messagesPath(), Map.of("body", "Mine now", "attachmentIds", List.of(clients)))
			.expect(422)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("attachmentIds");
		this.client.api()
			.post(messagesPath(), Map.of("body", "Wrong chat", "attachmentIds", List.of(otherConversation)))
			.expect(422);
		this.expert.api()
			.post(messagesPath(), Map.of("body", "Unknown", "attachmentIds", List.of(UUID.randomUUID())))
			.expect(422);
		assertThat(messageCount()).isEqualTo(before);

		this.expert.api().post(messagesPath(), Map.of("body", "Once", "attachmentIds", List.of(elsewhere))).expect(201);
		this.expert.api()
			.post(messagesPath(), Map.of("body", "Twice", "attachmentIds", List.of(elsewhere)))
			.expect(422);
	}

	@Test
	void refusesTypesOutsideTheListAndContentThatDoesNotMatchItsExtension() throws Exception {
		int rows = attachmentRows();
		for (String name : List.of("page.html", "drawing.svg", "script.js", "data.xml", "tool.exe", "noextension")) {
			HttpResponse<String> refused = upload(this.client, this.conversationId, name,
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
			assertThat(refused.statusCode()).as(name).isEqualTo(415);
			JsonNode problem = Api.parse(refused.body());
			assertThat(problem.get("detail").asString()).contains("Accepted types").contains("step").contains("pdf");
			assertThat(problem.get("allowedTypes").toString()).contains("sldprt");
		}
		HttpResponse<String> fakePng = upload(this.client, this.conversationId, "photo.png",
				"<html>not a png</html>".getBytes(StandardCharsets.UTF_8));
		assertThat(fakePng.statusCode()).isEqualTo(415);
		assertThat(Api.parse(fakePng.body()).get("detail").asString()).contains("is not a .png file");
		assertThat(upload(this.client, this.conversationId, "fake.pdf", PNG).statusCode()).isEqualTo(415);
		assertThat(attachmentRows()).isEqualTo(rows);
		assertThat(partFiles()).isEmpty();
	}

	@Test
	void refusesFilesOverTheLimitWith413AndKeepsNothing() throws Exception {
		int rows = attachmentRows();
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		HttpResponse<String> refused = upload(this.client, this.conversationId, "huge.pdf", large);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(Api.parse(refused.body()).get("detail").asString()).contains("larger than the limit");
		assertThat(attachmentRows()).isEqualTo(rows);
		assertThat(partFiles()).isEmpty();
	}

	@Test
	void cleansFileNames() throws Exception {
		JsonNode attachment = Api.parse(
				upload(this.client, this.conversationId, "C:\\Users\\dana\\..\\evil\u202Efdp.\u0007txt", PDF).body());
		assertThat(attachment.get("fileName").asString()).isEqualTo("evilfdp.txt");
		assertThat(attachment.get("contentType").asString()).isEqualTo("text/plain");
		assertThat(AttachmentTypes.cleanName("../../etc/passwd.csv")).isEqualTo("passwd.csv");
		assertThat(AttachmentTypes.cleanName("  ..hidden.stl ")).isEqualTo("hidden.stl");
		String longName = "x".repeat(300) + ".sldprt";
		assertThat(AttachmentTypes.cleanName(longName)).hasSize(200).endsWith("x.sldprt");
		assertThat(upload(this.client, this.conversationId, "/\u0000\u0001", PDF).statusCode()).isEqualTo(422);
	}

	@Test
	void refusesFileNamesCarryingContactDetailsAndKeepsNothing() throws Exception {
		int rows = attachmentRows();
		HttpResponse<String> refused = upload(this.client, this.conversationId, "dana.smith@gmail.com.pdf", PDF);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Api.parse(refused.body()).get("type").asString()).endsWith("/problems/contact-information");
		assertThat(attachmentRows()).isEqualTo(rows);
		assertThat(partFiles()).isEmpty();
		assertThat(upload(this.client, this.conversationId, "bracket_rev3.step.pdf", PDF).statusCode()).isEqualTo(201);
	}

	@Test
	void aRolledBackUploadLeavesNeitherRowNorFile() throws Exception {
		int rows = attachmentRows();
		Attachment[] uploaded = new Attachment[1];
		this.transactions.executeWithoutResult((status) -> {
			uploaded[0] = this.attachments.upload(this.conversationId, UserId.of(this.client.id()), "rolled back.pdf",
					PDF.length, new ByteArrayResource(PDF));
			status.setRollbackOnly();
		});
		assertThat(attachmentRows()).isEqualTo(rows);
		assertThat(partFiles()).isEmpty();
		assertThatThrownBy(() -> this.store.open(uploaded[0].id().toString())).isInstanceOf(java.io.IOException.class);
	}

	@Test
	void removesUploadsNeverSentAfterADay() throws Exception {
		String orphan = id(upload(this.client, this.conversationId, "draft.pdf", PDF));
		String sent = id(upload(this.client, this.conversationId, "final.pdf", PDF));
		this.client.api().post(messagesPath(), Map.of("body", "Final", "attachmentIds", List.of(sent))).expect(201);
		this.clock.advance(Duration.ofHours(23));
		this.cleanup.run();
		assertThat(download(this.client, orphan).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.cleanup.run()).isGreaterThanOrEqualTo(1);
		assertThat(download(this.client, orphan).statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> this.store.open(orphan)).isInstanceOf(java.io.IOException.class);
		assertThat(download(this.expert, sent).statusCode()).isEqualTo(200);
	}

	private int attachmentRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM attachments").query(Integer.class).single();
	}

	private int messageCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM messages WHERE conversation_id = ?")
			.param(this.conversationId)
			.query(Integer.class)
			.single();
	}

	private List<Path> partFiles() throws Exception {
		try (var files = Files.list(((LocalAttachmentStore) this.store).directory())) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".part")).toList();
		}
	}

	private String messagesPath() {
		return "/api/v1/conversations/" + this.conversationId + "/messages";
	}

	private static String id(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Api.parse(response.body()).get("id").asString();
	}

	private HttpResponse<String> upload(User user, UUID conversationId, String fileName, byte[] content)
			throws Exception {
		return Uploads.upload(this.port, user, conversationId, fileName, content, null);
	}

	private HttpResponse<byte[]> download(User user, String id) throws Exception {
		return Uploads.download(this.port, user, id);
	}

}
