package org.programmehealth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.drools.core.util.BinaryHeapQueue;
import org.drools.core.util.TreeSetQueue;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.programmehealth.Fixture;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.rules.Extensions;
import org.programmehealth.rules.History;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * A session's rules queue in Drools' binary heap instead of its tree set ({@link AgendaQueue}): the
 * Drools we ship with lets us set it, and the fixture's rules fire in the same order either way, over
 * every fixture case and every shipped assessment.
 */
class AgendaQueueTest {

    private static final Path ASSESSMENTS = Path.of("../examples/assessments");
    private static final ProgrammeHealth HEALTH = Fixture.engine();
    private static final KieBase BASE = fixtureBase();

    private static KieBase fixtureBase() {
        URL root = Objects.requireNonNull(AgendaQueueTest.class.getClassLoader().getResource("fixture-catalogue/"));
        ClassLoader loader = new URLClassLoader("fixture-catalogue", new URL[] {root}, AgendaQueueTest.class.getClassLoader());
        return RuleBase.build(RuleBase.compiledModels(CatalogueSource.load(loader), loader));
    }

    @Test
    void theDroolsWeShipWith_letsANewSessionQueueItsRulesInTheBinaryHeap() {
        assertThat(AgendaQueue.available()).as("Drools' agenda group still has the queue field we set").isTrue();
        KieSession session = BASE.newKieSession();
        try {
            assertThat(AgendaQueue.queueOf(session)).as("Drools' own choice").isEqualTo(TreeSetQueue.class);
            AgendaQueue.useBinaryHeap(session);
            assertThat(AgendaQueue.queueOf(session)).isEqualTo(BinaryHeapQueue.class);
        } finally {
            session.dispose();
        }
    }

    @Test
    void everyCaseAndShippedAssessment_firesTheSameMatchesInTheSameOrder_withEitherQueue() throws IOException {
        List<Assessment> assessments = new ArrayList<>();
        for (Fixture.Case c : Fixture.cases()) {
            assessments.add(HEALTH.parse(c.json(), c.sign() + ": " + c.name()));
        }
        for (Path file : shipped()) {
            assessments.add(HEALTH.read(file));
        }
        int severalFired = 0;
        for (Assessment a : assessments) {
            List<String> treeSet = fired(a, false);
            assertThat(fired(a, true)).as(a.programme().id()).containsExactlyElementsOf(treeSet);
            severalFired += treeSet.size() > 1 ? 1 : 0;
        }
        assertThat(severalFired).as("assessments on which the order of firing shows").isGreaterThanOrEqualTo(3);
    }

    private static List<Path> shipped() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : List.of(ASSESSMENTS, ASSESSMENTS.resolve("stories"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Every match the whole catalogue fires over the assessment, in the order fired. */
    private static List<String> fired(Assessment a, boolean binaryHeap) {
        Matches out = new Matches();
        KieSession session = BASE.newKieSession();
        try {
            SessionGlobals.install(session, new Thresholds(HEALTH.thresholds()), out);
            if (binaryHeap) {
                AgendaQueue.useBinaryHeap(session);
            }
            for (Object section : RuleSession.sections(a)) {
                if (section != null) {
                    session.insert(section);
                }
            }
            session.insert(new History(a, RuleSession.ANSWERS));
            session.insert(new Extensions(a.extensions()));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return out.all().stream().map(Matches.Match::toString).toList();
    }
}
