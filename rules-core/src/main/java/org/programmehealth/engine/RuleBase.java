package org.programmehealth.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.programmehealth.ProgrammeHealthException;

/** The catalogue's executable model, loaded from the index in its jar, and the rule base built from models. */
final class RuleBase {

    /** The index of generated model classes that kie-maven-plugin writes into the catalogue jar. */
    static final String MODEL_INDEX = "META-INF/kie/org.programmehealth/rules-catalogue/drools-model";

    private RuleBase() {
    }

    /**
     * The executable model that {@code kie-maven-plugin} generated at build time (listed in
     * {@link #MODEL_INDEX}). No DRL is compiled at run time, and no classpath scan for
     * {@code kmodule.xml} is needed, so this works the same from a plain class path and from a
     * shaded jar.
     */
    static List<Model> builtInModels(ClassLoader loader) {
        URL index = loader.getResource(MODEL_INDEX);
        if (index == null) {
            throw ProgrammeHealthException.catalogue("no executable rule model on the classpath (" + MODEL_INDEX
                    + " not found): add the dependency org.programmehealth:rules-catalogue", null);
        }
        List<Model> models = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw ProgrammeHealthException.catalogue("cannot load the executable rule model: " + e, e);
        }
        return models;
    }

    /**
     * The catalogue's rules compiled from its DRL now, for a catalogue that has no model generated at
     * build time: the fixture beside the engine's own tests (rules-core cannot use the catalogue jar).
     * Seconds, not milliseconds; production always loads {@link #builtInModels}.
     *
     * @throws ProgrammeHealthException if the rules do not compile, naming each file, line and error
     */
    static List<Model> compiledModels(CatalogueSource source, ClassLoader loader) {
        return List.copyOf(CustomRules.toModels("compiled-catalogue", source.drlSources(), loader,
                problem -> ProgrammeHealthException.catalogue("the catalogue's rules " + problem, null)));
    }

    /**
     * The rule base of these models, built the first time it is asked for (once, whichever thread
     * asks first). A model that cannot be built then fails that call, with the same
     * {@link ProgrammeHealthException} as {@link #build}, rather than the engine's build.
     */
    static java.util.function.Supplier<KieBase> lazily(List<Model> models) {
        return new java.util.function.Supplier<>() {
            private volatile KieBase built;

            @Override
            public KieBase get() {
                KieBase k = built;
                if (k == null) {
                    synchronized (this) {
                        k = built;
                        if (k == null) {
                            built = k = build(models);
                        }
                    }
                }
                return k;
            }
        };
    }

    /** The rule base of these models. */
    static KieBase build(List<Model> models) {
        try {
            // nothing changes the rule base once built: no session tracking, no locks on the per-call path
            return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
        } catch (RuntimeException e) {
            throw ProgrammeHealthException.catalogue("cannot build the rule base: " + e.getMessage(), e);
        }
    }
}
