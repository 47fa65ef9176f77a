package org.programmehealth;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.programmehealth.docs.DocsModel;
import org.programmehealth.docs.HtmlDocs;
import org.programmehealth.docs.JsonDocs;
import org.programmehealth.docs.MarkdownDocs;
import org.programmehealth.docs.ScoringDoc;
import org.programmehealth.docs.Words;
import org.programmehealth.report.Report;

/**
 * The auditor's catalogue, generated from an engine's rules: their annotations (logic, thresholds
 * with provenance and basis, citation, rationale, recommendation), each sign's {@code cases.json}
 * (one firing and one silent example, run through the engine) and {@code traceability.json}.
 * Nothing is kept by hand beside the rules, so the docs say what the rules do.
 *
 * <pre>{@code
 * ProgrammeHealth health = ProgrammeHealth.create();
 * String page = CatalogueDocs.html(health);                 // one self-contained page
 * SortedMap<String, String> md = CatalogueDocs.markdown(health);  // README.md, signs/*.md, traceability.md
 * }</pre>
 *
 * <p>Output is deterministic: the same rules and cases give the same text, sorted, with LF line
 * ends. Every file starts with a do-not-edit notice naming {@link #REGENERATE_COMMAND}, which
 * regenerates the copy committed in {@code rules-catalogue/docs}. Cases and traceability are read
 * from the class path the engine found its catalogue on
 * ({@code org/programmehealth/catalogue/<sign in lower case>/cases.json}); a sign without cases
 * is shown without examples.
 */
public final class CatalogueDocs {

    /** The one command that regenerates the committed docs in {@code rules-catalogue/docs}. */
    public static final String REGENERATE_COMMAND = Words.REGENERATE_COMMAND;

    private CatalogueDocs() {
    }

    /**
     * The Markdown pages by path relative to the docs folder: {@code README.md} (the index by theme
     * and by severity), {@code signs/<sign in lower case>.md} for each sign, and {@code traceability.md}.
     *
     * @throws ProgrammeHealthException if a sign's cases or the traceability data cannot be read
     */
    public static SortedMap<String, String> markdown(ProgrammeHealth engine) {
        return MarkdownDocs.pages(model(engine));
    }

    /** Everything the Markdown pages say, as one JSON document (LF line ends, final newline). */
    public static String json(ProgrammeHealth engine) {
        return JsonDocs.json(model(engine));
    }

    /** The whole catalogue as one self-contained HTML page: inline CSS, no script, no external asset. */
    public static String html(ProgrammeHealth engine) {
        return HtmlDocs.html(model(engine));
    }

    /**
     * The scoring method with a worked example: the engine's report on {@code exampleJson}, every
     * diagnostic with its penalty, and the arithmetic to each score.
     *
     * @param exampleJson   an assessment in the public format
     * @param exampleSource where a reader finds that assessment, e.g. its path
     * @throws InvalidAssessmentException if the example is not a valid assessment
     */
    public static String scoringMarkdown(ProgrammeHealth engine, String exampleJson, String exampleSource) {
        return scoring(model(engine), engine, exampleJson, exampleSource);
    }

    /**
     * Every file of the docs folder, by path relative to it: the Markdown pages, {@code scoring.md},
     * {@code catalogue.json} and {@code catalogue.html}.
     */
    public static SortedMap<String, String> files(ProgrammeHealth engine, String scoringExampleJson,
                                                  String scoringExampleSource) {
        DocsModel model = model(engine);
        SortedMap<String, String> out = new TreeMap<>(MarkdownDocs.pages(model));
        out.put("scoring.md", scoring(model, engine, scoringExampleJson, scoringExampleSource));
        out.put("catalogue.json", JsonDocs.json(model));
        out.put("catalogue.html", HtmlDocs.html(model));
        return out;
    }

    private static DocsModel model(ProgrammeHealth engine) {
        Objects.requireNonNull(engine, "engine");
        return DocsModel.of(engine, engine.classLoader());
    }

    private static String scoring(DocsModel model, ProgrammeHealth engine, String exampleJson, String exampleSource) {
        Objects.requireNonNull(exampleJson, "exampleJson");
        Objects.requireNonNull(exampleSource, "exampleSource");
        Report report = engine.assess(engine.parse(exampleJson, exampleSource));
        return ScoringDoc.markdown(model, exampleSource, exampleJson, report);
    }
}
