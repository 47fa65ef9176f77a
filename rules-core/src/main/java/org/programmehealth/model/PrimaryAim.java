package org.programmehealth.model;

/** What the sponsors mainly want from the programme. */
public enum PrimaryAim { OUTCOMES, SAVINGS, BOTH }
