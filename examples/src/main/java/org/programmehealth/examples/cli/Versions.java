package org.programmehealth.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/**
 * What {@code -V} prints: the tool's version (from the build), the rule catalogue's version (from
 * the catalogue itself, without building the rule base) and the Java it runs on.
 */
final class Versions implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "programme-health " + property("/org/programmehealth/examples/cli/version.properties", "version", "(development build)"),
            "rule catalogue " + property("/org/programmehealth/catalogue/catalogue.properties", "version", "(not found)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }

    private static String property(String resource, String key, String otherwise) {
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return otherwise;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            return v == null || v.isBlank() || v.startsWith("${") ? otherwise : v.strip();
        } catch (IOException e) {
            return otherwise;
        }
    }
}
