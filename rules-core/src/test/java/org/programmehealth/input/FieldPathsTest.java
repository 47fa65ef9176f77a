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

    /**
     * {@link FieldPaths.Answers#answeredAll} says a set of fields is all answered exactly when each is,
     * once sections are read whole; before that it may only say "ask field by field" (false). Sets of
     * one field, of every field of a section, and of fields from several sections, on every shipped
     * assessment.
     */
    @Test
    void answeredAll_isTrueExactlyWhenEveryFieldOfTheSetIsAnswered() throws IOException {
        List<Assessment> assessments = assessments();
        List<FieldPaths.Accessor> fields = FieldPaths.all().stream().map(FieldPaths::accessor).toList();
        List<List<FieldPaths.Accessor>> sets = new ArrayList<>();
        fields.forEach(f -> sets.add(List.of(f)));
        for (String section : FieldPaths.all().stream().map(p -> p.substring(0, p.indexOf('.'))).distinct().toList()) {
            sets.add(fields.stream().filter(f -> f.path().startsWith(section + ".")).toList());
        }
        for (int i = 0; i + 7 < fields.size(); i += 3) {
            // fields far apart, from different sections (and, past 64 fields, different words of the mask)
            sets.add(List.of(fields.get(i), fields.get((i * 7 + 5) % fields.size()), fields.get(fields.size() - 1 - i)));
        }
        int whole = 0;
        for (int round = 0; round < FieldPaths.Answers.WARM / assessments.size() + 2; round++) {
            for (Assessment a : assessments) {
                FieldPaths.Answers answers = new FieldPaths.Answers(a);
                boolean[] all = new boolean[sets.size()];
                boolean[] said = new boolean[sets.size()];
                boolean known = false;
                for (int i = 0; i < sets.size(); i++) {
                    all[i] = sets.get(i).stream().allMatch(f -> f.in(a) != null);
                    said[i] = answers.answeredAll(FieldPaths.mask(sets.get(i).toArray(new FieldPaths.Accessor[0])));
                    // never true while a field of the set is unanswered
                    assertThat(said[i] && !all[i]).as("%s in %s", sets.get(i), a.programme().id()).isFalse();
                    known |= said[i];
                }
                if (known) {
                    // sections read whole: exact for every set
                    for (int i = 0; i < sets.size(); i++) {
                        assertThat(said[i]).as("%s in %s", sets.get(i), a.programme().id()).isEqualTo(all[i]);
                    }
                    whole++;
                }
            }
        }
        // the rounds past WARM assessments in this JVM know the answers
        assertThat(whole).isGreaterThanOrEqualTo(assessments.size());
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
