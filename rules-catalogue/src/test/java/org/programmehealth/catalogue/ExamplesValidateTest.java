package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.programmehealth.AssessmentFormat;

/** Every example assessment and every case is a valid document of the public format (JSON Schema and cross-field checks). */
class ExamplesValidateTest {

    private static final Path EXAMPLES = Path.of("../examples/assessments");

    @TestFactory
    Stream<DynamicTest> everyExampleAssessment_andEveryCase_validatesAgainstTheFormat() throws IOException {
        AssessmentFormat format = AssessmentFormat.defaults();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals("expected.json"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        Stream<DynamicTest> examples = files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
                () -> assertThat(format.validate(f)).as(f.toString()).isEmpty()));
        Stream<DynamicTest> cases = Catalogue.cases().stream().map(c -> DynamicTest.dynamicTest(c.sign() + ": " + c.name(),
                () -> c.jsons().forEach(json -> assertThat(format.validate(json, c.name())).isEmpty())));
        return Stream.concat(examples, cases);
    }
}
