package org.programmehealth;

/**
 * The one unchecked root of every exception this library throws on purpose. Its message is
 * written for a person: it says what is wrong and, where it can, what to do.
 */
public class ProgrammeHealthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProgrammeHealthException(String message) {
        super(message);
    }

    public ProgrammeHealthException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The rule catalogue could not be found, read or compiled. */
    public static ProgrammeHealthException catalogue(String message, Throwable cause) {
        return new ProgrammeHealthException("Rule catalogue: " + message, cause);
    }

    /** A configuration value (threshold, limit, option) is not acceptable. */
    public static ProgrammeHealthException configuration(String message) {
        return new ProgrammeHealthException("Configuration: " + message);
    }
}
