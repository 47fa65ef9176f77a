package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Centre;
import org.programmehealth.model.Learning;
import org.programmehealth.model.Locality;
import org.programmehealth.model.Partnership;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.RollOut;
import org.programmehealth.model.Scope;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Timescales;
import org.programmehealth.report.Report;

/**
 * Every message the catalogue writes, on every case of every sign and on every example, reads as
 * English for people: no choice codes, no field names (the evidence carries the fields), no sums
 * in the prose, no bare signed numbers, and no "1 months".
 */
class MessagesTest {

    private static final List<Class<? extends Record>> SECTIONS = List.of(Programme.class, Centre.class,
            Sponsorship.class, Timescales.class, Reporting.class, Scope.class, Locality.class, Partnership.class,
            Learning.class, RollOut.class);

    /** What a message must not hold, with the reason the failure gives. */
    private static final Map<Pattern, String> FORBIDDEN = new LinkedHashMap<>();

    static {
        FORBIDDEN.put(Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{4,}\\b"), "a choice's code");
        FORBIDDEN.put(Pattern.compile("\\d\\s*[+*/]\\s*\\d|\\+ ?0\\b"), "arithmetic");
        FORBIDDEN.put(Pattern.compile("(?<![\\w/])-\\d"), "a bare negative number (say 'fell by')");
        FORBIDDEN.put(Pattern.compile("(?<![\\d.,])1 (?!of\\b)[a-z-]+s\\b"), "a plural after 1");
        FORBIDDEN.put(Pattern.compile("\\b0 months\\b|\\bin 0\\b"), "0 months (say 'now')");
        FORBIDDEN.put(Pattern.compile("\\(not answered\\)"), "an answer the rule did not have");
        FORBIDDEN.put(Pattern.compile("\\b(true|false)\\b"), "a yes/no code");
    }

    @Test
    void everyMessage_ofEveryCaseAndExample_isPlainEnglish() throws IOException {
        Set<String> fieldNames = new TreeSet<>();
        for (Class<? extends Record> s : SECTIONS) {
            for (RecordComponent c : s.getRecordComponents()) {
                if (c.getName().matches(".*[A-Z].*")) {
                    fieldNames.add(c.getName());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int messages = 0;
        for (Report report : reports().values()) {
            List<String[]> said = new ArrayList<>();
            report.diagnostics().forEach(d -> said.add(new String[] {d.ruleId(), d.message()}));
            report.strengths().forEach(s -> said.add(new String[] {s.ruleId(), s.message()}));
            for (String[] m : said) {
                messages++;
                FORBIDDEN.forEach((pattern, what) -> {
                    Matcher found = pattern.matcher(m[1]);
                    if (found.find()) {
                        problems.add(m[0] + " says " + what + " '" + found.group() + "' in: " + m[1]);
                    }
                });
                for (String field : fieldNames) {
                    if (m[1].contains(field)) {
                        problems.add(m[0] + " names the field " + field + " in: " + m[1]);
                    }
                }
                if (!m[1].endsWith(".")) {
                    problems.add(m[0] + " does not end as a sentence: " + m[1]);
                }
            }
        }
        assertThat(messages).as("messages checked").isGreaterThan(Catalogue.engine().rules().size());
        assertThat(problems.stream().distinct().toList()).as("messages that are not plain English").isEmpty();
    }

    @Test
    void everyRuleFires_inSomeCase_soTheScanAboveReadsEveryMessage() throws IOException {
        Set<String> fired = new TreeSet<>();
        for (Report report : reports().values()) {
            report.diagnostics().forEach(d -> fired.add(d.ruleId()));
            report.strengths().forEach(s -> fired.add(s.ruleId()));
        }
        assertThat(fired).containsExactlyInAnyOrderElementsOf(
                Catalogue.engine().rules().stream().map(org.programmehealth.RuleInfo::id).toList());
    }

    /** The report of every case (its responses assessed together) and of every example file, by name. */
    private static Map<String, Report> reports() throws IOException {
        Map<String, Report> out = new LinkedHashMap<>();
        Catalogue.cases().forEach(c -> out.put(c.file() + ": " + c.name(), c.report(Catalogue.engine())));
        try (Stream<Path> files = Files.walk(Path.of("../examples/assessments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("expected.json")).sorted().toList()) {
                out.put(f.toString(), Catalogue.engine().assess(Catalogue.engine().parse(Files.readString(f), f.toString())));
            }
        }
        return out;
    }
}
