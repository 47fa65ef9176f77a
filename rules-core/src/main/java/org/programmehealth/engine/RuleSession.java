package org.programmehealth.engine;

import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.input.FieldPaths;
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
import org.programmehealth.rules.Extensions;
import org.programmehealth.rules.History;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * One rule session per assessment over the shared rule base: it inserts only the facts some rule
 * can match, fires only the assessable rules and returns the matches they recorded. Thread-safe:
 * the rule base is, and each run has its own session and collector.
 */
final class RuleSession {

    /** The section types, in the order {@link #insertSections} takes them from an assessment. */
    private static final Class<?>[] SECTION_TYPES = {Programme.class, Centre.class, Sponsorship.class, Timescales.class,
        Reporting.class, Scope.class, Locality.class, Partnership.class, Learning.class, RollOut.class};

    /** How trend rules read answers: by the format's dotted paths. */
    static final History.Answers ANSWERS = new History.Answers() {
        @Override
        public Object in(Assessment assessment, String path) {
            return FieldPaths.value(assessment, path);
        }

        @Override
        public Object in(Snapshot snapshot, String path) {
            return FieldPaths.value(snapshot, path);
        }
    };

    private final KieBase kieBase;
    /** The rules that compare several responses, in a rule base of their own (built on first use); null if none is in force. */
    private final java.util.function.Supplier<KieBase> comparingBase;
    private final Thresholds thresholds;
    private final CompiledRules rules;
    private final boolean[] matchesSection;
    private final boolean matchesHistory;
    private final boolean matchesExtensions;
    /** The rule base's own rule objects, to the rules in force: the agenda filter's lookup, by identity. */
    private final java.util.IdentityHashMap<org.kie.api.definition.rule.Rule, CompiledRule> byRule = new java.util.IdentityHashMap<>();

    RuleSession(KieBase kieBase, java.util.function.Supplier<KieBase> comparingBase, Thresholds thresholds, CompiledRules rules) {
        this.kieBase = kieBase;
        this.comparingBase = comparingBase;
        this.thresholds = thresholds;
        this.rules = rules;
        this.matchesSection = new boolean[SECTION_TYPES.length];
        for (int i = 0; i < SECTION_TYPES.length; i++) {
            matchesSection[i] = matches(kieBase, SECTION_TYPES[i]);
        }
        this.matchesHistory = matches(kieBase, History.class);
        this.matchesExtensions = matches(kieBase, Extensions.class);
        for (org.kie.api.definition.KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : p.getRules()) {
                CompiledRule r = rules.get(rule.getName());
                if (r != null) {
                    byRule.put(rule, r);
                }
            }
        }
    }

    /**
     * The rule in force that a match is of, or {@code null}: found by the identity of the rule base's
     * rule object (the agenda asks for every match it fires), by name if the rule base hands out another.
     */
    CompiledRule ruleOf(org.kie.api.definition.rule.Rule rule) {
        CompiledRule r = byRule.get(rule);
        return r != null ? r : rules.get(rule.getName());
    }

    /** One rule session over the assessment, firing only the assessable rules; the matches it recorded. */
    Matches run(Assessment a, boolean[] assessable) {
        Matches out = new Matches();
        KieSession session = kieBase.newKieSession();
        try {
            SessionGlobals.install(session, thresholds, out);
            insertSections(session, a);
            if (matchesHistory) {
                session.insert(new History(a, ANSWERS));
            }
            if (matchesExtensions) {
                session.insert(new Extensions(a.extensions()));
            }
            session.fireAllRules(match -> {
                CompiledRule r = ruleOf(match.getRule());
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

    /**
     * One rule session over the facts of several responses (see {@link Perspectives}), firing only
     * the rules that compare perspectives; the matches they recorded.
     */
    Matches compare(java.util.List<?> facts) {
        Matches out = new Matches();
        if (comparingBase == null) {
            return out;
        }
        KieSession session = comparingBase.get().newKieSession();
        try {
            SessionGlobals.install(session, thresholds, out);
            facts.forEach(session::insert);
            session.fireAllRules(match -> {
                CompiledRule r = rules.get(match.getRule().getName());
                return r != null && r.compares();
            });
        } catch (RuntimeException e) {
            throw new ProgrammeHealthException("internal error while comparing the responses: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        return out;
    }

    /** A session kept open over one assessment, for trying one-answer changes of it. */
    SessionProbe probe(Assessment a, boolean[] assessable) {
        return new SessionProbe(kieBase, thresholds, this, matchesSection, matchesHistory, matchesExtensions, a, assessable);
    }

    /** The sections of an assessment, in the order of {@link #SECTION_TYPES}. */
    static Object[] sections(Assessment a) {
        return new Object[] {a.programme(), a.centre(), a.sponsorship(), a.timescales(), a.reporting(), a.scope(),
            a.locality(), a.partnership(), a.learning(), a.rollOut()};
    }

    /** The place of a section ({@code "centre"}) in {@link #SECTION_TYPES}, or -1. */
    static int sectionIndex(String name) {
        return switch (name) {
            case "programme" -> 0;
            case "centre" -> 1;
            case "sponsorship" -> 2;
            case "timescales" -> 3;
            case "reporting" -> 4;
            case "scope" -> 5;
            case "locality" -> 6;
            case "partnership" -> 7;
            case "learning" -> 8;
            case "rollOut" -> 9;
            default -> -1;
        };
    }

    private void insertSections(KieSession session, Assessment a) {
        Object[] sections = sections(a);
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] != null && matchesSection[i]) {
                session.insert(sections[i]);
            }
        }
    }

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
}
