package org.programmehealth;

import java.util.Locale;

/**
 * The one way the library writes an answer or a threshold for people: as the assessment format
 * writes it (whole numbers without ".0", choices by their code, dates as ISO dates), and an
 * answer that is missing as "(not answered)". Messages say choices in plain words through their
 * templates' formatters; evidence, reports and docs show values with this.
 */
public final class Values {

    private Values() {
    }

    /** {@code 60.0} as "60", {@code 12.5} as "12.5", {@code null} as "(not answered)", anything else as written. */
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
