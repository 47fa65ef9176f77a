package org.programmehealth.rules;

import java.util.List;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/**
 * The earlier snapshots of an assessment, as a fact for trend rules. Every method walks the
 * snapshots once, so a trend rule costs time linear in the length of the history. Paths are the
 * format's dotted paths ({@code sponsorship.seniorSponsor}); enum answers count by their order
 * in the format (for {@code seniorSponsor}, 0 = minister, rising as seniority falls).
 */
public final class History {

    /** Reads the answer at a dotted path, or {@code null} if it was not given; the engine passes the format's own. */
    public interface Answers {
        Object in(Assessment assessment, String path);

        Object in(Snapshot snapshot, String path);
    }

    private final Assessment current;
    private final List<Snapshot> snapshots;
    private final Answers answers;

    public History(Assessment current, Answers answers) {
        this.current = current;
        this.snapshots = current.history();
        this.answers = answers;
    }

    public int size() {
        return snapshots.size();
    }

    /** Index of the earliest snapshot that answered {@code path}, or -1 if none did. */
    public int first(String path) {
        for (int i = 0; i < snapshots.size(); i++) {
            if (answers.in(snapshots.get(i), path) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The answer at {@code path} in snapshot {@code index} as a number (enums by their order). */
    public double number(int index, String path) {
        return asNumber(answers.in(snapshots.get(index), path), path);
    }

    /** Indices of the snapshots that answered {@code path}, oldest first. */
    public int[] answered(String path) {
        return java.util.stream.IntStream.range(0, snapshots.size())
                .filter(i -> answers.in(snapshots.get(i), path) != null).toArray();
    }

    /**
     * True if the answer at {@code path} rose at every step from at least {@code minSnapshots}
     * earlier snapshots that answered it through to the current assessment.
     */
    public boolean risesAtEveryStep(String path, double minSnapshots) {
        Object now = answers.in(current, path);
        if (now == null) {
            return false;
        }
        int count = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (Snapshot s : snapshots) {
            Object v = answers.in(s, path);
            if (v == null) {
                continue;
            }
            double d = asNumber(v, path);
            if (d <= previous) {
                return false;
            }
            previous = d;
            count++;
        }
        return count >= minSnapshots && asNumber(now, path) > previous;
    }

    private static double asNumber(Object v, String path) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Enum<?> e) {
            return e.ordinal();
        }
        throw new IllegalArgumentException(path + " is not a number or an ordered choice");
    }
}
