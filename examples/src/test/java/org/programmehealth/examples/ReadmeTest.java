package org.programmehealth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.programmehealth.examples.embedding.QuickStart;

/** The README is the front door: what it shows must compile and work. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmesEmbeddingSnippet_isTheCompiledQuickStart_andItRuns() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/programmehealth/examples/embedding/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("// README:end")).stripIndent().strip();
        assertThat(Files.readString(README)).contains(snippet);
        assertThat(QuickStart.run(Path.of("assessments/sample-programme.json"))).contains("\"reportVersion\" : \"1\"");
    }

    @Test
    void theReadmesCommands_nameFilesThatExist() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme).contains("mvn -B verify").contains("java -jar examples/target/programme-health.jar assess examples/assessments/sample-programme.json");
        assertThat(Path.of("assessments/sample-programme.json")).exists();
    }

    @Test
    void theReadmesCommandTable_listsEveryCommandOfTheTool() throws Exception {
        String readme = Files.readString(README);
        var commands = new picocli.CommandLine(new org.programmehealth.examples.cli.ProgrammeHealthCli()).getSubcommands().keySet();
        assertThat(commands).contains("assess", "batch", "validate", "template", "questionnaire");
        for (String command : commands) {
            if (!command.equals("help")) {
                assertThat(readme).as("README's command table").contains("| `" + command);
            }
        }
    }
}
