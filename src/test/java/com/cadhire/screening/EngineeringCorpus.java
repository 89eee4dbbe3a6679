package com.cadhire.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engineering chat text that must never be flagged, grouped by category. Written for
 * these tests; realistic sentences from CAD-design conversations.
 */
final class EngineeringCorpus {

	static final String[] DIMENSIONS_AND_TOLERANCES = { "Bore is 25.000 / 25.021, shaft 24.980 / 24.967.",
			"Hole Ø12 ±0.05, depth 18 mm.", "Plate is 120x80x3 mm, 4 holes Ø6.6 on a 100 x 60 pattern.",
			"Overall envelope 1250 x 800 x 650 mm, weight approx 42.5 kg.",
			"Flatness 0.02 over 300 mm, parallelism 0.05 to datum A.",
			"Wall thickness 2.5 mm, draft 1.5°, R0.5 fillets.", "Please hold 0.125 +0.002/-0.000 on the slot width.",
			"Radius R12.5, chamfer 0.5x45° on all outer edges.", "Dims: 25.4 x 50.8 x 101.6 (1 x 2 x 4 in).",
			"Tolerance on the bore is 12.018 - 12.000, please confirm.",
			"Measured values 25.012 25.015 25.009 25.011 25.013 all in tolerance.",
			"Stack-up: 10.00 + 15.25 + 4.75 = 30.00 mm nominal.", "Spacing 10, 20, 30, 40, 50 mm from the left edge.",
			"Angles 30 45 60 90 120 degrees on the indexing plate.",
			"Length 1200 mm, width 600 mm, height 750 mm, 4 legs 40x40x2.",
			"Surface finish Ra 0.8 on the bearing seats, Ra 3.2 elsewhere.",
			"Position tolerance Ø0.1 MMC relative to A|B|C.", "The gap is 0.15-0.25 mm after assembly.",
			"Bend radius 1.5 t, K-factor 0.44, flat length 213.72 mm.",
			"Max deflection 0.35 mm at 2500 N load, safety factor 2.1.",
			"Sheet 1 of 3, scale 1:2, third angle projection.", "Holes at 15.5, 47.25, 79.0 and 110.75 from datum B.",
			"Set the extrusion to 12.7 mm and the revolve to 270 deg.",
			"Diameters 6.35 9.525 12.7 19.05 25.4 are the imperial sizes.",
			"Use 2 x 4.5 mm spacers, total 9 mm, to reach 1225.5 overall." };

	static final String[] FITS = { "Use H7/g6 for the locating pins.", "Bearing seat k6, housing H7.",
			"ISO 286 limits for 25 H7: 25.000 / 25.021.", "Press fit H7/p6, 40 mm diameter, interference 0.001-0.042.",
			"Ø20 H8/f7 sliding fit for the guide bushing.", "Change the fit from H7/h6 to H7/js6 please.",
			"For 50 H7/s6 the limits are 50.000/50.025 and 50.043/50.059.", "Shaft 30 g6 = 29.993 / 29.980.",
			"Clearance fit H9/d9 on the hinge pin, 8 mm.", "Transition fit H7/n6 on the gear hub, 35.017/35.033." };

	static final String[] THREADS = { "Tap M8x1.25-6H through, 4 places.", "1/4-20 UNC-2B x 0.50 deep, 6 holes.",
			"Use M6x20 ISO 4762 cap screws.", "Thread 3/8-16 UNC-2A on the stud, 1.25 long.",
			"M12x1.5 fine thread, 6g, length 30.", "Helicoil M5x0.8 x 2D inserts, 8 pcs.", "G 1/4 BSPP port, 12 deep.",
			"NPT 1/2-14 on the inlet.", "#10-32 UNF tapped holes x 4.", "M3x0.5 - 6H x 6 deep, 12 holes on PCD 45.",
			"Tr20x4 trapezoidal lead screw, 500 long.", "Use 5/16-18 x 1 1/4 hex bolts with washers." };

