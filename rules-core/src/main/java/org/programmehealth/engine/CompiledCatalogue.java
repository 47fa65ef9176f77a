package org.programmehealth.engine;

import java.util.List;
import java.util.Objects;

import org.drools.model.Model;
import org.programmehealth.ProgrammeHealthException;

/**
 * A catalogue compiled from its DRL when it is loaded, for a catalogue that has no executable model
 * generated at build time: the engine's own test fixture, which cannot be built by
 * {@code kie-maven-plugin} in the module that holds the engine. Compiling takes seconds, so compile
 * once and build as many engines from it as needed ({@link RuleEngine#load(CompiledCatalogue, EngineSettings)});
 * an engine built from it behaves as one built from the generated model. Production use loads the
 * generated model ({@link RuleEngine#load(ClassLoader, EngineSettings)}) and never this.
 */
public final class CompiledCatalogue {

    private final ClassLoader loader;
    private final CatalogueSource source;
    private final List<Model> models;

    private CompiledCatalogue(ClassLoader loader, CatalogueSource source, List<Model> models) {
        this.loader = loader;
        this.source = source;
        this.models = models;
    }

    /**
     * Reads the catalogue on the class loader's class path ({@link CatalogueSource#DESCRIPTOR}, its DRL
     * and each sign folder's {@code sign.json}) and compiles its DRL.
     *
     * @throws ProgrammeHealthException if there is no catalogue, or its rules do not compile (naming each
     *                                  file, line and error)
     */
    public static CompiledCatalogue compile(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        CatalogueSource source = CatalogueSource.load(loader);
        List<Model> models = CustomRules.toModels("compiled-catalogue", source.drlSources(), loader,
                problem -> ProgrammeHealthException.catalogue("the catalogue's rules " + problem, null));
        return new CompiledCatalogue(loader, source, List.copyOf(models));
    }

    /** The class loader the catalogue was read from, which also finds any custom rules on the class path. */
    public ClassLoader classLoader() {
        return loader;
    }

    CatalogueSource source() {
        return source;
    }

    List<Model> models() {
        return models;
    }
}
