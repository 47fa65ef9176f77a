/**
 * The self-assessment, as immutable records that mirror the JSON format field for field.
 * {@code null} always means "not answered".
 */
package org.programmehealth.model;
