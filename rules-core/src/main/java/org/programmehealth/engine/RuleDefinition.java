package org.programmehealth.engine;

import org.programmehealth.input.FieldPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Theme;

/**
 * One rule's metadata: what its sign says once for all its rules ({@link SignDefinition}, the
 * {@code sign.json} of the sign's folder) and what the rule says for itself in its DRL
 * annotations. The consequence only records the match. The id is the rule name.
 *
 * <pre>
 * rule "unrealistic-timescales/partnership-horizon"
 *   &#64;severity("HIGH")
 *   &#64;severityBasis("Why the catalogue calibrates it HIGH, citing the report")   (optional for a custom rule)
 *   &#64;title("...")
 *   &#64;message("The partnership is {timescales.partnershipAgeMonths} months old ...")
 *   &#64;evidence("timescales.partnershipAgeMonths + monthsUntilResultsExpected &lt; {unrealisticTimescales.horizonMonths}; ...")
 *   &#64;thresholds("unrealisticTimescales.horizonMonths = 60 report: p6, ...")
 *   &#64;history("sponsorship.seniorSponsor")        (trend rules only)
 * </pre>
 *
 * A custom rule outside the catalogue has no {@code sign.json}: it carries the sign's keys
 * ({@code @sign @kind @theme @section @page @rationale @recommendation}) as annotations itself.
 */
