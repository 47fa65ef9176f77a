package org.programmehealth.rules;

import java.util.Map;

/**
 * The assessment's {@code extensions} (an embedder's own answers), as a fact for custom rules:
 * {@code Extensions( number("riskScore") != null, number("riskScore") >= th.n("acme.maxRisk") )}.
 * Name the field in the rule's {@code @evidence} as {@code extensions.riskScore}, so that an
 * assessment without it leaves the rule not assessed. Immutable.
 */
public final class Extensions {

    private final Map<String, Object> values;

    public Extensions(Map<String, Object> values) {
        this.values = values;
    }

    /** True if the assessment answered {@code name}. */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** The answer as JSON gave it (number, text, true/false, list or object), or {@code null}. */
    public Object value(String name) {
        return values.get(name);
    }

    /** The answer as a number, or {@code null} if it is missing or not a number. */
    public Double number(String name) {
        return values.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    /** The answer as text, or {@code null} if it is missing or not text. */
    public String text(String name) {
        return values.get(name) instanceof String s ? s : null;
    }

    /** The answer as true or false, or {@code null} if it is missing or not a boolean. */
    public Boolean flag(String name) {
        return values.get(name) instanceof Boolean b ? b : null;
    }
}