	static final String[] STANDARDS = { "General tolerances per ISO 2768-mK.", "Dimensioning per ASME Y14.5-2018.",
			"Socket head cap screws DIN 912 / ISO 4762.", "Material cert EN 10204-3.1 required.",
			"Welds per AWS D1.1:2020, inspection per ISO 5817 level B.", "Surface texture per ISO 1302:2002.",
			"Threads per ISO 965-1, tolerance class 6H/6g.", "Drawing standard ISO 128-20, title block ISO 7200.",
			"Steel S235JR per EN 10025-2, galvanised per ISO 1461.", "Aluminium 6061-T6 per ASTM B221.",
			"Quality system ISO 9001:2015 and IATF 16949:2016.", "Cleanliness per ISO 16232, VDA 19.1.",
			"Washers DIN 125-A, nuts DIN 934 / ISO 4032.", "GD&T per ASME Y14.5M-1994 on the legacy drawing.",
			"Springs per DIN 2095, class 2.", "Countersink per ISO 15065 for M4." };

	static final String[] PART_AND_DRAWING_NUMBERS = { "Connector 3-1437289-1 from TE.", "See DWG-2024-0113 rev C.",
			"Part number 5012345678 in the BOM.", "P/N 7701-2234-01 replaces 7701-2234-00.",
			"The old drawing 400-1234-567 is obsolete.", "Use bearing 6205-2RS, qty 4.",
			"Item 12: 9150-0042-A bracket.", "Mold insert 2210-45-003, cavity 2.",
			"Order the seal 90010-12345 from the catalog.", "Replace PN 123456789 with the new revision.",
			"Assembly 100-200-3001 rev B, sub 100-200-3002.", "Drawing no. 4421-0099-002, sheet 2.",
			"McMaster 91290A115 for the screws.", "SKU 2034-1199-87 in stock.",
			"Our internal number for this part is 2023-CN-004512.", "Serial 8412209931 on the nameplate.",
			"Model 3155-40-220 gearbox, ratio 40:1.", "Check ECO 2024-117 before releasing 5530-118." };

	static final String[] ORDER_NUMBERS = { "PO 4500012345 was approved.", "Order #100234987 shipped yesterday.",
			"Invoice 2024-00871 is attached.", "Quote Q-2024-1173 valid for 30 days.",
			"RFQ 55012 for 2500 pcs, delivery in 6 weeks.", "Your order 4512-8873-001 is ready for pickup.",
			"Tracking 1Z999AA10123456784 via UPS.", "PO number 4500987654 line 10.", "Job 24-0318 is on hold.",
			"Ticket 1029384 was closed.", "Ref. 2024/11/0042 in the subject line please.",
			"Sales order 7001234567, delivery 8000123456.", "Invoice no. 99887766 paid on 2024-05-03.",
			"NCR 2024-045 raised for lot 2311-07." };

	static final String[] FILE_NAMES = { "I uploaded bracket_rev3.step and bracket_rev3.pdf.",
			"Open assembly.sldasm, not the part files.", "See readme.md for the build notes.",
			"Send the zip file please, model.zip is fine.", "Exported part.stl and part.3mf for printing.",
			"The macro is in export_bom.py.", "Run build.sh after editing config.ini.",
			"cover_v2.igs and cover_v2.x_t attached.", "drawing.dwg and drawing.dxf are in the folder.",
			"Program is in O1001.nc on the USB stick.", "Check housing.ipt and housing.iam in the vault.",
			"The render is render_final.png, 4K.", "Files: frame.sldprt, frame.slddrw, frame.step.",
			"points.xyz is the scan export.", "Logo.ai and logo.ps for the engraving.",
			"notes.txt has the change list.", "Updated spec.docx and costing.xlsx.", "gear.f3d is the Fusion archive.",
			"Use template.dot for the report.", "I put everything in project.rar and project.7z.",
			"The firmware is main.rs and board.pcb." };

