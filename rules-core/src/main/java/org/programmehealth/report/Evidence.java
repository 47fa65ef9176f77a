package org.programmehealth.report;

import java.util.Locale;

/**
 * One answer a rule used: the dotted path of the input field ({@code section.field}, or
 * {@code history[i].section.field} for an earlier snapshot), its value, and the condition it
 * met, with the threshold in force.
 */
public record Evidence(String field, Object value, String condition) {

    /**
     * A value as a person reads it, in messages, conditions and reports: whole numbers without a
     * needless ".0", other numbers as Java writes them, choices and dates as the format writes them,
     * and "(not answered)" for no value.
     */
    public static String format(Object value) {
        if (value == null) {
            return "(not answered)";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%s", d);
        }
        return String.valueOf(value);
    }
}
