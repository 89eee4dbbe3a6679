package com.cadhire.screening;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The screening engine is a plain-Java library: no Spring, no other CadHire module.
 */
class NoSpringInScreeningTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.cadhire.screening");

	@Test
	void screeningDoesNotDependOnSpring() {
		noClasses().that()
			.resideInAPackage("com.cadhire.screening..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(CLASSES);
	}

	@Test
	void screeningDoesNotDependOnOtherCadHirePackages() {
		noClasses().that()
			.resideInAPackage("com.cadhire.screening..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("com.cadhire..").and(not(resideInAPackage("com.cadhire.screening.."))))
			.check(CLASSES);
	}

}
