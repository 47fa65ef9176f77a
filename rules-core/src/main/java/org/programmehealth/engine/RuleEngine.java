package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drools.model.Model;
import org.kie.api.KieBase;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.RuleInfo;
import org.programmehealth.config.EngineSettings;
import org.programmehealth.input.FieldPaths;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Tailoring;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * The rule base, built once, and the assessment of one programme against it. Thread-safe: the
 * Drools {@link KieBase} and everything else here is immutable after construction; each
 * assessment gets its own session and collector.
 *
 * <p>What can be worked out once is worked out when the engine is built, not per assessment: the
 * rules switched off are left out of the rule base (they cost nothing), every answer a rule needs
 * is read through a bound accessor (no reflection), and message and condition templates are split
 * and have their thresholds filled in.
 *
 * <p>A facade over the package's steps: {@link RuleBase} (the model index and the rule base),
 * {@link CustomRules} and {@link Definitions} (custom rules merged with the catalogue's),
 * {@link SettingsCheck}, {@link ThresholdDeclarations}, {@link Tailor}, {@link ModelFilter},
 * {@link CompiledRules}, {@link Applicability}, {@link RuleSession}, {@link ReportAssembly} and
 * {@link EvidenceBuilder}.
 */
public final class RuleEngine {

    private final CompiledRules rules;
    private final RuleSession session;
    private final ReportAssembly assembly;
    private final Thresholds thresholds;
    private final CatalogueInfo catalogue;
    private final Tailoring tailoring;
    private final List<RuleInfo> infos;
    private final Origin origin;

    /**
     * Where the catalogue's rules came from, to build another engine on them ({@link #withSettings}):
     * the class loader, and for a catalogue compiled at run time its sources and models, which an
     * engine on the generated model does not keep (it loads them again, in milliseconds).
     */
    private record Origin(CatalogueSource source, List<Model> models, ClassLoader loader, boolean compiled) {
        Origin kept() {
            return compiled ? this : new Origin(null, null, loader, false);
        }
    }

    private RuleEngine(KieBase kieBase, java.util.function.Supplier<KieBase> comparingBase, Map<String, RuleDefinition> rules, Thresholds thresholds, CatalogueInfo catalogue,
                       Tailoring tailoring, EngineSettings settings, Origin origin) {
        this.origin = origin;
        this.thresholds = thresholds;
        this.catalogue = catalogue;
        this.tailoring = tailoring;
        this.rules = CompiledRules.compile(rules, thresholds.asMap());
        this.session = new RuleSession(kieBase, comparingBase, thresholds, this.rules);
        this.assembly = new ReportAssembly(this.rules, catalogue, tailoring, settings.waivers());
        this.infos = RuleInfos.of(rules.values(), thresholds.asMap());
    }

    /**
     * Builds the rule base from the catalogue on the class path and any custom rules, tailored by
     * the settings.
     *
     * @throws ProgrammeHealthException if the catalogue is missing or broken, a custom rule does not
     *                                  compile or lacks metadata, or a setting names something unknown
     */
    public static RuleEngine load(ClassLoader loader, EngineSettings settings) {
        CatalogueSource source = CatalogueSource.load(loader);
        return load(new Origin(source, RuleBase.builtInModels(loader), loader, false), settings);
    }

    /**
     * For the engine's own tests: as {@link #load(ClassLoader, EngineSettings)}, but compiles the
     * catalogue's DRL now (seconds) instead of loading the model generated at build time, for a
     * catalogue that has none (the fixture beside rules-core's tests). Production never calls this.
     */
    public static RuleEngine compile(ClassLoader loader, EngineSettings settings) {
        CatalogueSource source = CatalogueSource.load(loader);
        return load(new Origin(source, RuleBase.compiledModels(source, loader), loader, true), settings);
    }

    /**
     * Another engine on this one's catalogue, with other settings: the same rules, neither loaded nor
     * compiled again; custom rules on the class path are looked for where the catalogue was found.
     */
    public RuleEngine withSettings(EngineSettings settings) {
        return origin.compiled() ? load(origin, settings) : load(origin.loader(), settings);
    }

    private static RuleEngine load(Origin origin, EngineSettings settings) {
        CatalogueSource source = origin.source();
        List<Model> builtIn = origin.models();
        ClassLoader loader = origin.loader();
        CustomRules.Compiled custom = settings.customRules().isEmpty() ? null
                : CustomRules.compile(settings.customRules(), loader);

        Definitions definitions = Definitions.of(builtIn, custom, source);
        SettingsCheck.check(settings, definitions.all());
        Tailor inForce = Tailor.of(definitions.all(), settings);
        ThresholdDeclarations thresholds = ThresholdDeclarations.resolve(definitions.all().values(),
                definitions.customIds(), settings);

        List<Model> models = new ArrayList<>(ModelFilter.only(builtIn, inForce.rules().keySet()));
        if (custom != null) {
            models.addAll(ModelFilter.only(custom.models(), inForce.rules().keySet()));
        }
        // the rules that compare several responses get a rule base of their own: a session over one
        // response then holds none of their network (they could never fire in it)
        Set<String> comparing = new HashSet<>();
        inForce.rules().forEach((id, r) -> {
            if (r.comparesResponses()) {
                comparing.add(id);
            }
        });
        Set<String> single = new HashSet<>(inForce.rules().keySet());
        single.removeAll(comparing);
        KieBase kieBase = RuleBase.build(ModelFilter.only(models, single));
        // built when first needed: most runs assess one response at a time and never compare
        java.util.function.Supplier<KieBase> comparingBase = comparing.isEmpty() ? null
                : RuleBase.lazily(ModelFilter.only(models, comparing).stream().filter(m -> !m.getRules().isEmpty()).toList());

        Tailoring tailoring = inForce.tailoring(settings, thresholds.changes(), custom == null ? null
                : new Tailoring.CustomRules(List.copyOf(definitions.customIds()), custom.fingerprint()));
        CatalogueInfo info = new CatalogueInfo(source.version(), definitions.shipped(), source.fingerprint());
        return new RuleEngine(kieBase, comparingBase, inForce.rules(), new Thresholds(thresholds.values()), info, tailoring, settings, origin.kept());
    }

    public CatalogueInfo catalogue() {
        return catalogue;
    }

    public Tailoring tailoring() {
        return tailoring;
    }

    public List<RuleInfo> rules() {
        return infos;
    }

    public Map<String, Double> thresholds() {
        return thresholds.asMap();
    }

    /** Assesses one programme. Never returns a partial report: an error in a rule is an exception naming it. */
    public Report assess(Assessment a) {
        Scope scope = scope(a);
        return report(a, scope, session.run(a, scope.assessable()));
    }

    /** A report of one programme and, still open over it, the rule session that found it. Close it when done. */
    public record Opened(Report report, Probe probe) implements AutoCloseable {
        @Override
        public void close() {
            probe.close();
        }
    }

    /**
     * As {@link #assess(Assessment)}, with the rule session left open over the assessment as a
     * {@link Probe}: a search of one-answer changes ("what would clear it") that follows needs no second
     * session with every fact inserted and every rule fired again. Close it when done.
     */
    public Opened assessOpen(Assessment a) {
        Scope scope = scope(a);
        SessionProbe probe = session.probe(a, scope.assessable());
        try {
            // the report is built from the matches before any change is tried
            return new Opened(report(a, scope, probe.matches()), probe);
        } catch (RuntimeException | Error e) {
            probe.close();
            throw e;
        }
    }

    /** What of the catalogue one assessment can be assessed by: the rules it answers, and why the others are left out. */
    private record Scope(FieldPaths.Answers answers, boolean[] assessable, int assessableCount, List<NotAssessed> notAssessed,
                         List<NotApplicable> notApplicable) {
    }

    private Report report(Assessment a, Scope scope, Matches out) {
        return assembly.report(scope.answers(), out, scope.assessable(), scope.assessableCount(), scope.notAssessed(), scope.notApplicable());
    }

    private Scope scope(Assessment a) {
        FieldPaths.Answers answers = new FieldPaths.Answers(a);
        boolean[] assessable = new boolean[rules.size()];
        int assessableCount = 0;
        List<NotAssessed> notAssessed = new ArrayList<>();
        List<NotApplicable> notApplicable = new ArrayList<>(0);
        // by theme, then id: the lists come out in the report's order
        for (CompiledRule r : rules.byTheme()) {
            if (ReportAssembly.compares(r)) {
                // a rule that compares perspectives has nothing to compare in one response: it is out of
                // scope (not assessed, not applicable, no cost, not in coverage); see assess(List)
                continue;
            }
            List<String> inapplicable = Applicability.notApplicable(r, a);
            if (inapplicable != null) {
                notApplicable.add(new NotApplicable(r.def().id(), r.def().sign(), inapplicable));
                continue;
            }
            List<String> missing = Applicability.missing(r, answers);
            if (missing == null) {
                assessable[r.index()] = true;
                assessableCount++;
            } else {
                notAssessed.add(new NotAssessed(r.def().id(), r.def().sign(), missing));
            }
        }
        return new Scope(answers, assessable, assessableCount, notAssessed, notApplicable);
    }

    /** Evidence values as the JSON input had them: whole numbers without ".0", choices and dates as text. */
    public static Object normalise(Object value) {
        return EvidenceBuilder.normalise(value);
    }

    /**
     * The ids of the rules that fire for an assessment, among those that have every answer they
     * need: what {@link #assess} finds, without the cost of building a report. For searches that
     * assess many variants of one assessment ({@code WouldClear}).
     */
    public Set<String> firedRules(Assessment a) {
        return firedRules(a, null);
    }

    /**
     * A rule session kept open over one assessment, for a search that tries many one-answer changes
     * of it: each change costs an incremental update of one fact, not a new session. Close it when done.
     */
    public interface Probe extends AutoCloseable {
        /**
         * The rules among those reading {@code section} that fire when the assessment is
         * {@code changed}: the probe's assessment with answers of that one section changed (never
         * an answer made blank, so what can be assessed stays the same).
         */
        Set<String> fired(Assessment changed, String section);

        @Override
        void close();
    }

    /** Opens a {@link Probe} over the assessment, with the rules it can assess. */
    public Probe probe(Assessment a) {
        FieldPaths.Answers answers = new FieldPaths.Answers(a);
        boolean[] assessable = new boolean[rules.size()];
        for (CompiledRule r : rules.ordered()) {
            assessable[r.index()] = Applicability.missing(r, answers) == null && Applicability.notApplicable(r, a) == null;
        }
        return session.probe(a, assessable);
    }

    /**
     * As {@link #firedRules(Assessment)}, firing only the rules named in {@code only} ({@code null}:
     * every rule): a rule not named is neither checked for its answers nor fired, so a search that
     * changes one answer pays only for the rules that read it.
     */
    public Set<String> firedRules(Assessment a, Set<String> only) {
        FieldPaths.Answers answers = new FieldPaths.Answers(a);
        boolean[] assessable = new boolean[rules.size()];
        for (CompiledRule r : rules.ordered()) {
            assessable[r.index()] = (only == null || only.contains(r.def().id())) && Applicability.missing(r, answers) == null
                    && Applicability.notApplicable(r, a) == null;
        }
        Set<String> fired = new TreeSet<>();
        session.run(a, assessable).all().forEach(m -> fired.add(m.rule()));
        return fired;
    }

    /**
     * Assesses several responses about one programme as one (see {@link Perspectives}); the caller
     * has checked that they share the programme's identity.
     */
    public Report assess(List<Assessment> responses) {
        return Perspectives.assess(this, responses);
    }

    /**
     * One rule session over the facts of several responses (each response's respondent, its answers
     * and the signs it could assess; see {@link Perspectives}), firing only the rules that compare
     * perspectives. The matches it recorded.
     */
    public Matches compare(List<?> facts) {
        return session.compare(facts);
    }
}
