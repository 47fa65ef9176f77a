/**
 * Reports for people, from the same {@link org.programmehealth.report.Report}: {@link org.programmehealth.render.TextRenderer}
 * for a terminal, {@link org.programmehealth.render.MarkdownRenderer} for a wiki and
 * {@link org.programmehealth.render.HtmlRenderer} for one self-contained page. Each is a pure
 * function of the report: the same report always gives the same text.
 */
package org.programmehealth.render;
