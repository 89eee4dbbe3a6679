package com.cadhire.chat;

import java.io.IOException;

import org.springframework.core.io.InputStreamSource;

/**
 * STEP: the {@code HEADER} section's {@code FILE_DESCRIPTION} and {@code FILE_NAME}
 * string arguments, each located by its role.
 */
final class StepHeaderReader {

	private final ReadState state;

	StepHeaderReader(ReadState state) {
		this.state = state;
	}

	void read(InputStreamSource content) throws IOException {
		String text = TextDecoding
			.decode(this.state.head(content, Math.min(this.state.limits().maxTextBytes(), 256 * 1024), 0));
		int header = text.indexOf("HEADER;");
		if (header < 0) {
			return;
		}
		int end = text.indexOf("ENDSEC;", header);
		if (end < 0) {
			end = text.length();
			this.state.incomplete();
		}
		String section = text.substring(header + 7, end);
		statement(section, "FILE_DESCRIPTION", new String[] { "description", "implementation level" });
		statement(section, "FILE_NAME", new String[] { "name", "time stamp", "author", "organization",
				"preprocessor version", "originating system", "authorization" });
	}

	/**
	 * Reads the string arguments of one header statement, each located by its role.
	 */
	private void statement(String section, String entity, String[] roles) {
		int at = section.indexOf(entity + "(");
		if (at < 0) {
			return;
		}
		int i = at + entity.length() + 1;
		int depth = 1;
		int argument = 0;
		int n = section.length();
		while (i < n && depth > 0) {
			char c = section.charAt(i);
			if (c == '\'') {
				StringBuilder value = new StringBuilder();
				i++;
				while (i < n) {
					char d = section.charAt(i);
					if (d == '\'' && i + 1 < n && section.charAt(i + 1) == '\'') {
						value.append('\'');
						i += 2;
						continue;
					}
					if (d == '\'') {
						break;
					}
					value.append(d);
					i++;
				}
				String role = (argument < roles.length) ? roles[argument] : "argument " + (argument + 1);
				this.state.add(entity + " " + role, 0, decodeStep(value.toString()));
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == ',' && depth == 1) {
				argument++;
			}
			i++;
		}
	}

	/** STEP string escapes: {@code \X2\00E4\X0\} (UTF-16 hex), {@code \X\E4} (8 bit). */
	static String decodeStep(String value) {
		if (value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		int n = value.length();
		int i = 0;
		while (i < n) {
			if (value.startsWith("\\X2\\", i)) {
				int end = value.indexOf("\\X0\\", i + 4);
				if (end < 0) {
					break;
				}
				String hex = value.substring(i + 4, end);
				for (int k = 0; k + 4 <= hex.length(); k += 4) {
					try {
						out.append((char) Integer.parseInt(hex.substring(k, k + 4), 16));
					}
					catch (NumberFormatException ex) {
						break;
					}
				}
				i = end + 4;
				continue;
			}
			if (value.startsWith("\\X\\", i) && i + 5 <= n) {
				try {
					out.append((char) Integer.parseInt(value.substring(i + 3, i + 5), 16));
					i += 5;
					continue;
				}
				catch (NumberFormatException ex) {
					// not an escape
				}
			}
			out.append(value.charAt(i));
			i++;
		}
		return out.toString();
	}

}
