package org.programmehealth.model;

/** Backing from elected politicians, nationally and locally. */
public enum PoliticalBacking { STRONG, PARTIAL, NONE }
