package org.programmehealth.engine;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.config.EngineSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Centre;
import org.programmehealth.model.Learning;
import org.programmehealth.model.Locality;
import org.programmehealth.model.Partnership;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.RollOut;
import org.programmehealth.model.Scope;
import org.programmehealth.model.Snapshot;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Timescales;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;
import org.programmehealth.rules.Extensions;
import org.programmehealth.rules.History;
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
 */
public final class RuleEngine {

    /** The index of generated model classes that kie-maven-plugin writes into the catalogue jar. */
    public static final String MODEL_INDEX = "META-INF/kie/org.programmehealth/rules-catalogue/drools-model";

    /** A rule in force, with everything its per-assessment work needs prepared. */
    private record Compiled(int index, RuleDefinition def, FieldPaths.Accessor[] needs, String[] needPaths,
                            FieldPaths.Accessor[] historyNeeds, String[] extensionNeeds, Template message,
                            Template[] conditions, FieldPaths.Accessor[] conditionFields, String[] conditionExtensions) {
    }

    private final KieBase kieBase;
    private final Map<String, Compiled> rules;
    private final Compiled[] ordered;
    private final boolean[] matchesSection;
    private final boolean matchesHistory;
    private final boolean matchesExtensions;
    private final Thresholds thresholds;
    private final CatalogueInfo catalogue;
    private final Tailoring tailoring;
    private final List<Waiver> waivers;
    private final List<RuleInfo> infos;

    private RuleEngine(KieBase kieBase, Map<String, RuleDefinition> rules, Thresholds thresholds, CatalogueInfo catalogue,
                       Tailoring tailoring, List<Waiver> waivers) {
        this.kieBase = kieBase;
        this.thresholds = thresholds;
        this.catalogue = catalogue;
        this.tailoring = tailoring;
        this.waivers = List.copyOf(waivers);
        Map<String, Compiled> compiled = new HashMap<>();
        List<Compiled> ordered = new ArrayList<>();
        for (RuleDefinition r : rules.values()) {
            Compiled c = compile(ordered.size(), r, thresholds.asMap());
            compiled.put(r.id(), c);
            ordered.add(c);
        }
        this.rules = compiled;
        this.ordered = ordered.toArray(new Compiled[0]);
        this.matchesSection = new boolean[SECTION_TYPES.length];
        for (int i = 0; i < SECTION_TYPES.length; i++) {
            matchesSection[i] = matches(kieBase, SECTION_TYPES[i]);
        }
        this.matchesHistory = matches(kieBase, History.class);
        this.matchesExtensions = matches(kieBase, Extensions.class);
        this.infos = rules.values().stream().map(this::info).toList();
    }

    private static Compiled compile(int index, RuleDefinition r, Map<String, Double> thresholds) {
        List<FieldPaths.Accessor> needs = new ArrayList<>();
        List<String> needPaths = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        List<FieldPaths.Accessor> history = new ArrayList<>();
        for (String path : r.needs()) {
            if (path.startsWith("history[*].")) {
                history.add(FieldPaths.accessor(path.substring("history[*].".length())));
            } else if (path.startsWith("extensions.")) {
                extensions.add(path);
            } else {
                needs.add(FieldPaths.accessor(path));
                needPaths.add(path);
            }
        }
        Template[] conditions = r.conditions().stream().map(c -> Template.compile(c.template(), thresholds))
                .toArray(Template[]::new);
        int n = r.conditions().size();
        FieldPaths.Accessor[] conditionFields = new FieldPaths.Accessor[n];
        String[] conditionExtensions = new String[n];
        for (int i = 0; i < n; i++) {
            String field = r.conditions().get(i).field();
            if (field.startsWith("extensions.")) {
                conditionExtensions[i] = field.substring("extensions.".length());
            } else {
                conditionFields[i] = FieldPaths.accessor(field);
            }
        }
        return new Compiled(index, r, needs.toArray(new FieldPaths.Accessor[0]), needPaths.toArray(new String[0]),
                history.toArray(new FieldPaths.Accessor[0]), extensions.toArray(new String[0]),
                Template.compile(r.message(), thresholds), conditions, conditionFields, conditionExtensions);
    }

