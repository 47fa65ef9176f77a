/** The report: immutable records, the same as the JSON report contract. */
package org.programmehealth.report;
