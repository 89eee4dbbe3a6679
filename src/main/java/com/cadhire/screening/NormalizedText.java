package com.cadhire.screening;

import java.util.Arrays;

/**
 * A normalised view of an original text with, for every normalised char, the range of
 * original UTF-16 offsets it came from, and flags telling which disguise was undone to
 * produce it. Immutable.
 */
final class NormalizedText {

	/** A look-alike letter from another script was folded to Latin. */
	static final int CONFUSABLE = 1;

	/** A digit of another script (Arabic-Indic, fullwidth, ...) became an ASCII digit. */
	static final int FOREIGN_DIGIT = 1 << 1;

	/** An emoji, keycap, circled or otherwise decorated digit became an ASCII digit. */
	static final int SYMBOL_DIGIT = 1 << 2;

	/** An invisible character (zero-width, soft hyphen, bidi control) was removed. */
	static final int INVISIBLE = 1 << 3;

	/** A spelled-out digit ("six", "oh") became a digit. */
	static final int SPELLED = 1 << 4;

	/** An "at"/"dot" word or bracketed form became "@" or ".". */
	static final int AT_DOT = 1 << 5;

	/** A defanged link ("hxxp", "[.]") was restored. */
	static final int DEFANGED = 1 << 6;

	/** A compatibility form (fullwidth letters, styled letters) was folded. */
	static final int COMPAT = 1 << 7;

	/** Letters spaced out one by one ("j o h n @ g m a i l") were joined. */
	static final int SPACED = 1 << 8;

	private final String original;

	private final String text;

	private final int[] starts;

	private final int[] ends;

	private final int[] flags;

	private java.util.@org.jspecify.annotations.Nullable List<Tokens.Token> tokens;

	private NormalizedText(String original, String text, int[] starts, int[] ends, int[] flags) {
		this.original = original;
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.flags = flags;
	}

	/**
	 * The identity view of a text: no normalisation.
	 * @param original the text
	 * @return a view whose chars map one to one onto the original
	 */
	static NormalizedText identity(String original) {
		Builder builder = new Builder(original, original.length());
		for (int i = 0; i < original.length(); i++) {
			builder.append(original.charAt(i), i, i + 1, 0);
		}
		return builder.build();
	}

	String original() {
		return this.original;
	}

	String text() {
		return this.text;
	}

	int length() {
		return this.text.length();
	}

	char charAt(int index) {
		return this.text.charAt(index);
	}

	/**
	 * Original start offset of a normalised char.
	 * @param index normalised index
	 * @return the original offset
	 */
	int originalStart(int index) {
		return this.starts[index];
	}

	/**
	 * Original end offset (exclusive) of a normalised char.
	 * @param index normalised index
	 * @return the original offset
	 */
	int originalEnd(int index) {
		return this.ends[index];
	}

	int flags(int index) {
		return this.flags[index];
	}

	/**
	 * Flags of all chars in a normalised range, OR-ed.
	 * @param start start, inclusive
	 * @param end end, exclusive
	 * @return the combined flags
	 */
	int flagsIn(int start, int end) {
		int result = 0;
		for (int i = Math.max(0, start); i < Math.min(end, this.flags.length); i++) {
			result |= this.flags[i];
		}
		return result;
	}

	/**
	 * The tokens of this text, computed once.
	 * @return the tokens
	 */
	java.util.List<Tokens.Token> tokens() {
		java.util.List<Tokens.Token> result = this.tokens;
		if (result == null) {
			result = Tokens.tokenize(this.text);
			this.tokens = result;
		}
		return result;
	}

	/**
	 * Start a rewriter that derives a new view from this one and returns this view when
	 * nothing was rewritten.
	 * @return a rewriter
	 */
	Rewriter rewriter() {
		return new Rewriter(this);
	}

	/**
	 * Start a builder that derives a new view from this one.
	 * @return a builder whose appended ranges refer to this view
	 */
	Builder derive() {
		return new Builder(this.original, this.text.length() + 16);
	}

	/**
	 * Appends chars of this view unchanged to a builder of a derived view.
	 * @param builder the builder
	 * @param start normalised start, inclusive
	 * @param end normalised end, exclusive
	 */
	void copyTo(Builder builder, int start, int end) {
		for (int i = start; i < end; i++) {
			builder.append(this.text.charAt(i), this.starts[i], this.ends[i], this.flags[i]);
		}
	}

