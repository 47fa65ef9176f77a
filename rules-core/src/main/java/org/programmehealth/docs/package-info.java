/**
 * The auditor's catalogue documentation, generated from an engine's rules and each sign's cases:
 * Markdown pages, one JSON document, one HTML page and the scoring method. Not on the assessment
 * path. The entry point is {@link org.programmehealth.CatalogueDocs}, which gathers a
 * {@link org.programmehealth.docs.DocsModel} and renders it. Implementation, not API: nothing
 * outside the library may depend on this package.
 */
package org.programmehealth.docs;
