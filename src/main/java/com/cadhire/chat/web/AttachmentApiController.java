package com.cadhire.chat.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.chat.Attachment;
import com.cadhire.chat.AttachmentManagement;
import com.cadhire.chat.ContactHandling;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads files to a conversation and hands them to its participants. Every download is
 * authorised on its own; there are no public links. A file is always served as a download
 * ({@code Content-Disposition: attachment}), with a content type CadHire chose,
 * {@code nosniff}, and a sandboxing content security policy, so that no upload can run as
 * a page of CadHire.
 */
@RestController
class AttachmentApiController {

	private final AttachmentManagement attachments;

	AttachmentApiController(AttachmentManagement attachments) {
		this.attachments = attachments;
	}

	/**
	 * Uploads a file (multipart part {@code file}); send it with a message by its id. The
	 * optional part {@code contactHandling} says what to do when the file's text carries
	 * contact details: {@code REFUSE} (the default: 422 listing each finding with the
	 * file name and its location in the file) or {@code HOLD} (201, the attachment is
	 * {@code held} for a moderator and only its uploader can download it until the case
	 * is released).
	 */
	@PostMapping(path = "/api/v1/conversations/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> upload(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file,
			@RequestParam(name = "contactHandling", required = false) @Nullable ContactHandling contactHandling) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		Attachment attachment = this.attachments.upload(id, me.userId(), name, file.getSize(), file,
				(contactHandling != null) ? contactHandling : ContactHandling.REFUSE);
		return ResponseEntity.status(HttpStatus.CREATED).body(attachment);
	}

	/**
	 * Streams a file to a participant of its conversation; 404 for anyone else.
	 */
	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id)
			throws IOException {
		AttachmentManagement.Download download = this.attachments.download(id, me.userId());
		Attachment attachment = download.attachment();
		InputStream content = download.content().open();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new InputStreamResource(content));
	}

}
