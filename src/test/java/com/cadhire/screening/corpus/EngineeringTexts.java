package com.cadhire.screening.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import com.cadhire.screening.corpus.RedTeamCorpus.Row;

/**
 * Engineering and CAD texts in the shapes real ones take (CNC programs, BOMs, datasheet
 * lines, GD&amp;T and machining posts, fit and bearing tables with signed deviations,
 * thread specs, connector part numbers in makers' formats, title blocks, file listings,
 * versions and dates, talk about the at/dot convention), generated from a fixed seed.
 * None of them holds contact details.
 */
final class EngineeringTexts {

	static final int FILLS = 14;

	private EngineeringTexts() {
	}

	record Category(String name, String source, List<Function<Random, String>> templates) {
	}

	static int r(Random random, int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	static String d(Random random, double from, double to, int decimals) {
		double v = from + random.nextDouble() * (to - from);
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}

	static String sd(Random random, int maxMicrons) {
		int v = r(random, -maxMicrons, maxMicrons);
		if (v == 0) {
			return "0";
		}
		return String.format(Locale.ROOT, "%+d", v);
	}

	static String sdmm(Random random, int maxMicrons) {
		int v = r(random, -maxMicrons, maxMicrons);
		return String.format(Locale.ROOT, "%+.3f", v / 1000.0);
	}

	static String p(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

	static String digits(Random random, int n) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.append((char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}

	static List<Category> categories() {
		List<Category> c = new ArrayList<>();
		c.add(new Category("G-code and CNC programs", "cnc program", List.of((x) -> {
			StringBuilder out = new StringBuilder(
					"O" + r(x, 1000, 9999) + " (" + p(x, "BRACKET", "FLANGE", "PLATE") + " OP" + r(x, 1, 3) + "0)\n");
			int n = 10;
			for (int k = 0; k < r(x, 4, 8); k++) {
				out.append('N')
					.append(n)
					.append(' ')
					.append(p(x, "G01", "G00", "G02", "G03"))
					.append(" X")
					.append(d(x, -120, 120, 3))
					.append(" Y")
					.append(d(x, -80, 80, 3))
					.append((x.nextBoolean()) ? " F" + r(x, 80, 1200) : "")
					.append('\n');
				n += 10;
			}
			return out.append("M30").toString();
		}, (x) -> "G54 G90 G17\nT" + r(x, 1, 24) + " M06\nS" + r(x, 800, 18000) + " M03\nG43 H" + r(x, 1, 24) + " Z"
				+ d(x, 5, 50, 1) + "\nG83 X" + d(x, 0, 100, 2) + " Y" + d(x, 0, 100, 2) + " Z-" + d(x, 5, 30, 2)
				+ " R2. Q" + d(x, 0.5, 3, 1) + " F" + r(x, 60, 300) + "\nG80\nM09",
				(x) -> "N" + r(x, 100, 990) + "0 G01 Z-" + d(x, 0.1, 5, 3) + " F" + r(x, 50, 400) + "\nN"
						+ r(x, 100, 990) + "5 X" + d(x, 0, 300, 4) + " Y" + d(x, 0, 300, 4),
				(x) -> "%\nO" + digits(x, 4) + "\nG21 G40 G49 G80 G90\nG28 G91 Z0\nM01\n%",
				(x) -> "Lathe: G96 S" + r(x, 120, 280) + " M04\nG50 S" + r(x, 1500, 4000) + "\nG71 U"
						+ d(x, 0.5, 2.5, 1) + " R0.5\nG71 P" + r(x, 10, 90) + "0 Q" + r(x, 100, 200) + "0 U0.4 W0.1 F0."
						+ r(x, 15, 35),
				(x) -> "Probing result: X" + d(x, -10, 10, 4) + " Y" + d(x, -10, 10, 4) + " Z" + d(x, -2, 2, 4) + " #"
						+ r(x, 100, 199) + "=" + d(x, -1, 1, 4),
				(x) -> "G10 L2 P" + r(x, 1, 6) + " X" + d(x, -500, 0, 3) + " Y" + d(x, -400, 0, 3) + " Z"
						+ d(x, -300, 0, 3) + "\n(WORK OFFSET G5" + r(x, 4, 9) + ")",
				(x) -> "M98 P" + digits(x, 4) + " L" + r(x, 2, 9) + "\nG65 P" + r(x, 9000, 9999) + " A" + r(x, 1, 9)
						+ ". B" + r(x, 10, 90) + ". C" + d(x, 0, 5, 2))));
		c.add(new Category("bills of materials", "bom", List.of(
				(x) -> "| " + r(x, 1, 40) + " | " + r(x, 1, 24) + " | " + r(x, 90000, 99999) + "A" + r(x, 100, 999)
						+ " | " + p(x, "SHCS M3x10", "Hex nut M5", "Washer M6", "Dowel 4m6x12") + " | McMaster |",
				(x) -> "Item " + r(x, 1, 60) + ", Qty " + r(x, 1, 50) + ", P/N " + r(x, 6000, 6310) + "-2RS, "
						+ p(x, "deep groove bearing", "sealed bearing"),
				(x) -> "ITEM;QTY;PART NO;DESCRIPTION;MATERIAL\n" + r(x, 1, 9) + ";" + r(x, 1, 8) + ";" + digits(x, 3)
						+ "-" + digits(x, 3) + "-" + digits(x, 2) + ";BRACKET;6061-T6\n" + r(x, 10, 19) + ";"
						+ r(x, 1, 8) + ";ISO 4762 M" + p(x, "4", "5", "6", "8") + "x" + r(x, 8, 40) + ";SCREW;A2-70",
				(x) -> r(x, 1, 30) + "  " + p(x, "ISO 7380", "DIN 912", "DIN 934", "ISO 7089") + "  M"
						+ p(x, "3", "4", "5", "6") + "  " + r(x, 2, 64) + " pcs  " + p(x, "zinc", "A4", "black oxide"),
				(x) -> "BOM rev " + p(x, "A", "B", "C") + ": " + r(x, 12, 180) + " line items, " + r(x, 3, 40)
						+ " custom parts, est. " + r(x, 400, 9000) + " EUR",
				(x) -> "Pos. " + r(x, 1, 90) + "0 | " + digits(x, 8) + " | Profil 40x40 L=" + r(x, 200, 2000) + " | "
						+ r(x, 1, 12),
				(x) -> "- [" + r(x, 1, 9) + "x] MISUMI HFS5-20" + p(x, "20", "40") + "-" + r(x, 100, 999) + "\n- ["
						+ r(x, 2, 20) + "x] HNTT5-" + p(x, "4", "5", "6"),
				(x) -> "Qty " + r(x, 2, 8) + " of " + r(x, 1, 5) + "-" + digits(x, 6) + "-" + r(x, 0, 9)
						+ " housing and " + r(x, 10, 80) + " crimp contacts")));
		c.add(new Category("datasheet lines", "datasheet",
				List.of((x) -> "Rated voltage " + r(x, 12, 48) + " V DC, rated current " + d(x, 0.5, 9, 1)
						+ " A, holding torque " + d(x, 0.2, 3, 2) + " Nm, " + r(x, 1000, 6000) + " rpm",
						(x) -> "Operating temperature -" + r(x, 10, 40) + " °C to +" + r(x, 70, 125) + " °C; storage -"
								+ r(x, 40, 55) + " to +" + r(x, 85, 150) + " °C",
						(x) -> "Dimensions (W x H x D): " + r(x, 40, 300) + " x " + r(x, 20, 200) + " x "
								+ r(x, 10, 150) + " mm, weight " + r(x, 80, 4000) + " g",
						(x) -> "Accuracy ±" + d(x, 0.01, 0.5, 2) + " % FS, repeatability " + d(x, 0.001, 0.05, 3)
								+ " mm, resolution " + r(x, 1, 20) + " µm",
						(x) -> "Tensile strength " + r(x, 300, 1200) + " MPa, yield " + r(x, 200, 1000)
								+ " MPa, elongation " + r(x, 5, 40) + " %, hardness " + r(x, 120, 350) + " HB",
						(x) -> "Order code: " + p(x, "SGM", "MHMF", "ACM") + r(x, 100, 999) + "-" + digits(x, 3)
								+ p(x, "A", "B") + "  Encoder " + r(x, 17, 23) + "-bit, IP" + p(x, "54", "65", "67"),
						(x) -> "Input: " + r(x, 100, 240) + " VAC " + r(x, 50, 60) + " Hz / Output: " + r(x, 5, 48)
								+ " VDC " + d(x, 1, 20, 1) + " A / Efficiency " + r(x, 85, 95) + " %",
						(x) -> "Max. pressure " + r(x, 6, 350) + " bar (" + r(x, 90, 5000) + " psi), flow "
								+ r(x, 5, 200) + " l/min, port G" + p(x, "1/4", "3/8", "1/2"))));
		c.add(new Category("GD&T and drawing questions", "forum", List.of(
				(x) -> "Position tolerance ⌀" + d(x, 0.02, 0.3, 2) + " Ⓜ | A | B | C on the " + r(x, 2, 8) + "x ⌀"
						+ d(x, 3, 12, 1) + " holes — is the bonus tolerance " + d(x, 0.01, 0.2, 2) + " at LMC?",
				(x) -> "Flatness " + d(x, 0.005, 0.1, 3) + " on datum A, perpendicularity " + d(x, 0.01, 0.1, 2)
						+ " to A for datum B. Do I need a profile callout for the " + r(x, 2, 12) + " mm radius?",
				(x) -> "ASME Y14.5-" + p(x, "2009", "2018") + " says the basic dimension " + r(x, 10, 250)
						+ " has no tolerance; the feature control frame carries it.",
				(x) -> "Drawing shows " + r(x, 20, 80) + " ±0." + r(x, 1, 5) + " but the model is " + d(x, 20, 80, 3)
						+ ". Which wins, the 3D or the 2D?",
				(x) -> "Runout " + d(x, 0.01, 0.05, 2) + " A-B on the ⌀" + r(x, 10, 60) + "h6 journal, surface Ra "
						+ d(x, 0.2, 1.6, 1) + ". Grinding needed?",
				(x) -> "Composite position: upper segment ⌀" + d(x, 0.1, 0.5, 1) + " |A|B|C|, lower ⌀"
						+ d(x, 0.02, 0.08, 2) + " |A|. Pattern of " + r(x, 3, 12) + " holes on a " + r(x, 40, 200)
						+ " BC.",
				(x) -> "Re: datum shift — with MMB on B you get " + d(x, 0.05, 0.3, 2) + " extra. See fig. "
						+ r(x, 2, 9) + "-" + r(x, 10, 40) + " in the standard.",
				(x) -> "Tolerance stack: " + d(x, 10, 40, 2) + " ±" + d(x, 0.05, 0.2, 2) + " + " + d(x, 5, 20, 2) + " ±"
						+ d(x, 0.02, 0.1, 2) + " gives worst case " + d(x, 0.1, 0.4, 2) + ", RSS "
						+ d(x, 0.05, 0.25, 3))));
		c.add(new Category("fit and tolerance tables with signed deviations", "tolerance table", List.of(
				(x) -> "Ø" + r(x, 6, 120) + " H7/g6: hole " + sd(x, 40) + "/" + "0, shaft " + sd(x, 15) + "/"
						+ sd(x, 40) + " µm",
				(x) -> "over " + r(x, 3, 50) + " to " + r(x, 50, 120) + "  " + sd(x, 30) + "  " + sd(x, 60) + "  "
						+ sd(x, 40) + "  " + sd(x, 40) + "\nover " + r(x, 50, 80) + " to " + r(x, 80, 180) + "  "
						+ sd(x, 30) + "  " + sd(x, 60) + "  " + sd(x, 40) + "  " + sd(x, 40),
				(x) -> "| " + r(x, 10, 18) + "-" + r(x, 18, 30) + " | " + sd(x, 30) + " | " + sd(x, 50) + " | "
						+ sd(x, 30) + " | " + sd(x, 30) + " |",
				(x) -> "Shaft ⌀" + r(x, 10, 80) + " k6 " + sdmm(x, 30) + " / " + sdmm(x, 10) + ", housing H7 "
						+ sdmm(x, 40) + " / 0.000",
				(x) -> r(x, 18, 30) + " " + sd(x, 20) + " " + sd(x, 40) + " " + sd(x, 20) + " " + sd(x, 40) + "\n"
						+ r(x, 30, 50) + " " + sd(x, 20) + " " + sd(x, 40) + " " + sd(x, 20) + " " + sd(x, 40) + "\n"
						+ r(x, 50, 80) + " " + sd(x, 20) + " " + sd(x, 40) + " " + sd(x, 20) + " " + sd(x, 40),
				(x) -> "Bearing " + r(x, 6000, 6320) + ": d=" + r(x, 10, 100) + " D=" + r(x, 26, 215) + " B="
						+ r(x, 8, 47) + "  Cr " + d(x, 4, 150, 1) + " kN  C0r " + d(x, 2, 90, 1) + " kN",
				(x) -> r(x, 6000, 6320) + "  " + r(x, 10, 100) + "  " + r(x, 26, 215) + "  " + r(x, 8, 47) + "  "
						+ r(x, 1000, 20000) + "  " + r(x, 1000, 30000) + "\n" + r(x, 6000, 6320) + "  " + r(x, 10, 100)
						+ "  " + r(x, 26, 215) + "  " + r(x, 8, 47) + "  " + r(x, 1000, 20000) + "  "
						+ r(x, 1000, 30000),
				(x) -> "IT" + r(x, 5, 9) + " for " + r(x, 30, 50) + "-" + r(x, 50, 80) + " mm = " + r(x, 11, 74)
						+ " µm; es = " + sd(x, 50) + ", ei = " + sd(x, 80))));
		c.add(new Category("thread and fastener specs", "fastener spec",
				List.of((x) -> "M" + p(x, "6", "8", "10", "12") + "x" + p(x, "1", "1.25", "1.5", "1.75") + "-6g, "
						+ r(x, 8, 20) + " mm engagement, torque " + r(x, 8, 80) + " Nm",
						(x) -> p(x, "1/4-20", "3/8-16", "5/16-18", "1/2-13", "#10-32", "#8-32") + " UNC-2A x "
								+ p(x, "1", "1 1/2", "3/4", "2") + " long, grade 8",
						(x) -> "Tap " + p(x, "M4", "M5", "M6", "M8") + " thru @ " + r(x, 2, 8) + " places, c'bore ⌀"
								+ r(x, 8, 14) + " x " + r(x, 4, 9) + " deep",
						(x) -> "@" + p(x, "M6", "M8", "M10", "1/4-20") + " x " + r(x, 10, 30) + " deep, " + r(x, 4, 8)
								+ " places equally spaced",
						(x) -> "G" + p(x, "1/8", "1/4", "3/8", "1/2") + " BSPP port, "
								+ p(x, "NPT 1/4-18", "NPT 1/2-14") + " on the other side",
						(x) -> "Tr" + r(x, 10, 40) + "x" + r(x, 2, 7) + " lead screw, " + r(x, 200, 1500) + " mm, nut "
								+ p(x, "bronze", "POM"),
						(x) -> "ISO 4762 M" + r(x, 3, 12) + " x " + r(x, 8, 60) + " - " + p(x, "8.8", "10.9", "12.9")
								+ ", preload " + r(x, 3, 60) + " kN",
						(x) -> "Helicoil " + p(x, "M5", "M6", "M8") + "x" + r(x, 1, 2) + "D, free-running, tang break",
						(x) -> "Thread size example: " + p(x, "M8x1.25", "M10x1.5", "1/4-28 UNF", "M3x0.5")
								+ " — the first number is the nominal diameter, the second the pitch.")));
		c.add(new Category("connector and part-number lists in makers' formats", "part list", List.of(
				(x) -> "Harting " + p(x, "09", "19") + " " + r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4)
						+ " insert, " + r(x, 4, 24) + " pins",
				(x) -> "TE " + r(x, 1, 2) + "-" + digits(x, 7) + "-" + r(x, 0, 9) + ", Molex " + digits(x, 5) + "-"
						+ digits(x, 4) + ", JST B" + r(x, 2, 12) + "B-XH-A",
				(x) -> "Phoenix Contact " + digits(x, 7) + " (MSTB 2,5/" + r(x, 2, 12) + "-ST-5,08)",
				(x) -> "Würth " + digits(x, 11) + " header, Samtec TSW-1" + r(x, 10, 40) + "-07-G-S",
				(x) -> "Amphenol " + digits(x, 8) + "-" + digits(x, 4) + "LF\nHirose DF13-" + r(x, 2, 15)
						+ "S-1.25C\nWago " + r(x, 221, 222) + "-" + r(x, 412, 415),
				(x) -> "Connectors:\n" + p(x, "09", "19") + " " + r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4)
						+ "\n" + p(x, "09", "19") + " " + r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4) + "\n"
						+ p(x, "09", "19") + " " + r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4),
				(x) -> "Igus " + p(x, "GFM", "JFM") + "-" + digits(x, 4) + "-" + r(x, 10, 40) + " bushing, SKF "
						+ r(x, 6000, 6320) + "-2Z/C3, INA " + p(x, "HK", "NK") + digits(x, 4),
				(x) -> "McMaster " + r(x, 90000, 99999) + "A" + r(x, 100, 999) + ", " + r(x, 1000, 9999) + "K"
						+ r(x, 10, 99) + ", " + r(x, 5000, 9999) + "T" + r(x, 10, 99),
				(x) -> "Festo DSBC-" + r(x, 32, 100) + "-" + r(x, 25, 500) + "-PPVA-N3 (" + digits(x, 7) + ")",
				(x) -> "Part numbers " + digits(x, 3) + "-" + digits(x, 4) + "-" + digits(x, 2) + " and " + digits(x, 3)
						+ "-" + digits(x, 4) + "-" + digits(x, 2) + " are superseded")));
		c.add(new Category("drawing title blocks", "title block",
				List.of((x) -> "DRAWN: " + p(x, "J. ROE", "M. KELLER", "P. SHARMA") + "   DATE: 20" + r(x, 19, 25)
						+ "-0" + r(x, 1, 9) + "-" + r(x, 10, 28) + "   SCALE 1:" + r(x, 1, 10) + "   SHEET "
						+ r(x, 1, 3) + " OF " + r(x, 3, 6) + "\nDWG NO. " + digits(x, 4) + "-" + digits(x, 4) + "-0"
						+ r(x, 1, 9) + "   REV " + p(x, "A", "B", "C", "D"),
						(x) -> "MATERIAL: " + p(x, "6061-T6", "AISI 304", "S355J2", "POM-C") + "   FINISH: "
								+ p(x, "ANODIZE TYPE II BLACK", "BEAD BLAST", "ZINC PLATE") + "   WEIGHT: "
								+ d(x, 0.1, 20, 3) + " kg   GENERAL TOL. ISO 2768-mK",
						(x) -> "UNLESS OTHERWISE SPECIFIED: DIMENSIONS IN MM, TOLERANCES X.X ±0.1, X.XX ±0.05, ANGLES ±0.5°"
								+ "\nTHIRD ANGLE PROJECTION   DO NOT SCALE",
						(x) -> "Title: " + p(x, "MOTOR MOUNT", "BASE PLATE", "SHAFT") + " | Part No: " + digits(x, 6)
								+ " | Rev " + r(x, 1, 9) + " | Checked: " + p(x, "AK", "TL", "RS") + " " + r(x, 1, 28)
								+ "/" + r(x, 1, 12) + "/20" + r(x, 20, 25),
						(x) -> "REV | DESCRIPTION | DATE | BY\n" + p(x, "A", "B") + " | INITIAL RELEASE | 20"
								+ r(x, 20, 25) + "-" + r(x, 10, 12) + "-" + r(x, 10, 28) + " | " + p(x, "JR", "MK")
								+ "\n" + p(x, "C", "D") + " | ECN " + digits(x, 5) + " HOLE MOVED | 20" + r(x, 20, 25)
								+ "-0" + r(x, 1, 9) + "-0" + r(x, 1, 9) + " | " + p(x, "JR", "MK"),
						(x) -> "Zeichnungsnr. " + digits(x, 3) + "." + digits(x, 3) + "." + digits(x, 3) + "  Index "
								+ p(x, "a", "b", "c") + "  Maßstab 1:" + r(x, 1, 5) + "  Blatt " + r(x, 1, 2) + "/"
								+ r(x, 2, 4),
						(x) -> "DWG " + digits(x, 3) + "-" + digits(x, 3) + "-" + digits(x, 3) + " SH " + r(x, 1, 4)
								+ " SIZE " + p(x, "A3", "B", "D") + " CAGE " + digits(x, 5),
						(x) -> "Projekt " + digits(x, 5) + " / Baugruppe " + digits(x, 2) + "-" + digits(x, 3)
								+ " / Stand " + r(x, 10, 28) + "." + r(x, 10, 12) + ".20" + r(x, 20, 25))));
		c.add(new Category("file listings", "file listing",
				List.of((x) -> "README.md\nCHANGELOG.md\nassembly_v" + r(x, 1, 9) + ".step\ndocs/"
						+ p(x, "setup", "api", "bom") + ".md",
						(x) -> "-rw-r--r-- 1 cad cad " + r(x, 1000, 9000000) + " " + p(x, "Mar", "Jun", "Nov") + " "
								+ r(x, 1, 28) + " " + r(x, 10, 23) + ":" + r(x, 10, 59) + " "
								+ p(x, "bracket", "housing", "lid") + "_rev" + r(x, 1, 9) + ".SLDPRT",
						(x) -> "See " + p(x, "README.md", "CONTRIBUTING.md", "INSTALL.md", "NOTES.md", "LICENSE.md")
								+ " for the build steps, then open " + p(x, "main.py", "setup.sh", "model.scad") + ".",
						(x) -> "Attached: " + p(x, "flange", "gear", "cover") + "-" + r(x, 2019, 2025) + "-"
								+ r(x, 10, 12) + "-" + r(x, 10, 28) + ".dxf, " + p(x, "flange", "gear") + ".pdf ("
								+ r(x, 100, 900) + " KB)",
						(x) -> "│   ├── " + p(x, "parts", "asm", "drawings") + "/\n│   │   ├── " + digits(x, 6) + "_"
								+ p(x, "A", "B") + ".ipt\n│   │   └── notes.md",
						(x) -> "Exported " + p(x, "body", "part", "mesh") + r(x, 1, 99)
								+ ".stl, .3mf and .obj; the .md next" + " to them lists print settings.",
						(x) -> "git log: " + digits(x, 7) + " fix " + p(x, "docs/usage.md", "src/io.rs", "README.md")
								+ " (" + r(x, 2, 40) + " files changed)",
						(x) -> "C:\\Projects\\" + digits(x, 5) + "\\CAD\\" + p(x, "Rev_B", "Rev_C") + "\\"
								+ p(x, "frame", "base") + ".x_t")));
		c.add(new Category("version and date strings", "version string",
				List.of((x) -> p(x, "SolidWorks", "Inventor", "Creo", "NX") + " 20" + r(x, 20, 25) + " SP" + r(x, 0, 5)
						+ "." + r(x, 0, 3) + ", build " + r(x, 20, 30) + "." + r(x, 0, 9) + "." + r(x, 0, 9) + "."
						+ r(x, 1000, 9999),
						(x) -> "Fusion 360 v2.0." + r(x, 10000, 20000) + " (" + r(x, 1, 28) + "." + r(x, 1, 12) + ".20"
								+ r(x, 20, 25) + ")",
						(x) -> "FreeCAD " + r(x, 0, 1) + "." + r(x, 18, 21) + "." + r(x, 0, 3) + " (git "
								+ r(x, 30000, 39999) + ")",
						(x) -> "Timestamp 20" + r(x, 20, 25) + "-" + r(x, 10, 12) + "-" + r(x, 10, 28) + "T"
								+ r(x, 10, 23) + ":" + r(x, 10, 59) + ":" + r(x, 10, 59) + "Z, job " + digits(x, 6),
						(x) -> "Released " + r(x, 1, 28) + "/" + r(x, 1, 12) + "/20" + r(x, 20, 25) + ", firmware "
								+ r(x, 1, 5) + "." + r(x, 0, 20) + "." + r(x, 0, 99) + "-rc" + r(x, 1, 4),
						(x) -> "Works in " + r(x, 2, 9) + "." + r(x, 0, 30) + " but not in " + r(x, 2, 9) + "."
								+ r(x, 0, 30) + "." + r(x, 1, 9) + "; tested " + r(x, 10, 28) + " "
								+ p(x, "Jan", "Feb", "Oct") + " 20" + r(x, 20, 25),
						(x) -> "ver. " + r(x, 20, 25) + "." + r(x, 1, 12) + "." + r(x, 1000, 9999)
								+ " / kernel Parasolid " + r(x, 30, 37) + "." + r(x, 0, 1) + "." + r(x, 100, 300),
						(x) -> "Uptime " + r(x, 1, 900) + " h, last calibration " + r(x, 10, 28) + "." + r(x, 10, 12)
								+ ".20" + r(x, 20, 25) + ", next due 20" + r(x, 25, 27) + "-" + r(x, 10, 12))));
		c.add(new Category("talk about the at/dot convention", "forum", List.of((
				x) -> "People write 'at' and 'dot' instead of the symbols to dodge filters; the moderators see through it.",
				(x) -> "In the old forum everyone wrote name at domain dot com, here the platform does messaging for "
						+ r(x, 2, 9) + " reasons.",
				(x) -> "Please don't post e-mail addresses, even with [at] and [dot], the chat is the place.",
				(x) -> "The @ in the annotation means 'at', as in 4x ⌀" + r(x, 5, 12) + " @ " + r(x, 30, 90) + "°.",
				(x) -> "In the drawing, '.5' means 0.5 — a leading dot, the dot-before-number convention.",
				(x) -> "Our style guide: write 'at' only for locations (" + r(x, 2, 8) + " holes at " + r(x, 20, 60)
						+ " mm pitch), never as a symbol.",
				(x) -> "Use the messaging here, no contact swaps — addresses with 'at' written out get masked anyway.",
				(x) -> "Why does the filter flag 'dot com' in my text about the dot-com bubble of " + r(x, 1997, 2001)
						+ "?")));
		c.add(new Category("machining and shop talk", "forum",
				List.of((x) -> "Running a " + p(x, "1/2\"", "10 mm", "6 mm") + " " + r(x, 2, 4) + "-flute at "
						+ r(x, 6000, 18000) + " rpm, " + d(x, 0.02, 0.1, 3) + " mm/tooth, " + r(x, 500, 3000)
						+ " mm/min, DOC " + d(x, 0.5, 10, 1) + ". Chatter at " + r(x, 30, 60) + " mm stickout.",
						(x) -> "Re: aluminum " + p(x, "6061", "7075", "5083") + " — I'd go " + r(x, 200, 600)
								+ " SFM and " + d(x, 0.001, 0.006, 4) + " IPT with a TiB2 coated end mill.",
						(x) -> "Quoted " + r(x, 20, 500) + " pcs at $" + d(x, 2, 90, 2) + " each, lead time "
								+ r(x, 2, 8) + " weeks, setup $" + r(x, 100, 900) + ".",
						(x) -> "Surface finish came out Ra " + d(x, 0.4, 3.2, 1) + " instead of " + d(x, 0.2, 1.6, 1)
								+ "; spindle " + r(x, 8000, 24000) + " rpm, stepover " + r(x, 5, 40) + " %.",
						(x) -> "Hole " + r(x, 1, 12) + " measured ⌀" + d(x, 5, 30, 3) + ", target " + d(x, 5, 30, 3)
								+ " " + sdmm(x, 20) + "/" + sdmm(x, 20) + ". Reamer worn?",
						(x) -> "We moved the " + p(x, "fixture", "vise", "rotary table") + " " + r(x, 50, 400)
								+ " mm and lost " + d(x, 0.01, 0.1, 2) + " in repeatability. Anyone seen this on a "
								+ p(x, "Haas", "DMG", "Mazak") + " VF-" + r(x, 1, 6) + "?",
						(x) -> "Printed at " + r(x, 190, 260) + " °C, bed " + r(x, 50, 110) + " °C, "
								+ d(x, 0.1, 0.3, 2) + " layers, " + r(x, 10, 100) + " % infill, " + r(x, 20, 300)
								+ " mm/s.",
						(x) -> "Weld " + r(x, 3, 8) + " mm fillet, " + r(x, 100, 300) + " A, " + r(x, 18, 30)
								+ " V, wire " + d(x, 0.8, 1.6, 1) + ", gas " + r(x, 10, 20) + " l/min Ar/CO2 "
								+ r(x, 80, 92) + "/" + r(x, 8, 20))));
		c.add(new Category("measurement and CMM reports", "inspection report", List.of(
				(x) -> "Pt " + r(x, 1, 99) + ": X " + d(x, -200, 200, 3) + " Y " + d(x, -200, 200, 3) + " Z "
						+ d(x, -50, 50, 3) + " dev " + sdmm(x, 50),
				(x) -> "Feature " + r(x, 1, 40) + " | nominal " + d(x, 5, 100, 3) + " | actual " + d(x, 5, 100, 3)
						+ " | " + sdmm(x, 30) + " | " + p(x, "OK", "NOK"),
				(x) -> "Readings: " + d(x, 9.9, 10.1, 3) + ", " + d(x, 9.9, 10.1, 3) + ", " + d(x, 9.9, 10.1, 3) + ", "
						+ d(x, 9.9, 10.1, 3) + " — Cpk " + d(x, 0.8, 2.5, 2),
				(x) -> "Serial " + digits(x, 10) + " passed, serial " + digits(x, 10) + " failed on dim " + r(x, 1, 40),
				(x) -> "Lot " + digits(x, 8) + ", batch " + digits(x, 6) + ", " + r(x, 10, 500) + " pcs inspected, "
						+ r(x, 0, 5) + " rejects",
				(x) -> "Roundness " + d(x, 0.001, 0.02, 4) + " | cylindricity " + d(x, 0.002, 0.03, 4) + " | ⌀"
						+ d(x, 10, 80, 4),
				(x) -> r(x, 100, 999) + " " + r(x, 100, 999) + " " + r(x, 1000, 9999) + " — three readings, µm",
				(x) -> "Gauge R&R " + d(x, 5, 30, 1) + " %, " + r(x, 2, 3) + " operators, " + r(x, 5, 10) + " parts, "
						+ r(x, 2, 3) + " trials")));
		c.add(new Category("orders, invoices and logistics", "business", List.of(
				(x) -> "PO " + "45000" + digits(x, 5) + " confirmed, delivery week " + r(x, 1, 52),
				(x) -> "Invoice " + r(x, 2020, 2025) + "-" + digits(x, 5) + " due " + r(x, 10, 28) + " "
						+ p(x, "March", "July", "November") + ", total € " + r(x, 100, 9000) + "," + digits(x, 2),
				(x) -> "Tracking " + p(x, "1Z", "JD") + digits(x, 16) + ", " + r(x, 1, 9) + " parcels, "
						+ d(x, 1, 30, 1) + " kg",
				(x) -> "Order #" + digits(x, 7) + " shipped; RMA " + digits(x, 6) + " opened for item " + r(x, 1, 9),
				(x) -> "SKU " + digits(x, 10) + " out of stock, alternative SKU " + digits(x, 10),
				(x) -> "EAN " + digits(x, 13) + ", HS code " + digits(x, 4) + "." + digits(x, 2) + "." + digits(x, 2),
				(x) -> "Quote Q-" + r(x, 2020, 2025) + "-" + digits(x, 4) + ": " + r(x, 2, 50) + " x "
						+ p(x, "bracket", "housing") + " at " + d(x, 5, 80, 2) + " USD",
				(x) -> "Ticket " + digits(x, 7) + " — customer asks about batch " + digits(x, 9))));
		c.add(new Category("issue-tracker text from CAD software", "issue tracker", List.of(
				(x) -> "Crash when opening " + p(x, "assembly", "drawing") + " with " + r(x, 100, 9000) + " parts (#"
						+ r(x, 1000, 20000) + "). Steps: 1. open 2. rebuild 3. boom",
				(x) -> "Regression since " + r(x, 0, 1) + "." + r(x, 18, 21) + "." + r(x, 0, 3) + ": fillet fails at r="
						+ d(x, 0.1, 5, 2) + " on edge " + r(x, 1, 400),
				(x) -> "at org.freecad.Part.makeFillet(Part.java:" + r(x, 100, 999) + ")\nat "
						+ "org.freecad.Gui.run(Gui.java:" + r(x, 10, 99) + ")",
				(x) -> "@" + p(x, "Override", "Test", "Deprecated") + " annotations aside, the STEP exporter writes "
						+ r(x, 2, 9) + " shells",
				(x) -> "Duplicate of #" + r(x, 100, 9999) + ". Fixed in " + r(x, 2, 5) + "." + r(x, 0, 9) + "."
						+ r(x, 0, 9) + ", see commit " + digits(x, 7) + ".",
				(x) -> "Memory " + r(x, 2, 64) + " GB, GPU " + p(x, "RTX 3060", "Quadro P2000", "RX 6700") + ", driver "
						+ r(x, 400, 560) + "." + r(x, 10, 99) + ", Windows " + p(x, "10 22H2", "11 23H2"),
				(x) -> "Log: [" + r(x, 10, 23) + ":" + r(x, 10, 59) + ":" + r(x, 10, 59) + "." + digits(x, 3)
						+ "] INFO mesh " + r(x, 1000, 900000) + " triangles, " + r(x, 100, 90000) + " vertices",
				(x) -> "Steps to reproduce in v" + r(x, 1, 9) + "." + r(x, 0, 9) + ": sketch " + r(x, 1, 30) + ", pad "
						+ r(x, 1, 100) + " mm, pocket " + r(x, 1, 50) + " mm → error code 0x"
						+ Integer.toHexString(r(x, 4096, 65535)))));
		c.add(new Category("marketplace job posts", "marketplace", List.of(
				(x) -> "Need a CAD designer for a " + p(x, "gearbox housing", "bracket", "enclosure") + ", about "
						+ r(x, 10, 80) + " hours, budget $" + r(x, 300, 5000) + ", STEP and drawings to ISO 2768-m.",
				(x) -> "Looking for sheet-metal help: " + r(x, 2, 20) + " parts, " + d(x, 1, 3, 1) + " mm "
						+ p(x, "S235", "AlMg3", "1.4301") + ", K-factor " + d(x, 0.3, 0.5, 2) + ", deadline "
						+ r(x, 1, 28) + " " + p(x, "May", "June", "Sept") + ".",
				(x) -> "Convert " + r(x, 10, 200) + " legacy drawings (DWG " + r(x, 2000, 2018) + ") to "
						+ p(x, "SolidWorks", "Inventor", "Onshape") + " models; sample drawing " + digits(x, 6)
						+ " attached.",
				(x) -> "FEA of a " + r(x, 500, 5000) + " kg lifting frame, safety factor " + d(x, 1.5, 4, 1)
						+ ", EN 13155, report in English.",
				(x) -> "Hi, I have " + r(x, 5, 25) + " years in mould design, P20 and H13, " + r(x, 1, 64)
						+ "-cavity tools. Rate $" + r(x, 25, 90) + "/h.",
				(x) -> "Deliverables: " + r(x, 1, 9) + " STEP, " + r(x, 1, 9) + " PDF drawings, BOM as CSV; "
						+ r(x, 2, 3) + " review rounds; milestone 1 = " + r(x, 20, 50) + " %.",
				(x) -> "Reverse engineer a part from a scan (" + r(x, 1, 50) + " M points, " + d(x, 0.01, 0.1, 2)
						+ " mm accuracy) into a parametric model.",
				(x) -> "I can start Monday " + r(x, 1, 28) + "." + r(x, 1, 12) + ", " + r(x, 4, 8)
						+ " h/day, first draft in " + r(x, 2, 10) + " days.")));
		c.add(new Category("coordinates and geometry", "cad data", List.of(
				(x) -> "Hole pattern: (" + d(x, -100, 100, 2) + ", " + d(x, -100, 100, 2) + "), (" + d(x, -100, 100, 2)
						+ ", " + d(x, -100, 100, 2) + "), (" + d(x, -100, 100, 2) + ", " + d(x, -100, 100, 2) + ")",
				(x) -> "Vertex " + r(x, 1, 9999) + " " + d(x, -1, 1, 6) + " " + d(x, -1, 1, 6) + " " + d(x, -1, 1, 6),
				(x) -> "Bounding box " + r(x, 100, 999) + " x " + r(x, 100, 999) + " x " + r(x, 10, 999)
						+ " mm, volume " + r(x, 10000, 9000000) + " mm³",
				(x) -> "Origin at " + r(x, 0, 500) + "," + r(x, 0, 500) + "," + r(x, 0, 500) + "; rotate "
						+ r(x, 0, 359) + "° about Z",
				(x) -> "Spline through " + r(x, 10, 99) + " " + r(x, 10, 99) + " " + r(x, 10, 99) + " " + r(x, 10, 99)
						+ " " + r(x, 10, 99) + " " + r(x, 10, 99),
				(x) -> "Grid " + r(x, 100, 999) + " " + r(x, 100, 999) + "\n" + r(x, 100, 999) + " " + r(x, 1000, 9999)
						+ "\n" + r(x, 100, 999) + " " + r(x, 100, 999),
				(x) -> "Pitch circle ⌀" + r(x, 40, 300) + ", " + r(x, 3, 12) + " holes at " + r(x, 0, 45) + "° start, "
						+ r(x, 10, 60) + " mm deep",
				(x) -> "Sketch dims " + r(x, 10, 99) + " " + r(x, 10, 99) + " " + r(x, 100, 999) + " " + r(x, 10, 99)
						+ " " + r(x, 1000, 9999))));
		c.add(new Category("standards and specifications", "standard", List.of(
				(x) -> "Per " + p(x, "ISO 286-2", "ISO 2768-1", "ISO 1101", "DIN 7168") + " and "
						+ p(x, "EN 10025-2 S355JR", "EN 573-3", "ASTM A36") + ", class " + p(x, "m", "f", "c"),
				(x) -> "Welds to ISO 5817-" + p(x, "B", "C") + ", NDT per ISO " + r(x, 17630, 17640) + ", WPS "
						+ digits(x, 3) + "-" + digits(x, 2),
				(x) -> "Surface per ISO 1302, Ra " + d(x, 0.4, 6.3, 1) + "; edges ISO 13715 -" + d(x, 0.1, 0.5, 1)
						+ "/+0",
				(x) -> "MIL-STD-" + r(x, 100, 2000) + p(x, "A", "B", "C", "D") + ", NAS " + r(x, 1000, 1999) + "-"
						+ r(x, 3, 16) + ", AN" + r(x, 3, 8) + "-" + r(x, 4, 20),
				(x) -> "IEC 60" + r(x, 200, 950) + "-" + r(x, 1, 5) + ":20" + r(x, 10, 24) + " / UL " + r(x, 50, 1000),
				(x) -> "DIN EN ISO " + r(x, 1000, 29999) + ":20" + r(x, 10, 24) + "-" + r(x, 10, 12),
				(x) -> "ASME B" + r(x, 1, 40) + "." + r(x, 1, 40) + "-20" + r(x, 10, 22) + ", Y14.5-2018 §"
						+ r(x, 1, 12) + "." + r(x, 1, 20),
				(x) -> "Material 1." + digits(x, 4) + " (" + p(x, "X5CrNi18-10", "42CrMo4", "C45") + "), heat no. "
						+ digits(x, 6))));
		c.add(new Category("platform mentions without identifier", "chat",
				List.of((x) -> "I modelled it in " + p(x, "Onshape", "Fusion", "SolidWorks") + " and exported STEP AP"
						+ p(x, "203", "214", "242") + ".",
						(x) -> "Saw a similar part on " + p(x, "GrabCAD", "Thingiverse", "Printables")
								+ " last year, ours is " + r(x, 2, 5) + "x bigger.",
						(x) -> "The datasheet on the manufacturer's site lists " + r(x, 2, 9) + " variants.",
						(x) -> "Let's keep everything in this chat so the contract has the history.",
						(x) -> "I watched a YouTube tutorial on " + p(x, "lofts", "sweeps", "sheet metal")
								+ ", still stuck at step " + r(x, 2, 9) + ".",
						(x) -> "Our team uses Teams internally but I'll send updates here.",
						(x) -> "Signal integrity on line " + r(x, 2, 40) + " is fine, the zoom on the scope shows "
								+ r(x, 2, 50) + " ns rise.",
						(x) -> "The line " + r(x, 10, 99) + " in the macro sets the snap grid to " + d(x, 0.1, 5, 1)
								+ " mm.")));
		// ---- added in session 3 (appended, so the rows above are unchanged): more of
		// the
		// shapes engineering text takes, aimed at what the newer detectors could misread
		c.add(new Category("tool tables and CNC comments", "cnc program",
				List.of((x) -> "T" + r(x, 1, 24) + " (" + p(x, "ENDMILL", "DRILL", "TAP M8", "CHAMFER") + " D"
						+ r(x, 2, 25) + " L=" + r(x, 40, 150) + ")\nG43 H" + r(x, 1, 24) + " Z" + r(x, 5, 50) + ".\nS"
						+ r(x, 800, 12000) + " M03",
						(x) -> "(PART NO " + digits(x, 4) + "-" + digits(x, 4) + " REV " + p(x, "A", "B", "C")
								+ "  DATE 20" + r(x, 20, 25) + "/" + r(x, 10, 12) + "/" + r(x, 10, 28) + ")",
						(x) -> "N" + r(x, 100, 9990) + " G83 X" + d(x, -100, 100, 3) + " Y" + d(x, -100, 100, 3) + " Z-"
								+ d(x, 5, 40, 1) + " R2. Q" + r(x, 2, 6) + ". F" + r(x, 60, 400),
						(x) -> "(MACHINE: " + p(x, "HAAS VF-2", "DMG DMU 50", "Mazak VCN-530C") + "  POST: 20"
								+ r(x, 20, 25) + "." + r(x, 1, 3) + "." + digits(x, 4) + ")",
						(x) -> "T0" + r(x, 1, 9) + "0" + r(x, 1, 9) + " (OD ROUGH CNMG 1204" + p(x, "04", "08", "12")
								+ ")\nG96 S" + r(x, 150, 320) + " M03\nG50 S" + r(x, 2000, 4500),
						(x) -> "O" + digits(x, 4) + " / tool list: " + r(x, 100, 999) + " " + r(x, 100, 999) + " "
								+ digits(x, 4) + " (holder numbers)")));
		c.add(new Category("supplier order codes", "part list", List.of(
				(x) -> "RS " + r(x, 100, 999) + "-" + digits(x, 4) + ", Farnell " + digits(x, 7) + ", qty "
						+ r(x, 1, 50),
				(x) -> "Digi-Key " + r(x, 100, 999) + "-" + digits(x, 4) + "-1-ND / Mouser " + r(x, 100, 999) + "-"
						+ digits(x, 5) + "-" + digits(x, 4),
				(x) -> "McMaster " + digits(x, 5) + "A" + digits(x, 3) + " screws, Misumi SFJ" + r(x, 6, 20) + "-"
						+ r(x, 50, 300),
				(x) -> "Weidmüller " + digits(x, 7) + "000 terminal, Wago " + r(x, 221, 2273) + "-" + r(x, 402, 415),
				(x) -> "HARTING 09 " + r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4) + " insert, crimp 09 "
						+ r(x, 10, 99) + " " + digits(x, 3) + " " + digits(x, 4),
				(x) -> "Würth " + digits(x, 4) + " " + digits(x, 3) + " " + digits(x, 2) + " (DIN 125 washers)",
				(x) -> "SKF " + p(x, "6204", "6205", "6304", "7205") + "-2RSH, NSK " + digits(x, 4) + "BEAT85, qty "
						+ r(x, 2, 20))));
		c.add(new Category("slash-separated specifications", "datasheet",
				List.of((x) -> "Grades " + p(x, "304/316/321", "6061/7075/5083", "S235/S275/S355") + " in stock, "
						+ r(x, 2, 20) + " mm sheet",
						(x) -> p(x, "120/240/480", "230/400/690", "100/250/400/630") + " V" + p(x, "AC", "", " rated"),
						(x) -> "Fits " + p(x, "H7/g6", "H7/k6", "H8/f7") + ", sizes " + r(x, 10, 30) + "/"
								+ r(x, 31, 60) + "/" + r(x, 61, 120) + " mm",
						(x) -> "DN" + r(x, 15, 150) + "/PN" + p(x, "10", "16", "40") + ", flange " + r(x, 100, 400)
								+ "/" + r(x, 100, 400) + "/" + r(x, 1000, 3000),
						(x) -> "Ratios " + r(x, 3, 9) + "/" + r(x, 10, 50) + "/" + r(x, 100, 999) + ", torque "
								+ r(x, 10, 900) + "/" + r(x, 10, 900) + "/" + digits(x, 4) + " Nm")));
		c.add(new Category("talk about searching", "forum",
				List.of((x) -> "just google '"
						+ p(x, "SolidWorks loft guide curves", "Fusion sheet metal flange", "FreeCAD TechDraw hatch")
						+ "', the first hit is the help page",
						(x) -> "Google it, the top result explains "
								+ p(x, "the G41 error", "fillet failures", "draft angles"),
						(x) -> "Search the forum for error " + r(x, 100, 999) + ", I'm not sure it's fixed",
						(x) -> "I googled the " + p(x, "Harting", "Molex", "Phoenix Contact") + " part number "
								+ digits(x, 7) + " and found the datasheet",
						(x) -> "Bing Maps shows the plant at the river, but we ship through the main gate")));
		c.add(new Category("file properties and metadata", "cad data", List.of(
				(x) -> "Author: designer | Company: " + p(x, "Keller Engineering GmbH", "Apex Works Ltd")
						+ " | Template: ISO A" + r(x, 0, 4),
				(x) -> "Last saved by: " + p(x, "jroe", "mkeller", "cad01") + " on 20" + r(x, 20, 25) + "-0"
						+ r(x, 1, 9) + "-" + r(x, 10, 28) + " " + r(x, 10, 23) + ":" + r(x, 10, 59),
				(x) -> "Creator: FreeCAD 0." + r(x, 19, 22) + "." + r(x, 0, 3) + ", Producer: Ghostscript 10.0"
						+ r(x, 1, 4),
				(x) -> "FILE_NAME('bracket_rev" + r(x, 1, 9) + ".step','20" + r(x, 20, 25) + "-05-12T10:21:33',"
						+ "('designer'),('Keller Engineering'),'SwSTEP 2.0','SolidWorks 20" + r(x, 20, 25) + "','')",
				(x) -> "$LASTSAVEDBY cad01, $ACADVER AC10" + r(x, 15, 32) + ", $DWGCODEPAGE ANSI_1252",
				(x) -> "<dc:creator>designer</dc:creator><cp:revision>" + r(x, 1, 40) + "</cp:revision>")));
		c.add(new Category("engineering text in Chinese, Japanese and Korean", "forum",
				List.of((x) -> "公差按GB/T 1804-m，孔径Φ" + r(x, 10, 60) + "H7，数量" + r(x, 10, 500) + "件",
						(x) -> "深圳市宝安区的工厂生产了" + r(x, 100, 9999) + "件，下周发货",
						(x) -> "材質SUS304、板厚" + d(x, 0.5, 6, 1) + "mm、数量" + r(x, 2, 200) + "個",
						(x) -> "재질 SS400, 두께 " + r(x, 2, 20) + "mm, 수량 " + r(x, 2, 200) + "개",
						(x) -> "第" + r(x, 2, 9) + "车间的CNC加工中心，主轴转速" + r(x, 6000, 24000) + "转",
						(x) -> "図面番号 " + digits(x, 3) + "-" + digits(x, 4) + "、改訂B、" + r(x, 1, 9) + "枚目")));
		c.add(new Category("addresses mentioned without one", "chat",
				List.of((x) -> "Ship to the address in the contract, unit " + r(x, 2, 9) + " is the assembly",
						(x) -> "Unit " + r(x, 2, 9) + " of the Park assembly, Lane " + r(x, 1, 4) + " conveyor",
						(x) -> "Sector " + r(x, 2, 18) + " of the polar plot, plot " + r(x, 2, 30) + " in the report",
						(x) -> "Our plant near Leeds makes the castings, the Tokyo office does the CAM",
						(x) -> "the " + p(x, "Soi", "Sector", "Ward") + " " + r(x, 1, 20)
								+ " layout in the game engine demo")));
		return c;
	}

	static List<Row> rows() {
		Random random = new Random(RedTeamCorpus.SEED + 1);
		List<Row> rows = new ArrayList<>();
		for (Category category : categories()) {
			for (int k = 0; k < category.templates().size(); k++) {
				String split = RedTeamCorpus.split(category.name(), k);
				for (int fill = 0; fill < FILLS; fill++) {
					String text = category.templates().get(k).apply(random);
					rows.add(new Row(text, false, category.name(), category.source(), k, split));
				}
			}
		}
		return rows;
	}

}
