package org.programmehealth.report;

/** Where in "Total Place: Lessons Learnt" (OPM, 2009) a rule comes from: the section heading and the report's own page. */
public record Source(String section, int page) {
}
