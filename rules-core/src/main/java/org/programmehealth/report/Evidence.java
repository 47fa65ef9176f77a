package org.programmehealth.report;

/**
 * One answer a rule used: the dotted path of the input field ({@code section.field}, or
 * {@code history[i].section.field} for an earlier snapshot), its value, and the condition it
 * met, with the threshold in force.
 */
public record Evidence(String field, Object value, String condition) {
}
