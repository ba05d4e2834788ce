package dev.marquee.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MarqueeServer.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void catalogDependsOnNoOtherBusinessModule() {
        ApplicationModule catalog = modules.getModuleByName("catalog").orElseThrow();
        assertThat(catalog.getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
                .containsOnly("platform");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
