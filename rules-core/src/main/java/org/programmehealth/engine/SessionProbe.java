package org.programmehealth.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.model.Assessment;
import org.programmehealth.rules.History;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * One rule session kept open over one assessment, for a search that tries many one-answer changes
 * of it ("what would clear it"). Drools is incremental: replacing one section fact re-evaluates
 * only the rules that match that section, and each of them fires again exactly when it still
 * matches (a fact updated as a whole re-creates its matches). So the rules that fire after a change
 * are those that fire again in that round, among the rules reading the changed section; a rule that
 * does not read it cannot change its outcome. Costs two fact updates and one firing per change,
 * instead of a new session with every fact. Not thread-safe: one probe per search.
 */
final class SessionProbe implements RuleEngine.Probe {

    private final KieSession session;
    private final Matches out = new Matches();
    private final AgendaFilter filter;
    private final Assessment original;
    private final FactHandle[] sections;
    private final FactHandle history;
    /** The section now changed in the session (-1: none), to put back before another is changed. */
    private int changed = -1;

    SessionProbe(KieBase kieBase, Thresholds thresholds, RuleSession rules, boolean[] matchesSection,
                 boolean matchesHistory, boolean matchesExtensions, Assessment a, boolean[] assessable) {
        this.original = a;
        this.filter = match -> {
            CompiledRule r = rules.ruleOf(match.getRule());
            return r != null && assessable[r.index()];
        };
        this.session = kieBase.newKieSession();
        try {
            SessionGlobals.install(session, thresholds, out);
            Object[] facts = RuleSession.sections(a);
            sections = new FactHandle[facts.length];
            for (int i = 0; i < facts.length; i++) {
                if (facts[i] != null && matchesSection[i]) {
                    sections[i] = session.insert(facts[i]);
                }
            }
            history = matchesHistory ? session.insert(new History(a, RuleSession.ANSWERS)) : null;
            if (matchesExtensions) {
                session.insert(new org.programmehealth.rules.Extensions(a.extensions()));
            }
            session.fireAllRules(filter);
        } catch (RuntimeException e) {
            session.dispose();
            throw failure(e);
        }
    }

    /**
     * What the session's rules recorded: at first, the matches over the assessment as it is (what
     * {@link RuleSession#run} would return); each change tried adds its own after them.
     */
    Matches matches() {
        return out;
    }

    @Override
    public Set<String> fired(Assessment changedAssessment, String section) {
        int i = RuleSession.sectionIndex(section);
        Set<String> fired = new TreeSet<>();
        if (i < 0 || sections[i] == null) {
            // no rule reads this section (or it is absent): nothing that reads it can fire
            return fired;
        }
        try {
            if (changed >= 0 && changed != i) {
                restore(changed);
            }
            int before = out.all().size();
            session.update(sections[i], RuleSession.sections(changedAssessment)[i]);
            if (history != null) {
                session.update(history, new History(changedAssessment, RuleSession.ANSWERS));
            }
            changed = i;
            session.fireAllRules(filter);
            List<Matches.Match> all = out.all();
            for (int k = before; k < all.size(); k++) {
                fired.add(all.get(k).rule());
            }
            return fired;
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private void restore(int i) {
        session.update(sections[i], RuleSession.sections(original)[i]);
        if (history != null) {
            session.update(history, new History(original, RuleSession.ANSWERS));
        }
        session.fireAllRules(filter);
    }

    private ProgrammeHealthException failure(RuntimeException e) {
        return new ProgrammeHealthException("internal error while assessing '" + original.programme().id() + "': "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
