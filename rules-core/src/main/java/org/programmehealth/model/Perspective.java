package org.programmehealth.model;

/**
 * Where a respondent sits: the sponsoring central department(s), the lead local body, another
 * local partner agency, or an independent reviewer. An addition to format version 1.
 */
public enum Perspective { CENTRE, LOCALITY, PARTNER, INDEPENDENT }
