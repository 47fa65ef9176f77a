package org.programmehealth.engine;

import java.util.ArrayList;
import java.util.List;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/** Which answers a rule needs that an assessment lacks: a rule that lacks one is not assessed. */
final class Applicability {

    private Applicability() {
    }

    /** The answers a rule needs that the assessment lacks, in the rule's order; {@code null} if none is missing. */
    static List<String> missing(CompiledRule r, Assessment a) {
        List<String> missing = null;
        FieldPaths.Accessor[] needs = r.needs();
        for (int i = 0; i < needs.length; i++) {
            if (needs[i].in(a) == null) {
                missing = add(missing, r.needPaths()[i]);
            }
        }
        for (String path : r.extensionNeeds()) {
            if (FieldPaths.valueOrExtension(a, path) == null) {
                missing = add(missing, path);
            }
        }
        if (missing != null && (r.extensionNeeds().length > 0)) {
            // keep the rule's own order of needs
            List<String> ordered = new ArrayList<>();
            for (String n : r.def().needs()) {
                if (missing.contains(n)) {
                    ordered.add(n);
                }
            }
            missing = ordered;
        }
        for (FieldPaths.Accessor h : r.historyNeeds()) {
            boolean any = false;
            for (Snapshot s : a.history()) {
                if (h.in(s) != null) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                missing = add(missing, "history[*]." + h.path());
            }
        }
        return missing;
    }

    private static List<String> add(List<String> list, String item) {
        List<String> out = list == null ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }
}
