package org.programmehealth.engine;

import org.programmehealth.input.FieldPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.report.Evidence;
import org.programmehealth.model.Assessment;

/**
 * A message or condition template ({@code "{scope.prioritiesNow|count:priority:priorities}, {issueCreep.growthFactor} times"})
 * split once into literal text and placeholders, with the thresholds already filled in, so that
 * filling it per assessment is a loop over a few parts: no regular expression on the per-call path.
 * The one template filler of the library.
 *
 * <p>A placeholder names a field or a threshold the rule declares, optionally with
 * {@code earliest:} (the first snapshot a trend rule compared) and a formatter after a bar, so that
 * the message reads as English:
 * <ul>
 * <li>none: the value as the format writes it ({@link Evidence#format});</li>
 * <li>{@code months}: "1 month", "18 months";</li>
 * <li>{@code in-months}: "now" for 0, "in 1 month", "in 18 months";</li>
 * <li>{@code count:thing[:things]}: "1 thing", "3 things" (the plural is the singular and "s" unless given);</li>
 * <li>{@code times}: "once", "twice", "3 times";</li>
 * <li>{@code change}: a signed percentage change, "fell by 70%", "rose by 20%", "did not change";</li>
 * <li>{@code points}: a signed change in percentage points, "fell by 5 points", "rose by 20 points";</li>
 * <li>{@code words}: a choice by its plain name ("complex", "junior official", "roll-out");</li>
 * <li>{@code a}: a choice with its article ("a minister", "an official"; "nobody" for NONE).</li>
 * </ul>
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}|]+)(?:\\|([^{}]+))?}");

    /** The formatters a placeholder may name (before any ':' argument). */
    static final List<String> FORMATTERS = List.of("months", "in-months", "count", "times", "change", "points", "words", "a");

    /** Literal text (name null) or a placeholder to resolve per assessment, with its reader bound once. */
    private record Part(String text, String name, String formatter, FieldPaths.Accessor field, boolean earliest,
                        String extension) {
        Part(String text) {
            this(text, null, null, null, false, null);
        }

        static Part placeholder(String name, String formatter) {
            boolean earliest = name.startsWith("earliest:");
            String path = earliest ? name.substring("earliest:".length()) : name;
            if (!earliest && path.startsWith("extensions.")) {
                return new Part(null, name, formatter, null, false, path.substring("extensions.".length()));
            }
            return new Part(null, name, formatter, FieldPaths.isField(path) ? FieldPaths.accessor(path) : null, earliest, null);
        }

        Object resolve(FieldPaths.Answers answers, List<Integer> snapshots) {
            Assessment a = answers.assessment();
            if (extension != null) {
                return a.extensions().get(extension);
            }
            if (field == null) {
                return null;
            }
            if (earliest) {
                return snapshots.isEmpty() ? null : field.in(a.history().get(snapshots.get(0)));
            }
            return answers.get(field);
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
                literal.append(format(thresholds.get(name), p.group(2)));
            } else {
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(Part.placeholder(name, p.group(2)));
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
     * first snapshot the rule compared) and formatted by its formatter.
     */
    String fill(FieldPaths.Answers answers, List<Integer> snapshots) {
        if (parts.length == 1 && parts[0].name() == null) {
            return parts[0].text();
        }
        StringBuilder out = new StringBuilder(96);
        for (Part part : parts) {
            out.append(part.name() == null ? part.text() : format(part.resolve(answers, snapshots), part.formatter()));
        }
        return out.toString();
    }

    /** The template as the docs show it: thresholds filled in, every other placeholder as {@code {name}}. */
    String describe() {
        StringBuilder out = new StringBuilder(96);
        for (Part part : parts) {
            out.append(part.name() == null ? part.text() : "{" + part.name() + "}");
        }
        return out.toString();
    }

    /** Every placeholder of a template: its name, and its formatter or {@code null}. */
    static List<String[]> placeholders(String template) {
        List<String[]> out = new ArrayList<>();
        Matcher p = PLACEHOLDER.matcher(template);
        while (p.find()) {
            out.add(new String[] {p.group(1), p.group(2)});
        }
        return out;
    }

    /** True if {@code formatter} (e.g. {@code count:request}) is one a placeholder may name. */
    static boolean knownFormatter(String formatter) {
        if (formatter == null) {
            return true;
        }
        String name = formatter.contains(":") ? formatter.substring(0, formatter.indexOf(':')) : formatter;
        return FORMATTERS.contains(name) && (name.equals("count") == formatter.contains(":"));
    }

    /** A value as its formatter writes it; a missing value, or one the formatter cannot take, as {@link Evidence#format}. */
    static String format(Object value, String formatter) {
        if (formatter == null || value == null) {
            return Evidence.format(value);
        }
        if (value instanceof Enum<?> e) {
            return switch (formatter) {
                case "words" -> words(e);
                case "a" -> e.name().equals("NONE") ? "nobody" : article(words(e));
                default -> Evidence.format(value);
            };
        }
        if (!(value instanceof Number n)) {
            return Evidence.format(value);
        }
        double d = n.doubleValue();
        String abs = Evidence.format(Math.abs(d));
        String[] args = formatter.split(":");
        return switch (args[0]) {
            case "months" -> plural(d, "month", "months");
            case "in-months" -> d == 0 ? "now" : "in " + plural(d, "month", "months");
            case "count" -> plural(d, args[1], args.length > 2 ? args[2] : args[1] + "s");
            case "times" -> d == 1 ? "once" : d == 2 ? "twice" : Evidence.format(value) + " times";
            case "change" -> d < 0 ? "fell by " + abs + "%" : d > 0 ? "rose by " + abs + "%" : "did not change";
            case "points" -> d < 0 ? "fell by " + plural(-d, "point", "points") : d > 0 ? "rose by " + plural(d, "point", "points")
                    : "did not change";
            default -> Evidence.format(value);
        };
    }

    private static String plural(double n, String one, String many) {
        return Evidence.format(n) + " " + (n == 1 ? one : many);
    }

    /** A choice's code in plain words: {@code JUNIOR_OFFICIAL} as "junior official", {@code ROLL_OUT} as "roll-out". */
    static String words(Enum<?> choice) {
        return switch (choice.name()) {
            case "ROLL_OUT" -> "roll-out";
            case "DIRECTOR_GENERAL" -> "director-general";
            default -> choice.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
