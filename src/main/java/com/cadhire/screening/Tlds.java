package com.cadhire.screening;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Top-level domains. Country codes come from the JDK's ISO 3166 list; generic TLDs are
 * listed here. Some TLDs are also common file extensions or words ({@code zip},
 * {@code md}, {@code py}, {@code no}) and need stronger evidence when written without a
 * scheme.
 */
final class Tlds {

	private static final Set<String> ALL = new HashSet<>();

	/** TLDs that are also file extensions or words: a bare "name.tld" is not a link. */
	private static final Set<String> AMBIGUOUS = Words.set("zip", "mov", "py", "md", "sh", "ai", "ps", "rs", "so", "pl",
			"cc", "ms", "nc", "ma", "mk", "xyz", "pro", "pub", "cam", "fit", "art", "run", "app", "dev", "page", "link",
			"win", "new", "in", "no", "to", "do", "be", "is", "it", "at", "as", "am", "me", "my", "us", "id", "go",
			"an", "tools", "parts", "one", "show", "top", "bar", "red", "blue", "black", "fail", "buzz", "lol", "exe",
			"sv", "cs", "ws", "tc", "mp", "tf", "ac", "ad", "ag", "al", "bz", "cd", "ci", "cr", "cv", "cx", "dm", "ec",
			"er", "gl", "gp", "gs", "hm", "ht", "im", "ls", "mo", "mr", "mt", "mu", "mv", "mw", "na", "ne", "ni", "nr",
			"nu", "om", "pa", "pe", "pg", "pm", "pn", "pr", "pt", "py", "re", "sc", "sd", "si", "sl", "sm", "sn", "sr",
			"st", "sy", "sz", "td", "tg", "th", "tj", "tk", "tl", "tm", "tn", "tt", "tv", "ug", "uz", "va", "vc", "vg",
			"vi", "vu", "wf", "yt", "zm", "zw", "ge", "gg", "je", "ml", "gov", "mil", "jobs", "host", "moe", "rip",
			"icu", "ink", "onl", "ooo", "fun", "how", "fyi", "wtf", "eco", "bio", "ltd", "inc", "llc", "pet", "cab",
			"bid", "bet", "car", "dog", "fan", "gay", "kim", "men", "vin", "uno", "vet", "rest", "plus", "date", "live",
			"click", "press", "report", "support", "review", "menu", "cards", "codes", "systems", "solutions", "tips",
			"watch", "work", "works", "zone", "ninja", "guru", "style", "sale", "cash", "gift", "help", "band", "build",
			"care", "casa", "city", "cool", "deals", "direct", "exchange", "express", "family", "games", "glass",
			"group", "guide", "land", "life", "limited", "love", "market", "media", "money", "network", "news", "place",
			"plumbing", "rocks", "school", "science", "services", "show", "social", "software", "space", "store",
			"stream", "studio", "supply", "team", "tech", "today", "trade", "training", "video", "vision", "world",
			"engineering", "engineer", "design", "digital", "energy", "equipment", "industries", "tires", "toys",
			"cloud", "email", "gold", "green", "house", "ski", "soccer", "surf", "taxi", "tax", "tube", "wiki", "wine");

	/** TLDs that e-mail and spoken-domain disguises typically end with. */
	private static final Set<String> COMMON = Words.set("com", "net", "org", "edu", "gov", "io", "co", "me", "info",
			"biz", "us", "uk", "de", "fr", "ca", "au", "in", "ru", "cn", "jp", "br", "es", "it", "nl", "se", "no", "pl",
			"ch", "at", "be", "dk", "fi", "ie", "nz", "za", "mx", "ar", "tr", "ua", "kr", "sg", "hk", "tw", "il", "ae",
			"pk", "ph", "vn", "id", "my", "th", "app", "dev", "ai", "xyz", "online", "site", "store", "tech", "pro",
			"email", "cz", "pt", "gr", "ro", "hu");

