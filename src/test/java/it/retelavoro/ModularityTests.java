package it.retelavoro;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their boundaries; their diagram is written to docs/modules. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RetelavoroApplication.class);

    @Test
    void modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
