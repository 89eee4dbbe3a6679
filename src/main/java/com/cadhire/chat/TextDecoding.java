package com.cadhire.chat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Charset detection and decoding of the bytes read from an attachment. */
final class TextDecoding {

	private TextDecoding() {
	}

	static Charset charsetOf(byte[] bytes) {
		return isUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
	}

	/** UTF-8, or UTF-16 with a byte-order mark, else ISO-8859-1. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		String text = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: new String(bytes, StandardCharsets.ISO_8859_1);
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static boolean isUtf8(byte[] bytes) {
		// a cut at the read limit may split the last character: ignore the last 3 bytes
		int length = Math.max(0, bytes.length - ((bytes.length > 3) ? 3 : 0));
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
