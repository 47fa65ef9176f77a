/**
 * "What would clear it": for each diagnostic, the nearest single-answer changes that would make its
 * rule stop firing, each confirmed by re-assessing. The entry point is
 * {@link org.programmehealth.clearing.WouldClear#annotate}, which
 * {@link org.programmehealth.ProgrammeHealth#assess} calls when asked to. Implementation, not API:
 * nothing outside the library may depend on this package.
 */
package org.programmehealth.clearing;