    /** Builds the rule base from the catalogue on the class path, as shipped. */
    public static RuleEngine load(ClassLoader loader, Map<String, ? extends Number> overrides) {
        return load(loader, new EngineSettings(Map.copyOf(overrides), Set.of(), Set.of(), Map.of(), List.of(), List.of(), Map.of()));
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
        List<Model> builtIn = builtInModels(loader);
        CustomRules.Compiled custom = settings.customRules().isEmpty() ? null
                : CustomRules.compile(settings.customRules(), loader);

        Map<String, RuleDefinition> all = new TreeMap<>();
        Set<String> customIds = new TreeSet<>();
        int shipped = definitions(builtIn, all, null, source);
        if (custom != null) {
            definitions(custom.models(), all, custom, null);
            for (Model m : custom.models()) {
                m.getRules().forEach(r -> customIds.add(r.getName()));
            }
        }
        if (all.isEmpty()) {
            throw ProgrammeHealthException.catalogue("the rule base has no rules", null);
        }
        check(settings, all);

        Map<String, RuleDefinition> inForce = new TreeMap<>();
        Map<String, Tailoring.SeverityOverride> severityChanges = new TreeMap<>();
        all.forEach((id, r) -> {
            if (settings.disabledRules().contains(id) || settings.disabledSigns().contains(r.sign())) {
                return;
            }
            Severity s = settings.severities().get(id);
            if (s != null && s != r.severity()) {
                severityChanges.put(id, new Tailoring.SeverityOverride(r.severity(), s));
                r = r.withSeverity(s);
            }
            inForce.put(id, r);
        });

        Map<String, RuleDefinition.ThresholdDeclaration> declarations = declarations(all.values(), customIds);
        Map<String, Number> values = new TreeMap<>();
        declarations.forEach((name, d) -> values.put(name, d.value()));
        Map<String, Tailoring.ThresholdChange> thresholdChanges = new TreeMap<>();
        settings.thresholds().forEach((name, value) -> {
            if (!declarations.containsKey(name)) {
                throw ProgrammeHealthException.configuration("unknown threshold '" + name + "'" + settings.from("thresholds/" + name)
                        + "; the catalogue's thresholds are: " + String.join(", ", declarations.keySet()));
            }
            if (value == null || !Double.isFinite(value.doubleValue())) {
                throw ProgrammeHealthException.configuration("threshold '" + name + "'" + settings.from("thresholds/" + name)
                        + " must be a finite number, not " + value);
            }
            values.put(name, value);
            if (value.doubleValue() != declarations.get(name).value()) {
                thresholdChanges.put(name, new Tailoring.ThresholdChange(declarations.get(name).value(), value.doubleValue()));
            }
        });

        List<Model> models = new ArrayList<>();
        for (Model m : builtIn) {
            models.add(only(m, inForce.keySet()));
        }
        if (custom != null) {
            for (Model m : custom.models()) {
                models.add(only(m, inForce.keySet()));
            }
        }
        KieBase kieBase;
        try {
            // nothing changes the rule base once built: no session tracking, no locks on the per-call path
            kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
        } catch (RuntimeException e) {
            throw ProgrammeHealthException.catalogue("cannot build the rule base: " + e.getMessage(), e);
        }

        List<String> disabledRules = settings.disabledRules().stream().sorted().toList();
        List<String> disabledSigns = settings.disabledSigns().stream().sorted().toList();
        Tailoring tailoring = new Tailoring(inForce.size(), disabledRules, disabledSigns, severityChanges, thresholdChanges,
                custom == null ? null : new Tailoring.CustomRules(List.copyOf(customIds), custom.fingerprint()));
        CatalogueInfo info = new CatalogueInfo(source.version(), shipped, source.fingerprint());
        return new RuleEngine(kieBase, inForce, new Thresholds(values), info, tailoring, settings.waivers());
    }

    /** Parses every rule's metadata into {@code out}; returns how many rules the models hold. */
    private static int definitions(List<Model> models, Map<String, RuleDefinition> out, CustomRules.Compiled custom,
                                   CatalogueSource catalogue) {
        int count = 0;
        for (Model m : models) {
            for (Rule rule : m.getRules()) {
                String origin = custom == null ? rule.getPackage()
                        : "custom rule in " + custom.fileOfRule().getOrDefault(rule.getName(), "package " + rule.getPackage());
                RuleDefinition def;
                try {
                    def = RuleDefinition.parse(rule.getName(), origin, rule.getMetaData(),
                            catalogue == null ? null : catalogue.signOf(rule.getPackage()));
                } catch (ProgrammeHealthException e) {
                    // a custom rule without its metadata is the embedder's to fix, like any setting
                    throw custom == null ? e : ProgrammeHealthException.configuration(
                            e.getMessage().replaceFirst("^Rule catalogue: ", ""));
                }
                RuleDefinition earlier = out.putIfAbsent(rule.getName(), def);
                if (earlier != null) {
                    throw custom == null
                            ? ProgrammeHealthException.catalogue("two rules have the id '" + rule.getName() + "'", null)
                            : ProgrammeHealthException.configuration("the " + origin + " has the id '" + rule.getName()
                                    + "', which another rule already has: give it an id of its own");
                }
                count++;
            }
        }
        return count;
    }

