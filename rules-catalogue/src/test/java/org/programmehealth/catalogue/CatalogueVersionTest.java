package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.programmehealth.CatalogueDocs;
import org.programmehealth.RuleInfo;

/**
 * The catalogue's version is a promise about its rules: {@code catalogue.properties} records the
 * fingerprint of the DRL sources of its version, and {@code CHANGELOG.md} says, rule by rule, what
 * each version changed. A change to a rule that skips either fails the build, saying what to do.
 */
class CatalogueVersionTest {

    static final Path PROPERTIES = Catalogue.ROOT.resolve("catalogue.properties");
    static final Path CHANGELOG = Path.of("CHANGELOG.md");

    private static final Pattern ENTRY = Pattern.compile("(?m)^## (\\S+)");
    private static final Pattern FINGERPRINT = Pattern.compile("(?m)^Fingerprint: `(sha256:[0-9a-f]{64})`\\s*$");
    private static final Pattern CHANGE = Pattern.compile("(?m)^- `([^`]+)`: (\\S+?)[.:]?(?:\\s|$)");
    private static final List<String> KINDS = List.of("new", "stricter", "looser", "re-worded", "retired");

    private static String version;
    private static String recorded;
    private static String actual;
    private static Map<String, String> entries;

    @BeforeAll
    static void read() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        version = p.getProperty("version");
        recorded = p.getProperty("fingerprint");
        actual = Catalogue.engine().catalogue().fingerprint();
        entries = entries(Files.readString(CHANGELOG, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void recordedFingerprint_isTheFingerprintOfTheRuleSources() {
        assertThat(Catalogue.engine().catalogue().version()).isEqualTo(version);
        assertThat(actual)
                .withFailMessage("The rules changed: their DRL sources' fingerprint is now %s, but %s records %s for version %s.%n%s",
                        actual, "rules-catalogue/" + PROPERTIES, recorded, version, whatToDo())
                .isEqualTo(recorded);
    }

    @Test
    void changelog_hasAnEntryForTheCurrentVersion_recordingItsFingerprint() {
        assertThat(entries).withFailMessage("%s has no entry '## %s' for the catalogue's current version.%n%s",
                CHANGELOG, version, whatToDo()).containsKey(version);
        Matcher fingerprint = FINGERPRINT.matcher(entries.get(version));
        assertThat(fingerprint.find()).withFailMessage("The %s entry of %s has no line 'Fingerprint: `sha256:...`'.%n%s",
                version, CHANGELOG, whatToDo()).isTrue();
        assertThat(fingerprint.group(1)).withFailMessage("The %s entry of %s records the fingerprint %s, but the rules' is %s.%n%s",
                version, CHANGELOG, fingerprint.group(1), actual, whatToDo()).isEqualTo(actual);
        assertThat(List.copyOf(entries.keySet()).get(0)).as("the newest entry, first in %s", CHANGELOG).isEqualTo(version);
    }

    @Test
    void changelog_saysOfEveryChangeWhichOfTheFiveKindsItIs_andIntroducesEveryRuleOfTheCatalogueAsNew() {
        List<String> problems = new ArrayList<>();
        Map<String, String> latestKind = new HashMap<>();
        Set<String> introduced = new HashSet<>();
        entries.forEach((v, text) -> {
            for (String line : text.lines().filter(l -> l.startsWith("- ")).toList()) {
                Matcher m = CHANGE.matcher(line);
                if (!m.find() || !KINDS.contains(m.group(2))) {
                    problems.add(v + ": '" + line + "' does not read '- `rule-id`: " + String.join("|", KINDS) + ". what changed'");
                    continue;
                }
                latestKind.putIfAbsent(m.group(1), m.group(2));
                if (m.group(2).equals("new")) {
                    introduced.add(m.group(1));
                }
            }
        });
        for (RuleInfo r : Catalogue.engine().rules()) {
            if (!introduced.contains(r.id())) {
                problems.add(r.id() + " is in the catalogue but no entry lists it as new");
            }
            if ("retired".equals(latestKind.get(r.id()))) {
                problems.add(r.id() + " is in the catalogue but its latest change says retired");
            }
        }
        assertThat(problems).withFailMessage("%s does not account for the rules:%n  %s%n%s", CHANGELOG,
                String.join(System.lineSeparator() + "  ", problems), whatToDo()).isEmpty();
    }

    /** Entries by version, newest (first in the file) first. */
    private static Map<String, String> entries(String changelog) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(changelog);
        List<int[]> starts = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            versions.add(m.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : changelog.length();
            out.put(versions.get(i), changelog.substring(starts.get(i)[1], end));
        }
        return out;
    }

    private static String whatToDo() {
        return String.join(System.lineSeparator(),
                "To release a change to the rules:",
                "  1. bump 'version' in rules-catalogue/" + PROPERTIES + " (MAJOR if a rule is retired or a sign or rule id"
                        + " changes, MINOR if a rule is new, stricter or looser, PATCH if rules are only re-worded);",
                "  2. set 'fingerprint=" + actual + "' there;",
                "  3. add an entry at the top of rules-catalogue/" + CHANGELOG + ": '## <version> (<date>)', the line"
                        + " 'Fingerprint: `" + actual + "`', and one line per changed rule:"
                        + " '- `rule-id`: new|stricter|looser|re-worded|retired. what changed';",
                "  4. regenerate the docs with: " + CatalogueDocs.REGENERATE_COMMAND,
                "and commit all of it.");
    }
}