	static final String[] SOFTWARE_VERSIONS = { "I use SolidWorks 2024 SP3.",
			"Fusion 360 v2.0.18719 crashes on export.", "Python 3.11.4 and numpy 1.26.0.",
			"Creo 10.0.2.0 with the latest patch.", "FreeCAD 0.21.2 opens it fine.",
			"Update KiCad to 8.0.1, the footprint libs changed.", "Build 2024.1.3.1245 of Inventor.",
			"NX 2306.4000 on the client side.", "Firmware v2.3.1, bootloader 1.0.7.", "CATIA V5-6R2021 SP4 HF12.",
			"AutoCAD 2025.1.1 and Civil 3D 2025.", "Slicer PrusaSlicer 2.7.4, Cura 5.6.0." };

	static final String[] DATES_AND_TIMES = { "Deadline 2026-12-01 14:30.", "Kickoff on 03/27/2025 at 9:00 AM.",
			"Delivery week 48, i.e. 25.11.2024 - 29.11.2024.", "Meeting moved to 2025-01-15 10:00 CET.",
			"Revision dated 20240113, released 20240120.", "Shipped 1/12/2025, arrives 1/19/2025.",
			"Milestones: 2025-02-01, 2025-03-15, 2025-05-30.", "Call at 14:00-15:30 tomorrow is fine.",
			"Timesheet 2024-W12: 37.5 h.", "Available from 08:00 to 17:00 Monday to Friday.",
			"Last update 2024-04-12 04:04 PM.", "Between 1979-2011 the part was made in cast iron." };

	static final String[] PRICES_AND_QUANTITIES = { "Budget is $1,250.00 for the whole package.",
			"qty 2500, unit price 0.85 EUR.", "Total 12 450,00 € excl. VAT.",
			"Tooling cost $18,500, piece price $2.35 at 10k.", "Quantities 100 / 500 / 1000 / 5000 pcs.",
			"Hourly rate 45 USD, estimate 32 hours.", "Price breaks: 1-99 $12.50, 100-499 $9.80, 500+ $7.25.",
			"Annual volume 120000 parts.", "Order 250000 M3 nuts, 125000 washers.",
			"We paid 1 234 567 for the line last year.", "Milestone payments 30% / 40% / 30% of $6,000." };

	static final String[] COORDINATES = { "Origin at X12.5 Y-3.25 Z0.", "Site is at 40.7128, -74.0060.",
			"Probe points (10.0, 20.0), (110.0, 20.0), (110.0, 80.0).", "Hole 3 at X=45.250 Y=-12.700.",
			"Datum shift 0.125, -0.250, 0.000.", "Camera at 1520.5 -840.25 975.0 looking at origin.",
			"GPS 51.5074 N, 0.1278 W for the install site.", "Node 17: 123.456 789.012 345.678.",
			"Vertex list 0 0 0, 100 0 0, 100 50 0, 0 50 0." };

	static final String[] GCODE = { "G01 X10 Y20 F1500", "G21 G90 G17\nG00 X0 Y0 Z5.0\nG01 Z-1.5 F300",
			"G02 X25.4 Y12.7 I6.35 J0 F800", "M03 S12000\nG01 X100.0 Y100.0 F2500\nM05",
			"N10 G90 G54 G00 X0 Y0\nN20 G43 H01 Z50.0\nN30 M08", "G83 X12.5 Y-30.0 Z-25.0 R2.0 Q3.0 F150",
			"T1 M06 (10MM ENDMILL)\nS8000 M03\nG00 X-5.0 Y-5.0", "G28 G91 Z0\nG90 G00 X150.0 Y200.0\nM30",
			"G94 G01 X-1.0 F50.0\nZ0.975\nG00 X0.383 Z1.269", "O1001 (BRACKET OP10)\nG54 G00 X20.0 Y15.0" };

