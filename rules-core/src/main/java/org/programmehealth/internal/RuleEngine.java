package org.programmehealth.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;
import org.programmehealth.rules.History;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * The rule base, built once, and the assessment of one programme against it. Thread-safe: the
 * Drools {@link KieBase} and everything else here is immutable after construction; each
 * assessment gets its own session and collector.
 */
public final class RuleEngine {

    /** The index of generated model classes that kie-maven-plugin writes into the catalogue jar. */
    public static final String MODEL_INDEX = "META-INF/kie/org.programmehealth/rules-catalogue/drools-model";

    private final KieBase kieBase;
    private final Map<String, RuleDefinition> rules;
    private final Thresholds thresholds;
    private final Map<String, RuleDefinition.ThresholdDeclaration> declarations;
    private final CatalogueInfo catalogue;
    private final List<RuleInfo> infos;

    private RuleEngine(KieBase kieBase, Map<String, RuleDefinition> rules, Thresholds thresholds,
                       Map<String, RuleDefinition.ThresholdDeclaration> declarations, CatalogueInfo catalogue) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.thresholds = thresholds;
        this.declarations = declarations;
        this.catalogue = catalogue;
        this.infos = rules.values().stream().map(this::info).toList();
    }

    /**
     * Builds the rule base from the catalogue on the class path.
     *
     * @param overrides threshold values that replace the catalogue's defaults, by name
     */
    public static RuleEngine load(ClassLoader loader, Map<String, ? extends Number> overrides) {
        CatalogueSource source = CatalogueSource.load(loader);
        KieBase kieBase = kieBase(loader);
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleDefinition def = RuleDefinition.parse(rule.getName(), pkg.getName(), rule.getMetaData());
                if (rules.putIfAbsent(rule.getName(), def) != null) {
                    throw ProgrammeHealthException.catalogue("two rules have the id '" + rule.getName() + "'", null);
                }
            }
        }
        if (rules.isEmpty()) {
            throw ProgrammeHealthException.catalogue("the rule base has no rules", null);
        }
        Map<String, RuleDefinition.ThresholdDeclaration> declarations = declarations(rules.values());
        Map<String, Number> values = new TreeMap<>();
        declarations.forEach((name, d) -> values.put(name, d.value()));
        overrides.forEach((name, value) -> {
            if (!declarations.containsKey(name)) {
                throw ProgrammeHealthException.configuration("unknown threshold '" + name + "'; the catalogue's thresholds are: "
                        + String.join(", ", declarations.keySet()));
            }
            if (value == null || !Double.isFinite(value.doubleValue())) {
                throw ProgrammeHealthException.configuration("threshold '" + name + "' must be a finite number, not " + value);
            }
            values.put(name, value);
        });
        CatalogueInfo info = new CatalogueInfo(source.version(), rules.size(), source.fingerprint());
        return new RuleEngine(kieBase, rules, new Thresholds(values), declarations, info);
    }

    /**
     * Builds the knowledge base straight from the executable model that {@code kie-maven-plugin}
     * generated at build time (listed in {@link #MODEL_INDEX}). No DRL is compiled at run time,
     * and no classpath scan for {@code kmodule.xml} is needed, so this works the same from a
     * plain class path and from a shaded jar.
     */
    private static KieBase kieBase(ClassLoader loader) {
        java.net.URL index = loader.getResource(MODEL_INDEX);
        if (index == null) {
            throw ProgrammeHealthException.catalogue("no executable rule model on the classpath (" + MODEL_INDEX
                    + " not found): add the dependency org.programmehealth:rules-catalogue", null);
        }
        List<Model> models = new ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(index.openStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (java.io.IOException | ReflectiveOperationException | ClassCastException e) {
            throw ProgrammeHealthException.catalogue("cannot load the executable rule model: " + e, e);
        }
        try {
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (RuntimeException e) {
            throw ProgrammeHealthException.catalogue("cannot build the rule base: " + e.getMessage(), e);
        }
    }

    private static Map<String, RuleDefinition.ThresholdDeclaration> declarations(Iterable<RuleDefinition> rules) {
        Map<String, RuleDefinition.ThresholdDeclaration> out = new TreeMap<>();
        Map<String, String> declaredBy = new TreeMap<>();
        for (RuleDefinition r : rules) {
            r.thresholds().forEach((name, d) -> {
                RuleDefinition.ThresholdDeclaration earlier = out.putIfAbsent(name, d);
                if (earlier != null && (earlier.value() != d.value() || !earlier.provenance().equals(d.provenance()))) {
                    throw ProgrammeHealthException.catalogue("threshold '" + name + "' is declared differently by rules '"
                            + declaredBy.get(name) + "' and '" + r.id() + "'", null);
                }
                declaredBy.putIfAbsent(name, r.id());
            });
        }
        return out;
    }

    public CatalogueInfo catalogue() {
        return catalogue;
    }

    public List<RuleInfo> rules() {
        return infos;
    }

    public Map<String, Double> thresholds() {
        return thresholds.asMap();
    }

    /** Assesses one programme. Never returns a partial report: an error in a rule is an exception naming it. */
    public Report assess(Assessment a) {
        Set<String> assessable = new HashSet<>();
        List<NotAssessed> notAssessed = new ArrayList<>();
        for (RuleDefinition r : rules.values()) {
            List<String> missing = missing(r, a);
            if (missing.isEmpty()) {
                assessable.add(r.id());
            } else {
                notAssessed.add(new NotAssessed(r.id(), r.sign(), missing));
            }
        }
        Matches out = new Matches();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("th", thresholds);
            session.setGlobal("out", out);
            insertSections(session, a);
            session.insert(new History(a));
            session.fireAllRules(match -> assessable.contains(match.getRule().getName()));
        } catch (RuntimeException e) {
            throw new ProgrammeHealthException("internal error while assessing '" + a.programme().id() + "': "
                    + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        return report(a, out, assessable, notAssessed);
    }

    private static void insertSections(KieSession session, Assessment a) {
        Object[] sections = {a.programme(), a.centre(), a.sponsorship(), a.timescales(), a.reporting(), a.scope(),
            a.locality(), a.partnership(), a.learning(), a.rollOut()};
        for (Object section : sections) {
            if (section != null) {
                session.insert(section);
            }
        }
    }

    private static List<String> missing(RuleDefinition r, Assessment a) {
        List<String> missing = new ArrayList<>();
        for (String path : r.needs()) {
            if (path.startsWith("history[*].")) {
                String field = path.substring("history[*].".length());
                if (a.history().stream().noneMatch(s -> FieldPaths.value(s, field) != null)) {
                    missing.add(path);
                }
            } else if (FieldPaths.valueOrExtension(a, path) == null) {
                missing.add(path);
            }
        }
        return missing;
    }

    private Report report(Assessment a, Matches out, Set<String> assessable, List<NotAssessed> notAssessed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Matches.Match m : out.all()) {
            RuleDefinition r = rules.get(m.rule());
            if (r == null || !seen.add(m.rule())) {
                continue;
            }
            List<Evidence> evidence = evidence(r, a, m.snapshots());
            String message = RuleDefinition.fill(r.message(), thresholds.asMap(), placeholder(a, m.snapshots()));
            if (r.isStrength()) {
                strengths.add(new Strength(r.id(), r.sign(), r.theme(), r.title(), message, evidence, r.source()));
            } else {
                diagnostics.add(new Diagnostic(r.id(), r.sign(), r.theme(), r.severity(), r.title(), message, evidence,
                        r.recommendation(), r.source(), 0));
            }
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> -d.severity().ordinal())
                .thenComparing(Diagnostic::theme).thenComparing(Diagnostic::ruleId));
        strengths.sort(Comparator.comparing(Strength::theme).thenComparing(Strength::ruleId));
        notAssessed.sort(Comparator.comparing((NotAssessed n) -> rules.get(n.ruleId()).theme())
                .thenComparing(NotAssessed::ruleId));
        List<Diagnostic> charged = Scoring.charge(diagnostics);
        Map<Theme, int[]> themeRules = new java.util.EnumMap<>(Theme.class);
        for (RuleDefinition r : rules.values()) {
            if (!r.isStrength()) {
                int[] counts = themeRules.computeIfAbsent(r.theme(), t -> new int[2]);
                counts[1]++;
                if (assessable.contains(r.id())) {
                    counts[0]++;
                }
            }
        }
        Score score = Scoring.score(charged, themeRules);
        double coverage = BigDecimal.valueOf(assessable.size())
                .divide(BigDecimal.valueOf(rules.size()), 2, RoundingMode.HALF_UP).doubleValue();
        return new Report(Report.VERSION, catalogue,
                new ProgrammeRef(a.programme().id(), a.programme().name(), a.programme().assessedOn()),
                score, coverage, charged, strengths, notAssessed);
    }

    private List<Evidence> evidence(RuleDefinition r, Assessment a, List<Integer> snapshots) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i : snapshots) {
            Snapshot s = a.history().get(i);
            for (String field : r.history()) {
                evidence.add(new Evidence("history[" + i + "]." + field, normalise(FieldPaths.value(s, field)),
                        "earlier snapshot, " + s.assessedOn()));
            }
        }
        for (RuleDefinition.Condition c : r.conditions()) {
            evidence.add(new Evidence(c.field(), normalise(FieldPaths.valueOrExtension(a, c.field())),
                    RuleDefinition.fill(c.template(), thresholds.asMap(), placeholder(a, snapshots))));
        }
        return evidence;
    }

    private static Function<String, Object> placeholder(Assessment a, List<Integer> snapshots) {
        return name -> {
            if (name.startsWith("earliest:")) {
                String field = name.substring("earliest:".length());
                return snapshots.isEmpty() ? null : FieldPaths.value(a.history().get(snapshots.get(0)), field);
            }
            return FieldPaths.valueOrExtension(a, name);
        };
    }

    /** Evidence values as the JSON input had them: whole numbers without ".0", choices and dates as text. */
    static Object normalise(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value;
    }

    private RuleInfo info(RuleDefinition r) {
        Map<String, Double> values = thresholds.asMap();
        List<ThresholdInfo> ts = new ArrayList<>();
        r.thresholds().forEach((name, d) -> ts.add(new ThresholdInfo(name, d.value(), values.get(name), d.provenance(), d.basis())));
        List<RuleInfo.Condition> conditions = r.conditions().stream()
                .map(c -> new RuleInfo.Condition(c.field(), RuleDefinition.fill(c.template(), values, name -> "{" + name + "}")))
                .toList();
        return new RuleInfo(r.id(), r.sign(), r.kind(), r.theme(), r.severity(), r.title(), r.source(), r.rationale(),
                r.recommendation(), r.message(), conditions, r.history(), ts, r.needs());
    }

    /** Threshold declarations, by name, for the catalogue docs. */
    public Map<String, RuleDefinition.ThresholdDeclaration> declarations() {
        return new LinkedHashMap<>(declarations);
    }

    /**
     * The ids of the rules that fire for an assessment, among those that have every answer they
     * need: what {@link #assess} finds, without the cost of building a report. For searches that
     * assess many variants of one assessment ({@link WouldClear}).
     */
    public Set<String> firedRules(Assessment a) {
        Set<String> assessable = new HashSet<>();
        for (RuleDefinition r : rules.values()) {
            if (missing(r, a).isEmpty()) {
                assessable.add(r.id());
            }
        }
        Matches out = new Matches();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("th", thresholds);
            session.setGlobal("out", out);
            insertSections(session, a);
            session.insert(new History(a));
            session.fireAllRules(match -> assessable.contains(match.getRule().getName()));
        } catch (RuntimeException e) {
            throw new ProgrammeHealthException("internal error while assessing '" + a.programme().id() + "': "
                    + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        Set<String> fired = new TreeSet<>();
        out.all().forEach(m -> fired.add(m.rule()));
        return fired;
    }

}
