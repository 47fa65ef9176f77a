package org.programmehealth.engine;

import org.programmehealth.input.FieldPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.model.Assessment;

/**
 * A message or condition template ({@code "{scope.prioritiesNow} priorities, {issueCreep.growthFactor} times"})
 * split once into literal text and placeholders, with the thresholds already filled in, so that
 * filling it per assessment is a loop over a few parts: no regular expression on the per-call path.
 * Gives the same text as {@link RuleDefinition#fill}.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /** Literal text (name null) or a placeholder to resolve per assessment, with its reader bound once. */
    private record Part(String text, String name, FieldPaths.Accessor field, boolean earliest, String extension) {
        Part(String text) {
            this(text, null, null, false, null);
        }

        static Part placeholder(String name) {
            boolean earliest = name.startsWith("earliest:");
            String path = earliest ? name.substring("earliest:".length()) : name;
            if (!earliest && path.startsWith("extensions.")) {
                return new Part(null, name, null, false, path.substring("extensions.".length()));
            }
            return new Part(null, name, FieldPaths.isField(path) ? FieldPaths.accessor(path) : null, earliest, null);
        }

        Object resolve(Assessment a, List<Integer> snapshots) {
            if (extension != null) {
                return a.extensions().get(extension);
            }
            if (field == null) {
                return null;
            }
            if (earliest) {
                return snapshots.isEmpty() ? null : field.in(a.history().get(snapshots.get(0)));
            }
            return field.in(a);
        }
    }

    private final Part[] parts;

    private Template(List<Part> parts) {
        this.parts = parts.toArray(new Part[0]);
    }

    /** Compiles a template, filling thresholds with their values in force now. */
    static Template compile(String template, Map<String, Double> thresholds) {
        List<Part> parts = new ArrayList<>();
        Matcher p = PLACEHOLDER.matcher(template);
        StringBuilder literal = new StringBuilder();
        int at = 0;
        while (p.find()) {
            literal.append(template, at, p.start());
            String name = p.group(1);
            if (thresholds.containsKey(name)) {
                literal.append(RuleDefinition.format(thresholds.get(name)));
            } else {
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(Part.placeholder(name));
            }
            at = p.end();
        }
        literal.append(template, at, template.length());
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString()));
        }
        return new Template(parts);
    }

    /**
     * The text with every placeholder read from the assessment ({@code earliest:} ones from the
     * first snapshot the rule compared) and formatted as the format writes it.
     */
    String fill(Assessment a, List<Integer> snapshots) {
        if (parts.length == 1 && parts[0].name() == null) {
            return parts[0].text();
        }
        StringBuilder out = new StringBuilder(96);
        for (Part part : parts) {
            out.append(part.name() == null ? part.text() : RuleDefinition.format(part.resolve(a, snapshots)));
        }
        return out.toString();
    }

    /** The text with every placeholder resolved by {@code fields} and formatted as the format writes it. */
    String fill(Function<String, Object> fields) {
        if (parts.length == 1 && parts[0].name() == null) {
            return parts[0].text();
        }
        StringBuilder out = new StringBuilder(64);
        for (Part part : parts) {
            out.append(part.name() == null ? part.text() : RuleDefinition.format(fields.apply(part.name())));
        }
        return out.toString();
    }
}