	static {
		for (String country : Locale.getISOCountries()) {
			ALL.add(country.toLowerCase(Locale.ROOT));
		}
		String generic = "com net org edu gov mil int info biz name pro aero asia cat coop jobs mobi museum tel travel"
				+ " xxx post uk eu ac su app dev page io ai co me tv cc ws fm am gg ly to la academy accountant actor ads"
				+ " adult agency airforce apartments archi army art associates attorney auction audio auto band bar"
				+ " bargains beer berlin best bet bid bike bingo bio black blog blue boutique build builders business buzz"
				+ " cab cafe cam camera camp capital car cards care career careers cars casa cash casino catering center"
				+ " ceo chat cheap church city claims cleaning click clinic clothing cloud club coach codes coffee college"
				+ " community company computer condos construction consulting contractors cooking cool country coupons"
				+ " credit creditcard cricket cruises dance date dating deals degree delivery democrat dental dentist"
				+ " design diamonds diet digital direct directory discount doctor dog domains download earth eco"
				+ " education email energy engineer engineering enterprises equipment estate events exchange expert"
				+ " exposed express fail faith family fan fans farm fashion film finance financial fish fishing fit"
				+ " fitness flights florist flowers football forsale foundation fun fund furniture futbol fyi gallery game"
				+ " games garden gay gift gifts gives glass global gmbh gold golf graphics gratis green gripe group guide"
				+ " guitars guru hamburg haus health healthcare help hiphop hockey holdings holiday homes horse hospital"
				+ " host hosting house how icu immo immobilien inc industries ink institute insure international"
				+ " investments irish jetzt jewelry kaufen kim kitchen land lawyer lease legal lgbt life lighting limited"
				+ " limo link live llc loan loans lol london love ltd luxury maison management market marketing mba media"
				+ " memorial men menu miami moda moe mom money mortgage motorcycles movie network news ngo ninja nyc"
				+ " observer one onl online ooo paris partners parts party pet photo photography photos pics pictures"
				+ " pink pizza place plumbing plus poker press productions promo properties property pub qpon quebec"
				+ " racing radio realestate realty recipes red rehab reise reisen rent rentals repair report republican"
				+ " rest restaurant review reviews rich rip rocks rodeo run sale salon sarl school schule science scot"
				+ " services shiksha shoes shop shopping show singles site ski soccer social software solar solutions"
				+ " space store stream studio study style sucks supplies supply support surf surgery sydney systems"
				+ " tattoo tax taxi team tech technology tennis theater tickets tienda tips tires today tokyo tools top"
				+ " tours town toys trade trading training tube university uno vacations vegas ventures vet viajes video"
				+ " villas vin vip vision vodka vote voting voto voyage wales wang watch webcam website wedding wiki win"
				+ " wine work works world wtf xyz yoga zone zip mov nexus google youtube amazon vlaanderen brussels bayern"
				+ " nrw koeln wien swiss tirol barcelona madrid cymru africa arab kiwi krd lat rio boston istanbul moscow"
				+ " saarland ruhr gent capetown durban joburg okinawa osaka nagoya yokohama kyoto melbourne alsace"
				+ " bzh corsica eus gal frl amsterdam stockholm helsinki taipei";
		for (String tld : generic.split(" ")) {
			ALL.add(tld);
		}
	}

	private Tlds() {
	}

	/**
	 * Whether a label is a top-level domain.
	 * @param label lower-case label
	 * @return {@code true} for a known TLD or an IDN ("xn--") TLD
	 */
	static boolean isTld(String label) {
		return ALL.contains(label) || (label.startsWith("xn--") && label.length() > 5);
	}

	/**
	 * Whether a TLD needs more than "name.tld" to count as a link.
	 * @param label lower-case label
	 * @return {@code true} if the TLD is also a file extension or an everyday word
	 */
	static boolean isAmbiguous(String label) {
		return AMBIGUOUS.contains(label);
	}

	/**
	 * Whether a TLD is common enough to end a spoken or disguised domain ("gmail dot
	 * com").
	 * @param label lower-case label
	 * @return {@code true} for the usual e-mail and web TLDs
	 */
	static boolean isCommon(String label) {
		return COMMON.contains(label);
	}

}
