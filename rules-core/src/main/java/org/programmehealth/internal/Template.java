package org.programmehealth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message or condition template ({@code "{scope.prioritiesNow} priorities, {issueCreep.growthFactor} times"})
 * split once into literal text and placeholders, with the thresholds already filled in, so that
 * filling it per assessment is a loop over a few parts: no regular expression on the per-call path.
 * Gives the same text as {@link RuleDefinition#fill}.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /** Literal text (name null) or a placeholder to resolve per assessment. */
    private record Part(String text, String name) {
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
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, name));
            }
            at = p.end();
        }
        literal.append(template, at, template.length());
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return new Template(parts);
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
