package org.programmehealth.model;

/** How tangled the problem is; {@code COMPLEX} is a "wicked issue" with no known solution. */
public enum ProblemComplexity { SIMPLE, COMPLICATED, COMPLEX }
