package com.cadhire.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.core.io.InputStreamSource;

/** PDF: the text layer (Apache PDFBox), located by page and line. */
final class PdfTextReader {

	private final ReadState state;

	PdfTextReader(ReadState state) {
		this.state = state;
	}

	void read(InputStreamSource content, long size) throws IOException {
		if (size > this.state.limits().maxParsedBytes()) {
			this.state.incomplete();
			return;
		}
		Path file = this.state.copy(content);
		try (PDDocument document = Loader.loadPDF(file.toFile(), "",
				MemoryUsageSetting.setupMainMemoryOnly(4 * this.state.limits().maxParsedBytes()).streamCache)) {
			int pages = document.getNumberOfPages();
			if (pages > this.state.limits().maxPages()) {
				this.state.incomplete();
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int page = 1; page <= Math.min(pages, this.state.limits().maxPages()) && this.state.more(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				this.state.lines("page " + page, stripper.getText(document).replace("\r\n", "\n"), 1);
			}
		}
		catch (IOException | RuntimeException ex) {
			this.state.incomplete(); // not a PDF PDFBox can read (or encrypted): what
										// was
										// read stands
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
