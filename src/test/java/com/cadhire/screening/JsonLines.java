package com.cadhire.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for the flat objects of a JSON-lines evaluation file (strings,
 * booleans, numbers, null and arrays of those).
 */
final class JsonLines {

	private final String s;

	private int i;

	private JsonLines(String s) {
		this.s = s;
	}

	/**
	 * Parse one line holding a JSON object.
	 * @param line the line
	 * @return the object's members
	 */
	static Map<String, Object> parseObject(String line) {
		JsonLines parser = new JsonLines(line);
		Object value = parser.value();
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("Not a JSON object: " + line);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) value;
		return map;
	}

	private Object value() {
		skipBlanks();
		char c = this.s.charAt(this.i);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				this.i += 4;
				return Boolean.TRUE;
			case 'f':
				this.i += 5;
				return Boolean.FALSE;
			case 'n':
				this.i += 4;
				return null;
			default:
				return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.i++;
		skipBlanks();
		if (this.s.charAt(this.i) == '}') {
			this.i++;
			return map;
		}
		while (true) {
			skipBlanks();
			String key = string();
			skipBlanks();
			expect(':');
			map.put(key, value());
			skipBlanks();
			if (this.s.charAt(this.i) == ',') {
				this.i++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		this.i++;
		skipBlanks();
		if (this.s.charAt(this.i) == ']') {
			this.i++;
			return list;
		}
		while (true) {
			list.add(value());
			skipBlanks();
			if (this.s.charAt(this.i) == ',') {
				this.i++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = this.s.charAt(this.i++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = this.s.charAt(this.i++);
			switch (e) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
					this.i += 4;
				}
				default -> out.append(e);
			}
		}
	}

	private Double number() {
		int start = this.i;
		while (this.i < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.i)) >= 0) {
			this.i++;
		}
		return Double.valueOf(this.s.substring(start, this.i));
	}

	private void expect(char c) {
		if (this.s.charAt(this.i) != c) {
			throw new IllegalArgumentException("Expected '" + c + "' at " + this.i + " in " + this.s);
		}
		this.i++;
	}

	private void skipBlanks() {
		while (this.i < this.s.length() && Character.isWhitespace(this.s.charAt(this.i))) {
			this.i++;
		}
	}

}