	static final String[] PLATFORM_MENTIONS = { "We can't use Skype here, let's keep it on the platform.",
			"Send the zip file when ready.", "I saw your LinkedIn ad for the enclosure job.",
			"I don't use WhatsApp or Telegram for work.", "Zoom in on the fillet in view 3, it looks off.",
			"The signal line needs a 10k pull-up.", "Can we do a call through the platform instead of Zoom?",
			"Our teams are split between design and tooling.", "The snap fit needs 0.3 mm more interference.",
			"Center line of the slot is 12.5 from the edge.", "I follow a lot of makers on Instagram.",
			"Please meet the tolerance on the bore.", "I found you through the platform search, not Facebook.",
			"The discord between the two drawings is the hole position.", "Slack in the belt is about 2 mm.",
			"Is GitHub okay for sharing the macros? Never mind, I'll attach them here.",
			"Line 3 of the BOM is wrong." };

	static final String[] GENERAL_CHAT = { "Hi, I reviewed your design and the wall at section A-A is too thin.",
			"Can you add 4 mounting holes at 10 mm from each corner?", "Rev B fixes the interference at the hinge.",
			"The 3D print came out at 99.6% scale, probably shrinkage.", "We need the STEP by Friday, 5 pm.",
			"Please add a 2 mm chamfer on edge 14 and 15.", "Looks good at 1:1, approved for production.",
			"Use 6061-T6, anodize type II black, 10-15 µm.", "Torque the M5 screws to 6 Nm.",
			"@max RPM the spindle hits 24000, check the tool holder.", "Run the FEA at 350 N and 700 N.",
			"Let's keep all communication here on the platform, thanks!",
			"Section 5 covers the inspection plan, Chapter 4 the packaging.",
			"I'll send the drawings tomorrow at 9, after the review.",
			"The part is 3 Main Bearing Drive units? No, it's 2 Servo Drive modules.",
			"Add 4 Mounting Points and 2 Datum Point features to the model.",
			"Top 40 features by rebuild time attached.", "Draw 3 Control Loop diagrams for the report.",
			"Place 2 Drill Point markers per hole.", "Customer wants 12 Pack Way boxes printed.",
			"It was done. It fits perfectly now.", "Good morning.New version is uploaded.",
			"Use Part.show(shape) and doc.recompute() in the macro.", "The value is std.dev of the measurements.",
			"I'll use approx.10 mm spacing.", "See Fig.3 and Tab.2 in the report.",
			"e.g. the hinge and i.e. the latch both need rework.", "Ratio 1:2:3:4 for the gear train.",
			"MAC address aa:bb:cc:dd:ee:ff on the controller.", "IP of the printer is 192.168.0.15 on our LAN." };

