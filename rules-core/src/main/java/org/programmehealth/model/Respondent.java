package org.programmehealth.model;

/**
 * Who answered a response: their perspective (required when {@code respondent} is given) and their
 * role in words (optional, 1..200 characters; no personal data is needed). An addition to format
 * version 1: a document without it is one unnamed view.
 */
public record Respondent(Perspective perspective, String role) {
}
