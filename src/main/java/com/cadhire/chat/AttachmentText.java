package com.cadhire.chat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.cadhire.moderation.FileText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;

/**
 * Reads the text a file carries where that is cheap and safe, so it can be screened for
 * contact details like a message:
 * <ul>
 * <li>TXT and CSV: the content (UTF-8, or UTF-16 with a byte-order mark; otherwise
 * ISO-8859-1), located by line;</li>
 * <li>PDF: the text layer (Apache PDFBox), located by page and line;</li>
 * <li>STEP: the {@code HEADER} section's {@code FILE_DESCRIPTION} and {@code FILE_NAME}
 * (name, author, organization, preprocessor, originating system, authorization);</li>
 * <li>DXF (ASCII): string header variables ({@code $LASTSAVEDBY}, {@code $PROJECTNAME},
 * …), the text of TEXT, MTEXT, ATTRIB, ATTDEF and DIMENSION entities, and XRECORD strings
 * (drawing properties), located by entity and DXF line;</li>
 * <li>ZIP-based formats (ZIP, 3MF, F3D): the names of the entries, the document
 * properties {@code docProps/core.xml}, {@code app.xml} and {@code custom.xml}, and the
 * metadata of a 3MF model.</li>
 * </ul>
 * Every read is bounded ({@link Limits}): bytes read per file and per archive entry,
 * characters kept, pages, archive entries, and a time budget checked between lines,
 * pages, entities and entries. An archive's own directory is read, never its entries'
 * data beyond the few small entries named above, so a ZIP bomb costs at most the
 * per-entry limit. XML is read without DTDs or external entities (no XXE). A file that
 * cannot be parsed yields what was read before the error; what lies beyond a limit is not
 * screened ({@link Result#complete()} is then {@code false}).
 */
final class AttachmentText {

	private static final Set<String> DOC_PROPS = Set.of("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml");

	private static final String MODEL_3MF = "3D/3dmodel.model";

	private static final int CHUNK_LINES = 200;

	private static final int CHUNK_CHARS = 16_000;

	private AttachmentText() {
	}

	/**
	 * What was read.
	 *
	 * @param texts the text with locations
	 * @param complete {@code false} when a limit cut the reading short
	 */
	record Result(List<FileText> texts, boolean complete) {
	}

	/**
	 * The bounds of one read.
	 *
	 * @param maxTextBytes bytes of a TXT, CSV, DXF file read (and of a STEP header)
	 * @param maxParsedBytes the largest PDF or ZIP-based file opened
	 * @param maxEntryBytes bytes decompressed from one archive entry
	 * @param maxEntries archive entries listed
	 * @param maxPages PDF pages read
	 * @param maxChars characters kept in all
	 * @param timeBudget time for the whole read
	 */
	record Limits(long maxTextBytes, long maxParsedBytes, long maxEntryBytes, int maxEntries, int maxPages,
			int maxChars, Duration timeBudget) {

		static Limits of(AttachmentSettings.Screening screening) {
			return new Limits(screening.maxTextBytes().toBytes(), screening.maxParsedBytes().toBytes(),
					screening.maxEntryBytes().toBytes(), screening.maxEntries(), screening.maxPages(),
					screening.maxChars(), screening.timeBudget());
		}

		static Limits defaults() {
			return new Limits(DataSize.ofMegabytes(1).toBytes(), DataSize.ofMegabytes(20).toBytes(),
					DataSize.ofMegabytes(1).toBytes(), 10_000, 50, 500_000, Duration.ofSeconds(3));
		}

	}

	/**
	 * Reads the text of a file of an accepted type.
	 * @param extension the type's extension, lower case
	 * @param size the file's size in bytes
	 * @param content the bytes, readable more than once
	 * @param limits the bounds
	 * @return the text with locations; empty for types without readable text
	 * @throws IOException if the bytes cannot be read at all
	 */
	static Result read(String extension, long size, InputStreamSource content, Limits limits) throws IOException {
		Reader reader = new Reader(limits);
		switch (extension) {
			case "txt", "csv" -> reader.plainText(content, size);
			case "step", "stp" -> reader.stepHeader(content);
			case "dxf" -> reader.dxf(content, size);
			case "pdf" -> reader.pdf(content, size);
			case "zip", "3mf", "f3d" -> reader.zip(content, size);
			default -> {
				return new Result(List.of(), true);
			}
		}
		return new Result(List.copyOf(reader.texts), reader.complete);
	}

	/** One read: the texts so far, the characters kept and the deadline. */
	private static final class Reader {

		private final Limits limits;

		private final long deadline;

		private final List<FileText> texts = new ArrayList<>();

		private int chars;

		private boolean complete = true;

		Reader(Limits limits) {
			this.limits = limits;
			this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
		}

