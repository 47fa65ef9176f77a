/**
 * The rule engine: loads the catalogue's executable model and any custom rules, checks and applies
 * the settings (thresholds, rules and signs switched off, severities, waivers), and assesses one
 * programme at a time in its own rule session, assembling the report with its evidence, scores and
 * coverage.
 *
 * <p>The entry point is {@link org.programmehealth.engine.RuleEngine}, which
 * {@link org.programmehealth.ProgrammeHealth} builds once and shares. Everything else here is a step
 * of building or running it and is package-private where it can be. Implementation, not API:
 * nothing outside the library may depend on this package.
 */
package org.programmehealth.engine;
