package org.programmehealth.model;

/** How the centre deals with localities: one to one, or as a network. */
public enum RelationshipMode { BILATERAL, NETWORKED }
