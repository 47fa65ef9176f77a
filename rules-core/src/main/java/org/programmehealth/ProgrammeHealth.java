package org.programmehealth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.programmehealth.config.ConfigFile;
import org.programmehealth.config.EngineSettings;
import org.programmehealth.input.Json;
import org.programmehealth.engine.RuleEngine;
import org.programmehealth.clearing.WouldClear;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Programme;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Waiver;

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
    private final boolean wouldClear;

    private ProgrammeHealth(Builder builder) {
        this.format = AssessmentFormat.withLimits(builder.limits);
        this.classLoader = builder.classLoader;
        this.wouldClear = builder.wouldClear;
        EngineSettings settings = new EngineSettings(builder.thresholds, builder.disabledRules,
                builder.disabledSigns, builder.severities, builder.waivers, builder.customRules, builder.origins);
        this.engine = builder.catalogueOf != null ? builder.catalogueOf.engine.withSettings(settings)
                : builder.compileCatalogue ? RuleEngine.compile(builder.classLoader, settings)
                : RuleEngine.load(builder.classLoader, settings);
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
     * Assesses one programme against the catalogue. Thread-safe. With
     * {@link Builder#wouldClear(boolean)} on, each diagnostic also says what would clear it: the
     * nearest single-answer changes, each confirmed by re-assessing (this costs many assessments
     * per diagnostic, so it is off unless asked for).
     *
     * @throws NullPointerException if {@code assessment} or its programme is null
     */
    public Report assess(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(assessment.programme(), "assessment.programme");
        if (assessment.respondent() != null) {
            Report report = engine.assess(List.of(assessment));
            return wouldClear ? WouldClear.annotate(engine, format, assessment, report) : report;
        }
        if (!wouldClear) {
            return engine.assess(assessment);
        }
        return WouldClear.assess(engine, assessment);
    }

    /**
     * Assesses several responses about one programme as one (several perspectives: the centre, a
     * locality, a partner, an independent reviewer). Every response is assessed by the whole
     * catalogue on its own answers, and the rules that compare perspectives
     * ({@code COLLIDING_MINDSETS}, {@code SHARED_UNDERSTANDING}) compare them. The report lists
     * each diagnostic once, with who sees it ({@code seenBy}, with the evidence of their answers) and
     * who answered and does not; a rule is not assessed only when no respondent could assess it; a
     * warning any respondent sees counts in the score. The same responses in any order give the same
     * report. One response is assessed as {@link #assess(Assessment)} does. Thread-safe. With
     * several responses, {@code wouldClear} is not worked out (which respondent's answer to change
     * is for the people to decide).
     *
     * @throws IllegalArgumentException   if the list is empty
     * @throws NullPointerException       if the list or a response is null
     * @throws InvalidAssessmentException if the responses are not about the same programme (the same
     *                                    {@code programme.id}, {@code name} and {@code assessedOn}), or one of
     *                                    several does not say who answered ({@code respondent})
     */
    public Report assess(List<Assessment> responses) {
        Objects.requireNonNull(responses, "responses");
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("no responses to assess");
        }
        responses.forEach(a -> Objects.requireNonNull(Objects.requireNonNull(a, "response").programme(), "response.programme"));
        if (responses.size() == 1) {
            return assess(responses.get(0));
        }
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            sources.add("response " + (i + 1));
        }
        checkTogether(responses, sources);
        return engine.assess(responses);
    }

    /**
     * Checks that responses can be assessed together: all about one programme (the same
     * {@code programme.id}, {@code programme.name} and {@code programme.assessedOn}) and, when there are
     * several, each saying who answered ({@code respondent}).
     *
     * @param sources the name of each response in messages (e.g. its file name), in the same order
     * @throws InvalidAssessmentException naming both responses that disagree, or the one without a respondent
     */
    public static void checkTogether(List<Assessment> responses, List<String> sources) {
        Responses.checkTogether(responses, sources);
    }

    /** The report as JSON: the contract's fields in a fixed order, LF line ends, the same bytes for the same report. */
    public String toJson(Report report) {
        return Json.write(Objects.requireNonNull(report, "report"));
    }

    /**
     * The report as compact JSON on one line, without a line end: the same fields, in the same order
     * and with the same values as {@link #toJson}, for JSON Lines (the command line's {@code batch}).
     */
    public String toJsonLine(Report report) {
        return Json.writeCompact(Objects.requireNonNull(report, "report"));
    }

    /** The reader this engine uses, with its limits. */
    public AssessmentFormat format() {
        return format;
    }

    /** Which catalogue this engine runs: version, number of rules it ships, fingerprint. */
    public CatalogueInfo catalogue() {
        return engine.catalogue();
    }

    /** How this engine's catalogue was tailored (the same in every report); {@link Tailoring#isEmpty()} if not at all. */
    public Tailoring tailoring() {
        return engine.tailoring();
    }

    /**
     * Every rule in force, with its metadata, sorted by id: the catalogue's, less those disabled, plus
     * custom rules; severities as overridden.
     */
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

    /**
     * Configures an engine: thresholds, rules and signs switched off, severities, waivers and custom
     * rules, set one by one or from a configuration file ({@link #config(Path)}); a later setting
     * replaces an earlier one of the same thing. Every name is checked when the engine is built: an
     * unknown rule, sign or threshold is an error, never ignored. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private final Map<String, Number> thresholds = new LinkedHashMap<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Set<String> disabledSigns = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private final List<EngineSettings.CustomRulesLocation> customRules = new ArrayList<>();
        private final Map<String, String> origins = new HashMap<>();
        private InputLimits limits = InputLimits.defaults();
        private boolean wouldClear;
        private ClassLoader classLoader = ProgrammeHealth.class.getClassLoader();
        private boolean compileCatalogue;
        private ProgrammeHealth catalogueOf;

        private Builder() {
        }

        /**
         * Replaces a threshold's default. Unknown names are refused when the engine is built.
         *
         * @throws NullPointerException if name or value is null
         */
        public Builder threshold(String name, Number value) {
            thresholds.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            origins.remove("thresholds/" + name);
            return this;
        }

        /** Replaces several thresholds' defaults. */
        public Builder thresholds(Map<String, ? extends Number> values) {
            values.forEach(this::threshold);
            return this;
        }

        /**
         * Switches a rule off: it is left out of the rule base, never fires and does not count in
         * coverage. The report's {@code tailoring} lists it.
         *
         * @throws NullPointerException if ruleId is null
         */
        public Builder disableRule(String ruleId) {
            disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /** Switches off every rule of a sign (e.g. {@code "INCREMENTALISM"}), as {@link #disableRule} does one. */
        public Builder disableSign(String sign) {
            disabledSigns.add(Objects.requireNonNull(sign, "sign"));
            return this;
        }

        /**
         * Gives a warning rule another severity (and so another penalty). The report's
         * {@code tailoring} shows the catalogue's severity and the one in force.
         *
         * @throws NullPointerException if ruleId or severity is null
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            origins.remove("severityOverrides/" + ruleId);
            return this;
        }

        /**
         * Acknowledges a rule's or a sign's diagnostics until the waiver expires: they stay in the
         * report, marked with the waiver, and cost no points. The report says which waivers applied,
         * which had expired and which matched nothing.
         *
         * @throws NullPointerException if waiver is null
         */
        public Builder waive(Waiver waiver) {
            waivers.add(Objects.requireNonNull(waiver, "waiver"));
            return this;
        }

        /**
         * Adds every {@code .drl} file under a folder to the rules, compiled when the engine is built
         * (seconds, not milliseconds). Each rule needs the same annotations as the catalogue's own, and
         * an id of its own. <strong>DRL is code that runs in your process: load only rules you trust.</strong>
         *
         * @throws NullPointerException if folder is null
         */
        public Builder customRules(Path folder) {
            customRules.add(EngineSettings.CustomRulesLocation.folder(Objects.requireNonNull(folder, "folder")));
            return this;
        }

        /** As {@link #customRules(Path)}, for a folder on the class path of {@link #classLoader} (e.g. {@code "com/acme/rules"}). */
        public Builder customRulesOnClasspath(String folder) {
            customRules.add(EngineSettings.CustomRulesLocation.classpath(Objects.requireNonNull(folder, "folder")));
            return this;
        }

        /**
         * Applies a configuration file (JSON): {@code thresholds}, {@code disabledRules},
         * {@code disabledSigns}, {@code severityOverrides}, {@code waivers} and {@code customRules}
         * (folders relative to the file, or {@code classpath:a/folder}), each optional. Read now, strictly.
         *
         * @throws ProgrammeHealthException naming the file and the JSON path, if the file cannot be read,
         *                                  is not JSON, has an unknown key or a value of the wrong type
         */
        public Builder config(Path file) {
            Objects.requireNonNull(file, "file");
            ConfigFile c = ConfigFile.read(file);
            c.thresholds().forEach((name, value) -> {
                threshold(name, value);
                origins.put("thresholds/" + name, file + ": $.thresholds['" + name + "']");
            });
            c.disabledRules().forEach(id -> {
                disableRule(id);
                origins.putIfAbsent("disabledRules/" + id, file + ": $.disabledRules");
            });
            c.disabledSigns().forEach(sign -> {
                disableSign(sign);
                origins.putIfAbsent("disabledSigns/" + sign, file + ": $.disabledSigns");
            });
            c.severityOverrides().forEach((id, sev) -> {
                severity(id, sev);
                origins.put("severityOverrides/" + id, file + ": $.severityOverrides['" + id + "']");
            });
            for (int i = 0; i < c.waivers().size(); i++) {
                ConfigFile.WaiverEntry w = c.waivers().get(i);
                origins.put("waivers/" + waivers.size(), file + ": $.waivers[" + i + "]");
                waive(new Waiver(w.rule(), w.sign(), w.reason(), w.owner(), w.expires()));
            }
            c.customRules().forEach(entry -> customRules.add(ConfigFile.location(file, entry)));
            return this;
        }

        /** Limits on input documents; {@link InputLimits#defaults()} unless set. */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether each diagnostic should say what would clear it ({@code wouldClear} in the report).
         * Off by default: working it out re-assesses the programme many times per diagnostic, which
         * suits a report for people (the command-line tool turns it on) more than a busy service.
         */
        public Builder wouldClear(boolean on) {
            this.wouldClear = on;
            return this;
        }

        /** Where to find the rule catalogue; the library's own class loader unless set. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * For the engine's own tests: compiles the catalogue found on {@link #classLoader} from its DRL
         * when the engine is built (seconds), instead of loading the model that {@code kie-maven-plugin}
         * generates into the catalogue's jar; for a catalogue that has none, such as the fixture beside
         * rules-core's tests. Not public: embedders always run the catalogue as built.
         */
        Builder compileCatalogue() {
            this.compileCatalogue = true;
            return this;
        }

        /**
         * For the engine's own tests: runs the same catalogue's rules as another engine (neither loaded
         * nor compiled again), with this builder's settings, and finds custom rules on the class path
         * where that engine found its catalogue.
         */
        Builder catalogueOf(ProgrammeHealth other) {
            this.catalogueOf = Objects.requireNonNull(other, "other");
            this.classLoader = other.classLoader;
            return this;
        }

        /**
         * Builds the rule base (about a second; custom rules add the time to compile them) and the engine.
         *
         * @throws ProgrammeHealthException if the catalogue is missing or broken, a custom rule does not
         *                                  compile or lacks metadata, or a setting names an unknown rule,
         *                                  sign or threshold
         */
        public ProgrammeHealth build() {
            return new ProgrammeHealth(this);
        }
    }
}
