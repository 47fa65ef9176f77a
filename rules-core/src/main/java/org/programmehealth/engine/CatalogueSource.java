package org.programmehealth.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.programmehealth.ProgrammeHealthException;

/**
 * The catalogue as shipped: its version (from {@code catalogue.properties}), the DRL sources
 * beside it and each sign folder's {@code sign.json}, whose SHA-256 fingerprint (over both)
 * goes into every report.
 *
 * @param drlSources the rules' DRL by path relative to the descriptor's folder
 * @param signs      each sign folder's {@link SignDefinition}, by the DRL package of the folder
 */
public record CatalogueSource(String version, Map<String, String> drlSources, Map<String, SignDefinition> signs,
                              String fingerprint) {

    /** Where the catalogue's descriptor lives on the classpath. */
    public static final String DESCRIPTOR = "org/programmehealth/catalogue/catalogue.properties";

    /** The DRL package of the descriptor's folder; a sign folder's package is this, a dot and the folder's name. */
    public static final String PACKAGE = DESCRIPTOR.substring(0, DESCRIPTOR.lastIndexOf('/')).replace('/', '.');

    public static CatalogueSource load(ClassLoader loader) {
        URL url = loader.getResource(DESCRIPTOR);
        if (url == null) {
            throw ProgrammeHealthException.catalogue("no rule catalogue on the classpath (" + DESCRIPTOR
                    + " not found): add the dependency org.programmehealth:rules-catalogue", null);
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        } catch (IOException e) {
            throw ProgrammeHealthException.catalogue("cannot read " + url, e);
        }
        Map<String, String> sources = readDrl(url);
        Map<String, String> drl = new TreeMap<>();
        Map<String, SignDefinition> signs = new TreeMap<>();
        sources.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            } else {
                String folder = path.substring(0, path.lastIndexOf('/'));
                signs.put(PACKAGE + "." + folder.replace('/', '.'),
                        SignDefinition.parse(DESCRIPTOR.substring(0, DESCRIPTOR.lastIndexOf('/') + 1) + path,
                                folder.substring(folder.lastIndexOf('/') + 1), text));
            }
        });
        return new CatalogueSource(p.getProperty("version", "0.0.0"), Map.copyOf(drl), Map.copyOf(signs), fingerprint(sources));
    }

    /**
     * The sign of the rules in a package of the catalogue: its folder's {@code sign.json}.
     *
     * @throws ProgrammeHealthException if the folder has none
     */
    public SignDefinition signOf(String rulePackage) {
        SignDefinition sign = signs.get(rulePackage);
        if (sign == null) {
            throw ProgrammeHealthException.catalogue("the rules of package " + rulePackage + " have no "
                    + SignDefinition.FILE + " in their folder, " + rulePackage.replace('.', '/') + "/", null);
        }
        return sign;
    }

    /** True for the catalogue's sources: its DRL and each sign folder's {@code sign.json}. */
    private static boolean isSource(String path) {
        return path.endsWith(".drl") || (path.contains("/") && path.endsWith("/" + SignDefinition.FILE));
    }

    /**
     * SHA-256 over the rule sources, sorted by path, each as its path, a newline, its text with
     * line ends normalised to LF, and a NUL: the same on every platform and checkout.
     */
    public static String fingerprint(Map<String, String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(sources).forEach((path, text) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
                sha.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readDrl(URL descriptor) {
        try {
            if ("jar".equals(descriptor.getProtocol())) {
                return readDrlFromJar(descriptor);
            }
            return collect(Paths.get(descriptor.toURI()).getParent(), CatalogueSource::isSource);
        } catch (URISyntaxException | IOException | java.io.UncheckedIOException e) {
            throw ProgrammeHealthException.catalogue("cannot read the rule sources beside " + descriptor, e);
        }
    }

    /**
     * The {@code .drl} entries beside the descriptor in its jar, read through the jar the class
     * loader has already opened: no second look at the whole jar's directory (as a zip file system
     * would take), which mattered for the command-line tool's start-up.
     */
    private static Map<String, String> readDrlFromJar(URL descriptor) throws IOException {
        JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
        String entry = connection.getEntryName();
        String dir = entry.substring(0, entry.lastIndexOf('/') + 1);
        Map<String, String> out = new TreeMap<>();
        JarFile jar = connection.getJarFile();
        try {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(dir) && isSource(e.getName().substring(dir.length()))) {
                    try (InputStream in = jar.getInputStream(e)) {
                        out.put(e.getName().substring(dir.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            if (!connection.getUseCaches()) {
                jar.close();
            }
        }
        return out;
    }

    /** Every {@code .drl} file under {@code dir}, by its path relative to it ('/'-separated). */
    public static Map<String, String> collect(Path dir) throws IOException {
        return collect(dir, rel -> rel.endsWith(".drl"));
    }

    private static Map<String, String> collect(Path dir, java.util.function.Predicate<String> wanted) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : all) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!wanted.test(rel)) {
                    continue;
                }
                try {
                    out.put(rel, Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
