package org.programmehealth.examples.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small PMO integration: reads the PMO's programmes, assesses each with the library, and stores
 * the reports. One bad record or one failed save is logged and reported in the outcome; it never
 * stops the review of the others.
 *
 * <pre>{@code
 * ProgrammeHealth health = ProgrammeHealth.create();            // once, at start-up
 * PortfolioReview review = new PortfolioReview(health, repository, store);
 * PortfolioReview.Outcome outcome = review.run();              // e.g. nightly
 * }</pre>
 *
 * Thread-safe if the repository and store are: it holds no state between runs, and the engine is
 * shared.
 */
public final class PortfolioReview {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioReview.class);

    private final ProgrammeHealth health;
    private final ProgrammeRepository repository;
    private final ReportStore store;

    /**
     * What a run did.
     *
     * @param stored the codes of the programmes whose reports were stored, in the PMO's order
     * @param failed the codes of the others, each with the reason
     */
    public record Outcome(List<String> stored, Map<String, String> failed) {
        public Outcome {
            stored = List.copyOf(stored);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        }
    }

    public PortfolioReview(ProgrammeHealth health, ProgrammeRepository repository, ReportStore store) {
        this.health = Objects.requireNonNull(health, "health");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Assesses every active programme and stores its report. */
    public Outcome run() {
        List<String> stored = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (PmoProgramme p : repository.activeProgrammes()) {
            String code = p.code() == null || p.code().isBlank() ? "(no code)" : p.code();
            Report report;
            try {
                Assessment assessment = PmoMapping.toAssessment(p);
                report = health.assess(assessment);
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping {}: {}", code, e.getMessage());
                failed.put(code, e.getMessage());
                continue;
            }
            try {
                store.save(new ReportStore.StoredReport(code, report.programme().assessedOn(), report.score().overall(),
                        report.diagnostics().size(), health.toJson(report)));
                stored.add(code);
                LOG.info("Stored the report of {}: overall {}, {} warning signs", code, report.score().overall(),
                        report.diagnostics().size());
            } catch (RuntimeException e) {
                LOG.error("Could not store the report of {}: {}", code, e.toString());
                failed.put(code, "could not store the report: " + e.getMessage());
            }
        }
        return new Outcome(stored, failed);
    }
}
