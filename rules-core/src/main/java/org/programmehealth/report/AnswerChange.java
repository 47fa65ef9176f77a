package org.programmehealth.report;

/**
 * One change to a programme's own answers that, on its own, would clear a diagnostic: the answer
 * at {@code field} (a dotted path of the format, e.g. {@code reporting.informationRequestsPerMonth})
 * going {@code from} its current value {@code to} the nearest value at which the rule no longer
 * fires, confirmed by re-assessing with the engine. Values are as the JSON input has them: whole
 * numbers, decimals, booleans, or choices as text.
 */
public record AnswerChange(String field, Object from, Object to) {
}
