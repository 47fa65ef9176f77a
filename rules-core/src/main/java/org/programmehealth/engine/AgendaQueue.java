package org.programmehealth.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.drools.core.common.AgendaGroupQueueImpl;
import org.drools.core.common.InternalAgendaGroup;
import org.drools.core.conflict.RuleAgendaConflictResolver;
import org.drools.core.util.BinaryHeapQueue;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

/**
 * Gives a new session's main agenda group Drools' binary heap as its queue of rules to fire, in place
 * of the tree set Drools uses unless the JVM-wide property {@code org.drools.queuetype} says
 * otherwise. Both are Drools' own queues over the same conflict resolver, which orders every pair of
 * rules, so the rules fire in the same order; the tree set's balancing was 7% of an assessment in a
 * profile of the engine alone. Set per session, the choice touches no other user of Drools in the JVM.
 * If this Drools has no such field (another version), sessions keep their own queue: see
 * {@link #available()}, which {@code AgendaQueueTest} holds true for the Drools we ship with.
 */
final class AgendaQueue {

    /** The queue field of Drools' agenda group, or null if this Drools has none we can set. */
    private static final VarHandle QUEUE = queueField();

    private AgendaQueue() {
    }

    private static VarHandle queueField() {
        try {
            VarHandle h = MethodHandles.privateLookupIn(AgendaGroupQueueImpl.class, MethodHandles.lookup())
                    .findVarHandle(AgendaGroupQueueImpl.class, "priorityQueue", org.drools.core.util.Queue.class);
            // a property naming another queue is the embedder's choice: keep it
            String chosen = System.getProperty("org.drools.queuetype");
            return chosen == null ? h : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** True if new sessions get the binary heap. */
    static boolean available() {
        return QUEUE != null;
    }

    /** Before the session's first insert: its main agenda group queues rules in a binary heap (if available). */
    static void useBinaryHeap(KieSession session) {
        if (QUEUE == null || !(session instanceof StatefulKnowledgeSessionImpl s)) {
            return;
        }
        InternalAgendaGroup main = s.getAgenda().getAgendaGroupsManager().getMainAgendaGroup();
        if (main instanceof AgendaGroupQueueImpl group && group.isEmpty()) {
            QUEUE.set(group, new BinaryHeapQueue<>(RuleAgendaConflictResolver.INSTANCE));
        }
    }

    /** The class of a session's main agenda group queue (for tests). */
    static Class<?> queueOf(KieSession session) {
        InternalAgendaGroup main = ((StatefulKnowledgeSessionImpl) session).getAgenda().getAgendaGroupsManager().getMainAgendaGroup();
        return QUEUE == null ? null : QUEUE.get(main).getClass();
    }
}
