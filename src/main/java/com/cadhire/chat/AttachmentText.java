package com.cadhire.chat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.cadhire.moderation.FileText;

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
		ReadState state = new ReadState(limits);
		switch (extension) {
			case "txt", "csv" -> new PlainTextReader(state).read(content, size);
			case "step", "stp" -> new StepHeaderReader(state).read(content);
			case "dxf" -> new DxfTextReader(state).read(content, size);
			case "pdf" -> new PdfTextReader(state).read(content, size);
			case "zip", "3mf", "f3d" -> new ArchiveTextReader(state).read(content, size);
			default -> {
				return new Result(List.of(), true);
			}
		}
		return state.result();
	}

}
