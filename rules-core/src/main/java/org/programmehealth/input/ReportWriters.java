package org.programmehealth.input;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;

/**
 * How a diagnostic, a strength, their evidence, and a rule not assessed or not applicable are written: most of
 * every report's characters (a report of 25 diagnostics is nine tenths diagnostics; one of a sparse
 * assessment, nine tenths rules not assessed). Jackson's bean serializer reads each property by
 * reflection and looks its serializer up; these write the same fields, in the same order, with the
 * same inclusion rules as the mix-ins in {@link Json} give the bean serializer, straight from the
 * record. {@code ReportWritersTest} compares both on every shipped assessment and case, so a
 * component added to one of these records and not here fails the build.
 */
final class ReportWriters {

    private static final SerializedString RULE_ID = new SerializedString("ruleId");
    private static final SerializedString SIGN = new SerializedString("sign");
    private static final SerializedString THEME = new SerializedString("theme");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString RECOMMENDATION = new SerializedString("recommendation");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString SECTION = new SerializedString("section");
    private static final SerializedString PAGE = new SerializedString("page");
    private static final SerializedString PENALTY = new SerializedString("penalty");
    private static final SerializedString WAIVER = new SerializedString("waiver");
    private static final SerializedString WOULD_CLEAR = new SerializedString("wouldClear");
    private static final SerializedString SEEN_BY = new SerializedString("seenBy");
    private static final SerializedString NOT_SEEN_BY = new SerializedString("notSeenBy");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString CONDITION = new SerializedString("condition");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final SerializedString NOT_APPLICABLE = new SerializedString("notApplicable");

    private static final SerializedString[] THEMES = names(Theme.values());
    private static final SerializedString[] SEVERITIES = names(Severity.values());

    private ReportWriters() {
    }

    private static SerializedString[] names(Enum<?>[] values) {
        SerializedString[] out = new SerializedString[values.length];
        for (Enum<?> v : values) {
            out[v.ordinal()] = new SerializedString(v.name());
        }
        return out;
    }

    /** The serializers, as a module of the writing mapper. */
    static SimpleModule module() {
        return new SimpleModule("programme-health-report")
                .addSerializer(Diagnostic.class, new DiagnosticWriter())
                .addSerializer(Evidence.class, new EvidenceWriter())
                .addSerializer(Strength.class, new StrengthWriter())
                .addSerializer(NotAssessed.class, new NotAssessedWriter())
                .addSerializer(NotApplicable.class, new NotApplicableWriter());
    }

    /** The rule's quoted text if it is this text (the same string, as a rule's diagnostics carry), else as {@link Json#writeText}. */
    private static void text(JsonGenerator gen, SerializedString rule, String value) throws IOException {
        if (rule != null && rule.getValue().equals(value)) {
            gen.writeString(rule);
        } else {
            Json.writeText(gen, value);
        }
    }

    private static void evidence(JsonGenerator gen, Evidence e, SerializerProvider provider) throws IOException {
        gen.writeStartObject(e);
        gen.writeFieldName(FIELD);
        Json.writeText(gen, e.field());
        gen.writeFieldName(VALUE);
        provider.defaultSerializeValue(e.value(), gen);
        gen.writeFieldName(CONDITION);
        gen.writeString(e.condition());
        gen.writeEndObject();
    }

    private static void evidence(JsonGenerator gen, List<Evidence> evidence, SerializerProvider provider) throws IOException {
        gen.writeFieldName(EVIDENCE);
        gen.writeStartArray(evidence, evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            evidence(gen, evidence.get(i), provider);
        }
        gen.writeEndArray();
    }

    /** The source field: its section from the rule's remembered texts where it is the rule's own. */
    private static void source(JsonGenerator gen, Json.RuleTexts rule, Source s) throws IOException {
        gen.writeFieldName(SOURCE);
        if (s == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject(s);
            gen.writeFieldName(SECTION);
            text(gen, rule == null ? null : rule.section(), s.section());
            gen.writeFieldName(PAGE);
            gen.writeNumber(s.page());
            gen.writeEndObject();
        }
    }

    /** A field left out when its value is null (the mix-ins' {@code NON_NULL}), otherwise written as Jackson writes its value. */
    private static void unlessNull(JsonGenerator gen, SerializedString name, Object value, SerializerProvider provider)
            throws IOException {
        if (value != null) {
            gen.writeFieldName(name);
            provider.defaultSerializeValue(value, gen);
        }
    }

