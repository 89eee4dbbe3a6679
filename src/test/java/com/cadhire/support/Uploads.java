package com.cadhire.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.cadhire.support.Api.User;
import org.jspecify.annotations.Nullable;

/**
 * Attachment uploads and downloads over the real HTTP API, as a browser sends them: a
 * hand-written {@code multipart/form-data} body and HTTP Basic.
 */
public final class Uploads {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Uploads() {
	}

	/**
	 * Uploads a file to a conversation.
	 * @param port the server's port
	 * @param user who uploads
	 * @param conversationId the conversation
	 * @param fileName the file's name ({@code "} sent as {@code %22})
	 * @param content the file's bytes
	 * @param contactHandling the {@code contactHandling} form field, or {@code null} for
	 * none
	 * @return the answer
	 * @throws IOException if the request fails
	 * @throws InterruptedException if interrupted
	 */
	public static HttpResponse<String> upload(int port, User user, UUID conversationId, String fileName, byte[] content,
			@Nullable String contactHandling) throws IOException, InterruptedException {
		String boundary = "----cadhire" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (contactHandling != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"contactHandling\"\r\n\r\n"
					+ contactHandling + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + port + "/api/v1/conversations/" + conversationId + "/attachments"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Authorization", authorization(user))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Downloads an attachment.
	 * @param port the server's port
	 * @param user who downloads
	 * @param id the attachment's id
	 * @return the answer with the bytes
	 * @throws IOException if the request fails
	 * @throws InterruptedException if interrupted
	 */
	public static HttpResponse<byte[]> download(int port, User user, String id)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attachments/" + id))
			.header("Authorization", authorization(user))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * @param user the user
	 * @return the HTTP Basic {@code Authorization} header value of the user
	 */
	public static String authorization(User user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
	}

}
