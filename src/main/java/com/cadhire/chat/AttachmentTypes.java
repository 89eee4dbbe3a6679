package com.cadhire.chat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The file types chat accepts, decided by the file name's extension and, where it is
 * cheap, the first bytes of the content. The content type CadHire serves is decided here
 * too, never taken from the uploader: nothing is ever served as HTML, SVG, JavaScript or
 * XML, and text is served as {@code text/plain}.
 * <table>
 * <caption>Accepted types</caption>
 * <tr>
 * <th>extensions</th>
 * <th>what</th>
 * <th>content check</th>
 * <th>served as</th>
 * </tr>
 * <tr>
 * <td>step, stp</td>
 * <td>STEP (ISO 10303-21)</td>
 * <td>starts with {@code ISO-10303-21}</td>
 * <td>model/step</td>
 * </tr>
 * <tr>
 * <td>iges, igs</td>
 * <td>IGES</td>
 * <td>-</td>
 * <td>model/iges</td>
 * </tr>
 * <tr>
 * <td>stl</td>
 * <td>STL, binary or ASCII</td>
 * <td>-</td>
 * <td>model/stl</td>
 * </tr>
 * <tr>
 * <td>dwg</td>
 * <td>AutoCAD drawing</td>
 * <td>starts with {@code AC}</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>dxf</td>
 * <td>AutoCAD exchange</td>
 * <td>-</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>sldprt, sldasm, slddrw</td>
 * <td>SolidWorks part, assembly, drawing</td>
 * <td>-</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>ipt, iam</td>
 * <td>Inventor part, assembly</td>
 * <td>-</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>x_t, x_b</td>
 * <td>Parasolid text, binary</td>
 * <td>-</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>3mf</td>
 * <td>3D Manufacturing Format</td>
 * <td>a ZIP archive</td>
 * <td>model/3mf</td>
 * </tr>
 * <tr>
 * <td>obj</td>
 * <td>Wavefront OBJ</td>
 * <td>-</td>
 * <td>model/obj</td>
 * </tr>
 * <tr>
 * <td>f3d</td>
 * <td>Fusion 360 archive</td>
 * <td>a ZIP archive</td>
 * <td>application/octet-stream</td>
 * </tr>
 * <tr>
 * <td>pdf</td>
 * <td>PDF</td>
 * <td>starts with {@code %PDF-}</td>
 * <td>application/pdf</td>
 * </tr>
 * <tr>
 * <td>png</td>
 * <td>PNG image</td>
 * <td>PNG signature</td>
 * <td>image/png</td>
 * </tr>
 * <tr>
 * <td>jpg, jpeg</td>
 * <td>JPEG image</td>
 * <td>JPEG signature</td>
 * <td>image/jpeg</td>
 * </tr>
 * <tr>
 * <td>zip</td>
 * <td>ZIP archive</td>
 * <td>a ZIP archive</td>
 * <td>application/zip</td>
 * </tr>
 * <tr>
 * <td>txt</td>
 * <td>plain text</td>
 * <td>-</td>
 * <td>text/plain</td>
 * </tr>
 * <tr>
 * <td>csv</td>
 * <td>comma-separated values</td>
 * <td>-</td>
 * <td>text/csv</td>
 * </tr>
 * </table>
 */
final class AttachmentTypes {

	/** The longest file name kept, in characters. */
	static final int MAX_NAME = 200;

	private static final Map<String, Type> BY_EXTENSION = new LinkedHashMap<>();

	static {
		Predicate<byte[]> any = (head) -> true;
		Predicate<byte[]> zip = startsWith(new byte[] { 'P', 'K', 3, 4 }).or(startsWith(new byte[] { 'P', 'K', 5, 6 }));
		Predicate<byte[]> step = (head) -> new String(head, StandardCharsets.ISO_8859_1).strip()
			.replace("\uFEFF", "")
			.startsWith("ISO-10303-21");
		add("model/step", step, "step", "stp");
		add("model/iges", any, "iges", "igs");
		add("model/stl", any, "stl");
		add("application/octet-stream", startsWith("AC".getBytes(StandardCharsets.US_ASCII)), "dwg");
		add("application/octet-stream", any, "dxf", "sldprt", "sldasm", "slddrw", "ipt", "iam", "x_t", "x_b");
		add("model/3mf", zip, "3mf");
		add("model/obj", any, "obj");
		add("application/octet-stream", zip, "f3d");
		add("application/pdf", startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII)), "pdf");
		add("image/png", startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }), "png");
		add("image/jpeg", startsWith(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "jpg", "jpeg");
		add("application/zip", zip, "zip");
		add("text/plain", any, "txt");
		add("text/csv", any, "csv");
	}

	private AttachmentTypes() {
	}

	/**
	 * @return the accepted extensions, lower case, without the dot
	 */
	static List<String> extensions() {
		return List.copyOf(BY_EXTENSION.keySet());
	}

	/**
	 * @param fileName a cleaned file name
	 * @return its type, if the extension is accepted
	 */
	static Optional<Type> of(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0 || dot == fileName.length() - 1) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}

	/**
	 * Cleans a file name as the browser sent it: drops any path (either separator),
	 * control and invisible formatting characters (bidirectional overrides among them),
	 * collapses whitespace and keeps at most {@value #MAX_NAME} characters, shortening
	 * the part before the extension.
	 * @param original the name as uploaded
	 * @return the cleaned name, empty if nothing is left
	 */
	static String cleanName(String original) {
		String name = original;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		if (slash >= 0) {
			name = name.substring(slash + 1);
		}
		StringBuilder clean = new StringBuilder(name.length());
		name.codePoints().forEach((cp) -> {
			int type = Character.getType(cp);
			if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE) {
				return;
			}
			clean.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
		});
		name = clean.toString().replaceAll(" +", " ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1).strip();
		}
		if (name.length() > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 12) ? name.substring(dot) : "";
			String base = name.substring(0, MAX_NAME - extension.length());
			if (Character.isHighSurrogate(base.charAt(base.length() - 1))) {
				base = base.substring(0, base.length() - 1);
			}
			name = base.strip() + extension;
		}
		return name;
	}

	private static void add(String contentType, Predicate<byte[]> check, String... extensions) {
		for (String extension : extensions) {
			BY_EXTENSION.put(extension, new Type(extension, contentType, check));
		}
	}

	private static Predicate<byte[]> startsWith(byte[] magic) {
		return (head) -> head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * An accepted type.
	 *
	 * @param extension the extension, lower case
	 * @param contentType what CadHire serves it as
	 * @param check whether the first bytes fit the type
	 */
	record Type(String extension, String contentType, Predicate<byte[]> check) {

		boolean matches(byte[] head) {
			return this.check.test(head);
		}

	}

}
