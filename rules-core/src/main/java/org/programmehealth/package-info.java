/**
 * Programme Health: the warning signs of failing public-service change programmes, from "Total
 * Place: Lessons Learnt" (OPM, 2009). Start at {@link org.programmehealth.ProgrammeHealth}.
 */
package org.programmehealth;