	/**
	 * Appends a replacement for a range of this view to a builder of a derived view.
	 * @param builder the builder
	 * @param start normalised start of the replaced range, inclusive
	 * @param end normalised end of the replaced range, exclusive
	 * @param replacement the replacing text
	 * @param flag flag to add
	 */
	void replaceTo(Builder builder, int start, int end, CharSequence replacement, int flag) {
		int originalStart = this.starts[start];
		int originalEnd = this.ends[end - 1];
		int combined = flagsIn(start, end) | flag;
		for (int i = 0; i < replacement.length(); i++) {
			builder.append(replacement.charAt(i), originalStart, originalEnd, combined);
		}
	}

	/**
	 * Incrementally builds a {@link NormalizedText}.
	 */
	static final class Builder {

		private final String original;

		private final StringBuilder text;

		private int[] starts;

		private int[] ends;

		private int[] flags;

		private int pendingFlags;

		Builder(String original, int capacity) {
			this.original = original;
			int size = Math.max(16, capacity);
			this.text = new StringBuilder(size);
			this.starts = new int[size];
			this.ends = new int[size];
			this.flags = new int[size];
		}

		void append(char c, int originalStart, int originalEnd, int flag) {
			int n = this.text.length();
			if (n == this.starts.length) {
				int size = n * 2;
				this.starts = Arrays.copyOf(this.starts, size);
				this.ends = Arrays.copyOf(this.ends, size);
				this.flags = Arrays.copyOf(this.flags, size);
			}
			this.text.append(c);
			this.starts[n] = originalStart;
			this.ends[n] = originalEnd;
			this.flags[n] = flag | this.pendingFlags;
			this.pendingFlags = 0;
		}

		void append(CharSequence chars, int originalStart, int originalEnd, int flag) {
			for (int i = 0; i < chars.length(); i++) {
				append(chars.charAt(i), originalStart, originalEnd, flag);
			}
		}

		/**
		 * Remember a flag for the next appended char (used for removed characters).
		 * @param flag the flag
		 */
		void flagNext(int flag) {
			this.pendingFlags |= flag;
		}

		int length() {
			return this.text.length();
		}

		char charAt(int index) {
			return this.text.charAt(index);
		}

		/**
		 * Remove trailing spaces and tabs from the output built so far.
		 */
		void dropTrailingBlanks() {
			int n = this.text.length();
			while (n > 0 && (this.text.charAt(n - 1) == ' ' || this.text.charAt(n - 1) == '\t')) {
				n--;
			}
			this.text.setLength(n);
		}

		NormalizedText build() {
			int n = this.text.length();
			return new NormalizedText(this.original, this.text.toString(), Arrays.copyOf(this.starts, n),
					Arrays.copyOf(this.ends, n), Arrays.copyOf(this.flags, n));
		}

	}

	/**
	 * Derives a view from a source view, copying lazily: until the first rewrite nothing
	 * is copied, and if nothing is rewritten the source itself is the result.
	 */
	static final class Rewriter {

		private final NormalizedText source;

		private @org.jspecify.annotations.Nullable Builder builder;

		private int copied;

		Rewriter(NormalizedText source) {
			this.source = source;
		}

		/**
		 * Copy a source range unchanged. Ranges must be appended in order.
		 */
		void copy(int start, int end) {
			Builder b = this.builder;
			if (b == null && start == this.copied) {
				this.copied = end;
				return;
			}
			this.source.copyTo(materialize(), start, end);
		}

		/**
		 * Replace a source range.
		 */
		void replace(int start, int end, CharSequence replacement, int flag) {
			this.source.replaceTo(materialize(), start, end, replacement, flag);
		}

		void dropTrailingBlanks() {
			materialize().dropTrailingBlanks();
		}

		private Builder materialize() {
			Builder b = this.builder;
			if (b == null) {
				b = this.source.derive();
				this.source.copyTo(b, 0, this.copied);
				this.builder = b;
			}
			return b;
		}

		NormalizedText result() {
			Builder b = this.builder;
			return (b != null) ? b.build() : this.source;
		}

	}

}
