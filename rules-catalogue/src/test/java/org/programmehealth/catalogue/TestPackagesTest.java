package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.programmehealth.ProgrammeHealth;

/**
 * This module tests the catalogue; the engine's tests live beside the engine, in rules-core, and run
 * on a fixture catalogue of their own. So no test here may sit in one of rules-core's packages
 * (which would also let it reach rules-core's package-private code from outside the module).
 */
class TestPackagesTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    /**
     * Tests that are still here on purpose, until the work that changes what they test moves them
     * (issue 10 asks for one WouldClearTest, in rules-core).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    @Test
    void noTestOfThisModule_isInAPackageOfRulesCore() throws Exception {
        Set<String> core = packagesOf(ProgrammeHealth.class);
        assertThat(core).as("rules-core's packages, read from its classes")
                .contains("org.programmehealth", "org.programmehealth.model", "org.programmehealth.report");
        List<String> misplaced = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(TESTS)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("this module's test sources").isNotEmpty();
        for (Path f : sources) {
            String rel = TESTS.relativize(f).toString().replace('\\', '/');
            Matcher m = PACKAGE.matcher(Files.readString(f, StandardCharsets.UTF_8));
            String pkg = m.find() ? m.group(1) : "";
            if (core.contains(pkg) && !NOT_YET_MOVED.contains(rel)) {
                misplaced.add(rel + " (package " + pkg + ")");
            }
        }
        assertThat(misplaced).as("tests in a package of rules-core: move them to rules-core/src/test/java, "
                + "onto its fixture catalogue, or into org.programmehealth.catalogue if they test the catalogue").isEmpty();
    }

    /** The packages holding the classes of the jar or folder a class was loaded from. */
    private static Set<String> packagesOf(Class<?> type) throws IOException, URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> packages.add(packageOf(location.relativize(f).toString().replace('\\', '/'))));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                        packages.add(packageOf(name));
                    }
                }
            }
        }
        return packages;
    }

    private static String packageOf(String classFile) {
        int slash = classFile.lastIndexOf('/');
        return slash < 0 ? "" : classFile.substring(0, slash).replace('/', '.');
    }
}