    /** An enum constant by its name, quoted once (as Jackson's enum serializer writes it). */
    private static void name(JsonGenerator gen, Enum<?> value, SerializedString[] names) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(names[value.ordinal()]);
        }
    }

    static final class EvidenceWriter extends StdSerializer<Evidence> {
        private static final long serialVersionUID = 1L;

        EvidenceWriter() {
            super(Evidence.class);
        }

        @Override
        public void serialize(Evidence e, JsonGenerator gen, SerializerProvider provider) throws IOException {
            evidence(gen, e, provider);
        }
    }

    static final class DiagnosticWriter extends StdSerializer<Diagnostic> {
        private static final long serialVersionUID = 1L;

        DiagnosticWriter() {
            super(Diagnostic.class);
        }

        @Override
        public void serialize(Diagnostic d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(d);
            Json.RuleTexts rule = Json.ruleTexts(d.ruleId());
            rule(gen, rule, d.ruleId(), d.sign());
            gen.writeFieldName(THEME);
            name(gen, d.theme(), THEMES);
            gen.writeFieldName(SEVERITY);
            name(gen, d.severity(), SEVERITIES);
            gen.writeFieldName(TITLE);
            text(gen, rule == null ? null : rule.title(), d.title());
            gen.writeFieldName(MESSAGE);
            gen.writeString(d.message());
            evidence(gen, d.evidence(), provider);
            gen.writeFieldName(RECOMMENDATION);
            text(gen, rule == null ? null : rule.recommendation(), d.recommendation());
            source(gen, rule, d.source());
            gen.writeFieldName(PENALTY);
            gen.writeNumber(d.penalty());
            unlessNull(gen, WAIVER, d.waiver(), provider);
            gen.writeFieldName(WOULD_CLEAR);
            provider.defaultSerializeValue(d.wouldClear(), gen);
            unlessNull(gen, SEEN_BY, d.seenBy(), provider);
            unlessNull(gen, NOT_SEEN_BY, d.notSeenBy(), provider);
            gen.writeEndObject();
        }
    }

    /** The rule's id and sign, from its remembered texts where they are its own. */
    private static void rule(JsonGenerator gen, String ruleId, String sign) throws IOException {
        rule(gen, Json.ruleTexts(ruleId), ruleId, sign);
    }

    private static void rule(JsonGenerator gen, Json.RuleTexts rule, String ruleId, String sign) throws IOException {
        gen.writeFieldName(RULE_ID);
        text(gen, rule == null ? null : rule.ruleId(), ruleId);
        gen.writeFieldName(SIGN);
        text(gen, rule == null ? null : rule.sign(), sign);
    }

    /** A list of field paths (remembered texts; the records never hold a null list). */
    private static void paths(JsonGenerator gen, List<String> paths) throws IOException {
        gen.writeStartArray(paths, paths.size());
        for (int i = 0; i < paths.size(); i++) {
            Json.writeText(gen, paths.get(i));
        }
        gen.writeEndArray();
    }

    static final class StrengthWriter extends StdSerializer<Strength> {
        private static final long serialVersionUID = 1L;

        StrengthWriter() {
            super(Strength.class);
        }

        @Override
        public void serialize(Strength st, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(st);
            Json.RuleTexts rule = Json.ruleTexts(st.ruleId());
            rule(gen, rule, st.ruleId(), st.sign());
            gen.writeFieldName(THEME);
            name(gen, st.theme(), THEMES);
            gen.writeFieldName(TITLE);
            text(gen, rule == null ? null : rule.title(), st.title());
            gen.writeFieldName(MESSAGE);
            gen.writeString(st.message());
            evidence(gen, st.evidence(), provider);
            source(gen, rule, st.source());
            unlessNull(gen, SEEN_BY, st.seenBy(), provider);
            gen.writeEndObject();
        }
    }

    static final class NotAssessedWriter extends StdSerializer<NotAssessed> {
        private static final long serialVersionUID = 1L;

        NotAssessedWriter() {
            super(NotAssessed.class);
        }

        @Override
        public void serialize(NotAssessed n, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(n);
            rule(gen, n.ruleId(), n.sign());
            gen.writeFieldName(MISSING);
            paths(gen, n.missing());
            gen.writeFieldName(PENALTY);
            gen.writeNumber(n.penalty());
            gen.writeEndObject();
        }
    }

    static final class NotApplicableWriter extends StdSerializer<NotApplicable> {
        private static final long serialVersionUID = 1L;

        NotApplicableWriter() {
            super(NotApplicable.class);
        }

        @Override
        public void serialize(NotApplicable n, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(n);
            rule(gen, n.ruleId(), n.sign());
            gen.writeFieldName(NOT_APPLICABLE);
            paths(gen, n.notApplicable());
            gen.writeEndObject();
        }
    }
}
