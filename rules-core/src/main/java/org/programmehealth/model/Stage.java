package org.programmehealth.model;

/** Where the programme is in its life. */
public enum Stage { DESIGN, PILOT, ROLL_OUT, BUSINESS_AS_USUAL }
