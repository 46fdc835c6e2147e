package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("platform", "orgunit", "staff", "demo", "shared");
	}
}
