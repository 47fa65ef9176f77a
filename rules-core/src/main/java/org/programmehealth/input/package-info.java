/**
 * Reading assessments and writing reports: strict JSON, the format's schema (a quick check first,
 * the full validator for explanations), the checks a schema cannot make, and the format's dotted
 * field paths. The entry point is {@link org.programmehealth.input.AssessmentReader}, which
 * {@link org.programmehealth.AssessmentFormat} wraps; {@link org.programmehealth.input.Json} holds
 * the library's Jackson set-up, and {@code ReportJson} writes a report's JSON as Jackson would,
 * straight into one buffer. Implementation, not API: nothing outside the library may depend on
 * this package.
 */
package org.programmehealth.input;