		/** Whether reading may go on: within the time budget and the characters kept. */
		private boolean more() {
			if (System.nanoTime() - this.deadline > 0 || this.chars >= this.limits.maxChars()) {
				this.complete = false;
				return false;
			}
			return true;
		}

		private void add(String where, int firstLine, String text) {
			String kept = text;
			int room = this.limits.maxChars() - this.chars;
			if (room <= 0) {
				this.complete = false;
				return;
			}
			if (kept.length() > room) {
				kept = kept.substring(0, room);
				this.complete = false;
			}
			if (!kept.isBlank()) {
				this.texts.add(new FileText(where, firstLine, kept));
				this.chars += kept.length();
			}
		}

		private byte[] head(InputStreamSource content, long max, long size) throws IOException {
			try (InputStream in = content.getInputStream()) {
				byte[] bytes = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
				if (size > bytes.length) {
					this.complete = false;
				}
				return bytes;
			}
		}

		// ---- TXT, CSV

		void plainText(InputStreamSource content, long size) throws IOException {
			String text = decode(head(content, this.limits.maxTextBytes(), size));
			lines("", text, 1);
		}

		/** Adds text in chunks of lines, each located by its first line. */
		private void lines(String where, String text, int firstLine) {
			int line = firstLine;
			int start = 0;
			int n = text.length();
			while (start < n && more()) {
				int end = start;
				int count = 0;
				while (end < n && count < CHUNK_LINES && end - start < CHUNK_CHARS) {
					if (text.charAt(end) == '\n') {
						count++;
					}
					end++;
				}
				if (end < n && Character.isLowSurrogate(text.charAt(end))) {
					end++;
				}
				add(where, line, text.substring(start, end));
				line += count;
				start = end;
			}
		}

		// ---- STEP

