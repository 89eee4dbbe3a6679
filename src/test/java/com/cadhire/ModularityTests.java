package com.cadhire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CadHireApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		Files.deleteIfExists(Path.of("target/spring-modulith-docs", "components.puml"));
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(Path.of("target/spring-modulith-docs", "components.puml")).isNotEmptyFile();
		assertThat(Path.of("target/spring-modulith-docs", "module-hiring.puml")).isNotEmptyFile();
	}

}
