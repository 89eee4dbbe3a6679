package com.cadhire.screening;

/**
 * Cyrillic and Greek letters that look like Latin letters, folded to the Latin letter.
 */
final class Confusables {

	private static final String FROM = "\u0430\u0435\u0451\u0456\u0457\u0458\u043A\u043E\u0440\u0441\u0443\u0445\u0455\u0501\u051B\u051D\u0261\u04BB\u04CF\u04AF"
			+ "\u0410\u0412\u0415\u0401\u0406\u0407\u0408\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0423\u0405\u051A\u051C\u04AE\u04BA\u04C0"
			+ "\u03B1\u03B5\u03B9\u03BA\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7\u03F2\u03F3"
			+ "\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7" + "\u0251\u0131";

	private static final String TO = "aeeiijkopcyxsdqwghly" + "ABEEIIJKMHOPCTXYSQWYHI" + "aeikvoptuxcj"
			+ "ABEZHIKMNOPTYX" + "ai";

	private Confusables() {
	}

	/**
	 * Fold a look-alike letter.
	 * @param cp a code point
	 * @return the Latin letter, or 0 if the code point is not a known look-alike
	 */
	static char fold(int cp) {
		if (cp < 0x0131 || cp > 0x051D) {
			return 0;
		}
		int index = FROM.indexOf(cp);
		return (index >= 0) ? TO.charAt(index) : 0;
	}

}
