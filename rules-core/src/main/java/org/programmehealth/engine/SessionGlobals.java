package org.programmehealth.engine;

import org.drools.base.rule.accessor.GlobalResolver;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.programmehealth.rules.Matches;
import org.programmehealth.rules.Thresholds;

/**
 * The two globals of every rule, {@code th} and {@code out}, held in fields for one session. Drools
 * looks a global up each time a constraint or consequence uses one; its own resolver does that in
 * a concurrent map, which a profile of the engine put at about one twentieth of an assessment.
 */
final class SessionGlobals implements GlobalResolver {

    static final String THRESHOLDS = "th";
    static final String MATCHES = "out";

    private final Thresholds th;
    private final Matches out;

    private SessionGlobals(Thresholds th, Matches out) {
        this.th = th;
        this.out = out;
    }

    /** Gives a session the two globals: in fields if it is Drools' own session, else through {@code setGlobal}. */
    static void install(KieSession session, Thresholds th, Matches out) {
        if (session instanceof StatefulKnowledgeSessionImpl s) {
            s.setGlobalResolver(new SessionGlobals(th, out));
        } else {
            session.setGlobal(THRESHOLDS, th);
            session.setGlobal(MATCHES, out);
        }
    }

    @Override
    public Object resolveGlobal(String identifier) {
        // The rule classes' identifiers are string literals, interned as ours are: identity first.
        if (identifier == THRESHOLDS || THRESHOLDS.equals(identifier)) {
            return th;
        }
        if (identifier == MATCHES || MATCHES.equals(identifier)) {
            return out;
        }
        return null;
    }

    @Override
    public void setGlobal(String identifier, Object value) {
        throw new UnsupportedOperationException("a rule session's globals are th and out, set when it is created");
    }

    @Override
    public void removeGlobal(String identifier) {
        throw new UnsupportedOperationException("a rule session's globals are th and out, set when it is created");
    }

    @Override
    public void clear() {
        // Nothing to let go of beyond the session itself.
    }
}
