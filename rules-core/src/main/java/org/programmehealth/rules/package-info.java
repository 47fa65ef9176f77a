/**
 * What a rule sees besides the assessment's sections: the thresholds ({@code th}), the collector
 * ({@code out}) and the history fact. For rule authors; embedders need none of it.
 */
package org.programmehealth.rules;
