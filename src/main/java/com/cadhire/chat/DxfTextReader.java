package com.cadhire.chat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.core.io.InputStreamSource;

/**
 * DXF (ASCII): string header variables, the text of TEXT, MTEXT, ATTRIB, ATTDEF and
 * DIMENSION entities, and XRECORD strings, located by entity and DXF line.
 */
final class DxfTextReader {

	private static final Set<String> DXF_TEXT_ENTITIES = Set.of("TEXT", "MTEXT", "ATTRIB", "ATTDEF", "DIMENSION");

	private final ReadState state;

	DxfTextReader(ReadState state) {
		this.state = state;
	}

	void read(InputStreamSource content, long size) throws IOException {
		byte[] bytes = this.state.head(content, this.state.limits().maxTextBytes(), size);
		if (bytes.length >= 18
				&& new String(bytes, 0, 18, StandardCharsets.ISO_8859_1).startsWith("AutoCAD Binary DXF")) {
			this.state.incomplete(); // binary DXF is not read
			return;
		}
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(bytes), TextDecoding.charsetOf(bytes)))) {
			String section = "";
			String entity = "";
			String variable = "";
			int line = 0;
			while (this.state.more()) {
				String codeLine = in.readLine();
				String value = in.readLine();
				if (codeLine == null || value == null) {
					break;
				}
				line += 2;
				int code;
				try {
					code = Integer.parseInt(codeLine.trim());
				}
				catch (NumberFormatException ex) {
					break;
				}
				if (code == 0) {
					entity = value.trim();
					continue;
				}
				if (code == 2 && entity.equals("SECTION")) {
					section = value.trim();
					continue;
				}
				if (section.equals("HEADER")) {
					if (code == 9) {
						variable = value.trim();
					}
					else if (code == 1 && !variable.isEmpty()) {
						this.state.add("header " + variable, 0, value);
					}
				}
				else if ((section.equals("ENTITIES") || section.equals("BLOCKS")) && (code == 1 || code == 3)
						&& DXF_TEXT_ENTITIES.contains(entity)) {
					this.state.add(entity + " entity (DXF line " + line + ")", 0, mtextPlain(value));
				}
				else if (section.equals("OBJECTS") && entity.equals("XRECORD")
						&& ((code >= 1 && code <= 4) || (code >= 300 && code <= 309))) {
					this.state.add("drawing properties (DXF line " + line + ")", 0, value);
				}
			}
		}
	}

	/** Plain text of an MTEXT value: paragraph breaks, no formatting codes. */
	static String mtextPlain(String value) {
		StringBuilder out = new StringBuilder(value.length());
		int n = value.length();
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < n) {
				char code = value.charAt(i + 1);
				switch (code) {
					case 'P', 'p' -> {
						out.append('\n');
						i++;
					}
					case '~' -> {
						out.append(' ');
						i++;
					}
					case '\\', '{', '}' -> {
						out.append(code);
						i++;
					}
					case 'f', 'F', 'H', 'h', 'C', 'c', 'T', 't', 'Q', 'q', 'W', 'w', 'A', 'a', 'S', 's' -> {
						int semi = value.indexOf(';', i);
						if (semi < 0 || semi - i > 120) {
							i++;
						}
						else {
							i = semi;
						}
					}
					case 'L', 'l', 'O', 'o', 'K', 'k' -> i++;
					default -> out.append(c);
				}
			}
			else if (c != '{' && c != '}') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
