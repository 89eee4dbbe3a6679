package com.cadhire.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contact information, plain and disguised, that must be found, grouped by disguise. Each
 * entry is "KIND|text" where KIND is the {@link ContactKind} expected among the findings.
 * Written for these tests.
 */
final class DisguiseCorpus {

	static final String[] PLAIN = { "EMAIL|Just email me at john.doe@gmail.com and we can sort it out.",
			"PHONE|Call me on (415) 555-0132 after 5.", "PHONE|My cell is +44 7911 123456.",
			"URL|My portfolio is at https://janedoe-design.com/work", "URL|Check www.cadpros.net for my other work.",
			"URL|See janedoe3d.com for samples.", "PHONE|Text me 415.555.0132 when you're free.",
			"EMAIL|Send the files to design_team@acme-industries.co.uk", "PHONE|WhatsApp +49 151 23456789",
			"PHONE|Call 020 7946 0958 tomorrow morning.", "MESSENGER|Ping me at wa.me/14155550132",
			"MESSENGER|Join my Telegram t.me/cadguy_pro", "HANDLE|My profile: linkedin.com/in/jane-doe-cad",
			"HANDLE|Follow instagram.com/cad.jane for renders.",
			"MESSENGER|Zoom link: https://us02web.zoom.us/j/85012345678",
			"MESSENGER|Let's talk on https://meet.google.com/abc-defg-hij",
			"ADDRESS|Ship the prototype to 221B Baker Street, London.",
			"ADDRESS|Our shop is at 1600 Amphitheatre Pkwy, Mountain View, CA 94043.",
			"ADDRESS|Drop it off at 45 Industrial Road, I'm there all day.", "ADDRESS|Mail it to PO Box 4471 please." };

	static final String[] NFKC_AND_FULLWIDTH = { "EMAIL|ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "PHONE|Call ＋１ ４１５ ５５５ ０１３２",
			"EMAIL|mail me: jane.doe＠outlook.com", "URL|ｗｗｗ．ｃａｄｐｒｏｓ．ｎｅｔ", "PHONE|my number ４１５-５５５-０１３２",
			"EMAIL|𝐣𝐨𝐡𝐧@𝐠𝐦𝐚𝐢𝐥.𝐜𝐨𝐦", "PHONE|𝟒𝟏𝟓 𝟓𝟓𝟓 𝟎𝟏𝟑𝟐 is my cell",
			"URL|visit ⓦⓦⓦ.cadpros.net" };

	static final String[] INVISIBLE_CHARACTERS = { "EMAIL|john\u200B.doe@gm\u200Dail.com",
			"PHONE|call 415\u00AD555\u00AD0132", "EMAIL|j\u2060o\u2060h\u2060n@gmail\u200C.com",
			"PHONE|+1\u200B415\u200B555\u200B0132", "URL|www.\u202Ecadpros\u202C.net",
			"EMAIL|reach me at jane\uFEFF@\uFEFFoutlook.com",
			"PHONE|my number is 4\u200B1\u200B5\u200B5\u200B5\u200B5\u200B0\u200B1\u200B3\u200B2" };

	static final String[] LOOK_ALIKE_LETTERS = { "EMAIL|jоhn@gmаil.cоm", "URL|www.саdpros.net",
			"EMAIL|my mail is jаne.dое@оutlооk.соm", "URL|check out сadpros.соm", "EMAIL|ρetra@yahοο.com",
			"HANDLE|my іnstagram is @cad.jane" };

	static final String[] OTHER_SCRIPT_DIGITS = { "PHONE|Call ٤١٥٥٥٥٠١٣٢", "PHONE|رقمي ٠٥٠١٢٣٤٥٦٧",
			"PHONE|my number ۴۱۵ ۵۵۵ ۰۱۳۲", "PHONE|call ४१५ ५५५ ०१३२", "PHONE|my phone: ৪১৫-৫৫৫-০১৩২",
			"PHONE|WhatsApp ๔๑๕๕๕๕๐๑๓๒" };

