package org.programmehealth;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.programmehealth.internal.Json;
import org.programmehealth.internal.RuleEngine;
import org.programmehealth.internal.WouldClear;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Report;

/**
 * The entry point: reads self-assessments and says which warning signs of "Total Place: Lessons
 * Learnt" they show.
 *
 * <pre>{@code
 * ProgrammeHealth health = ProgrammeHealth.create();          // builds the rule base once (about a second)
 * Assessment assessment = health.read(Path.of("programme.json"));
 * Report report = health.assess(assessment);                   // fast; any thread
 * String json = health.toJson(report);
 * }</pre>
 *
 * <p>Build one instance and share it: it is immutable and thread-safe, and every call to
 * {@link #assess} runs in its own rule session. Bad input gives an
 * {@link InvalidAssessmentException} that lists every problem; nothing else is thrown on purpose
 * but {@link ProgrammeHealthException}.
 */
public final class ProgrammeHealth {

    private final RuleEngine engine;
    private final AssessmentFormat format;
    private final ClassLoader classLoader;

    private ProgrammeHealth(Builder builder) {
        this.format = AssessmentFormat.withLimits(builder.limits);
        this.classLoader = builder.classLoader;
        this.engine = RuleEngine.load(builder.classLoader, builder.thresholds);
    }

    /** An engine with the catalogue's default thresholds and the default input limits. */
    public static ProgrammeHealth create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates an assessment file (UTF-8 JSON).
     *
     * @throws InvalidAssessmentException naming the file and every problem, with JSON path and position
     */
    public Assessment read(Path file) {
        Objects.requireNonNull(file, "file");
        return format.read(file);
    }

    /**
     * Reads and validates an assessment from JSON text.
     *
     * @param source the name to use in messages, e.g. a file name or "line 7 of batch.jsonl"
     * @throws InvalidAssessmentException naming the source and every problem
     */
    public Assessment parse(String json, String source) {
        Objects.requireNonNull(source, "source");
        return format.parse(json, source);
    }

    /** Every problem in an assessment's JSON text, in source order; empty when it is valid. */
    public List<Problem> validate(String json, String source) {
        return format.validate(json, source);
    }

    /**
     * Assesses one programme against the catalogue. Thread-safe. Each diagnostic says what would
     * clear it: the nearest single-answer changes, each confirmed by re-assessing.
     *
     * @throws NullPointerException if {@code assessment} or its programme is null
     */
    public Report assess(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(assessment.programme(), "assessment.programme");
        return WouldClear.annotate(engine, format, assessment, engine.assess(assessment));
    }

    /** The report as JSON: the contract's fields in a fixed order, LF line ends, the same bytes for the same report. */
    public String toJson(Report report) {
        return Json.write(Objects.requireNonNull(report, "report"));
    }

    /** The reader this engine uses, with its limits. */
    public AssessmentFormat format() {
        return format;
    }

    /** Which catalogue this engine runs: version, number of rules, fingerprint. */
    public CatalogueInfo catalogue() {
        return engine.catalogue();
    }

    /** Every rule of the catalogue with its metadata, sorted by id. */
    public List<RuleInfo> rules() {
        return engine.rules();
    }

    /** The thresholds in force, by name. */
    public Map<String, Double> thresholds() {
        return engine.thresholds();
    }

    /** Where this engine found its catalogue; the catalogue docs read each sign's cases from it. */
    ClassLoader classLoader() {
        return classLoader;
    }

    /** Configures an engine. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private final Map<String, Number> thresholds = new LinkedHashMap<>();
        private InputLimits limits = InputLimits.defaults();
        private ClassLoader classLoader = ProgrammeHealth.class.getClassLoader();

        private Builder() {
        }

        /**
         * Replaces a threshold's default. Unknown names are refused when the engine is built.
         *
         * @throws NullPointerException if name or value is null
         */
        public Builder threshold(String name, Number value) {
            thresholds.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Replaces several thresholds' defaults. */
        public Builder thresholds(Map<String, ? extends Number> values) {
            values.forEach(this::threshold);
            return this;
        }

        /** Limits on input documents; {@link InputLimits#defaults()} unless set. */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Where to find the rule catalogue; the library's own class loader unless set. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Builds the rule base (about a second) and the engine.
         *
         * @throws ProgrammeHealthException if the catalogue is missing or broken, or a threshold is unknown
         */
        public ProgrammeHealth build() {
            return new ProgrammeHealth(this);
        }
    }
}
