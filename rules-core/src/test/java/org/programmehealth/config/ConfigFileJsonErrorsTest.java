package org.programmehealth.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.programmehealth.ProgrammeHealthException;

/** A broken configuration file is described in our words, with its JSON path, line and column. */
class ConfigFileJsonErrorsTest {

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("{\"disabledRules\": [] // off\n}", "JSON does not allow comments", "(line 1, column 22)"),
                Arguments.of("{\"disabledRules\": [], \"disabledRules\": []}", "is given twice", "(line 1, column 38)"),
                Arguments.of("{\"disabledRules\": []} {}", "more after the end", "(line 1, column 23)"),
                Arguments.of("{\"thresholds\": {\"x\": NaN}}", "not a number JSON allows", "(line 1, column"),
                Arguments.of("{\"waivers\": [{\"rule\": 'r'}]}", "double quotes", "(line 1, column"),
                Arguments.of("{\"disabledRules\": [\"a\",]}", "remove the comma", "(line 1, column"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenJson_isSaidInPlainWords_withItsPosition(String json, String says, String where, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigFile.read(file)).isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining(says).hasMessageContaining(where)
                .hasMessageNotContainingAny("Feature", "`", "com.fasterxml", "ALLOW_", "FAIL_ON", "(code ", "JsonNode");
    }

    @Test
    void anUnknownKeyWithControlCharacters_isEchoedEscaped(@TempDir Path dir) throws Exception {
        String json = "{\"odd\\u0000key\\u001b[2J\": 1}";
        Path file = dir.resolve("config.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigFile.read(file)).hasMessageContaining("odd\\u0000key")
                .hasMessageNotContainingAny("\u0000", "\u001b");
    }

    @Test
    void aConfigFileThatIsNotUtf8_saysSoAndHowToSaveIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cafe.json");
        Files.write(file, "{\"disabledRules\": [\"caf\u00e9\"]}".getBytes("windows-1252"));
        assertThatThrownBy(() -> ConfigFile.read(file)).hasMessageContaining("not UTF-8").hasMessageContaining("save it as UTF-8");
    }
}
