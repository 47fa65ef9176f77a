/**
 * Embedding examples (the README's snippet is compiled and run by {@code ReadmeTest} itself): a small
 * PMO integration, {@link org.programmehealth.examples.embedding.PortfolioReview},
 * which maps the PMO's own {@link org.programmehealth.examples.embedding.PmoProgramme} records to
 * assessments ({@link org.programmehealth.examples.embedding.PmoMapping}), assesses them and stores
 * the reports, through two seams of its own: {@link org.programmehealth.examples.embedding.ProgrammeRepository}
 * and {@link org.programmehealth.examples.embedding.ReportStore}.
 */
package org.programmehealth.examples.embedding;