	static final String[] EMOJI_AND_CIRCLED_DIGITS = { "PHONE|Call 4️⃣1️⃣5️⃣5️⃣5️⃣5️⃣0️⃣1️⃣3️⃣2️⃣",
			"PHONE|my cell ④①⑤ ⑤⑤⑤ ⓪①③②", "PHONE|text ❹❶❺-❺❺❺-⓿❶❸❷", "PHONE|📞 ➍➊➎ ➎➎➎ ➀➂➁➆",
			"PHONE|number: 4⃣1⃣5⃣5⃣5⃣5⃣0⃣1⃣3⃣2⃣", "PHONE|⑷⑴⑸ ⑸⑸⑸ ⑴⑶⑵⑺ call me" };

	static final String[] SPELLED_DIGITS = { "PHONE|six oh one three three five one two three four",
			"PHONE|call me: four one five, five five five, zero one three two",
			"PHONE|My number is nine one seven two two three four five six seven",
			"PHONE|It's SIX ZERO ONE - THREE THREE FIVE - ONE TWO THREE FOUR",
			"PHONE|four one five double five five oh one three two", "PHONE|eight 0 0 five five five one two one two",
			"PHONE|text four-one-five-five-five-five-zero-one-three-two",
			"PHONE|Seven Seven Five Eight Eight Two One Nine Nine Three",
			"PHONE|number is six. oh. one. three. three. five. one. two. three. four" };

	static final String[] MIXED_WORDS_AND_DIGITS = { "PHONE|call 4one5 5five5 01three2",
			"PHONE|it's 6o1-3three5-1two34", "PHONE|my cell four15 555 zero132",
			"PHONE|reach me at 415 five five five 0132", "PHONE|9one7 two23 45six7",
			"PHONE|number 4 one 5 5 five 5 0 one 3 2" };

	static final String[] AT_AND_DOT_WORDS = { "EMAIL|john at gmail dot com", "EMAIL|john [at] gmail [dot] com",
			"EMAIL|john(at)gmail(dot)com", "EMAIL|jane.doe {at} outlook {dot} com",
			"EMAIL|write to john AT gmail DOT com", "EMAIL|mail: john @ gmail . com",
			"EMAIL|my email is john.smith at gmail", "EMAIL|j.doe <at> yahoo <dot> co <dot> uk",
			"EMAIL|contact: design.studio[at]protonmail.com", "EMAIL|john dot doe at hotmail dot com",
			"URL|my site is cadpros dot net", "EMAIL|cadguy (@) outlook (.) com", "EMAIL|john_doe[@]gmail[.]com",
			"EMAIL|my gmail is jd.cad88" };

	static final String[] UNUSUAL_SEPARATORS = { "PHONE|6 0 1 - 3 3 5 - 1 2 3 4", "PHONE|call 415~555~0132",
			"PHONE|my number 415*555*0132", "PHONE|4_1_5_5_5_5_0_1_3_2", "PHONE|cell 415 | 555 | 0132",
			"PHONE|+1 (415) ... 555 ... 0132", "PHONE|4 1 5 5 5 5 0 1 3 2", "PHONE|phone: 415/555/0132",
			"PHONE|call 415;555;0132 tonight", "PHONE|41 55 55 01 32 call me", "PHONE|4.1.5.5.5.5.0.1.3.2" };

	static final String[] DEFANGED_LINKS = { "URL|hxxps://cadpros[.]net/portfolio", "URL|hxxp://janedoe-design(.)com",
			"URL|www[.]cadpros[.]net", "URL|cadpros[dot]com/contact", "URL|hXXps[:]//my-site[.]io/cv",
			"URL|visit janedoe3d(.)com", "URL|https://cadpros{.}net" };

	static final String[] HANDLES_AND_MESSENGERS = { "MESSENGER|add me on skype: john.doe",
			"MESSENGER|Skype me: live:.cid.8a3f2b1c9d", "MESSENGER|my skype is cad_jane",
			"HANDLE|my insta is @cad.jane", "HANDLE|find me on LinkedIn as Jane Roe", "MESSENGER|WeChat ID: cadguy88",
			"MESSENGER|discord: cadguy#4521", "MESSENGER|telegram @cad_jane_3d", "HANDLE|IG: jane.renders",
			"MESSENGER|i'm jane.doe77 on skype", "MESSENGER|hit me up on whatsapp, name is cadjane",
			"HANDLE|follow me on twitter @JaneCAD", "MESSENGER|Zoom ID: 850 1234 5678",
			"HANDLE|My LinkedIn: jane-roe-0b12a3", "MESSENGER|TG: @cadjane", "MESSENGER|Add me on Discord: janecad",
			"HANDLE|my instagram: cad.jane.renders" };