		void stepHeader(InputStreamSource content) throws IOException {
			String text = decode(head(content, Math.min(this.limits.maxTextBytes(), 256 * 1024), 0));
			int header = text.indexOf("HEADER;");
			if (header < 0) {
				return;
			}
			int end = text.indexOf("ENDSEC;", header);
			if (end < 0) {
				end = text.length();
				this.complete = false;
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
					add(entity + " " + role, 0, decodeStep(value.toString()));
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

		// ---- DXF

		void dxf(InputStreamSource content, long size) throws IOException {
			byte[] bytes = head(content, this.limits.maxTextBytes(), size);
			if (bytes.length >= 18
					&& new String(bytes, 0, 18, StandardCharsets.ISO_8859_1).startsWith("AutoCAD Binary DXF")) {
				this.complete = false; // binary DXF is not read
				return;
			}
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(new ByteArrayInputStream(bytes), charsetOf(bytes)))) {
				String section = "";
				String entity = "";
				String variable = "";
				int line = 0;
				while (more()) {
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
							add("header " + variable, 0, value);
						}
					}
					else if ((section.equals("ENTITIES") || section.equals("BLOCKS")) && (code == 1 || code == 3)
							&& DXF_TEXT_ENTITIES.contains(entity)) {
						add(entity + " entity (DXF line " + line + ")", 0, mtextPlain(value));
					}
					else if (section.equals("OBJECTS") && entity.equals("XRECORD")
							&& ((code >= 1 && code <= 4) || (code >= 300 && code <= 309))) {
						add("drawing properties (DXF line " + line + ")", 0, value);
					}
				}
			}
		}

		// ---- PDF

		void pdf(InputStreamSource content, long size) throws IOException {
			if (size > this.limits.maxParsedBytes()) {
				this.complete = false;
				return;
			}
			Path file = copy(content);
			try (PDDocument document = Loader.loadPDF(file.toFile(), "",
					MemoryUsageSetting.setupMainMemoryOnly(4 * this.limits.maxParsedBytes()).streamCache)) {
				int pages = document.getNumberOfPages();
				if (pages > this.limits.maxPages()) {
					this.complete = false;
				}
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				for (int page = 1; page <= Math.min(pages, this.limits.maxPages()) && more(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					lines("page " + page, stripper.getText(document).replace("\r\n", "\n"), 1);
				}
			}
			catch (IOException | RuntimeException ex) {
				this.complete = false; // not a PDF PDFBox can read (or encrypted): what
										// was
										// read stands
			}
			finally {
				Files.deleteIfExists(file);
			}
		}

		// ---- ZIP-based formats

		void zip(InputStreamSource content, long size) throws IOException {
			if (size > this.limits.maxParsedBytes()) {
				this.complete = false;
				return;
			}
			Path file = copy(content);
			try {
				if (!directoryWithinLimits(file)) {
					this.complete = false;
					return;
				}
				try (ZipFile zip = new ZipFile(file.toFile())) {
					StringBuilder names = new StringBuilder();
					int listed = 0;
					List<ZipEntry> wanted = new ArrayList<>();
					Enumeration<? extends ZipEntry> entries = zip.entries();
					while (entries.hasMoreElements() && more()) {
						ZipEntry entry = entries.nextElement();
						if (++listed > this.limits.maxEntries()) {
							this.complete = false;
							break;
						}
						String name = entry.getName();
						names.append(baseName(name)).append('\n');
						if (DOC_PROPS.contains(name) || name.equals(MODEL_3MF)) {
							wanted.add(entry);
						}
					}
					lines("entry names", names.toString(), 1);
					for (ZipEntry entry : wanted) {
						if (!more()) {
							break;
						}
						try (InputStream in = new BoundedInputStream(zip.getInputStream(entry),
								this.limits.maxEntryBytes())) {
							xmlText(entry.getName(), in, entry.getName().equals(MODEL_3MF));
						}
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				this.complete = false; // a broken archive: what was read stands
			}
			finally {
				Files.deleteIfExists(file);
			}
		}

		/**
		 * Checks the archive's end record before opening it: at most {@code maxEntries}
		 * entries and a central directory of at most 64 bytes per entry allowed, so that
		 * opening it stays cheap.
		 */
		private boolean directoryWithinLimits(Path file) throws IOException {
			try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
				long length = raf.length();
				int tail = (int) Math.min(length, 22 + 65_535);
				byte[] bytes = new byte[tail];
				raf.seek(length - tail);
				raf.readFully(bytes);
				for (int i = tail - 22; i >= 0; i--) {
					if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
						int entries = (bytes[i + 10] & 0xFF) | ((bytes[i + 11] & 0xFF) << 8);
						long directory = (bytes[i + 12] & 0xFFL) | ((bytes[i + 13] & 0xFFL) << 8)
								| ((bytes[i + 14] & 0xFFL) << 16) | ((bytes[i + 15] & 0xFFL) << 24);
						return entries != 0xFFFF && entries <= this.limits.maxEntries()
								&& directory <= (long) this.limits.maxEntries() * 1024;
					}
				}
				return false;
			}
		}

		/**
		 * The text of the elements of a small XML entry (document properties), or the
		 * {@code metadata} elements of a 3MF model, which come before its mesh (reading
		 * stops at {@code resources}). No DTDs, no external entities.
		 */
		private void xmlText(String entryName, InputStream in, boolean model) {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
			XMLStreamReader xml = null;
			try {
				xml = factory.createXMLStreamReader(in);
				String element = "";
				StringBuilder text = new StringBuilder();
				while (xml.hasNext() && more()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						if (model && xml.getLocalName().equals("resources")) {
							break;
						}
						element = xml.getLocalName();
						if (model && element.equals("metadata") && xml.getAttributeValue(null, "name") != null) {
							element = "metadata " + xml.getAttributeValue(null, "name");
						}
						else if (element.equals("property") && xml.getAttributeValue(null, "name") != null) {
							add(entryName + " custom property name", 0, xml.getAttributeValue(null, "name"));
							element = "property " + xml.getAttributeValue(null, "name");
						}
						text.setLength(0);
					}
					else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
						if (text.length() < 64 * 1024) {
							text.append(xml.getText());
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						if (!text.isEmpty() && (!model || element.startsWith("metadata"))) {
							add(entryName + " " + element, 0, text.toString());
						}
						text.setLength(0);
					}
				}
			}
			catch (XMLStreamException | RuntimeException ex) {
				this.complete = false; // cut off at the entry limit, or not XML
			}
			finally {
				if (xml != null) {
					try {
						xml.close();
					}
					catch (XMLStreamException ex) {
						// nothing held
					}
				}
			}
		}

		private Path copy(InputStreamSource content) throws IOException {
			Path file = Files.createTempFile("cadhire-screen-", ".bin");
			try (InputStream in = content.getInputStream()) {
				Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			return file;
		}

	}

	private static final Set<String> DXF_TEXT_ENTITIES = Set.of("TEXT", "MTEXT", "ATTRIB", "ATTDEF", "DIMENSION");

	private static String baseName(String entryName) {
		int slash = entryName.lastIndexOf('/', entryName.length() - 2);
		return (slash >= 0) ? entryName.substring(slash + 1) : entryName;
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

	private static Charset charsetOf(byte[] bytes) {
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

	/** Reads at most a number of bytes, then reports the end of the stream. */
	private static final class BoundedInputStream extends InputStream {

		private final InputStream in;

		private long left;

		BoundedInputStream(InputStream in, long max) {
			this.in = in;
			this.left = max;
		}

		@Override
		public int read() throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int b = this.in.read();
			if (b >= 0) {
				this.left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int read = this.in.read(buffer, off, (int) Math.min(len, this.left));
			if (read > 0) {
				this.left -= read;
			}
			return read;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
