package org.programmehealth;

/**
 * A named threshold of the catalogue.
 *
 * @param name         the name used in rules, configuration and the builder, e.g. {@code unrealisticTimescales.horizonMonths}
 * @param defaultValue the catalogue's default
 * @param value        the value in force in this engine
 * @param provenance   {@code report} when the number comes from the report, {@code calibrated} when the catalogue chose it
 * @param basis        where the number comes from, or why it was chosen
 */
public record ThresholdInfo(String name, double defaultValue, double value, String provenance, String basis) {
}