	static final String[] ADDRESSES = { "ADDRESS|I live at 742 Evergreen Terrace, Springfield.",
			"ADDRESS|Come by 350 Fifth Avenue, New York, NY 10118", "ADDRESS|office: 10 Downing Street",
			"ADDRESS|Send it to 1 Infinite Loop, Cupertino, CA 95014", "ADDRESS|my address is 55 oak street apt 4",
			"ADDRESS|Deliver to 233 S Wacker Dr, Chicago, IL 60606", "ADDRESS|We're at Hauptstrasse 12 in Berlin.",
			"ADDRESS|Our workshop: Rue de la Paix 12, Paris", "ADDRESS|P.O. Box 1234, Austin TX" };

	static final String[] SPLIT_FRIENDLY = { "PHONE|c a l l  m e  4 1 5  5 5 5  0 1 3 2", "EMAIL|john.doe @ gmail.com",
			"EMAIL|john.doe@ gmail.com" };

	static final String[] MIXED_EVASIONS = { "EMAIL|hit me up: john.k.smith(at)outlook(dot)com",
			"MESSENGER|i'm on telegram, username cadmaster_77", "PHONE|reach me directly 0 7 7 0 0 9 0 0 1 2 3",
			"PHONE|my number is +1-212-555-0147, text anytime", "PHONE|call/text: 212 555 0147",
			"EMAIL|email: jsmith1977 at yahoo dot com", "MESSENGER|Add me: skype live:cadpro.jsmith",
			"HANDLE|linkedin.com/in/john-k-smith-123abc", "MESSENGER|https://calendly.com/jsmith/30min",
			"MESSENGER|my wechat is jsmith_cad", "PHONE|contact me on whats app 07700 900123",
			"HANDLE|Find me on Instagram: @jsmith.designs",
			"EMAIL|write me at j.smith@protonmail.ch so we can skip the fees", "PHONE|number: 2one2 5five5 01four7",
			"PHONE|my cell: two one two, five five five, zero one four seven", "MESSENGER|https://wa.me/12125550147",
			"URL|Visit my site smithcad.design for more work",
			"ADDRESS|I'm at 77 Massachusetts Ave, Cambridge, MA 02139", "MESSENGER|ping me on discord jsmith#0042",
			"EMAIL|j s m i t h @ g m a i l . c o m", "EMAIL|my email: jsmith@gmail․com", "PHONE|Call me: 212-555-O147",
			"PHONE|tel.: +33 6 12 34 56 78", "PHONE|Mobile 07700 900 123", "PHONE|Here's my number 212 555 0147" };

	private DisguiseCorpus() {
	}

	/**
	 * All groups by name.
	 * @return name to entries
	 */
	static Map<String, String[]> groups() {
		Map<String, String[]> groups = new LinkedHashMap<>();
		groups.put("plain", PLAIN);
		groups.put("NFKC and fullwidth", NFKC_AND_FULLWIDTH);
		groups.put("invisible characters", INVISIBLE_CHARACTERS);
		groups.put("look-alike letters", LOOK_ALIKE_LETTERS);
		groups.put("other-script digits", OTHER_SCRIPT_DIGITS);
		groups.put("emoji and circled digits", EMOJI_AND_CIRCLED_DIGITS);
		groups.put("spelled-out digits", SPELLED_DIGITS);
		groups.put("mixed words and digits", MIXED_WORDS_AND_DIGITS);
		groups.put("at and dot words", AT_AND_DOT_WORDS);
		groups.put("unusual separators", UNUSUAL_SEPARATORS);
		groups.put("defanged links", DEFANGED_LINKS);
		groups.put("handles and messengers", HANDLES_AND_MESSENGERS);
		groups.put("addresses", ADDRESSES);
		groups.put("spacing", SPLIT_FRIENDLY);
		groups.put("mixed evasions", MIXED_EVASIONS);
		return groups;
	}

	/**
	 * Every entry.
	 * @return "KIND|text" entries
	 */
	static List<String> all() {
		List<String> all = new ArrayList<>();
		for (String[] entries : groups().values()) {
			all.addAll(List.of(entries));
		}
		return all;
	}

}
