package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.springframework.core.io.InputStreamSource;

/**
 * ZIP-based formats (ZIP, 3MF, F3D): the names of the entries, the document properties
 * and the metadata of a 3MF model. The archive's directory is checked before it is
 * opened; entries are read through a {@link BoundedInputStream}; XML without DTDs or
 * external entities.
 */
final class ArchiveTextReader {

	private static final Set<String> DOC_PROPS = Set.of("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml");

	private static final String MODEL_3MF = "3D/3dmodel.model";

	private final ReadState state;

	ArchiveTextReader(ReadState state) {
		this.state = state;
	}

	void read(InputStreamSource content, long size) throws IOException {
		if (size > this.state.limits().maxParsedBytes()) {
			this.state.incomplete();
			return;
		}
		Path file = this.state.copy(content);
		try {
			if (!directoryWithinLimits(file)) {
				this.state.incomplete();
				return;
			}
			try (ZipFile zip = new ZipFile(file.toFile())) {
				StringBuilder names = new StringBuilder();
				int listed = 0;
				List<ZipEntry> wanted = new ArrayList<>();
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements() && this.state.more()) {
					ZipEntry entry = entries.nextElement();
					if (++listed > this.state.limits().maxEntries()) {
						this.state.incomplete();
						break;
					}
					String name = entry.getName();
					names.append(baseName(name)).append('\n');
					if (DOC_PROPS.contains(name) || name.equals(MODEL_3MF)) {
						wanted.add(entry);
					}
				}
				this.state.lines("entry names", names.toString(), 1);
				for (ZipEntry entry : wanted) {
					if (!this.state.more()) {
						break;
					}
					try (InputStream in = new BoundedInputStream(zip.getInputStream(entry),
							this.state.limits().maxEntryBytes())) {
						xmlText(entry.getName(), in, entry.getName().equals(MODEL_3MF));
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			this.state.incomplete(); // a broken archive: what was read stands
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
					return entries != 0xFFFF && entries <= this.state.limits().maxEntries()
							&& directory <= (long) this.state.limits().maxEntries() * 1024;
				}
			}
			return false;
		}
	}

	/**
	 * The text of the elements of a small XML entry (document properties), or the
	 * {@code metadata} elements of a 3MF model, which come before its mesh (reading stops
	 * at {@code resources}). No DTDs, no external entities.
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
			while (xml.hasNext() && this.state.more()) {
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
						this.state.add(entryName + " custom property name", 0, xml.getAttributeValue(null, "name"));
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
						this.state.add(entryName + " " + element, 0, text.toString());
					}
					text.setLength(0);
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			this.state.incomplete(); // cut off at the entry limit, or not XML
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

	private static String baseName(String entryName) {
		int slash = entryName.lastIndexOf('/', entryName.length() - 2);
		return (slash >= 0) ? entryName.substring(slash + 1) : entryName;
	}

}
