package com.cadhire.moderation;

/**
 * Text read from one place in a file, to be screened like a message.
 *
 * @param where where the text is: a page ("page 2"), a header field ("FILE_NAME author"),
 * a document property ("docProps/core.xml creator"); empty for the body of a plain-text
 * file
 * @param firstLine the line number of the text's first line within {@code where}, or 0
 * when the text is not line-based (a field)
 * @param text the text
 */
public record FileText(String where, int firstLine, String text) {

	/**
	 * @param offset an index into {@link #text()}
	 * @return the location of that index: {@code where} and, for line-based text, the
	 * line ("page 2, line 14", "line 3")
	 */
	public String locate(int offset) {
		if (this.firstLine <= 0) {
			return this.where;
		}
		int line = this.firstLine;
		int end = Math.min(offset, this.text.length());
		for (int i = 0; i < end; i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
			}
		}
		return this.where.isEmpty() ? "line " + line : this.where + ", line " + line;
	}

}
