package org.programmehealth.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.config.EngineSettings;

/**
 * Rules an embedder adds beside the catalogue: DRL files from a folder or from the class path,
 * compiled at run time to Drools' executable model so that they join the catalogue's rule base.
 * DRL is code: this runs whatever the files say, so load only rules you trust.
 */
final class CustomRules {

    private static final String ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /**
     * The compiled rules: their models, their sources by display name (file path, or
     * {@code classpath:...}), and for each rule the file it came from.
     */
    record Compiled(List<Model> models, Map<String, String> sources, Map<String, String> fileOfRule) {
        String fingerprint() {
            return CatalogueSource.fingerprint(sources);
        }
    }

    private CustomRules() {
    }

    /**
     * Reads and compiles every {@code .drl} file under the locations.
     *
     * @throws ProgrammeHealthException (a configuration error) if a location is missing or empty, or a file
     *                                  does not compile: the message names each file, line and error
     */
    static Compiled compile(List<EngineSettings.CustomRulesLocation> locations, ClassLoader loader) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (EngineSettings.CustomRulesLocation l : locations) {
            Map<String, String> found = l.folder() != null ? fromFolder(l.folder()) : fromClasspath(l.classpathFolder(), loader);
            if (found.isEmpty()) {
                throw ProgrammeHealthException.configuration("custom rules: no .drl file in " + l);
            }
            sources.putAll(found);
        }
        List<Model> models = toModels("custom-rules", sources, loader,
                problem -> ProgrammeHealthException.configuration("custom rules " + problem));
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        sources.forEach((file, text) -> {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                fileOfRule.putIfAbsent(name, file);
            }
        });
        return new Compiled(models, sources, fileOfRule);
    }

    /**
     * Compiles DRL sources (by the name to show in messages) to Drools' executable model.
     *
     * @param artifact what to call the compiled module
     * @param failure  the exception for a problem, given as "cannot be compiled: ..." or "do not compile: ..."
     *                 followed by each file, line and error
     */
    static List<Model> toModels(String artifact, Map<String, String> sources, ClassLoader loader,
                                Function<String, ProgrammeHealthException> failure) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.programmehealth.custom", artifact + "-" + Integer.toHexString(sources.hashCode()), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> byKiePath = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            // a file lives under its package's folder, as Drools expects (else it warns)
            Matcher pkg = PACKAGE.matcher(e.getValue());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "custom";
            String path = folder + "/" + (n++) + "-" + Paths.get(e.getKey().replace("classpath:", "")).getFileName();
            byKiePath.put(path, e.getKey());
            kfs.write(ROOT + path, e.getValue());
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            throw failure.apply("cannot be compiled: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "(unknown file)" : byKiePath.getOrDefault(
                    m.getPath().startsWith(ROOT) ? m.getPath().substring(ROOT.length()) : m.getPath(), m.getPath());
            int line = m.getLine() > 0 ? m.getLine() : lineOf(sources.get(file), m.getText());
            errors.add(file + (line > 0 ? " line " + line : "") + ": " + m.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw failure.apply("do not compile:\n  " + String.join("\n  ", errors));
        }
        CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
        List<Model> models = new ArrayList<>();
        for (KieBaseModel kbm : module.getKieModuleModel().getKieBaseModels().values()) {
            Collection<Model> ms = module.getModelForKBase((KieBaseModelImpl) kbm);
            models.addAll(ms);
        }
        return models;
    }

    /**
     * The line of the expression an error quotes, for errors the executable model reports without
     * one ("Unable to parse left part of expression: nosuch &gt; 3"); 0 if it cannot be found.
     */
    static int lineOf(String source, String error) {
        if (source == null || error == null) {
            return 0;
        }
        String text = error.strip();
        int colon = text.lastIndexOf(": ");
        String quoted = colon < 0 ? "" : text.substring(colon + 2).strip();
        int at = quoted.length() < 3 ? -1 : source.indexOf(quoted);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Map<String, String> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw ProgrammeHealthException.configuration("custom rules: " + folder + " is not a folder");
        }
        try {
            Map<String, String> out = new LinkedHashMap<>();
            CatalogueSource.collect(folder).forEach((rel, text) -> out.put(folder.resolve(rel).toString(), text));
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ProgrammeHealthException.configuration("custom rules: cannot read " + folder + ": " + e.getMessage());
        }
    }

    private static Map<String, String> fromClasspath(String folder, ClassLoader loader) {
        String name = folder.startsWith("/") ? folder.substring(1) : folder;
        URL url = loader.getResource(name);
        if (url == null) {
            throw ProgrammeHealthException.configuration("custom rules: no folder '" + name + "' on the classpath");
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                String inner = uri.getSchemeSpecificPart();
                dir = fs.getPath(inner.substring(inner.indexOf("!/") + 1));
            } else {
                dir = Paths.get(uri);
            }
            Map<String, String> out = new LinkedHashMap<>();
            String prefix = name.endsWith("/") ? name : name + "/";
            CatalogueSource.collect(dir).forEach((rel, text) -> out.put("classpath:" + prefix + rel, text));
            return out;
        } catch (URISyntaxException | IOException | java.io.UncheckedIOException e) {
            throw ProgrammeHealthException.configuration("custom rules: cannot read classpath:" + name + ": " + e.getMessage());
        }
    }
}
