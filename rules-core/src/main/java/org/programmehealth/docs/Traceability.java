package org.programmehealth.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.RuleInfo;

/**
 * How the catalogue traces to the report: the executive summary's key learning points, each with
 * the signs that encode it or why none does (data, from {@code traceability.json}), and the
 * report's sections with the signs whose rules cite them (derived from the rules' own
 * {@code @section} and {@code @page}).
 *
 * @param contents the report's contents table: each section and the page it starts on, in order
 */
public record Traceability(String source, List<LearningPoint> learningPoints, List<Section> contents) {

    /** Where the traceability data lives on the classpath. */
    public static final String RESOURCE = "org/programmehealth/catalogue/traceability.json";

    /** A key learning point; {@code signs} may name signs not yet in the rule base. */
    public record LearningPoint(int number, String text, String developedIn, String pages, List<String> signs,
                                String notEncodedBecause) {
    }

    /** A section of the report's contents table, the page it starts on, and what in it no rule encodes, and why. */
    public record Section(String section, int page, String notEncoded) {
    }

    /**
     * One row of the section-to-sign matrix.
     *
     * @param lastPage  the last page the section can run to (where the next one starts)
     * @param inContents false for a section a rule cites that is not in the report's contents table
     * @param signs     each sign whose rules cite the section, with the pages they cite
     * @param notEncoded what in the section no rule encodes, and why; empty if nothing is left out
     */
    public record SectionRow(String section, int firstPage, int lastPage, boolean inContents,
                             Map<String, SortedSet<Integer>> signs, String notEncoded) {
    }

    static Traceability read(JsonNode root) {
        if (root == null) {
            return new Traceability("", List.of(), List.of());
        }
        List<LearningPoint> points = new ArrayList<>();
        for (JsonNode p : root.path("learningPoints")) {
            List<String> signs = new ArrayList<>();
            p.path("signs").forEach(s -> signs.add(s.asText()));
            points.add(new LearningPoint(p.path("number").asInt(), text(p, "text"), text(p, "developedIn"),
                    text(p, "pages"), List.copyOf(signs), p.path("notEncodedBecause").asText("")));
        }
        List<Section> contents = new ArrayList<>();
        for (JsonNode s : root.path("contents")) {
            contents.add(new Section(text(s, "section"), s.path("page").asInt(), s.path("notEncoded").asText("")));
        }
        return new Traceability(root.path("source").asText(""), List.copyOf(points), List.copyOf(contents));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw ProgrammeHealthException.catalogue(RESOURCE + ": '" + field + "' must be text in " + node, null);
        }
        return v.asText();
    }

    /**
     * The section-to-sign matrix: every section of the contents table in the report's order, with
     * the signs whose rules cite it, then any section a rule cites that the contents lack.
     */
    public List<SectionRow> matrix(List<RuleInfo> rules) {
        Map<String, Map<String, SortedSet<Integer>>> cited = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            cited.computeIfAbsent(r.source().section(), k -> new TreeMap<>())
                    .computeIfAbsent(r.sign(), k -> new TreeSet<>()).add(r.source().page());
        }
        List<SectionRow> rows = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            Section s = contents.get(i);
            int last = i + 1 < contents.size() ? Math.max(s.page(), contents.get(i + 1).page()) : s.page();
            Map<String, SortedSet<Integer>> signs = cited.remove(s.section());
            rows.add(new SectionRow(s.section(), s.page(), last, true, signs == null ? Map.of() : signs, s.notEncoded()));
        }
        new TreeMap<>(cited).forEach((section, signs) -> {
            int page = signs.values().stream().mapToInt(SortedSet::first).min().orElse(0);
            rows.add(new SectionRow(section, page, page, false, signs, ""));
        });
        return rows;
    }

    /**
     * How much of a learning point or section the catalogue encodes, derived from the facts, never
     * flagged by hand: "Fully encoded" only when signs in the catalogue encode it and nothing is
     * recorded as left out; "Partly encoded" when signs encode some of it but something is left
     * out (or a sign it calls for is not yet in the catalogue); "Not encoded" when no sign in the
     * catalogue does.
     *
     * @param inCatalogue how many of the signs that encode it are in the catalogue
     * @param missing     how many of the signs it calls for are not yet in the catalogue
     * @param leftOut     what the data records as not encoded; blank if nothing
     */
    public static String encoding(int inCatalogue, int missing, String leftOut) {
        if (inCatalogue == 0) {
            return "Not encoded";
        }
        return missing == 0 && leftOut.isBlank() ? "Fully encoded" : "Partly encoded";
    }

    /** True if the page a rule cites lies within the section it names, by the contents table. */
    public static boolean citesWithin(SectionRow row, int page) {
        return row.inContents() && page >= row.firstPage() && page <= row.lastPage();
    }
}