public record RuleDefinition(String id, String sign, String kind, Theme theme, Severity severity, String title,
                             Source source, String rationale, String recommendation, String message,
                             List<Condition> conditions, List<String> history,
                             Map<String, ThresholdDeclaration> thresholds, String severityBasis) {

    /** A field and the condition template it is checked against. */
    public record Condition(String field, String template) {
    }

    /** A threshold as a rule declares it. */
    public record ThresholdDeclaration(String name, double value, String provenance, String basis) {
    }

    static final List<String> REQUIRED = List.of("sign", "theme", "title", "section", "page", "rationale",
            "recommendation", "message", "evidence");

    private static final Pattern THRESHOLD = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)+)\\s*=\\s*(-?\\d+(?:\\.\\d+)?)\\s+(report|calibrated)\\s*:\\s*(.+?)\\s*");
    private static final Pattern SIGN = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Parses and checks a rule's annotations.
     *
     * @param origin where the rule comes from, for messages (e.g. its DRL package)
     * @throws ProgrammeHealthException naming the rule and every annotation that is missing or wrong
     */
    public static RuleDefinition parse(String ruleName, String origin, Map<String, Object> meta) {
        return parse(ruleName, origin, meta, null);
    }

    /**
     * Parses and checks a rule's annotations, taking its sign's keys from {@code sign} when the
     * rule's folder has a {@code sign.json}: then the rule may repeat none of them, nor {@code @id}.
     *
     * @param sign the rule's sign as its folder's {@code sign.json} gives it; {@code null} for a rule without one
     */
    public static RuleDefinition parse(String ruleName, String origin, Map<String, Object> meta, SignDefinition sign) {
        List<String> errors = new ArrayList<>();
        Map<String, String> m = new LinkedHashMap<>();
        meta.forEach((k, v) -> m.put(k, unquote(String.valueOf(v))));
        if (sign != null) {
            for (String key : SignDefinition.KEYS) {
                if (m.containsKey(key)) {
                    errors.add("@" + key + " belongs to the sign: it is said once, in " + SignDefinition.FILE + ", not in the rule");
                }
            }
            if (m.containsKey("id")) {
                errors.add("@id is the rule name: drop it");
            }
            m.put("sign", sign.sign());
            m.put("kind", sign.kind());
            m.put("theme", sign.theme().name());
            m.put("section", sign.source().section());
            m.put("page", Integer.toString(sign.source().page()));
            m.put("rationale", sign.rationale());
            m.put("recommendation", sign.recommendation());
        }
        for (String key : REQUIRED) {
            if (m.get(key) == null || m.get(key).isBlank()) {
                errors.add("missing @" + key);
            }
        }
        String kind = m.getOrDefault("kind", "WARNING");
        if (!kind.equals("WARNING") && !kind.equals("STRENGTH")) {
            errors.add("@kind must be WARNING or STRENGTH, not " + kind);
        }
        Severity severity = null;
        if (kind.equals("WARNING")) {
            severity = parseEnum(Severity.class, m.get("severity"), "severity", errors);
        } else if (m.containsKey("severity")) {
            errors.add("a STRENGTH has no @severity");
        }
        if (!kind.equals("WARNING") && m.containsKey("severityBasis")) {
            errors.add("a STRENGTH has no @severityBasis");
        }
        Theme theme = parseEnum(Theme.class, m.get("theme"), "theme", errors);
        if (m.get("id") != null && !m.get("id").equals(ruleName)) {
            errors.add("@id(\"" + m.get("id") + "\") must equal the rule name");
        }
        if (m.get("sign") != null && !SIGN.matcher(m.get("sign")).matches()) {
            errors.add("@sign must be an UPPER_SNAKE_CASE key, not " + m.get("sign"));
        }
        int page = 0;
        if (m.get("page") != null) {
            try {
                page = Integer.parseInt(m.get("page").trim());
            } catch (NumberFormatException e) {
                errors.add("@page must be a page number of the report, not " + m.get("page"));
            }
        }
        Map<String, ThresholdDeclaration> thresholds = new LinkedHashMap<>();
        for (String part : split(m.get("thresholds"))) {
            Matcher t = THRESHOLD.matcher(part);
            if (!t.matches()) {
                errors.add("@thresholds entry '" + part + "' is not 'sign.name = number report|calibrated: basis'");
            } else {
                thresholds.put(t.group(1), new ThresholdDeclaration(t.group(1), Double.parseDouble(t.group(2)),
                        t.group(3), t.group(4)));
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (String part : split(m.get("evidence"))) {
            int space = part.indexOf(' ');
            String field = space < 0 ? part : part.substring(0, space);
            if (!FieldPaths.isField(field) && !field.startsWith("extensions.")) {
                errors.add("@evidence names '" + field + "', which is not a field of the assessment format");
            }
            conditions.add(new Condition(field, space < 0 ? "answered" : part.substring(space + 1).trim()));
        }
        List<String> history = split(m.get("history"));
        for (String h : history) {
            if (!FieldPaths.inSnapshots(h)) {
                errors.add("@history names '" + h + "', which history snapshots do not carry");
            }
        }
        RuleDefinition def = new RuleDefinition(ruleName, m.get("sign"), kind, theme, severity, m.get("title"),
                new Source(m.get("section"), page), m.get("rationale"), m.get("recommendation"), m.get("message"),
                conditions, history, thresholds, m.get("severityBasis"));
        def.checkPlaceholders(errors);
        if (!errors.isEmpty()) {
            throw ProgrammeHealthException.catalogue("rule '" + ruleName + "' (" + origin + "): "
                    + String.join("; ", errors), null);
        }
        return def;
    }

    private void checkPlaceholders(List<String> errors) {
        List<String> templates = new ArrayList<>();
        if (message != null) {
            templates.add(message);
        }
        conditions.forEach(c -> templates.add(c.template()));
        for (String t : templates) {
            for (String[] p : Template.placeholders(t)) {
                String name = p[0];
                String path = name.startsWith("earliest:") ? name.substring("earliest:".length()) : name;
                if (!thresholds.containsKey(name) && !FieldPaths.isField(path) && !path.startsWith("extensions.")) {
                    errors.add("placeholder {" + name + "} is neither a threshold the rule declares nor a field");
                }
                if (!Template.knownFormatter(p[1])) {
                    errors.add("placeholder {" + name + "|" + p[1] + "} names an unknown formatter (the formatters are "
                            + String.join(", ", Template.FORMATTERS) + "; count takes the thing counted, count:request)");
                }
            }
        }
    }

    /** The same rule with another severity in force (a tailoring of the catalogue). */
    public RuleDefinition withSeverity(Severity inForce) {
        return new RuleDefinition(id, sign, kind, theme, inForce, title, source, rationale, recommendation, message,
                conditions, history, thresholds, severityBasis);
    }

    /** Every answer the rule needs: the evidence fields, and for a trend rule the same fields in history. */
    public List<String> needs() {
        List<String> needs = new ArrayList<>();
        conditions.forEach(c -> {
            if (!needs.contains(c.field())) {
                needs.add(c.field());
            }
        });
        history.forEach(h -> needs.add("history[*]." + h));
        return needs;
    }

    /** True for a rule that compares the answers of several responses ({@link Perspectives}): it needs them all. */
    public boolean comparesResponses() {
        for (Condition c : conditions) {
            if (c.field().equals(Perspectives.COMPARES)) {
                return true;
            }
        }
        return false;
    }

    public boolean isStrength() {
        return "STRENGTH".equals(kind);
    }

    /**
     * A message or condition template as the docs show it: thresholds filled in with their values
     * in force, every other placeholder as {@code {name}}. Filled by the one template filler.
     */
    public static String describe(String template, Map<String, Double> thresholds) {
        return Template.compile(template, thresholds).describe();
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (String s : list.split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String key, List<String> errors) {
        if (value == null) {
            if (!key.equals("theme")) {
                errors.add("missing @" + key);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add("@" + key + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not " + value);
            return null;
        }
    }

    private static String unquote(String v) {
        String s = v.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
