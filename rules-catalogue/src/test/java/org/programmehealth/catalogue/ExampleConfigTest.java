package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.programmehealth.ProgrammeHealth;

/**
 * The examples' configuration file holds against the real catalogue: every rule, sign and threshold
 * it names exists, and its custom rules compile beside the catalogue's. (How a configuration file is
 * read is the engine's to test, in rules-core.)
 */
class ExampleConfigTest {

    @Test
    void theExampleConfigurationFile_isValid() {
        ProgrammeHealth health = ProgrammeHealth.builder().config(Path.of("../examples/config/team-config.json")).build();
        assertThat(health.tailoring().customRules().ids()).containsExactly("portfolio-risk/red-rated-by-portfolio-office");
    }
}
