package com.cadhire.chat;

import java.util.UUID;

/**
 * A file uploaded to a conversation, as participants see it.
 *
 * @param id the attachment id
 * @param fileName the cleaned file name
 * @param size the size in bytes
 * @param contentType what it is served as (decided by CadHire, not by the uploader)
 */
public record Attachment(UUID id, String fileName, long size, String contentType) {
}
