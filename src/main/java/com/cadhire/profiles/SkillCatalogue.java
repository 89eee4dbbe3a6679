package com.cadhire.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.cadhire.profiles.Skill.Category;

/**
 * The skills experts pick from: CAD software and disciplines. A profile may also carry
 * free tags; {@link #normalize(String)} decides which a typed skill is.
 */
public final class SkillCatalogue {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final List<Skill> SKILLS = List.of(software("solidworks", "SolidWorks"),
			software("autocad", "AutoCAD"), software("fusion-360", "Fusion 360"), software("catia", "CATIA"),
			software("creo", "Creo"), software("inventor", "Inventor"), software("siemens-nx", "Siemens NX"),
			software("rhino", "Rhino"), software("grasshopper", "Grasshopper"), software("revit", "Revit"),
			software("sketchup", "SketchUp"), software("onshape", "Onshape"), software("freecad", "FreeCAD"),
			software("keyshot", "KeyShot"), software("blender", "Blender"), software("solid-edge", "Solid Edge"),
			software("civil-3d", "Civil 3D"), software("archicad", "ArchiCAD"), software("ansys", "ANSYS"),
			software("abaqus", "Abaqus"), software("comsol", "COMSOL"), software("zbrush", "ZBrush"),
			software("altium", "Altium Designer"), software("kicad", "KiCad"), software("microstation", "MicroStation"),
			software("vectorworks", "Vectorworks"), software("3ds-max", "3ds Max"),
			software("draftsight", "DraftSight"), software("mastercam", "Mastercam"),
			discipline("3d-modelling", "3D modelling"), discipline("2d-drafting", "2D drafting"),
			discipline("product-design", "Product design"), discipline("mechanical-design", "Mechanical design"),
			discipline("architectural-cad", "Architectural CAD"), discipline("sheet-metal", "Sheet metal"),
			discipline("injection-moulding", "Injection moulding"), discipline("gd-and-t", "GD&T"),
			discipline("fea", "FEA"), discipline("cfd", "CFD"), discipline("rendering", "Rendering"),
			discipline("pcb-ecad", "PCB / ECAD"), discipline("reverse-engineering", "Reverse engineering"),
			discipline("surface-modelling", "Surface modelling"), discipline("3d-printing", "3D printing / DfAM"),
			discipline("cnc-cam", "CNC / CAM"), discipline("bim", "BIM"), discipline("structural", "Structural design"),
			discipline("tolerance-analysis", "Tolerance analysis"),
			discipline("technical-drawings", "Technical drawings"), discipline("jewellery-cad", "Jewellery CAD"),
			discipline("furniture-design", "Furniture design"), discipline("piping", "Piping and plant design"));

	/** Catalogue entries by the lower-cased form of their slug and of their name. */
	private static final Map<String, Skill> BY_KEY;

	static {
		Map<String, Skill> byKey = new LinkedHashMap<>();
		for (Skill skill : SKILLS) {
			byKey.put(skill.slug(), skill);
			byKey.put(key(skill.name()), skill);
		}
		BY_KEY = Map.copyOf(byKey);
	}

	private SkillCatalogue() {
	}

	/**
	 * @return every catalogue entry, software first, in display order
	 */
	public static List<Skill> all() {
		return SKILLS;
	}

	/**
	 * @param slugOrName a slug or a name, in any case
	 * @return the catalogue entry, if the text names one
	 */
	public static Optional<Skill> find(String slugOrName) {
		return Optional.ofNullable(BY_KEY.get(key(slugOrName)));
	}

	/**
	 * Trims a typed skill and collapses its inner whitespace.
	 * @param typed the skill as typed
	 * @return the tidy form
	 */
	public static String tidy(String typed) {
		return WHITESPACE.matcher(typed.strip()).replaceAll(" ");
	}

	/**
	 * The form two skills are compared in: tidy and lower case.
	 * @param typed the skill as typed
	 * @return the comparison key
	 */
	public static String key(String typed) {
		return tidy(typed).toLowerCase(Locale.ROOT);
	}

	/**
	 * Turns a typed skill into what a profile stores: a catalogue slug if the text names
	 * a catalogue entry (by slug or name), otherwise a tidy free tag.
	 * @param typed the skill as typed
	 * @return the stored skill and its comparison key
	 */
	public static ProfileSkill normalize(String typed) {
		return find(typed).map((skill) -> new ProfileSkill(skill.slug(), skill.slug()))
			.orElseGet(() -> new ProfileSkill(tidy(typed), key(typed)));
	}

	/**
	 * @param skill a stored skill: a slug or a free tag
	 * @return the name people read: the catalogue name, or the tag itself
	 */
	public static String nameOf(String skill) {
		return find(skill).map(Skill::name).orElse(skill);
	}

	private static Skill software(String slug, String name) {
		return new Skill(slug, name, Category.SOFTWARE);
	}

	private static Skill discipline(String slug, String name) {
		return new Skill(slug, name, Category.DISCIPLINE);
	}

}