	static final String[] SHOP_TALK = { "Rev D: moved the boss 3.5 mm toward datum C, see ECN-2211.",
			"The customer's spec is 0.002\" TIR on the journal, 1.2500/1.2495 dia.",
			"Weld symbol: 6 fillet 50-150 staggered both sides.",
			"Laser cut 2 mm 304 stainless, 1500 x 3000 sheet, nest 24 parts.",
			"Inspection report 2024-0571 attached, CMM program BRKT_OP20.",
			"Volume 125 430 mm3, mass 0.338 kg with density 2.70 g/cm3.",
			"Injection pressure 1200 bar, clamp 150 t, cycle 28 s.", "Please quote 10, 50, 100, 250, 500, 1000 pieces.",
			"I can start on 12/02 and deliver by 12/20.", "Call out the 4x 6.6 THRU ALL, ⌴ 11 ↧ 6.8 counterbores.",
			"Thread depth 1.5xD for aluminium, 1xD for steel.", "Part envelope fits in 250x250x300 build volume.",
			"Tolerance stack: ±0.1 ±0.05 ±0.2 ±0.1 = ±0.45 worst case.",
			"Ordering info: 6205-2Z/C3, 6206-2RS1, 6307-ZZ.", "Use Loctite 243 on M6, torque 10.4 Nm, 8.8 class.",
			"Drawings in ANSI B (11x17) please, not A4.", "Flange ASME B16.5 Class 150, 4\" NPS, 8 bolts 5/8-11.",
			"Gear module 2, 40 teeth, pressure angle 20°, face width 20.",
			"Our ERP number for you is 100234, vendor code V-55871.",
			"Scale factor 1.0025 on X and 0.9987 on Y after calibration.",
			"The print failed at layer 1453 of 2210, 65.7% done.", "Heat treat to 58-62 HRC, case depth 0.8-1.2 mm.",
			"Project ID 2025-0042-ME, cost center 4410.", "Resolution 1920x1080, 60 fps, render time 14:32.",
			"CNC time estimate 2 h 45 min per part, setup 1.5 h.", "Spring rate 12.5 N/mm, free length 45, solid 18.3.",
			"Coordinates of the holes: (25,25) (175,25) (175,125) (25,125).",
			"BOM line 0010 qty 4 item 100-2345, line 0020 qty 8 item 100-2346.",
			"Version 3.2.10 of the post-processor fixes the arc output.",
			"FEA mesh 1 245 678 elements, 2 001 345 nodes.",
			"Please dimension from datum A: 12.70, 25.40, 38.10, 50.80.",
			"Check the fit: 19.987/19.975 shaft in 20.021/20.000 hole.",
			"Lot 20240315-A passed, lot 20240316-B on hold.", "Serial range 100001 to 100250 for this batch.",
			"Hardness 210-250 HB, tensile 620 MPa min.", "Can we meet at 3 pm to go over the drawing?",
			"I'll be at the shop all day tomorrow, send questions here.", "Our office is closed on Monday.",
			"My phone died, I'll reply later today.", "The @param tolerance is passed to the macro.",
			"Email notifications from the platform are fine.",
			"Use gmail-style naming? No, keep the part names as they are.",
			"WhatsApp is not allowed here, I know, let's continue on the platform.",
			"Kindly check www dot nothing, just kidding, the drawing is attached.",
			"Look at the model at full scale before printing.", "4x holes Ø10 at PCD 100, 90° apart, starting at 45°.",
			"Belt length 1250 mm, 5M profile, 25 wide.", "Sheet metal K-factor 0.33, bend deduction 3.48.",
			"See page 12 of ISO 1101:2017 for the symbol.", "He said 1 2 3 4 5 on the intercom test, all channels ok.",
			"Batch 1: 2025-03-01, batch 2: 2025-03-15, batch 3: 2025-04-01.",
			"Temperatures 20 40 60 80 100 120 °C logged every 10 s.", "Use the St 37 steel plate, 10 mm.",
			"The 2 Way valve and 3 Way valve are on sheet 2.", "Assembly time is 3 Man Hours per unit.",
			"Pins at 1 O'Clock and 7 O'Clock positions.", "Read the spec at section 4.2.1 and 4.2.2 please.",
			"Total weight 1,234.5 kg incl. 12.5 kg packaging.", "Node IDs 1045982 1045983 1045990 have high stress.",
			"I'll send 3 options: A, B and C by 5." };

	private EngineeringCorpus() {
	}

	/**
	 * All categories by name.
	 * @return name to texts
	 */
	static Map<String, String[]> categories() {
		Map<String, String[]> categories = new LinkedHashMap<>();
		categories.put("dimensions and tolerances", DIMENSIONS_AND_TOLERANCES);
		categories.put("fits", FITS);
		categories.put("threads", THREADS);
		categories.put("standards", STANDARDS);
		categories.put("part and drawing numbers", PART_AND_DRAWING_NUMBERS);
		categories.put("order numbers", ORDER_NUMBERS);
		categories.put("file names", FILE_NAMES);
		categories.put("software versions", SOFTWARE_VERSIONS);
		categories.put("dates and times", DATES_AND_TIMES);
		categories.put("prices and quantities", PRICES_AND_QUANTITIES);
		categories.put("coordinates", COORDINATES);
		categories.put("g-code", GCODE);
		categories.put("platform mentions", PLATFORM_MENTIONS);
		categories.put("general chat", GENERAL_CHAT);
		categories.put("shop talk", SHOP_TALK);
		return categories;
	}

	/**
	 * Every text of every category.
	 * @return all texts
	 */
	static List<String> all() {
		List<String> all = new ArrayList<>();
		for (String[] texts : categories().values()) {
			all.addAll(List.of(texts));
		}
		return all;
	}

}
