package org.programmehealth;

/**
 * Limits on what an assessment document may be, so that a hostile or broken input is refused
 * with a clear message instead of costing memory or time.
 *
 * @param maxDocumentChars  longest document, in characters (default 1,000,000)
 * @param maxNestingDepth   deepest nesting of objects and arrays (default 32; the format needs 4)
 * @param maxStringLength   longest string value or name, in characters (default 10,000)
 * @param maxHistory        most snapshots in {@code history} (default 100)
 */
public record InputLimits(int maxDocumentChars, int maxNestingDepth, int maxStringLength, int maxHistory) {

    public InputLimits {
        if (maxDocumentChars < 1 || maxNestingDepth < 4 || maxStringLength < 1 || maxHistory < 0) {
            throw ProgrammeHealthException.configuration("input limits must be positive and allow the"
                    + " format's own nesting depth of 4: " + maxDocumentChars + ", " + maxNestingDepth + ", "
                    + maxStringLength + ", " + maxHistory);
        }
    }

    /** The documented defaults. */
    public static InputLimits defaults() {
        return new InputLimits(1_000_000, 32, 10_000, 100);
    }
}