    /** Every rule, sign and threshold a setting names must exist: a misspelt name is an error, never ignored. */
    private static void check(EngineSettings settings, Map<String, RuleDefinition> all) {
        Set<String> signs = new TreeSet<>();
        all.values().forEach(r -> signs.add(r.sign()));
        List<String> problems = new ArrayList<>();
        for (String id : new TreeSet<>(settings.disabledRules())) {
            if (!all.containsKey(id)) {
                problems.add("cannot disable unknown rule '" + id + "'" + settings.from("disabledRules/" + id));
            }
        }
        for (String sign : new TreeSet<>(settings.disabledSigns())) {
            if (!signs.contains(sign)) {
                problems.add("cannot disable unknown sign '" + sign + "'" + settings.from("disabledSigns/" + sign)
                        + "; the signs are: " + String.join(", ", signs));
            }
        }
        new TreeMap<>(settings.severities()).forEach((id, s) -> {
            RuleDefinition r = all.get(id);
            if (r == null) {
                problems.add("cannot override the severity of unknown rule '" + id + "'" + settings.from("severityOverrides/" + id));
            } else if (r.isStrength()) {
                problems.add("rule '" + id + "'" + settings.from("severityOverrides/" + id) + " is a strength, which has no severity");
            }
        });
        for (int i = 0; i < settings.waivers().size(); i++) {
            Waiver w = settings.waivers().get(i);
            boolean known = w.rule() != null ? all.containsKey(w.rule()) : signs.contains(w.sign());
            if (!known) {
                problems.add("the waiver of unknown " + w.target() + settings.from("waivers/" + i) + " can never apply");
            }
        }
        if (!problems.isEmpty()) {
            throw ProgrammeHealthException.configuration(String.join("; ", problems));
        }
    }

    /** The model with only the rules in force: a rule switched off is not in the rule base at all. */
    private static Model only(Model model, Set<String> inForce) {
        List<Rule> kept = model.getRules().stream().filter(r -> inForce.contains(r.getName())).toList();
        if (kept.size() == model.getRules().size()) {
            return model;
        }
        return new Model() {
            @Override
            public String getName() {
                return model.getName();
            }

            @Override
            public String getPackageName() {
                return model.getPackageName();
            }

            @Override
            public List<Global> getGlobals() {
                return model.getGlobals();
            }

            @Override
            public List<Rule> getRules() {
                return kept;
            }

            @Override
            public List<Query> getQueries() {
                return model.getQueries();
            }

            @Override
            public List<TypeMetaData> getTypeMetaDatas() {
                return model.getTypeMetaDatas();
            }

            @Override
            public List<EntryPoint> getEntryPoints() {
                return model.getEntryPoints();
            }
        };
    }

    /**
     * The executable model that {@code kie-maven-plugin} generated at build time (listed in
     * {@link #MODEL_INDEX}). No DRL is compiled at run time, and no classpath scan for
     * {@code kmodule.xml} is needed, so this works the same from a plain class path and from a
     * shaded jar.
     */
    private static List<Model> builtInModels(ClassLoader loader) {
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
        return models;
    }

    private static Map<String, RuleDefinition.ThresholdDeclaration> declarations(Iterable<RuleDefinition> rules,
                                                                               Set<String> customIds) {
        Map<String, RuleDefinition.ThresholdDeclaration> out = new TreeMap<>();
        Map<String, String> declaredBy = new TreeMap<>();
        for (RuleDefinition r : rules) {
            r.thresholds().forEach((name, d) -> {
                RuleDefinition.ThresholdDeclaration earlier = out.putIfAbsent(name, d);
                if (earlier != null && (earlier.value() != d.value() || !earlier.provenance().equals(d.provenance()))) {
                    String message = "threshold '" + name + "' is declared differently by rules '" + declaredBy.get(name)
                            + "' and '" + r.id() + "'";
                    throw customIds.contains(r.id()) || customIds.contains(declaredBy.get(name))
                            ? ProgrammeHealthException.configuration(message + ": give the custom rule's threshold a name of its own")
                            : ProgrammeHealthException.catalogue(message, null);
                }
                declaredBy.putIfAbsent(name, r.id());
            });
        }
        return out;
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
        boolean[] assessable = new boolean[ordered.length];
        int assessableCount = 0;
        List<NotAssessed> notAssessed = new ArrayList<>();
        for (Compiled r : ordered) {
            List<String> missing = missing(r, a);
            if (missing == null) {
                assessable[r.index()] = true;
                assessableCount++;
            } else {
                notAssessed.add(new NotAssessed(r.def().id(), r.def().sign(), missing));
            }
        }
        Matches out = run(a, assessable);
        return report(a, out, assessable, assessableCount, notAssessed);
    }

