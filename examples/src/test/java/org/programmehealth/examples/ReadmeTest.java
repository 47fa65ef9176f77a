package org.programmehealth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README is the front door: what it shows must compile and work. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");
    /** The command-line reference, beside the report contract. */
    private static final Path CLI_REFERENCE = Path.of("../docs/contracts/cli.md");

    @Test
    void theReadme_staysAFrontDoor_atMost12000Bytes() throws Exception {
        assertThat(Files.size(README)).isLessThanOrEqualTo(12_000);
    }

    @Test
    void theReadmesEmbeddingSnippet_compilesExactlyAsShown_andRunsOnTheSample(@TempDir Path classes) throws Exception {
        String snippet = javaBlock(Files.readString(README));
        assertThat(snippet).contains("import org.programmehealth.ProgrammeHealth;");
        Matcher name = Pattern.compile("public (?:final )?class (\\w+)").matcher(snippet);
        assertThat(name.find()).as("the snippet declares a public class").isTrue();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject source = new SimpleJavaFileObject(
                java.net.URI.create("string:///" + name.group(1) + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet;
            }
        };
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-Xlint:all", "-Werror"),
                null, List.of(source)).call();
        assertThat(compiled).as("javac says: %s", diagnostics).isTrue();

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {"assessments/sample-programme.json"});
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("\"reportVersion\" : \"1\"")
                .contains("\"id\" : \"" + sampleId() + "\"");
    }

    @Test
    void theReadmesCommands_nameFilesThatExist() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme).contains("mvn -B verify").contains("java -jar examples/target/programme-health.jar assess examples/assessments/sample-programme.json");
        assertThat(Path.of("assessments/sample-programme.json")).exists();
        assertThat(Files.readString(Path.of("../.ci/run"))).as("CI runs what the README shows").contains("\nmvn -B verify\n");
    }

    @Test
    void theReadmesLinks_leadToFilesThatExist() throws Exception {
        Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(README));
        int links = 0;
        while (link.find()) {
            String target = link.group(1);
            if (target.equals("docs/serve.md")) {
                continue; // written by the web server's own change
            }
            links++;
            assertThat(Path.of("..").resolve(target)).as("README link %s", target).exists();
        }
        assertThat(links).isGreaterThan(5);
    }

    @Test
    void theCommandReference_listsEveryCommandOfTheTool() throws Exception {
        String reference = Files.readString(CLI_REFERENCE);
        var commands = org.programmehealth.examples.cli.ProgrammeHealthCli.commandLine().getSubcommands().keySet();
        assertThat(commands).contains("assess", "batch", "validate", "template", "questionnaire");
        for (String command : commands) {
            if (!command.equals("help")) {
                assertThat(reference).as("the command table of docs/contracts/cli.md").contains("| `" + command);
            }
        }
        assertThat(Files.readString(README)).contains("](docs/contracts/cli.md)");
    }

    /** The README's only {@code ```java} block. */
    private static String javaBlock(String readme) {
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a ```java block in the README").isTrue();
        String code = block.group(1);
        assertThat(block.find()).as("only one ```java block in the README").isFalse();
        return code;
    }

    private static String sampleId() throws Exception {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(Path.of("assessments/sample-programme.json")));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

}
