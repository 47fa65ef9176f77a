package org.programmehealth.rules;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds in force, by name, as the global {@code th} of every rule:
 * {@code Scope( prioritiesNow >= th.n("issueCreep.targetsAdded") )}. Immutable and shared by
 * every assessment of one engine.
 */
public final class Thresholds {

    private final Map<String, Double> values;
    /** The same values for lookup: rules call {@link #n} on every evaluation of a constraint. */
    private final Map<String, Double> byName;

    public Thresholds(Map<String, ? extends Number> values) {
        TreeMap<String, Double> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(k, v.doubleValue()));
        this.values = Collections.unmodifiableMap(copy);
        this.byName = new java.util.HashMap<>(copy);
    }

    /**
     * The value of a threshold.
     *
     * @throws IllegalArgumentException if no rule declared a threshold of that name
     */
    public double n(String name) {
        Double v = byName.get(name);
        if (v == null) {
            throw new IllegalArgumentException("threshold '" + name + "' is used by a rule but declared by none");
        }
        return v;
    }

    /** Every threshold, sorted by name. */
    public Map<String, Double> asMap() {
        return values;
    }
}