    /** One rule session over the assessment, firing only the assessable rules; the matches it recorded. */
    private Matches run(Assessment a, boolean[] assessable) {
        Matches out = new Matches();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("th", thresholds);
            session.setGlobal("out", out);
            insertSections(session, a);
            if (matchesHistory) {
                session.insert(new History(a));
            }
            if (matchesExtensions) {
                session.insert(new Extensions(a.extensions()));
            }
            session.fireAllRules(match -> {
                Compiled r = rules.get(match.getRule().getName());
                return r != null && assessable[r.index()];
            });
        } catch (RuntimeException e) {
            throw new ProgrammeHealthException("internal error while assessing '" + a.programme().id() + "': "
                    + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        return out;
    }

    private void insertSections(KieSession session, Assessment a) {
        Object[] sections = {a.programme(), a.centre(), a.sponsorship(), a.timescales(), a.reporting(), a.scope(),
            a.locality(), a.partnership(), a.learning(), a.rollOut()};
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] != null && matchesSection[i]) {
                session.insert(sections[i]);
            }
        }
    }

    /** The section types, in the order {@link #insertSections} takes them from an assessment. */
    private static final Class<?>[] SECTION_TYPES = {Programme.class, Centre.class, Sponsorship.class, Timescales.class,
        Reporting.class, Scope.class, Locality.class, Partnership.class, Learning.class, RollOut.class};

    /**
     * True if some pattern of the rule base can match a fact of this type. A fact no pattern can
     * match changes nothing, so it is not inserted: with the rules in force, an assessment inserts
     * only the sections some rule reads. If the rule base cannot be inspected, every fact is inserted.
     */
    private static boolean matches(KieBase kieBase, Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase base)) {
            return true;
        }
        for (ObjectTypeNode node : base.getRete().getObjectTypeNodes()) {
            if (node.getObjectType().isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** The answers a rule needs that the assessment lacks, in the rule's order; {@code null} if none is missing. */
    private static List<String> missing(Compiled r, Assessment a) {
        List<String> missing = null;
        FieldPaths.Accessor[] needs = r.needs();
        for (int i = 0; i < needs.length; i++) {
            if (needs[i].in(a) == null) {
                missing = add(missing, r.needPaths()[i]);
            }
        }
        for (String path : r.extensionNeeds()) {
            if (FieldPaths.valueOrExtension(a, path) == null) {
                missing = add(missing, path);
            }
        }
        if (missing != null && (r.extensionNeeds().length > 0)) {
            // keep the rule's own order of needs
            List<String> ordered = new ArrayList<>();
            for (String n : r.def().needs()) {
                if (missing.contains(n)) {
                    ordered.add(n);
                }
            }
            missing = ordered;
        }
        for (FieldPaths.Accessor h : r.historyNeeds()) {
            boolean any = false;
            for (Snapshot s : a.history()) {
                if (h.in(s) != null) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                missing = add(missing, "history[*]." + h.path());
            }
        }
        return missing;
    }

    private static List<String> add(List<String> list, String item) {
        List<String> out = list == null ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }

    /** Most severe first, then theme, then rule id. */
    private static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = (x, y) -> {
        int c = Integer.compare(y.severity().ordinal(), x.severity().ordinal());
        if (c == 0) {
            c = x.theme().compareTo(y.theme());
        }
        return c != 0 ? c : x.ruleId().compareTo(y.ruleId());
    };

    private Report report(Assessment a, Matches out, boolean[] assessable, int assessableCount, List<NotAssessed> notAssessed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        boolean[] seen = new boolean[ordered.length];
        LocalDate assessedOn = a.programme().assessedOn();
        List<List<String>> waived = new ArrayList<>(waivers.size());
        waivers.forEach(w -> waived.add(new ArrayList<>()));
        for (Matches.Match m : out.all()) {
            Compiled c = rules.get(m.rule());
            if (c == null || seen[c.index()]) {
                continue;
            }
            seen[c.index()] = true;
            RuleDefinition r = c.def();
            List<Evidence> evidence = evidence(c, a, m.snapshots());
            String message = c.message().fill(a, m.snapshots());
            if (r.isStrength()) {
                strengths.add(new Strength(r.id(), r.sign(), r.theme(), r.title(), message, evidence, r.source()));
            } else {
                Waiver waiver = null;
                for (int i = 0; i < waivers.size(); i++) {
                    Waiver w = waivers.get(i);
                    if (w.covers(r.id(), r.sign()) && !w.expiredOn(assessedOn)) {
                        waived.get(i).add(r.id());
                        if (waiver == null) {
                            waiver = w;
                        }
                    }
                }
                diagnostics.add(new Diagnostic(r.id(), r.sign(), r.theme(), r.severity(), r.title(), message, evidence,
                        r.recommendation(), r.source(), 0, waiver, null));
            }
        }
        diagnostics.sort(DIAGNOSTIC_ORDER);
        if (strengths.size() > 1) {
            strengths.sort(Comparator.comparing(Strength::theme).thenComparing(Strength::ruleId));
        }
        if (notAssessed.size() > 1) {
            notAssessed.sort(Comparator.comparing((NotAssessed n) -> rules.get(n.ruleId()).def().theme())
                    .thenComparing(NotAssessed::ruleId));
        }
        List<Diagnostic> charged = Scoring.charge(diagnostics);
        Map<Theme, int[]> themeRules = new java.util.EnumMap<>(Theme.class);
        for (Compiled c : ordered) {
            if (!c.def().isStrength()) {
                int[] counts = themeRules.computeIfAbsent(c.def().theme(), t -> new int[2]);
                counts[1]++;
                if (assessable[c.index()]) {
                    counts[0]++;
                }
            }
        }
        Score score = Scoring.score(charged, themeRules);
        double coverage = BigDecimal.valueOf(assessableCount)
                .divide(BigDecimal.valueOf(ordered.length), 2, RoundingMode.HALF_UP).doubleValue();
        List<WaiverStatus> statuses = new ArrayList<>(waivers.size());
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            WaiverStatus.Status status = w.expiredOn(assessedOn) ? WaiverStatus.Status.EXPIRED
                    : waived.get(i).isEmpty() ? WaiverStatus.Status.UNUSED : WaiverStatus.Status.APPLIED;
            List<String> ids = waived.get(i);
            ids.sort(null);
            statuses.add(new WaiverStatus(w, status, ids));
        }
        return new Report(Report.VERSION, catalogue, tailoring,
                new ProgrammeRef(a.programme().id(), a.programme().name(), a.programme().assessedOn()),
                score, coverage, charged, strengths, notAssessed, statuses);
    }

    private static List<Evidence> evidence(Compiled c, Assessment a, List<Integer> snapshots) {
        RuleDefinition r = c.def();
        List<RuleDefinition.Condition> conditions = r.conditions();
        Evidence[] evidence = new Evidence[snapshots.size() * r.history().size() + conditions.size()];
        int k = 0;
        for (int i : snapshots) {
            Snapshot s = a.history().get(i);
            for (String field : r.history()) {
                evidence[k++] = new Evidence("history[" + i + "]." + field, normalise(FieldPaths.value(s, field)),
                        "earlier snapshot, " + s.assessedOn());
            }
        }
        for (int i = 0; i < conditions.size(); i++) {
            Object value = c.conditionFields()[i] != null ? c.conditionFields()[i].in(a)
                    : a.extensions().get(c.conditionExtensions()[i]);
            evidence[k++] = new Evidence(conditions.get(i).field(), normalise(value), c.conditions()[i].fill(a, snapshots));
        }
        // an immutable list: the report's records keep it without copying
        return List.of(evidence);
    }

    /** Evidence values as the JSON input had them: whole numbers without ".0", choices and dates as text. */
    public static Object normalise(Object value) {
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
                .map(c -> new RuleInfo.Condition(c.field(), RuleDefinition.describe(c.template(), values)))
                .toList();
        return new RuleInfo(r.id(), r.sign(), r.kind(), r.theme(), r.severity(), r.title(), r.source(), r.rationale(),
                r.recommendation(), r.message(), conditions, r.history(), ts, r.needs(), r.severityBasis());
    }

    /**
     * The ids of the rules that fire for an assessment, among those that have every answer they
     * need: what {@link #assess} finds, without the cost of building a report. For searches that
     * assess many variants of one assessment ({@code WouldClear}).
     */
    public Set<String> firedRules(Assessment a) {
        boolean[] assessable = new boolean[ordered.length];
        for (Compiled r : ordered) {
            assessable[r.index()] = missing(r, a) == null;
        }
        Set<String> fired = new TreeSet<>();
        run(a, assessable).all().forEach(m -> fired.add(m.rule()));
        return fired;
    }
}
