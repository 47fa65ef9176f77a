package org.programmehealth.model;

/** Partners' commitment over the last six months. */
public enum PartnerCommitmentTrend { RISING, STABLE, FALLING }
