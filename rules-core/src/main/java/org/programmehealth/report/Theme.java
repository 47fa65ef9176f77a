package org.programmehealth.report;

/** The report's five parts, in its own order: what drives change, process, behaviours, mind-sets, leadership. */
public enum Theme { DRIVERS, PROCESS, BEHAVIOURS, MINDSETS, LEADERSHIP }
