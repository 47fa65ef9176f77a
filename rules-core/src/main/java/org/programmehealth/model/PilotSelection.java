package org.programmehealth.model;

/** How the first localities came to be pilots. */
public enum PilotSelection { VOLUNTEER, SELECTED, ALL }
