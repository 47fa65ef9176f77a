package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.programmehealth.AssessmentFormat;
import org.programmehealth.model.Assessment;

/**
 * An assessment's answers read once per call ({@link FieldPaths.Answers}) are the answers each
 * field's own reader finds: field by field (a JVM's first assessments) and each section at once
 * (after {@link FieldPaths.Answers#WARM}), for full, sparse and story assessments, sections absent
 * included.
 */
class FieldPathsTest {

    private static final Path ASSESSMENTS = Path.of("../examples/assessments");

    @Test
    void answersReadOnce_areTheAnswersEachFieldsReaderFinds_beforeAndAfterSectionsAreReadWhole() throws IOException {
        List<Assessment> assessments = assessments();
        assertThat(assessments).hasSizeGreaterThan(5);
        assertThat(assessments).as("some assessment leaves a whole section out")
                .anyMatch(a -> a.locality() == null || a.rollOut() == null || a.learning() == null);
        int compared = 0;
        // past WARM assessments in this JVM, whichever tests ran before: both ways of reading are compared
        for (int round = 0; round < FieldPaths.Answers.WARM / assessments.size() + 2; round++) {
            for (Assessment a : assessments) {
                FieldPaths.Answers answers = new FieldPaths.Answers(a);
                // in the format's order, then again (an answer asked for twice is read once)
                for (int twice = 0; twice < 2; twice++) {
                    for (String path : FieldPaths.all()) {
                        FieldPaths.Accessor field = FieldPaths.accessor(path);
                        assertThat(answers.get(field)).as("%s in %s", path, a.programme().id()).isEqualTo(field.in(a));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(FieldPaths.Answers.WARM * FieldPaths.all().size());
    }

    private static List<Assessment> assessments() throws IOException {
        AssessmentFormat format = AssessmentFormat.defaults();
        List<Assessment> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ASSESSMENTS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(format.read(p));
            }
        }
        return out;
    }
}
