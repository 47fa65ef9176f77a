package org.programmehealth.engine;

import java.util.List;
import java.util.Set;

import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/** The models with only the rules in force: a rule switched off is not in the rule base at all. */
final class ModelFilter {

    private ModelFilter() {
    }

    /** Each model with only the rules in force, in the same order. */
    static List<Model> only(List<Model> models, Set<String> inForce) {
        return models.stream().map(m -> only(m, inForce)).toList();
    }

    private static Model only(Model model, Set<String> inForce) {
        List<Rule> kept = model.getRules().stream().filter(r -> inForce.contains(r.getName())).toList();
        if (kept.size() == model.getRules().size()) {
            return model;
        }
        return new Model() {
            @Override
            public String getName() {
                return model.getName();
            }

            @Override
            public String getPackageName() {
                return model.getPackageName();
            }

            @Override
            public List<Global> getGlobals() {
                return model.getGlobals();
            }

            @Override
            public List<Rule> getRules() {
                return kept;
            }

            @Override
            public List<Query> getQueries() {
                return model.getQueries();
            }

            @Override
            public List<TypeMetaData> getTypeMetaDatas() {
                return model.getTypeMetaDatas();
            }

            @Override
            public List<EntryPoint> getEntryPoints() {
                return model.getEntryPoints();
            }
        };
    }
}
