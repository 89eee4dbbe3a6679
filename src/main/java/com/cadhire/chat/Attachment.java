package com.cadhire.chat;

import java.util.UUID;

/**
 * A file uploaded to a conversation, as participants see it.
 *
 * @param id the attachment id
 * @param fileName the cleaned file name
 * @param size the size in bytes
 * @param contentType what it is served as (decided by CadHire, not by the uploader)
 * @param held whether the file is held for a moderator's review (its content may carry
 * contact details): until released only its uploader can download it
 */
public record Attachment(UUID id, String fileName, long size, String contentType, boolean held) {
}
