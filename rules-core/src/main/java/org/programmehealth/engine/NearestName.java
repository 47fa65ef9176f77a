package org.programmehealth.engine;

import java.util.Collection;
import java.util.Locale;

/** For a misspelt name: the known names nearest to it, so that a message can suggest one instead of listing them all. */
final class NearestName {

    private NearestName() {
    }

    /**
     * The words for a message: "did you mean 'x'?" (or "'x' or 'y'" when equally near), or, when no
     * name is near enough to be a likely misspelling, how many names there are and where they are listed.
     */
    static String suggestion(String name, Collection<String> known, String what, String listedIn) {
        int best = Integer.MAX_VALUE;
        java.util.List<String> nearest = new java.util.ArrayList<>();
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(k);
            }
        }
        // a likely misspelling: at most a third of the name is different
        if (nearest.isEmpty() || best > Math.max(2, name.length() / 3) || nearest.size() > 2) {
            return "none of the " + known.size() + " " + what + " is near it; they are listed in " + listedIn;
        }
        return "did you mean '" + String.join("' or '", nearest) + "'?";
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
